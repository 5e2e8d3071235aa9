"""What a credit on a response or resolution time metric reads from the tickets of a window.

A time target asks a share of a priority's tickets to meet it ("90 % of P1 tickets within 4
business hours"): that share is the attainment. A credit schedule reads either each priority's
attainment on its own, and the highest credit any priority earns applies (`per_priority`), or
the attainment of all the metric's tickets together (`pooled`). A window with fewer tickets than
the schedule's minimum (of a priority, or of the metric when pooled) does not count towards
credits, so that one missed ticket out of one is not read as 0 %.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sla_designer.calc.credits import rule_outcome
from sla_designer.model.metrics import MetricBase, ResolutionTimeMetric, ResponseTimeMetric
from sla_designer.model.remedies import CreditSchedule, TicketAttainment
from sla_designer.text.values import Joined, Problem

HUNDRED = Decimal(100)
_MOST_TICKETS = 10**9
"""More tickets than any help desk closes in one window: a count beyond it is a typing error."""
_COUNT = re.compile(r"(?:(?P<priority>[^=\s]+)\s*=\s*)?(?P<met>\d+)\s*/\s*(?P<total>\d+)")


def counts_tickets(metric: MetricBase | None) -> bool:
    """Whether a credit on the metric reads attainment from tickets: a response or resolution
    time whose targets measure each ticket against its time (an average, a median or a
    percentile of the times has no attainment)."""
    if not isinstance(metric, ResponseTimeMetric | ResolutionTimeMetric):
        return False
    return all(target.measure == "each" for target in metric.targets)


@dataclass(frozen=True, slots=True)
class TicketCount:
    """The tickets of one priority (or of the whole metric) in a window, and how many met their
    target."""

    met: int
    total: int
    priority: str | None = None
    """The priority's id; None for all the metric's tickets together."""
    name: str | None = None
    """How an explanation names the priority (its name in the agreement)."""

    def __post_init__(self) -> None:
        if not 0 <= self.met <= self.total or self.total > _MOST_TICKETS:
            raise Problem("calc.errors.ticket_count", met=self.met, total=self.total)

    @property
    def attainment(self) -> Decimal | None:
        """The share of the tickets that met their target, in %; None without tickets."""
        return None if self.total == 0 else Decimal(self.met) * HUNDRED / Decimal(self.total)

    @property
    def label(self) -> str:
        return self.name or self.priority or ""


@dataclass(frozen=True, slots=True)
class TicketReading:
    """How a schedule reads the tickets of a window: its mode and minimum, the counts given, and
    the count whose attainment decides the credit."""

    mode: TicketAttainment
    minimum: int
    counts: tuple[TicketCount, ...] | None
    """Per priority, or one count of all tickets when pooled; None when the attainment was
    given as a percentage rather than counted."""
    deciding: TicketCount | None = None
    """The count whose attainment gives the credit; None when no count reaches the minimum."""

    def counts_towards_credit(self, count: TicketCount) -> bool:
        """A window counts when it has tickets and at least the schedule's minimum of them."""
        return count.total > 0 and count.total >= self.minimum


def reading_mode(schedule: CreditSchedule, metric: MetricBase) -> TicketAttainment:
    """How a schedule reads attainment: as it says, except that a metric whose targets are all
    for all tickets (none names a priority) has no priorities to read apart: pooled."""
    targets = getattr(metric, "targets", [])
    if targets and all(target.priority is None for target in targets):
        return "pooled"
    return schedule.attainment


def schedule_reading(schedule: CreditSchedule, metric: MetricBase) -> TicketReading:
    """The reading of a schedule whose attainment is given directly, not counted."""
    return TicketReading(reading_mode(schedule, metric), schedule.minimum_tickets, None)


def parse_ticket_counts(text: str) -> list[TicketCount]:
    """Ticket counts as typed: 'P1=17/20, P2=40/45' (per priority) or '58/65' (all tickets).

    Items are separated by commas, semicolons or spaces. Raises a Problem naming what is wrong.
    """
    items = [item for item in re.split(r"[,;]\s*|\s+(?=[^=/\s]+\s*=)", text.strip()) if item]
    if not items:
        raise Problem("calc.errors.no_ticket_counts")
    counts: list[TicketCount] = []
    for item in items:
        match = _COUNT.fullmatch(item.strip())
        if match is None:
            raise Problem("calc.errors.not_a_ticket_count", text=item.strip())
        met, total = int(match.group("met")), int(match.group("total"))
        counts.append(TicketCount(met, total, match.group("priority")))
    return counts


def read_tickets(
    schedule: CreditSchedule,
    metric: MetricBase,
    counts: Sequence[TicketCount],
    names: Mapping[str, str] | None = None,
    higher_is_better: bool = True,
) -> TicketReading:
    """Which attainment decides the credit of `schedule` for the tickets counted in a window.

    Per priority, each count names a priority of the metric's targets, and among the priorities
    that have at least the minimum of tickets the one whose attainment earns the highest credit
    decides (the lowest attainment among equal credits); the tickets of a target for all
    tickets (one that names no priority) are given without a priority. Pooled, the counts are
    added up, with or without priorities. `names` gives the priorities' names for the
    explanation.
    """
    if not counts_tickets(metric):
        raise Problem("calc.errors.not_a_ticket_metric", metric=metric.id)
    names = names or {}
    given = list(counts)
    unnamed = [c for c in given if c.priority is None]
    pooled = reading_mode(schedule, metric) == "pooled"
    if pooled and unnamed and len(given) > 1:
        raise Problem("calc.errors.ticket_counts_mixed")
    known: list[str | None] = [target.priority for target in getattr(metric, "targets", [])]
    if unnamed and None not in known and not pooled:
        raise Problem("calc.errors.ticket_counts_per_priority")
    # A priority the metric has no target for is a typing mistake, pooled or not.
    seen: set[str | None] = set()
    for count in given:
        if count.priority is None and pooled:
            continue
        if count.priority not in known:
            raise Problem(
                "calc.errors.ticket_priority_unknown",
                priority=count.priority,
                known=Joined(tuple(p for p in known if p is not None)),
            )
        if count.priority in seen:
            raise Problem("calc.errors.ticket_priority_twice", priority=count.priority)
        seen.add(count.priority)
    if pooled:
        total = TicketCount(sum(c.met for c in given), sum(c.total for c in given))
        reading = TicketReading("pooled", schedule.minimum_tickets, (total,))
        return _decided(reading, schedule, [total], higher_is_better)
    named = tuple(
        TicketCount(c.met, c.total, c.priority, names.get(c.priority or "", c.name))
        for c in sorted(given, key=lambda c: known.index(c.priority))
    )
    reading = TicketReading("per_priority", schedule.minimum_tickets, named)
    return _decided(reading, schedule, named, higher_is_better)


def _decided(
    reading: TicketReading,
    schedule: CreditSchedule,
    counts: Iterable[TicketCount],
    higher_is_better: bool,
) -> TicketReading:
    best: tuple[Decimal, Decimal] | None = None
    deciding: TicketCount | None = None
    for count in counts:
        attainment = count.attainment
        if attainment is None or not reading.counts_towards_credit(count):
            continue
        percent = rule_outcome(schedule, attainment, higher_is_better).percent
        # The highest credit decides; among equal credits, the lowest attainment.
        key = (percent, -attainment)
        if best is None or key > best:
            best, deciding = key, count
    return TicketReading(reading.mode, reading.minimum, reading.counts, deciding)
