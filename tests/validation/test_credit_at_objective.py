"""A credit never falls due while the objective is met, computed on the hours Annex A uses.

The exact-window checks look at the windows of the first contract year (from the effective
date's month), through the same calculator as Annex A and `sla-designer budget`
(`contract_year_budgets`). Every template's schedules are rewritten in each shape (tiers, a
linear rule, downtime bands) to pay just at the objective, and just past it; availability is
also measured within its calendar's hours.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from sla_designer.calc.attainment import counts_tickets
from sla_designer.calc.budget import contract_year_budgets
from sla_designer.catalog import load_catalog
from sla_designer.io import load_agreement
from sla_designer.model import Agreement, AvailabilityMetric, CreditSchedule, higher_is_better
from sla_designer.validation.calc_rules import calc_findings
from sla_designer.validation.credits import single_objective
from tests.validation.test_calc_rules import build, codes

TEMPLATES = Path(__file__).parents[2] / "templates"
NAMES = [entry.name for entry in load_catalog()]
MET = "credit-while-objective-met"
SECOND = dt.timedelta(seconds=1)


def _objectives(agreement: Agreement, schedule: CreditSchedule) -> list[Decimal]:
    """The results that just meet the objective: the objective, or each priority's attainment."""
    metric = agreement.metric(schedule.metric)
    assert metric is not None
    if counts_tickets(metric):
        return sorted({target.attainment for target in getattr(metric, "targets", [])})
    objective = single_objective(metric)
    return [] if objective is None else [objective]


def _shapes(agreement: Agreement, index: int) -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    """(shape, a rule paying just at the objective, one starting just past it) of a schedule."""
    schedule = agreement.remedies.credit_schedules[index]
    metric = agreement.metric(schedule.metric)
    assert metric is not None
    objectives = _objectives(agreement, schedule)
    shapes: list[tuple[str, dict[str, Any], dict[str, Any]]] = []
    if objectives:
        higher = higher_is_better(metric)
        # The objective every priority's attainment must not be credited at: the lowest one
        # for a higher-is-better metric; the tiers must not reach past any of them.
        low, high = objectives[0], objectives[-1]
        step = Decimal("0.01")
        if higher:
            paying = [{"at_least": low - 1, "below": low + step, "credit": 5}]
            quiet = [{"at_least": low - 1, "below": low, "credit": 5}]
            linear_paying = {"start": high + step, "step": step, "credit_per_step": 1}
            linear_quiet = {"start": low, "step": step, "credit_per_step": 1}
        else:
            paying = [{"at_least": high, "credit": 5}]
            quiet = [{"at_least": high + step, "credit": 5}]
            linear_paying = {"start": low - step, "step": step, "credit_per_step": 1}
            linear_quiet = {"start": high, "step": step, "credit_per_step": 1}
        shapes.append(("tiers", {"rule": "tiers", "tiers": paying}, {"tiers": quiet}))
        shapes.append(
            ("linear", {"rule": "linear", "linear": linear_paying}, {"linear": linear_quiet})
        )
    if isinstance(metric, AvailabilityMetric) and agreement.effective_date is not None:
        calendar = agreement.calendar_for(metric.id)
        allowed = [
            b.allowed for b in contract_year_budgets(metric, agreement.effective_date, calendar)
        ]
        # The least allowance cut to a whole second pays in that window; the first whole second
        # above the largest is the first downtime that misses the objective in every window.
        below = min(allowed) // SECOND * SECOND
        above = max(allowed) // SECOND * SECOND + SECOND
        bands = [{"over": str(int(below.total_seconds())) + "s", "credit": 5}]
        quiet_bands = [{"over": str(int(above.total_seconds())) + "s", "credit": 5}]
        shapes.append(
            (
                "downtime_bands",
                {"rule": "downtime_bands", "downtime_bands": bands},
                {"downtime_bands": quiet_bands},
            )
        )
    return shapes


