"""What the help desks share: the agreement's ticket time targets, read as a help desk holds
them (one deadline per ticket, per priority, in business or calendar time), the mapping of the
agreement's priorities to the desk's own, and what no help desk policy can hold.

Zendesk and Freshdesk both keep, per priority, one deadline per ticket on a clock (business hours
of a schedule, or calendar time). They cannot hold: the share of tickets that must meet it ("95 %
of P1"), an average, median or percentile of the times, a metric that is not a ticket time, nor a
number of business days ending at close of business. Each is reported, never dropped.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from sla_designer.handoff.result import Unmapped
from sla_designer.model import Agreement
from sla_designer.model.calendars import WEEKDAYS, Calendar
from sla_designer.model.metrics import ResolutionTimeMetric, ResponseTimeMetric, TimeTarget
from sla_designer.model.target_times import BusinessDays, ClockDuration
from sla_designer.text.values import Joined, Percent, Problem, Term

TicketMetric = ResponseTimeMetric | ResolutionTimeMetric


@dataclass(frozen=True)
class DeskTarget:
    """One target as a help desk holds it: a priority of the desk, whole seconds, a clock."""

    metric: TicketMetric
    target: TimeTarget
    priority: str
    """The desk's priority (e.g. 'urgent'), mapped from the agreement's."""
    agreement_priority: str | None
    seconds: int
    business: bool
    calendar: Calendar | None
    path: str


def default_priorities(agreement: Agreement, desk: Sequence[str]) -> dict[str, str]:
    """The agreement's priorities mapped to the desk's by order, most urgent first: the first
    to the desk's most urgent, and so on; priorities beyond the desk's last take its last."""
    return {p.id: desk[min(i, len(desk) - 1)] for i, p in enumerate(agreement.priorities)}


def priority_mapping(
    agreement: Agreement, desk: Sequence[str], chosen: Mapping[str, str] | None, system: str
) -> dict[str, str]:
    """The mapping the user confirmed, completed by order for the priorities it leaves out; a
    priority the agreement does not have, or a desk priority that does not exist, is refused."""
    mapping = default_priorities(agreement, desk)
    for priority, value in (chosen or {}).items():
        if agreement.priority(priority) is None:
            known = ", ".join(p.id for p in agreement.priorities) or "-"
            raise Problem(
                "handoff.errors.unknown_priority", priority=priority, known=known, system=system
            )
        if value not in desk:
            raise Problem(
                "handoff.errors.unknown_desk_priority",
                value=value,
                known=", ".join(desk),
                system=system,
            )
        mapping[priority] = value
    return mapping


def ticket_metrics(agreement: Agreement) -> Iterator[tuple[int, TicketMetric]]:
    """The response and resolution time metrics, with their index in the agreement."""
    for index, metric in enumerate(agreement.metrics):
        if isinstance(metric, ResponseTimeMetric | ResolutionTimeMetric):
            yield index, metric


def other_metrics(agreement: Agreement, system: str) -> list[Unmapped]:
    """Every metric that is not a ticket time: a help desk's SLA policy cannot hold it."""
    return [
        Unmapped(
            system,
            "handoff.desks.metric_kind",
            f"metrics[{metric.id}]",
            {"metric": metric.name, "kind": Term.of(f"metrics.kinds.{metric.kind}")},
        )
        for metric in agreement.metrics
        if not isinstance(metric, ResponseTimeMetric | ResolutionTimeMetric)
    ]


def business_day_minutes(calendar: Calendar | None) -> int | None:
    """The open minutes of each business day of `calendar` when every open weekday has the same
    (so that N business days at the same time of day are N times that many business minutes);
    None when they differ or the calendar is never open."""
    if calendar is None:
        return None
    per_day = dict.fromkeys(WEEKDAYS, 0)
    for interval in calendar.weekly_intervals():
        for day in interval.days:
            per_day[day] += interval.minutes_per_day
    lengths = {minutes for minutes in per_day.values() if minutes}
    return lengths.pop() if len(lengths) == 1 else None


