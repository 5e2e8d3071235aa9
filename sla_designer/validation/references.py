"""Ids are unique per kind, and every reference names an item that exists."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sla_designer.model import AvailabilityMetric
from sla_designer.text.values import Term
from sla_designer.validation.codes import make
from sla_designer.validation.context import Context
from sla_designer.validation.findings import FieldPath, Finding

# The kinds of item an id can name, in the glossary's terms.
KIND_PARTY = Term("terms.items.party")
KIND_CALENDAR = Term("terms.items.calendar")
KIND_PRIORITY = Term("terms.items.priority")
KIND_METRIC = Term("terms.items.metric")
KIND_SERVICE = Term("terms.items.service")
KIND_DUTY = Term("terms.items.duty")
KIND_REPORT = Term("terms.items.report")
KIND_SCHEDULE = Term("terms.items.schedule")


def _duplicates(kind: Term, path: FieldPath, ids: Iterable[str]) -> Iterator[Finding]:
    seen: set[str] = set()
    for position, item_id in enumerate(ids):
        if item_id in seen:
            yield make("duplicate-id", (*path, position, "id"), kind=kind, id=item_id)
        seen.add(item_id)


def duplicate_ids(ctx: Context) -> Iterator[Finding]:
    """Each kind of item (parties, calendars, priorities...) has unique ids."""
    a = ctx.agreement
    yield from _duplicates(KIND_PARTY, ("parties",), (p.id for p in a.parties))
    yield from _duplicates(KIND_CALENDAR, ("calendars",), (c.id for c in a.calendars))
    yield from _duplicates(KIND_PRIORITY, ("priorities",), (p.id for p in a.priorities))
    yield from _duplicates(KIND_METRIC, ("metrics",), (m.id for m in a.metrics))
    yield from _duplicates(
        KIND_SERVICE, ("service", "services"), (s.id for s in a.service.services)
    )
    yield from _duplicates(KIND_DUTY, ("responsibilities",), (d.id for d in a.responsibilities))
    yield from _duplicates(
        KIND_REPORT, ("reporting", "reports"), (r.id for r in a.reporting.reports)
    )
    yield from _duplicates(
        KIND_SCHEDULE,
        ("remedies", "credit_schedules"),
        (s.id for s in a.remedies.credit_schedules),
    )


def _check(
    index: dict[str, int], kind: Term, item_id: str | None, path: FieldPath
) -> Iterator[Finding]:
    if item_id is not None and item_id not in index:
        yield make("unknown-reference", path, kind=kind, id=item_id)


def party_references(ctx: Context) -> Iterator[Finding]:
    """Duties, reports, reviews and escalation levels name existing parties."""
    a, known = ctx.agreement, ctx.parties
    for i, duty in enumerate(a.responsibilities):
        yield from _check(known, KIND_PARTY, duty.party, ("responsibilities", i, "party"))
    for i, report in enumerate(a.reporting.reports):
        path: FieldPath = ("reporting", "reports", i)
        yield from _check(known, KIND_PARTY, report.prepared_by, (*path, "prepared_by"))
        for j, recipient in enumerate(report.recipients):
            yield from _check(known, KIND_PARTY, recipient, (*path, "recipients", j))
    for i, review in enumerate(a.reporting.reviews):
        for j, participant in enumerate(review.participants):
            path = ("reporting", "reviews", i, "participants", j)
            yield from _check(known, KIND_PARTY, participant, path)
    for i, level in enumerate(a.escalation):
        yield from _check(known, KIND_PARTY, level.party, ("escalation", i, "party"))


def calendar_references(ctx: Context) -> Iterator[Finding]:
    """Priorities, metrics, targets and maintenance windows name existing calendars."""
    a, known = ctx.agreement, ctx.calendars
    for i, priority in enumerate(a.priorities):
        yield from _check(known, KIND_CALENDAR, priority.calendar, ("priorities", i, "calendar"))
    for i, metric in enumerate(a.metrics):
        yield from _check(known, KIND_CALENDAR, metric.calendar, ("metrics", i, "calendar"))
        for j, target in enumerate(getattr(metric, "targets", ())):
            path: FieldPath = ("metrics", i, "targets", j, "calendar")
            yield from _check(known, KIND_CALENDAR, target.calendar, path)
        if isinstance(metric, AvailabilityMetric):
            for j, window in enumerate(metric.maintenance):
                path = ("metrics", i, "maintenance", j, "calendar")
                yield from _check(known, KIND_CALENDAR, window.calendar, path)


def priority_references(ctx: Context) -> Iterator[Finding]:
    """Every time target is for an existing priority."""
    for i, metric in ctx.ticket_metrics():
        for j, target in enumerate(metric.targets):
            path: FieldPath = ("metrics", i, "targets", j, "priority")
            yield from _check(ctx.priorities, KIND_PRIORITY, target.priority, path)


def metric_references(ctx: Context) -> Iterator[Finding]:
    """Duties, reports, credit schedules, chronic failure and earn-back name existing metrics."""
    a, known = ctx.agreement, ctx.metrics
    for i, duty in enumerate(a.responsibilities):
        for j, metric_id in enumerate(duty.metrics):
            path: FieldPath = ("responsibilities", i, "metrics", j)
            yield from _check(known, KIND_METRIC, metric_id, path)
    for i, report in enumerate(a.reporting.reports):
        for j, metric_id in enumerate(report.metrics):
            path = ("reporting", "reports", i, "metrics", j)
            yield from _check(known, KIND_METRIC, metric_id, path)
    for i, schedule in enumerate(a.remedies.credit_schedules):
        path = ("remedies", "credit_schedules", i, "metric")
        yield from _check(known, KIND_METRIC, schedule.metric, path)
    # The metrics a chronic failure counts and those whose credits earn-back returns.
    for name, part in (
        ("chronic_failure", a.remedies.chronic_failure),
        ("earn_back", a.remedies.earn_back),
    ):
        for j, metric_id in enumerate(part.metrics if part is not None else ()):
            yield from _check(known, KIND_METRIC, metric_id, ("remedies", name, "metrics", j))


def service_references(ctx: Context) -> Iterator[Finding]:
    """Metrics and credit schedules name existing services."""
    a, known = ctx.agreement, ctx.services
    for i, metric in enumerate(a.metrics):
        yield from _check(known, KIND_SERVICE, metric.service, ("metrics", i, "service"))
    for i, schedule in enumerate(a.remedies.credit_schedules):
        path: FieldPath = ("remedies", "credit_schedules", i, "service")
        yield from _check(known, KIND_SERVICE, schedule.service, path)


RULES = (
    duplicate_ids,
    party_references,
    calendar_references,
    priority_references,
    metric_references,
    service_references,
)
