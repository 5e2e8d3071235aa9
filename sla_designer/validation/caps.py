"""Caps on service credits: not below a credit the schedule promises, never above the fee."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from sla_designer.model import (
    CreditSchedule,
    LinearCreditRule,
    Metric,
)
from sla_designer.model.kinds import describe
from sla_designer.text.values import Term
from sla_designer.validation.codes import make
from sla_designer.validation.context import Context
from sla_designer.validation.credits import schedule_label
from sla_designer.validation.findings import FieldPath, Finding

HUNDRED = Decimal(100)
MORE_THAN_100 = Term("findings._parts.more_than_100")


def promised_credits(schedule: CreditSchedule) -> list[tuple[Decimal, FieldPath]]:
    """Each credit percentage the schedule names, with the path (inside the schedule) to it."""
    if schedule.rule == "tiers":
        return [(t.credit, ("tiers", k, "credit")) for k, t in enumerate(schedule.tiers)]
    if schedule.rule == "downtime_bands":
        return [
            (b.credit, ("downtime_bands", k, "credit"))
            for k, b in enumerate(schedule.downtime_bands)
        ]
    if schedule.linear is not None and schedule.linear.maximum is not None:
        return [(schedule.linear.maximum, ("linear", "maximum"))]
    return []


def caps_above_credits(ctx: Context) -> Iterator[Finding]:
    """Neither the schedule's cap nor the monthly cap is below a credit the schedule promises."""
    remedies = ctx.agreement.remedies
    for i, schedule in enumerate(remedies.credit_schedules):
        credits = promised_credits(schedule)
        if not credits:
            continue
        largest = max(credit for credit, _ in credits)
        caps: list[tuple[Decimal | None, FieldPath]] = [
            (schedule.cap, ("remedies", "credit_schedules", i, "cap")),
            (remedies.monthly_cap, ("remedies", "monthly_cap")),
        ]
        for cap, path in caps:
            if cap is not None and cap < largest:
                yield make(
                    "cap-below-tier-credit",
                    path,
                    cap=cap,
                    credit=largest,
                    schedule=schedule_label(schedule, ctx),
                )


def _worst_reach(rule: LinearCreditRule, metric: Metric) -> Decimal | None:
    """The credit the rule reaches at the worst possible result; None when it has no end."""
    # A percentage (time metrics by their attainment) cannot go below 0 % or above 100 %, and a
    # score not below its scale: that bounds what a linear rule can reach.
    described = describe(metric)
    scale = described.scale_of(metric)
    if described.measured == "percent":
        worst = Decimal(0) if described.higher_is_better(metric) else HUNDRED
    elif scale is not None:
        worst = Decimal(scale[0])
    else:
        return None
    steps = abs(rule.start - worst) / rule.step
    return steps * rule.credit_per_step


def linear_within_fee(ctx: Context) -> Iterator[Finding]:
    """A linear rule with no maximum and no cap cannot grow past 100 % of the fee."""
    remedies = ctx.agreement.remedies
    if remedies.monthly_cap is not None:
        return
    for i, schedule in enumerate(remedies.credit_schedules):
        rule = schedule.linear
        position = ctx.metrics.get(schedule.metric)
        if (
            schedule.rule != "linear"
            or rule is None
            or rule.maximum is not None
            or schedule.cap is not None
            or position is None
        ):
            continue
        reach = _worst_reach(rule, ctx.agreement.metrics[position])
        if reach is None or reach > HUNDRED:
            yield make(
                "cap-above-100",
                ("remedies", "credit_schedules", i, "linear", "maximum"),
                schedule=schedule_label(schedule, ctx),
                credit=MORE_THAN_100 if reach is None else reach.quantize(Decimal("0.1")),
            )


RULES = (caps_above_credits, linear_within_fee)
