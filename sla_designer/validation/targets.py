"""Time targets per priority: one per priority, ordered by urgency, response before resolution."""

from __future__ import annotations

from collections.abc import Iterator

from sla_designer.model import ClockDuration, ResponseTimeMetric
from sla_designer.validation.codes import make
from sla_designer.validation.context import Context, label
from sla_designer.validation.findings import FieldPath, Finding


def certainly_longer(a: ClockDuration, b: ClockDuration) -> bool:
    """Whether target `a` always ends later than target `b`, whatever the calendar.

    Same clocks compare by length. An hour of business time takes at least an hour of calendar
    time, so a longer business target also ends after a shorter calendar one; the reverse
    comparison depends on the calendar and is left alone.
    """
    if a.length <= b.length:
        return False
    return a.clock == b.clock or (a.clock == "business" and b.clock == "calendar")


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


# priority -> service (None: every service) -> clock -> the shortest resolution target
Shortest = dict[str, dict[str | None, dict[str, ClockDuration]]]


def _shortest_resolutions(ctx: Context) -> Shortest:
    # Comparing a response with the shortest resolution target per clock is enough: if it is
    # not certainly longer than that one, it is not certainly longer than any longer one.
    shortest: Shortest = {}
    for _, metric in ctx.ticket_metrics():
        if isinstance(metric, ResponseTimeMetric):
            continue
        for target in metric.targets:
            by_clock = shortest.setdefault(target.priority, {}).setdefault(metric.service, {})
            known = by_clock.get(target.target.clock)
            if known is None or target.target.length < known.length:
                by_clock[target.target.clock] = target.target
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
