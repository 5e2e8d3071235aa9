"""Time targets per priority: one per priority, ordered by urgency, response before resolution."""

from __future__ import annotations

from collections.abc import Iterator

from sla_designer.model import BusinessDays, ClockDuration, ResponseTimeMetric
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


def one_target_per_priority(ctx: Context) -> Iterator[Finding]:
    """A metric has exactly one target for each priority (a missing one is a warning)."""
    for i, metric in ctx.ticket_metrics():
        seen: set[str] = set()
        for j, target in enumerate(metric.targets):
            if target.priority in seen:
                yield make(
                    "duplicate-target",
                    ("metrics", i, "targets", j, "priority"),
                    metric=label(metric),
                    priority=ctx.priority_label(target.priority),
                )
            seen.add(target.priority)
        for priority in ctx.agreement.priorities:
            if priority.id not in seen:
                yield make(
                    "missing-priority-target",
                    ("metrics", i, "targets"),
                    metric=label(metric),
                    priority=priority.name or priority.id,
                )


def priority_order(ctx: Context) -> Iterator[Finding]:
    """A more urgent priority never has a looser target than a less urgent one."""
    rank = ctx.priorities
    for i, metric in ctx.ticket_metrics():
        ranked = sorted(
            ((rank[t.priority], j, t) for j, t in enumerate(metric.targets) if t.priority in rank),
            key=lambda item: (item[0], item[1]),
        )
        for position, (r, j, target) in enumerate(ranked):
            lower = next(
                (
                    other
                    for r2, _, other in ranked[position + 1 :]
                    if r2 > r and certainly_longer(target.target, other.target)
                ),
                None,
            )
            if lower is not None:
                yield make(
                    "priority-order-inverted",
                    ("metrics", i, "targets", j, "target"),
                    metric=label(metric),
                    priority=ctx.priority_label(target.priority),
                    target=target.target,
                    lower=ctx.priority_label(lower.priority),
                    lower_target=lower.target,
                )


# priority -> service (None: every service) -> unit -> the shortest resolution target
Shortest = dict[str, dict[str | None, dict[str, TargetTime]]]


def _shortest_resolutions(ctx: Context) -> Shortest:
    # Comparing a response with the shortest resolution target per clock is enough: if it is
    # not certainly longer than that one, it is not certainly longer than any longer one.
    shortest: Shortest = {}
    for _, metric in ctx.ticket_metrics():
        if isinstance(metric, ResponseTimeMetric):
            continue
        for target in metric.targets:
            by_clock = shortest.setdefault(target.priority, {}).setdefault(metric.service, {})
            unit, size = _rank(target.target)
            known = by_clock.get(unit)
            if known is None or size < _rank(known)[1]:
                by_clock[unit] = target.target
    return shortest


def response_before_resolution(ctx: Context) -> Iterator[Finding]:
    """The first-response target of a priority is not longer than its resolution target."""
    shortest = _shortest_resolutions(ctx)
    for i, metric in ctx.ticket_metrics():
        if not isinstance(metric, ResponseTimeMetric) or metric.event != "first_response":
            continue
        for j, response in enumerate(metric.targets):
            by_service = shortest.get(response.priority, {})
            # A metric without a service applies to all services, so it meets any other metric.
            services = list(by_service) if metric.service is None else [metric.service, None]
            resolution = next(
                (
                    candidate
                    for service in services
                    for candidate in by_service.get(service, {}).values()
                    if certainly_longer(response.target, candidate)
                ),
                None,
            )
            if resolution is not None:
                path: FieldPath = ("metrics", i, "targets", j, "target")
                yield make(
                    "response-after-resolution",
                    path,
                    priority=ctx.priority_label(response.priority),
                    response=response.target,
                    resolution=resolution,
                )


RULES = (one_target_per_priority, priority_order, response_before_resolution)
