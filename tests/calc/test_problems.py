"""The calculators refuse an input with a Problem: English by default, any language on demand."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from sla_designer.calc.budget import allowed_downtime, window_words
from sla_designer.calc.business_time import calendar_due_at
from sla_designer.calc.staffing import required_agents
from sla_designer.calc.what_if import check_amount, check_measured
from sla_designer.model import AvailabilityMetric, MeasurementWindow
from sla_designer.text.values import Problem

HOUR = dt.timedelta(hours=1)


def _availability() -> AvailabilityMetric:
    return AvailabilityMetric.model_validate({"id": "up", "name": "Uptime", "objective": "99.9"})


@pytest.mark.parametrize(
    ("refuse", "english", "portuguese"),
    [
        (
            lambda: check_measured(_availability(), Decimal("101")),
            "101 is not a percentage: write a value from 0 to 100",
            "101 não é uma porcentagem: escreva um valor de 0 a 100",
        ),
        (
            lambda: check_amount(Decimal("1e16")),
            "1E+16 is more than the largest amount taken, 1,000,000,000,000,000",
            "1E+16 é mais que o maior valor aceito, 1.000.000.000.000.000",
        ),
        (
            lambda: allowed_downtime(Decimal(101), HOUR),
            "an availability objective lies from 0 % to 100 %",
            "um objetivo de disponibilidade fica entre 0 % e 100 %",
        ),
        (
            lambda: required_agents(2e5, Decimal(80), HOUR, HOUR),
            "the traffic of 200,000 Erlangs is outside 0 to 100,000: split the volume into"
            " smaller queues or periods",
            "o tráfego de 200.000 Erlangs está fora do intervalo de 0 a 100.000: divida o volume"
            " em filas ou períodos menores",
        ),
        (
            lambda: calendar_due_at(dt.datetime(2027, 3, 1, tzinfo=dt.UTC), -HOUR),
            "a duration cannot be negative",
            "uma duração não pode ser negativa",
        ),
    ],
)
def test_a_refusal_speaks_both_languages(refuse: object, english: str, portuguese: str) -> None:
    with pytest.raises(Problem) as caught:
        refuse()  # type: ignore[operator]
    assert str(caught.value) == english
    assert caught.value.text("pt-BR") == portuguese


def test_windows_are_named_by_the_text_layer() -> None:
    rolling = MeasurementWindow(kind="rolling_days", days=90)
    assert window_words(rolling) == "rolling 90 days"
    assert window_words(rolling, "pt-BR") == "90 dias móveis"
    assert window_words(MeasurementWindow(kind="quarter"), "pt-BR") == "trimestre"
