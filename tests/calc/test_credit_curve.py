"""The curve and what-if calculators under the credit panel (sla_designer.calc, no Qt)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from sla_designer.calc.credit_curve import credit_curve, metric_objective
from sla_designer.calc.what_if import check_amount, check_measured, credit_unit, parse_measured
from sla_designer.model import (
    AvailabilityMetric,
    CreditSchedule,
    ResolutionTimeMetric,
    SatisfactionMetric,
)


def _schedule(**fields: object) -> CreditSchedule:
    return CreditSchedule.model_validate({"id": "s", "metric": "m", **fields})


def test_a_linear_rule_steps_down_from_its_start_to_its_maximum() -> None:
    schedule = _schedule(
        rule="linear",
        linear={"start": "99.9", "step": "0.1", "credit_per_step": "5", "maximum": "15"},
    )
    curve = credit_curve(schedule, True, Decimal("99.9"))
    # Above 99.8 not a whole step is missed yet; each whole step adds 5 %, up to 15 %.
    shown = [(s.start, s.end, s.percent) for s in curve.steps]
    assert (Decimal("99.6"), Decimal("99.7"), Decimal(10)) in shown
    assert [s.percent for s in curve.steps] == [15, 10, 5, 0]
    assert curve.steps[-1].start == Decimal("99.8")


def test_downtime_bands_run_in_seconds_from_zero_without_an_objective_line() -> None:
    schedule = _schedule(
        rule="downtime_bands",
        downtime_bands=[
            {"over": "45m", "up_to": "4h", "credit": "10"},
            {"over": "4h", "credit": "25"},
        ],
    )
    curve = credit_curve(schedule, True, Decimal("99.9"))
    assert curve.in_seconds and curve.objective is None and curve.low == 0
    assert [(s.start, s.percent) for s in curve.steps] == [
        (Decimal(0), Decimal(0)),
        (Decimal(2700), Decimal(10)),
        (Decimal(14400), Decimal(25)),
    ]


def test_lower_is_better_credits_grow_to_the_right() -> None:
    schedule = _schedule(
        tiers=[{"at_least": "5", "below": "10", "credit": "5"}, {"at_least": "10", "credit": "10"}]
    )
    curve = credit_curve(schedule, False, Decimal(5), percent_scale=True)
    assert [s.percent for s in curve.steps] == [0, 5, 10]


def test_objectives_and_units_of_other_metrics() -> None:
    resolution = ResolutionTimeMetric.model_validate(
        {
            "id": "r",
            "name": "Resolution",
            "targets": [
                {"priority": "p1", "target": "4h calendar", "attainment": "90"},
                {"priority": "p2", "target": "8h business", "attainment": "90"},
            ],
        }
    )
    assert metric_objective(resolution) == Decimal(90)
    resolution.targets[1].attainment = Decimal(95)
    assert metric_objective(resolution) is None
    score = SatisfactionMetric.model_validate({"id": "c", "name": "CSAT", "objective": "4.2"})
    assert metric_objective(score) == Decimal("4.2")
    assert credit_unit(score) == ""
    assert credit_unit(resolution) == "%"


def test_measured_values_are_read_as_the_schedule_needs() -> None:
    assert parse_measured(_schedule(), " 99.5 % ") == Decimal("99.5")
    bands = _schedule(rule="downtime_bands")
    assert parse_measured(bands, "1h30m") == dt.timedelta(minutes=90)
    with pytest.raises(ValueError, match="not a number"):
        parse_measured(_schedule(), "NaN")


def test_measured_values_must_be_possible_for_the_metric() -> None:
    availability = AvailabilityMetric.model_validate({"id": "a", "name": "Up", "objective": "99.9"})
    score = SatisfactionMetric.model_validate({"id": "c", "name": "CSAT", "objective": "4.2"})
    assert parse_measured(_schedule(), "100", availability) == Decimal(100)
    assert parse_measured(_schedule(), "0 %", availability) == Decimal(0)
    for typed in ("-5", "101", "1e30"):
        with pytest.raises(ValueError, match="from 0 to 100"):
            parse_measured(_schedule(), typed, availability)
    assert parse_measured(_schedule(), "4.5", score) == Decimal("4.5")
    with pytest.raises(ValueError, match="scale of 1 to 5"):
        parse_measured(_schedule(), "9", score)
    with pytest.raises(ValueError, match="too large"):
        check_measured(None, Decimal("1e30"))
    assert check_amount(Decimal("1250")) == Decimal("1250")
    with pytest.raises(ValueError, match="largest amount"):
        check_amount(Decimal("1e30"))
