"""Whether the commitments are realistic: a time target every single ticket must meet, a credit
tier that pays while the target is met, and a time target far below what published SLAs commit
for its kind and priority (resources/data/typical_ranges.yaml).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal, localcontext

from sla_designer.model import CreditSchedule, Metric
from sla_designer.model.comparisons import Comparison, nearest_met
from sla_designer.text.values import Percent, Term
from sla_designer.validation.codes import make
from sla_designer.validation.context import Context, label
from sla_designer.validation.credit_objective import objectives_met
from sla_designer.validation.findings import FieldPath, Finding
from sla_designer.validation.ranges import BOTTOM, TOP, Cut, tier_band, values_between
from sla_designer.validation.targets import tickets
from sla_designer.validation.typical_ranges import (
    has_range,
    level_at,
    target_length,
    typical_ranges,
)
from sla_designer.validation.windows import window_word


def full_attainment(ctx: Context) -> Iterator[Finding]:
    """A target on each ticket at 100 %: one late ticket misses it for the whole window."""
    for i, metric in ctx.ticket_metrics():
        for j, target in enumerate(metric.targets):
            if target.measure == "each" and target.attainment == 100:
                priority = None if target.priority is None else ctx.priority_label(target.priority)
                yield make(
                    "time-target-full-attainment",
                    ("metrics", i, "targets", j, "attainment"),
                    metric=label(metric),
                    tickets=tickets(priority),
                    window=window_word(metric.window.kind),
                )


def below_plausible_floor(ctx: Context) -> Iterator[Finding]:
    """A time target shorter than the plausible floor of its kind and priority level."""
    ranges = typical_ranges()
    for i, metric in ctx.ticket_metrics():
        if not has_range(metric):
            continue
        for j, target in enumerate(metric.targets):
            position = None if target.priority is None else ctx.priorities.get(target.priority)
            if target.priority is not None and position is None:
                continue  # an unknown priority is reported by the reference rules
            found = ranges.time_range(metric.kind, level_at(position))
            if found is None or target_length(target) >= found.floor:
                continue
            priority = None if target.priority is None else ctx.priority_label(target.priority)
            yield make(
                "time-target-below-floor",
                ("metrics", i, "targets", j, "target"),
                metric=label(metric),
                tickets=tickets(priority),
                target=target.target,
                level=Term(f"metrics.typical.levels.{found.level}"),
                low=found.low,
                high=found.high,
            )


def _met_cuts(objective: Decimal, comparison: Comparison) -> tuple[Cut, Cut]:
    """The results that meet an objective, as a range of cuts (see validation.ranges)."""
    if comparison == "at_least":
        return (objective, 0), TOP
    if comparison == "more_than":
        return (objective, 1), TOP
    if comparison == "at_most":
        return BOTTOM, (objective, 1)
    return BOTTOM, (objective, 0)


def _nearest_met_tier(schedule: CreditSchedule, objective: Decimal, comparison: Comparison) -> int:
    """The tier holding the met result nearest the objective (-1: none): the credit-at-objective
    check reports that one, so this module does not report it again."""
    with localcontext(prec=60):
        probe = nearest_met(objective, comparison, schedule.numbers())
        return next((k for k, t in enumerate(schedule.tiers) if t.contains(probe)), -1)


def _tiers_paying_while_met(
    ctx: Context, schedule: CreditSchedule, metric: Metric, path: FieldPath
) -> Iterator[Finding]:
    reported: set[int] = set()
    for objective, comparison, result in objectives_met(ctx.agreement, schedule, metric):
        met_low, met_high = _met_cuts(objective, comparison)
        skipped = _nearest_met_tier(schedule, objective, comparison)
        for k, tier in enumerate(schedule.tiers):
            band = tier_band(k, tier)
            low, high = max(band.low_key, met_low), min(band.high_key, met_high)
            if k in reported or k == skipped or tier.credit <= 0 or not low < high:
                continue
            reported.add(k)
            upward = comparison in ("at_least", "more_than")
            field = band.high_field if upward else band.low_field
            if getattr(tier, field) is None:
                field = "credit"
            yield make(
                "credit-tier-above-objective",
                (*path, "tiers", k, field),
                metric=metric.name,
                n=k + 1,
                credit=Percent(tier.credit),
                values=values_between(low, high, lambda value: value),
                result=result,
            )


def tiers_above_objective(ctx: Context) -> Iterator[Finding]:
    """No credit tier pays for results that meet the metric's objective or attainment target."""
    for i, schedule in enumerate(ctx.agreement.remedies.credit_schedules):
        metric = ctx.agreement.metric(schedule.metric)
        if metric is None or schedule.rule != "tiers":
            continue
        yield from _tiers_paying_while_met(
            ctx, schedule, metric, ("remedies", "credit_schedules", i)
        )


RULES = (full_attainment, below_plausible_floor, tiers_above_objective)
