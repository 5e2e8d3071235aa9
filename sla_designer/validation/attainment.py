"""What a credit schedule measures: on a response or resolution time, each priority's attainment
or all tickets together, and from how many tickets a window counts; and schedules that stack.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from sla_designer.calc.attainment import counts_tickets
from sla_designer.model import CreditSchedule, Metric
from sla_designer.text.values import Joined, Percent, Term
from sla_designer.validation.codes import make
from sla_designer.validation.context import Context
from sla_designer.validation.findings import FieldPath, Finding

_WINDOWS = "findings._parts.windows"


def target_attainments(metric: Metric) -> list[Decimal]:
    """The different attainments a time metric's targets ask, in order of first appearance."""
    found: list[Decimal] = []
    for target in getattr(metric, "targets", []):
        if target.attainment not in found:
            found.append(target.attainment)
    return found


def _not_on_tickets(schedule: CreditSchedule, metric: Metric, path: FieldPath) -> Iterator[Finding]:
    """A pooled attainment or a minimum of tickets on a metric not measured on tickets."""
    field = (
        "attainment"
        if schedule.attainment != "per_priority"
        else "minimum_tickets"
        if schedule.minimum_tickets
        else None
    )
    if field is not None:
        yield make("credit-ticket-rules-ignored", (*path, field), metric=metric.name)


def _on_tickets(schedule: CreditSchedule, metric: Metric, path: FieldPath) -> Iterator[Finding]:
    """Pooled over different attainments, and attainment read from a single ticket."""
    attainments = target_attainments(metric)
    if schedule.attainment == "pooled" and len(attainments) > 1:
        yield make(
            "credit-pooled-attainment-ambiguous",
            (*path, "attainment"),
            metric=metric.name,
            attainments=Joined(tuple(Percent(value) for value in attainments)),
        )
    if schedule.minimum_tickets <= 1:
        yield make(
            "credit-counts-single-ticket",
            (*path, "minimum_tickets"),
            metric=metric.name,
            window=Term(f"{_WINDOWS}.{metric.window.kind}"),
        )


def ticket_rules(ctx: Context) -> Iterator[Finding]:
    """Each schedule's attainment mode and minimum of tickets fit its metric."""
    for i, schedule in enumerate(ctx.agreement.remedies.credit_schedules):
        position = ctx.metrics.get(schedule.metric)
        if position is None:
            continue  # an unknown metric is reported by the reference rules
        metric = ctx.agreement.metrics[position]
        path: FieldPath = ("remedies", "credit_schedules", i)
        if counts_tickets(metric):
            yield from _on_tickets(schedule, metric, path)
        else:
            yield from _not_on_tickets(schedule, metric, path)


def stacked_schedules(ctx: Context) -> Iterator[Finding]:
    """Two schedules of one metric on the same fee: a shortfall earns both credits."""
    seen: dict[tuple[str, str, str | None], int] = {}
    schedules = ctx.agreement.remedies.credit_schedules
    for i, schedule in enumerate(schedules):
        key = (schedule.metric, schedule.basis, schedule.service)
        if key not in seen:
            seen[key] = i
            continue
        count = sum(1 for s in schedules if (s.metric, s.basis, s.service) == key)
        yield make(
            "credit-schedules-stack",
            ("remedies", "credit_schedules", i, "metric"),
            count=count,
            metric=ctx.metric_label(schedule.metric),
        )


RULES = (ticket_rules, stacked_schedules)