def _with(agreement: Agreement, index: int, fields: dict[str, Any]) -> Agreement:
    data = agreement.model_dump(mode="json")
    schedule = data["remedies"]["credit_schedules"][index]
    schedule.update(fields)
    return Agreement.model_validate(data)


def _within_calendar(agreement: Agreement) -> Agreement:
    """Every availability metric measured within its calendar's hours."""
    data = agreement.model_dump(mode="json")
    for metric in data["metrics"]:
        if metric["kind"] == "availability":
            metric["measured_within_calendar"] = True
    return Agreement.model_validate(data)


CASES = [
    (name, hours, index)
    for name in NAMES
    for hours in ("window", "calendar")
    for index in range(len(load_agreement(TEMPLATES / f"{name}.yaml").remedies.credit_schedules))
]


@pytest.mark.parametrize(("name", "hours", "index"), CASES)
def test_every_shape_of_every_template_schedule_is_read_at_the_objective(
    name: str, hours: str, index: int
) -> None:
    agreement = load_agreement(TEMPLATES / f"{name}.yaml")
    if hours == "calendar":
        agreement = _within_calendar(agreement)
    shapes = _shapes(agreement, index)
    assert shapes, "every template schedule has an objective to be read at"
    for shape, paying, quiet in shapes:
        found = [f for f in calc_findings(_with(agreement, index, paying)) if f.code == MET]
        assert [f.path[:3] for f in found] == [("remedies", "credit_schedules", index)], shape
        quiet_agreement = _with(agreement, index, {**paying, **quiet})
        assert MET not in codes(calc_findings(quiet_agreement)), shape


def test_the_checks_look_at_the_first_contract_year_as_annex_a_does() -> None:
    # Effective 1 May 2027: the contract year runs to April 2028. Office hours in São Paulo.
    def change(data: dict[str, Any]) -> None:
        data["effective_date"] = "2027-05-01"
        data["metrics"][0].update(
            calendar="office", measured_within_calendar=True, minimum_outage="11m"
        )

    agreement = build(change)
    metric = agreement.metrics[0]
    assert isinstance(metric, AvailabilityMetric)
    budgets = contract_year_budgets(metric, dt.date(2027, 5, 1), agreement.calendar_for("uptime"))
    short = [b.start.date() for b in budgets if b.allowed < metric.minimum_outage]
    assert any(day.year == 2028 for day in short)
    assert all(day >= dt.date(2027, 5, 1) for day in short)
    findings = calc_findings(agreement)
    assert codes(findings) == ["budget-below-minimum-outage-some-windows"]
    message = findings[0].message("en")
    assert "January 2027" not in message and "February 2027" not in message
    for day in short:
        assert day.strftime("%B %Y") in message


def test_a_downtime_band_is_read_against_the_annex_s_allowance_within_service_hours() -> None:
    # managed-services: the clinic network at 99.7 % of clinic hours. Its first band starts at
    # the first whole second above the largest allowance Annex A gives; moved to 1 hour, it
    # leaves a margin the rule reports as a remark.
    shipped = load_agreement(TEMPLATES / "managed-services.yaml")
    assert not [f for f in calc_findings(shipped) if f.code == "downtime-band-gap-above-allowance"]
    agreement = shipped.model_copy(deep=True)
    bands = agreement.remedies.credit_schedules[1].downtime_bands
    bands[0] = bands[0].model_copy(update={"over": dt.timedelta(hours=1)})
    metric = agreement.metric("network-availability")
    assert isinstance(metric, AvailabilityMetric) and agreement.effective_date is not None
    budgets = contract_year_budgets(
        metric, agreement.effective_date, agreement.calendar_for(metric.id)
    )
    largest = max(budgets, key=lambda b: b.allowed)
    findings = [
        f for f in calc_findings(agreement) if f.code == "downtime-band-gap-above-allowance"
    ]
    assert len(findings) == 1
    from sla_designer.text.formats import formatter

    allowed = formatter("en").short_duration(largest.allowed, "h")
    assert f"above {allowed}" in findings[0].message("en")
    assert largest.start.strftime("%B %Y") in findings[0].message("en")
