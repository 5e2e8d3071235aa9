"""Time targets: one per priority, or one for all tickets; stated completely; ordered by urgency;
response before resolution.

A metric's targets are either one per priority or one for all its tickets, not both: beside
per-priority targets, a target for all tickets reads as a fallback to some and as a second,
overall commitment to others, and a ticket would have two times. An agreement that wants both
states them in two metrics.
"""

from __future__ import annotations

from collections.abc import Iterator

from sla_designer.model import BusinessDays, ClockDuration, ResponseTimeMetric, TimeTarget
from sla_designer.text.values import Percent, Term, Value
from sla_designer.validation.codes import make
from sla_designer.validation.context import Context, label
from sla_designer.validation.findings import FieldPath, Finding

TargetTime = ClockDuration | BusinessDays


def _rank(value: TargetTime) -> tuple[str, int]:
    """A target's unit and its size in that unit, ordered as the targets end.

    Business days order as '1 business day' < '1 business day by close of business' <
    '2 business days': the same time of day on a day never ends after that day's close.
    """
    if isinstance(value, BusinessDays):
        return "business_days", 2 * value.days + (value.ends == "close_of_business")
    return value.clock, int(value.length.total_seconds())


def certainly_longer(a: TargetTime, b: TargetTime) -> bool:
    """Whether target `a` always ends later than target `b`, whatever the calendar.

    Same units compare by size. An hour of business time takes at least an hour of calendar
    time, so a longer business target also ends after a shorter calendar one; the reverse
    comparison, and business days against hours, depend on the calendar and are left alone.
    """
    (unit_a, size_a), (unit_b, size_b) = _rank(a), _rank(b)
    if size_a <= size_b:
        return False
    return unit_a == unit_b or (unit_a == "business" and unit_b == "calendar")


def measured_alike(a: TimeTarget, b: TimeTarget) -> bool:
    """Whether two targets measure the same thing (each ticket, the average ...), so that their
    times can be compared."""
    return a.measure == b.measure and (a.measure != "percentile" or a.percentile == b.percentile)


def tickets(priority: str | None) -> Term:
    """Whose tickets a target is for, as a message says it: 'priority “High”' (given the
    priority's name), 'all tickets' (given None)."""
    if priority is None:
        return Term("findings._parts.tickets.all")
    return Term.of("findings._parts.tickets.priority", priority=priority)


def one_target_per_priority(ctx: Context) -> Iterator[Finding]:
    """A metric has exactly one target for each priority (a missing one is a warning), or one
    target for all its tickets, and not both; a metric with no target at all promises nothing
    (an error: its clause would announce times it does not give)."""
    for i, metric in ctx.ticket_metrics():
        if not metric.targets:
            yield make("metric-without-targets", ("metrics", i, "targets"), metric=label(metric))
            continue
        seen: set[str] = set()
        overall = [j for j, target in enumerate(metric.targets) if target.priority is None]
        for j in overall[1:]:
            yield make(
                "duplicate-all-tickets-target",
                ("metrics", i, "targets", j, "priority"),
                metric=label(metric),
            )
        for j, target in enumerate(metric.targets):
            if target.priority is None:
                continue
            if overall:
                yield make(
                    "targets-mixed-scope",
                    ("metrics", i, "targets", j, "priority"),
                    metric=label(metric),
                    priority=ctx.priority_label(target.priority),
                )
            if target.priority in seen:
                yield make(
                    "duplicate-target",
                    ("metrics", i, "targets", j, "priority"),
                    metric=label(metric),
                    priority=ctx.priority_label(target.priority),
                )
            seen.add(target.priority)
        if overall:
            continue  # the all-tickets target covers every priority
        for priority in ctx.agreement.priorities:
            if priority.id not in seen:
                yield make(
                    "missing-priority-target",
                    ("metrics", i, "targets"),
                    metric=label(metric),
                    priority=priority.name or priority.id,
                )


