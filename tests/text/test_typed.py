"""The one reader of typed numbers and durations: each language's way, never a guess."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from babel.numbers import get_decimal_symbol
from hypothesis import given
from hypothesis import strategies as st

from sla_designer.text.formats import formatter
from sla_designer.text.values import Problem

LANGUAGES = ("en", "pt-BR")

READ = [
    ("en", "25,000.00", Decimal("25000")),
    ("en", "25000", Decimal("25000")),
    ("en", "99.95", Decimal("99.95")),
    ("en", "1,234,567.5", Decimal("1234567.5")),
    ("en", "0.125", Decimal("0.125")),
    ("en", " -3 ", Decimal("-3")),
    ("en", "1,000", Decimal("1000")),
    ("pt-BR", "25.000,00", Decimal("25000")),
    ("pt-BR", "25000", Decimal("25000")),
    ("pt-BR", "99,95", Decimal("99.95")),
    ("pt-BR", "1.000", Decimal("1000")),
    ("pt-BR", "0,125", Decimal("0.125")),
]


@pytest.mark.parametrize(("language", "text", "value"), READ)
def test_a_number_is_read_in_the_language_s_way(language: str, text: str, value: Decimal) -> None:
    assert formatter(language).parse_number(text) == value


REFUSED = [
    # Twenty-five thousand the other language's way, or twenty-five: a guess either way.
    ("en", "25.000", "number_ambiguous", "type 25,000 or 25,"),
    ("pt-BR", "25,000", "number_ambiguous", "digite 25.000 ou 25,"),
    ("en", "99.125", "number_ambiguous", "type 99,125 or 99.1250,"),
    # Written the other language's way: how to write it here.
    ("en", "25.000,00", "number_other_way", "type 25,000.00"),
    ("en", "1,5", "number_other_way", "type 1.5"),
    ("pt-BR", "25,000.00", "number_other_way", "digite 25.000,00"),
    ("pt-BR", "99.5", "number_other_way", "digite 99,5"),
    # Grouped wrongly.
    ("en", "1,00,000", "number_grouping", "type 100,000"),
    ("pt-BR", "1.00.000", "number_grouping", "digite 100.000"),
    ("en", "12,34", "number_other_way", "type 12.34"),
    ("en", "abc", "not_a_number", "is not a number"),
    ("pt-BR", "1,2,3", "not_a_number", "não é um número"),
]


@pytest.mark.parametrize(("language", "text", "key", "said"), REFUSED)
def test_what_would_be_a_guess_is_refused_with_the_reason(
    language: str, text: str, key: str, said: str
) -> None:
    with pytest.raises(Problem) as refused:
        formatter(language).parse_number(text)
    assert refused.value.key == f"values.{key}"
    assert said in refused.value.text(language)


def test_a_field_s_limits_settle_a_reading_only_one_of_which_fits() -> None:
    assert formatter("en").parse_number("99.125", maximum=Decimal(100)) == Decimal("99.125")
    assert formatter("pt-BR").parse_number("99,950", maximum=Decimal(100)) == Decimal("99.95")
    assert formatter("en").parse_number("25.000", minimum=Decimal(1000)) == Decimal(25000)


def _ambiguous(language: str, text: str) -> bool:
    mark = re.escape(get_decimal_symbol(formatter(language).locale))
    return re.fullmatch(rf"-?[1-9][0-9]{{0,2}}{mark}[0-9]{{3}}", text) is not None


NUMBERS = st.decimals(
    min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=4, allow_nan=False
) | st.integers(min_value=0, max_value=10**15).map(Decimal)


@given(NUMBERS, st.sampled_from(LANGUAGES))
def test_every_number_the_formatter_writes_reads_back_equal(value: Decimal, language: str) -> None:
    """The reader is the formatter's inverse; a text of the one doubtful shape ('1.234' in
    English) is refused, and read back as written where the limits leave one reading."""
    f = formatter(language)
    text = f.number(value)
    if _ambiguous(language, text):
        with pytest.raises(Problem, match="could be read two ways"):
            f.parse_number(text)
        # A field whose limits leave one reading (the value itself at its edge) reads it.
        limits = {"maximum": value} if value > 0 else {"minimum": value}
        assert f.parse_number(text, **limits) == value
    else:
        assert f.parse_number(text) == value


@given(
    st.decimals(min_value=0, max_value=100, places=3, allow_nan=False),
    st.sampled_from(LANGUAGES),
)
def test_every_percentage_reads_back_in_a_percentage_field(value: Decimal, language: str) -> None:
    f = formatter(language)
    assert f.parse_number(f.percent(value), percent=True, maximum=Decimal(100)) == value


DURATIONS = [
    ("pt-BR", "4 h", "4h"),
    ("pt-BR", "4h", "4h"),
    ("pt-BR", "1 h 30 min", "1h30m"),
    ("pt-BR", "1 hora e 30 minutos", "1h30m"),
    ("pt-BR", "2 dias", "2d"),
    ("pt-BR", "45 s", "45s"),
    ("en", "1 h 30 min", "1h30m"),
    ("en", "3 hours", "3h"),
    ("en", "2 days and 4 hours", "2d4h"),
    ("en", "90min", "90m"),
]


@pytest.mark.parametrize(("language", "text", "written"), DURATIONS)
def test_a_duration_is_read_in_the_language_s_words(language: str, text: str, written: str) -> None:
    from sla_designer.model import parse_duration

    read = formatter(language).parse_duration(text)
    expected = parse_duration(written)
    assert read == expected and read.unit == expected.unit  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", ["", "4", "30 min 1 h", "1 h 1 h", "1,5 h", "4 x"])
def test_what_is_not_a_duration_is_refused_with_examples(text: str) -> None:
    with pytest.raises(Problem) as refused:
        formatter("pt-BR").parse_duration(text)
    assert "digite, por exemplo, 4 h, 1 h 30 min" in refused.value.text("pt-BR")


@given(
    st.integers(min_value=0, max_value=3650 * 86400),
    st.sampled_from("dhms"),
    st.sampled_from(LANGUAGES),
)
def test_every_duration_a_field_shows_reads_back_equal(
    seconds: int, unit: str, language: str
) -> None:
    from sla_designer.model.units import WrittenDuration

    value = WrittenDuration(seconds, unit)  # type: ignore[arg-type]
    f = formatter(language)
    read = f.parse_duration(f.short_duration(value))
    assert read == value and read.unit == value.unit  # type: ignore[attr-defined]


def test_a_duration_is_shown_in_short_words() -> None:
    from sla_designer.model import parse_duration

    assert formatter("pt-BR").short_duration(parse_duration("1h30m")) == "1 h 30 min"
    assert formatter("en").short_duration(parse_duration("2d")) == "2 d"
    assert (
        formatter("en").short_duration(dt.timedelta(seconds=1000 * 3600 + 2400))
        == "41 d 16 h 40 min"
    )
