"""The one formatter: numbers, money, dates and durations per language."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from sla_designer.text.formats import formatter


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["1,234.5", "99.9 %", "R$1,234.50", "1 March 2027", "2027-03-01"]),
        ("pt-BR", ["1.234,5", "99,9 %", "R$\xa01.234,50", "1º de março de 2027", "01/03/2027"]),
    ],
)
def test_numbers_money_and_dates(language: str, expected: list[str]) -> None:
    f = formatter(language)
    day = dt.date(2027, 3, 1)
    shown = [
        f.number(Decimal("1234.50")),
        f.percent(Decimal("99.90")),
        f.money(Decimal("1234.5"), "BRL"),
        f.date(day),
        f.numeric_date(day),
    ]
    assert shown == expected


@pytest.mark.parametrize(
    ("value", "en", "pt"),
    [
        (dt.timedelta(minutes=40, seconds=19.2), "40m19.2s", "40m19,2s"),
        (dt.timedelta(0), "0s", "0s"),
        (dt.timedelta(days=1, hours=2), "1d2h", "1d2h"),
        (dt.timedelta(microseconds=5), "0.000005s", "0,000005s"),
    ],
)
def test_compact_durations_keep_every_fraction(value: dt.timedelta, en: str, pt: str) -> None:
    assert formatter("en").compact_duration(value) == en
    assert formatter("pt-BR").compact_duration(value) == pt


def test_durations_in_words() -> None:
    value = dt.timedelta(days=1, hours=1, minutes=30)
    assert formatter("en").duration(value) == "1 day, 1 hour and 30 minutes"
    assert formatter("pt-BR").duration(value) == "1 dia, 1 hora e 30 minutos"


def test_parsing_a_number_typed_the_language_s_way() -> None:
    assert formatter("pt-BR").parse_number("99,5") == Decimal("99.5")
    with pytest.raises(ValueError, match="not written as numbers are written"):
        formatter("pt-BR").parse_number("99.5")
    with pytest.raises(ValueError, match="not a number"):
        formatter("en").parse_number("abc")


def test_numbers_beyond_28_digits_are_written_whole() -> None:
    # A load or an amount typed far out of range is still echoed in the error about it.
    assert formatter("en").number(Decimal("1E+30")) == "1" + ",000" * 10
    assert formatter("pt-BR").number(1e300, 0).startswith("1.000.000.000")
