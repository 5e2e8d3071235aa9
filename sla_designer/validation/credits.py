"""The shape of credit schedules: the chosen rule is filled in, tiers and bands tile the range
without gaps or overlaps, and a worse result never earns a smaller credit.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import timedelta
from decimal import Decimal
from itertools import pairwise

from sla_designer.calc.credit_curve import metric_objective
from sla_designer.model import (
    CreditSchedule,
    Metric,
    higher_is_better,
)
from sla_designer.model.comparisons import is_strict
from sla_designer.model.kinds import describe
from sla_designer.text.values import Value
from sla_designer.validation.codes import make
from sla_designer.validation.context import Context
from sla_designer.validation.findings import FieldPath, Finding
from sla_designer.validation.ranges import (
    Band,
    Cut,
    Show,
    downtime_band,
    tier_band,
    values_between,
)


def _show_number(value: Decimal) -> Value:
    return value


def schedule_label(schedule: CreditSchedule, ctx: Context) -> str:
    """What a message calls a schedule: the name of its metric, else its id."""
    if schedule.metric in ctx.metrics:
        return ctx.metric_label(schedule.metric)
    return schedule.id


def single_objective(metric: Metric) -> Decimal | None:
    """The one number a tiered metric is measured against, where the metric has one.

    A time metric's credit reads attainment: its objective is the attainment every target
    asks, when they all measure each ticket and ask the same.
    """
    objective = getattr(metric, "objective", None)
    unit = describe(metric).objective
    if unit in ("percent", "score", "custom"):
        return objective if isinstance(objective, Decimal) else None
    if unit == "targets":
        return metric_objective(metric)
    return None


def _tiling(bands: Sequence[Band], path: FieldPath, name: str, show: Show) -> Iterator[Finding]:
    """Empty bands, then gaps and overlaps between bands sorted by their lower bound."""
    usable: list[Band] = []
    for band in bands:
        if band.low_key >= band.high_key:
            yield make(
                "tier-empty",
                (*path, band.index, band.low_field),
                schedule=name,
                values=values_between(band.low_key, band.high_key, show),
            )
        else:
            usable.append(band)
    usable.sort(key=lambda b: (b.low_key, b.high_key))
    reach: Cut | None = None  # the highest upper cut of the bands seen so far
    for band in usable:
        if reach is not None and reach < band.low_key:
            yield make(
                "tier-gap",
                (*path, band.index, band.low_field),
                schedule=name,
                values=values_between(reach, band.low_key, show),
            )
        elif reach is not None and reach > band.low_key:
            yield make(
                "tier-overlap",
                (*path, band.index, band.low_field),
                schedule=name,
                values=values_between(band.low_key, min(reach, band.high_key), show),
            )
        reach = band.high_key if reach is None else max(reach, band.high_key)


def _monotonic(
    bands: Sequence[Band], path: FieldPath, name: str, worse_is_higher: bool
) -> Iterator[Finding]:
    """Walking from the best result to the worst, the credit never falls."""
    ordered = sorted(bands, key=lambda b: (b.low_key, b.high_key), reverse=not worse_is_higher)
    for better, worse in pairwise(ordered):
        if worse.credit < better.credit:
            yield make(
                "credit-falls-as-performance-worsens",
                (*path, worse.index, "credit"),
                schedule=name,
                worse=worse.credit,
                better=better.credit,
            )


def _objective_gap(
    bands: Sequence[Band], metric: Metric, path: FieldPath, name: str
) -> Iterator[Finding]:
    """Results that miss the objective but fall below (or above) every tier earn nothing.

    The objective's comparison says where missing starts: below 99.9 for "at least 99.9", at
    99.9 itself for "more than 99.9" (a tier must end "at most 99.9" to cover it).
    """
    objective = single_objective(metric)
    # Attainment is at least the share of tickets a target asks.
    unit = describe(metric).objective
    comparison = describe(metric).comparison_of(metric) or (
        "at_least" if unit == "targets" else None
    )
    if objective is None or comparison is None or not bands:
        return
    if higher_is_better(metric):
        missed_to: Cut = (objective, 1 if is_strict(comparison) else 0)
        top = max(bands, key=lambda b: b.high_key)
        if top.high is not None and top.high < missed_to:
            yield make(
                "tier-gap",
                (*path, top.index, top.high_field),
                schedule=name,
                values=values_between(top.high, missed_to, _show_number),
            )
    else:
        missed_from: Cut = (objective, 0 if is_strict(comparison) else 1)
        bottom = min(bands, key=lambda b: b.low_key)
        if bottom.low is not None and bottom.low > missed_from:
            yield make(
                "tier-gap",
                (*path, bottom.index, bottom.low_field),
                schedule=name,
                values=values_between(missed_from, bottom.low, _show_number),
            )


def _seconds_as_duration(value: Decimal) -> Value:
    return timedelta(seconds=int(value))


def schedule_rules(ctx: Context) -> Iterator[Finding]:
    """Each schedule's chosen rule is filled in and its tiers or bands are consistent."""
    for i, schedule in enumerate(ctx.agreement.remedies.credit_schedules):
        path: FieldPath = ("remedies", "credit_schedules", i)
        name = schedule_label(schedule, ctx)
        position = ctx.metrics.get(schedule.metric)
        metric = ctx.agreement.metrics[position] if position is not None else None
        if schedule.rule == "tiers":
            if not schedule.tiers:
                yield make("tiers-missing", (*path, "tiers"), schedule=name)
                continue
            tiers = [tier_band(k, tier) for k, tier in enumerate(schedule.tiers)]
            yield from _tiling(tiers, (*path, "tiers"), name, _show_number)
            if metric is not None:
                worse_is_higher = not higher_is_better(metric)
                yield from _monotonic(tiers, (*path, "tiers"), name, worse_is_higher)
                yield from _objective_gap(tiers, metric, (*path, "tiers"), name)
        elif schedule.rule == "linear":
            if schedule.linear is None:
                yield make("linear-rule-missing", (*path, "linear"), schedule=name)
        elif not schedule.downtime_bands:
            yield make("downtime-bands-missing", (*path, "downtime_bands"), schedule=name)
        else:
            bands = [downtime_band(k, band) for k, band in enumerate(schedule.downtime_bands)]
            band_path: FieldPath = (*path, "downtime_bands")
            yield from _tiling(bands, band_path, name, _seconds_as_duration)
            yield from _monotonic(bands, band_path, name, worse_is_higher=True)


RULES = (schedule_rules,)