def desk_targets(
    agreement: Agreement, mapping: Mapping[str, str], desk: Sequence[str], system: str
) -> tuple[list[DeskTarget], list[Unmapped]]:
    """The targets a desk can hold, and what it cannot of the ticket metrics' targets."""
    held: list[DeskTarget] = []
    unmapped: list[Unmapped] = []
    for _index, metric in ticket_metrics(agreement):
        shares: list[Term] = []
        for position, target in enumerate(metric.targets):
            path = f"metrics[{metric.id}].targets[{position}]"
            if target.measure != "each":
                unmapped.append(_measure(system, metric, target, path))
                continue
            calendar = agreement.calendar_for(metric.id, target.priority)
            seconds = _seconds(target, calendar)
            if seconds is None:
                unmapped.append(_business_days(system, metric, target, path))
                continue
            if target.attainment < 100:
                label = _priority_label(agreement, target.priority)
                shares.append(
                    Term.of("handoff.desks.share", share=Percent(target.attainment), of=label)
                )
            business = target.target.clock == "business"
            for priority in _desk_priorities(metric, target, mapping, desk):
                held.append(
                    DeskTarget(
                        metric, target, priority, target.priority, seconds, business, calendar, path
                    )
                )
        if shares:
            unmapped.append(
                Unmapped(
                    system,
                    "handoff.desks.attainment",
                    f"metrics[{metric.id}]",
                    {"metric": metric.name, "shares": Joined(tuple(shares))},
                )
            )
    return held, unmapped


def _desk_priorities(
    metric: TicketMetric, target: TimeTarget, mapping: Mapping[str, str], desk: Sequence[str]
) -> list[str]:
    """The desk's priorities a target applies to: its priority's; a target for all tickets
    applies to every desk priority that no target of the metric's own priorities claims."""
    if target.priority is not None:
        return [mapping[target.priority]] if target.priority in mapping else []
    claimed = {
        mapping[t.priority]
        for t in metric.targets
        if t.priority is not None and t.priority in mapping
    }
    return [p for p in desk if p not in claimed]


def _seconds(target: TimeTarget, calendar: Calendar | None) -> int | None:
    time = target.target
    if isinstance(time, ClockDuration):
        return int(time.length.total_seconds())
    assert isinstance(time, BusinessDays)
    day = business_day_minutes(calendar)
    if time.ends == "close_of_business" or day is None:
        return None
    return time.days * day * 60


def _priority_label(agreement: Agreement, priority: str | None) -> object:
    if priority is None:
        return Term.of("handoff.desks.all_tickets")
    found = agreement.priority(priority)
    return found.name if found is not None else priority


def _measure(system: str, metric: TicketMetric, target: TimeTarget, path: str) -> Unmapped:
    what = Term.of(f"handoff.desks.measures.{target.measure}", rank=target.percentile or 0)
    return Unmapped(
        system,
        "handoff.desks.measure",
        path,
        {"metric": metric.name, "measure": what, "target": target.target},
    )


def _business_days(system: str, metric: TicketMetric, target: TimeTarget, path: str) -> Unmapped:
    return Unmapped(
        system,
        "handoff.desks.business_days",
        path,
        {"metric": metric.name, "target": target.target},
    )


def pause_rules(metric: TicketMetric, system: str, own: str) -> list[Unmapped]:
    """The metric's pause rules: the desk pauses its clock on its own rule only (`own`, a
    phrase key saying which), so each of the agreement's is reported."""
    return [
        Unmapped(
            system,
            "handoff.desks.pause",
            f"metrics[{metric.id}].clock.pauses[{i}]",
            {"metric": metric.name, "pause": pause, "own": Term.of(own)},
        )
        for i, pause in enumerate(metric.clock.pauses)
    ]


def shared_priorities(
    agreement: Agreement, mapping: Mapping[str, str], system: str
) -> list[Unmapped]:
    """A desk priority several of the agreement's priorities map to: its tickets keep the
    strictest of their targets, and the desk cannot tell them apart."""
    by_desk: dict[str, list[str]] = {}
    for priority in agreement.priorities:
        by_desk.setdefault(mapping[priority.id], []).append(priority.name)
    return [
        Unmapped(
            system,
            "handoff.desks.shared_priority",
            "priorities",
            {"desk": desk, "priorities": Joined(tuple(names))},
        )
        for desk, names in by_desk.items()
        if len(names) > 1
    ]


def file_slug(text: str) -> str:
    """A file-name part from a reference, a title or an id: letters, digits, '-' and '_'."""
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in text).strip("-")
    while "--" in safe:
        safe = safe.replace("--", "-")
    return safe or "agreement"
