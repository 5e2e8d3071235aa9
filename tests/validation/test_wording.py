"""Message parameters written per language."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from sla_designer.model import ClockDuration
from sla_designer.validation.wording import KIND_METRIC, number_text, value_text


@pytest.mark.parametrize(
    ("value", "en", "pt"),
    [
        (Decimal("99.90"), "99.9", "99,9"),
        (Decimal("100"), "100", "100"),
        (Decimal("1E+2"), "100", "100"),
        (Decimal("1.5E-7"), "0.00000015", "0,00000015"),
        (Decimal("0.000"), "0", "0"),
    ],
)
def test_numbers(value: Decimal, en: str, pt: str) -> None:
    assert (number_text(value, "en"), number_text(value, "pt-BR")) == (en, pt)


def test_dates_durations_and_terms() -> None:
    assert value_text(dt.date(2027, 3, 1), "en") == "2027-03-01"
    assert value_text(dt.date(2027, 3, 1), "pt-BR") == "01/03/2027"
    assert value_text(dt.timedelta(minutes=90), "pt-BR") == "1h30m"
    assert value_text(ClockDuration.parse("4h business"), "en") == "4h (business hours)"
    assert value_text(ClockDuration.parse("8h calendar"), "pt-BR") == "8h (horas corridas)"
    assert (value_text(KIND_METRIC, "en"), value_text(KIND_METRIC, "pt-BR")) == (
        "metric",
        "indicador",
    )
