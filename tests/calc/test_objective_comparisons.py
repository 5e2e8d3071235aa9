"""The calculators decide whether an objective is met with its comparison, exact at the
boundary: the downtime budget, measured uptime, the what-if credit and staffing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from sla_designer.calc.budget import allowed_downtime, downtime_allowance, downtime_budget
from sla_designer.calc.staffing import _service_level, erlang_c, required_agents
from sla_designer.calc.uptime import Outage, measure_uptime
from sla_designer.calc.what_if import objective_check, what_if_credit
from sla_designer.model import AvailabilityMetric, CreditSchedule, Money, Remedies
from sla_designer.model.metrics import (
    AverageSpeedOfAnswerMetric,
    ResolutionTimeMetric,
    SatisfactionMetric,
)

D = Decimal
MICROSECOND = dt.timedelta(microseconds=1)
APRIL = dt.date(2026, 4, 1)  # 30 days: 99.9 % allows exactly 43m12s


def availability(comparison: str = "at_least", **fields: Any) -> AvailabilityMetric:
    return AvailabilityMetric.model_validate(
        {"id": "up", "name": "Up", "objective": "99.9", "comparison": comparison, **fields}
    )


# --- the downtime budget --------------------------------------------------------------------


def test_at_least_allows_the_limit_and_more_than_the_last_microsecond_below_it() -> None:
    month = dt.timedelta(days=30)
    assert allowed_downtime(D("99.9"), month) == dt.timedelta(minutes=43, seconds=12)
    strict = downtime_allowance(D("99.9"), month, "more_than")
    assert strict.allowed == dt.timedelta(minutes=43, seconds=12) - MICROSECOND
    assert strict.strict and strict.limit == dt.timedelta(minutes=43, seconds=12)
    inclusive = downtime_allowance(D("99.9"), month)
    assert not inclusive.strict and inclusive.limit == inclusive.allowed


def test_a_limit_between_two_microseconds_is_said_as_the_next_one() -> None:
    # 99.9999999 % of 1h01s leaves 1e-9 of 3,661,000,000 microseconds: 3.661 microseconds.
    measured = dt.timedelta(seconds=3661)
    inclusive = downtime_allowance(D("99.9999999"), measured, "at_least")
    strict = downtime_allowance(D("99.9999999"), measured, "more_than")
    # Both allow 3 microseconds; "less than 4 microseconds" says the same at that resolution.
    assert inclusive.allowed == strict.allowed == dt.timedelta(microseconds=3)
    assert strict.limit == dt.timedelta(microseconds=4)


def test_the_window_budget_follows_the_metric_s_comparison() -> None:
    assert downtime_budget(availability(), APRIL).allowed == dt.timedelta(seconds=2592)
    budget = downtime_budget(availability("more_than"), APRIL)
    assert budget.allowed == dt.timedelta(seconds=2592) - MICROSECOND
    assert budget.allowance.limit == dt.timedelta(seconds=2592)


def test_more_than_100_percent_allows_nothing_at_all() -> None:
    with pytest.raises(ValueError, match="never be met"):
        downtime_allowance(D(100), dt.timedelta(days=30), "more_than")
    assert allowed_downtime(D(100), dt.timedelta(days=30)) == dt.timedelta(0)
    # With no time measured there is nothing to be down: both allow nothing and are met.
    assert downtime_allowance(D(100), dt.timedelta(0), "more_than").allowed == dt.timedelta(0)


# --- measured uptime ------------------------------------------------------------------------


def _down(length: dt.timedelta) -> list[Outage]:
    start = dt.datetime(2026, 4, 2, 10, tzinfo=dt.UTC)
    return [Outage(start, start + length)]


@pytest.mark.parametrize(
    ("comparison", "at_budget", "below_budget"),
    [("at_least", True, True), ("more_than", False, True)],
)
def test_uptime_at_exactly_the_objective(
    comparison: str, at_budget: bool, below_budget: bool
) -> None:
    metric = availability(comparison)
    exactly = measure_uptime(metric, APRIL, _down(dt.timedelta(minutes=43, seconds=12)))
    assert exactly.percent == D("99.900000")
    assert exactly.met is at_budget
    just_less = dt.timedelta(minutes=43, seconds=12) - MICROSECOND
    assert measure_uptime(metric, APRIL, _down(just_less)).met is below_budget


def test_uptime_is_compared_exactly_not_as_rounded_for_display() -> None:
    # One microsecond less than the budget: 99.90000000004 %, shown rounded down as 99.900000.
    metric = availability("more_than")
    result = measure_uptime(metric, APRIL, _down(dt.timedelta(seconds=2592) - MICROSECOND))
    assert result.percent == D("99.900000") and result.met


# --- the what-if credit ---------------------------------------------------------------------

TIERS = CreditSchedule.model_validate(
    {"id": "c", "metric": "up", "tiers": [{"below": "99.9", "credit": "10"}]}
)
FEE = Money(amount=D(1000), currency="GBP")


@pytest.mark.parametrize(
    ("comparison", "measured", "met"),
    [
        ("at_least", "99.9", True),
        ("more_than", "99.9", False),
        ("more_than", "99.900001", True),
        ("at_least", "99.899999", False),
    ],
)
def test_the_what_if_credit_says_whether_the_objective_is_met(
    comparison: str, measured: str, met: bool
) -> None:
    result = what_if_credit(TIERS, availability(comparison), D(measured), FEE, Remedies())
    assert result.objective is not None and result.objective.met is met
    words = "meets" if met else "misses"
    phrase = "at least" if comparison == "at_least" else "more than"
    assert result.text("en").startswith(f"{measured} % {words} the objective ({phrase} 99.9 %)")
    portuguese = "atinge" if met else "não atinge"
    assert f"{portuguese} o objetivo" in result.text("pt-BR")


@pytest.mark.parametrize(
    ("comparison", "seconds", "met"),
    [("at_most", "30", True), ("less_than", "30", False), ("less_than", "29.999", True)],
)
def test_a_speed_of_answer_is_compared_in_seconds(comparison: str, seconds: str, met: bool) -> None:
    metric = AverageSpeedOfAnswerMetric.model_validate(
        {"id": "asa", "name": "ASA", "objective": "30s", "comparison": comparison}
    )
    check = objective_check(metric, D(seconds))
    assert check is not None and (check.objective, check.met) == (D(30), met)


def test_a_score_and_an_attainment_are_compared_too() -> None:
    csat = SatisfactionMetric.model_validate(
        {"id": "s", "name": "S", "scale_min": 0, "scale_max": 10, "objective": "9"}
    )
    csat.comparison = "more_than"  # "satisfaction above 9" is not "at least 9"
    check = objective_check(csat, D(9))
    assert check is not None and not check.met
    resolution = ResolutionTimeMetric.model_validate(
        {
            "id": "r",
            "name": "R",
            "targets": [
                {"priority": "P1", "target": "4h calendar", "attainment": "90"},
                {"priority": "P2", "target": "8h calendar", "attainment": "90"},
            ],
        }
    )
    check = objective_check(resolution, D(90))
    assert check is not None and (check.comparison, check.met) == ("at_least", True)
    # An average has no attainment: there is no one number to compare with.
    resolution.targets[1].measure = "average"
    assert objective_check(resolution, D(90)) is None
    assert objective_check(availability(), dt.timedelta(minutes=5)) is None


# --- staffing -------------------------------------------------------------------------------


def test_staffing_for_more_than_a_service_level_is_strict() -> None:
    traffic, threshold, handling = 10.0, dt.timedelta(seconds=20), dt.timedelta(seconds=180)

    def level(agents: int) -> float:
        wait = erlang_c(agents, traffic)
        return _service_level(agents, traffic, wait, 20.0, 180.0)

    found = required_agents(traffic, D(80), threshold, handling)
    # A target equal to what some staffing gives exactly: that staffing meets "at least" it,
    # and "more than" it needs one agent more.
    exact = D(repr(level(found.staffing.agents) * 100))
    inclusive = required_agents(traffic, exact, threshold, handling)
    strict = required_agents(traffic, exact, threshold, handling, strict=True)
    assert strict.staffing.agents == inclusive.staffing.agents + 1