def measures_stated(ctx: Context) -> Iterator[Finding]:
    """A percentile names its rank; a rank or an attainment is not given where it means nothing.

    An attainment is the share of tickets that must each be within the time: a target on the
    average, the median or a percentile of the times has none (100 %, the default).
    """
    for i, metric in ctx.ticket_metrics():
        for j, target in enumerate(metric.targets):
            if target.measure == "each" and target.percentile is None:
                continue  # the usual target: nothing to check
            path: FieldPath = ("metrics", i, "targets", j)
            measure = Term(f"metrics.measures.{target.measure}")
            if target.measure == "percentile" and target.percentile is None:
                yield make("target-percentile-missing", (*path, "percentile"), metric=label(metric))
            elif target.measure != "percentile" and target.percentile is not None:
                yield make(
                    "target-percentile-ignored",
                    (*path, "percentile"),
                    metric=label(metric),
                    measure=measure,
                    percentile=target.percentile,
                )
            if target.measure != "each" and target.attainment != 100:
                yield make(
                    "target-attainment-ignored",
                    (*path, "attainment"),
                    metric=label(metric),
                    measure=measure,
                    attainment=Percent(target.attainment),
                )


def priority_order(ctx: Context) -> Iterator[Finding]:
    """A more urgent priority never has a looser target than a less urgent one (of the same
    measure)."""
    rank = ctx.priorities
    for i, metric in ctx.ticket_metrics():
        ranked = sorted(
            (
                (rank[t.priority], j, t)
                for j, t in enumerate(metric.targets)
                if t.priority is not None and t.priority in rank
            ),
            key=lambda item: (item[0], item[1]),
        )
        for position, (r, j, target) in enumerate(ranked):
            lower = next(
                (
                    other
                    for r2, _, other in ranked[position + 1 :]
                    if r2 > r
                    and measured_alike(target, other)
                    and certainly_longer(target.target, other.target)
                ),
                None,
            )
            if lower is not None and lower.priority is not None and target.priority is not None:
                yield make(
                    "priority-order-inverted",
                    ("metrics", i, "targets", j, "target"),
                    metric=label(metric),
                    priority=ctx.priority_label(target.priority),
                    target=target.target,
                    lower=ctx.priority_label(lower.priority),
                    lower_target=lower.target,
                )


MeasureKey = tuple[str, int | None]
"""What a target measures: ('each', None), ('percentile', 90) ..."""

# service (None: every service) -> priority (None: the targets for all tickets, which apply to
# every priority) -> what is measured -> unit -> the shortest resolution target
Resolutions = dict[str | None, dict[str | None, dict[MeasureKey, dict[str, TimeTarget]]]]


def _measure_key(target: TimeTarget) -> MeasureKey:
    return target.measure, target.percentile if target.measure == "percentile" else None


def _resolutions(ctx: Context) -> Resolutions:
    # Comparing a response with the shortest resolution target per clock is enough: if it is
    # not certainly longer than that one, it is not certainly longer than any longer one.
    found: Resolutions = {}
    for _, metric in ctx.ticket_metrics():
        if isinstance(metric, ResponseTimeMetric):
            continue
        for target in metric.targets:
            by_unit = (
                found.setdefault(metric.service, {})
                .setdefault(target.priority, {})
                .setdefault(_measure_key(target), {})
            )
            unit, size = _rank(target.target)
            known = by_unit.get(unit)
            if known is None or size < _rank(known.target)[1]:
                by_unit[unit] = target
    return found


def response_before_resolution(ctx: Context) -> Iterator[Finding]:
    """A first-response target is not longer than a resolution target of the same tickets that
    measures the same thing (each ticket, the average ...)."""
    resolutions = _resolutions(ctx)
    for i, metric in ctx.ticket_metrics():
        if not isinstance(metric, ResponseTimeMetric) or metric.event != "first_response":
            continue
        # A metric without a service applies to all services, so it meets any other metric.
        services = list(resolutions) if metric.service is None else [metric.service, None]
        for j, response in enumerate(metric.targets):
            key = _measure_key(response)
            candidates: list[TimeTarget] = []
            for service in services:
                by_priority = resolutions.get(service, {})
                # A target for all tickets meets every priority's, and each priority's meets it.
                if response.priority is None:
                    priorities: list[str | None] = list(by_priority)
                else:
                    priorities = [response.priority, None]
                for priority in priorities:
                    candidates += by_priority.get(priority, {}).get(key, {}).values()
            outlasted = [c for c in candidates if certainly_longer(response.target, c.target)]
            resolution = next(iter(outlasted), None)
            if resolution is not None:
                scope = response.priority if response.priority is not None else resolution.priority
                shown: Value = tickets(None if scope is None else ctx.priority_label(scope))
                yield make(
                    "response-after-resolution",
                    ("metrics", i, "targets", j, "target"),
                    tickets=shown,
                    response=response.target,
                    resolution=resolution.target,
                )


RULES = (one_target_per_priority, measures_stated, priority_order, response_before_resolution)
