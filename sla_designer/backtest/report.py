"""A back-test's result: per metric, priority (or all tickets, pooled) and window, the tickets
counted, how many met their target, the attainment and whether the objective was met.

Attainment is read per priority or pooled, and a window counts from the credit schedule's
minimum of tickets, as the agreement says (`calc.attainment`): a metric without a credit
schedule reads each priority on its own from the first ticket. A pooled reading compares the
attainment of all tickets with the attainment the targets ask (the highest, when they differ).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal
from zoneinfo import ZoneInfo

import numpy as np

from sla_designer.backtest.mapping import Mapping
from sla_designer.backtest.outcome import (
    MET,
    NO_TARGET,
    OPEN,
    MetricTimes,
    TimeMetric,
    target_for,
    ticket_times,
)
from sla_designer.backtest.reading import TicketHistory
from sla_designer.backtest.windows import local_midnight, place, window_starts
from sla_designer.calc.attainment import reading_mode
from sla_designer.calc.calendar_index import from_instant
from sla_designer.model import Agreement, ResolutionTimeMetric, ResponseTimeMetric
from sla_designer.model.remedies import TicketAttainment
from sla_designer.model.target_times import BusinessDays

HUNDRED = Decimal(100)
CENT = Decimal("0.01")


@dataclass(frozen=True)
class WindowRow:
    """The tickets of one priority (None: all, pooled) in one window."""

    priority: str | None
    window: dt.date
    tickets: int
    met: int
    objective: Decimal
    counts: bool
    """Whether the window has at least the minimum of tickets."""

    @property
    def attainment(self) -> Decimal | None:
        """The share met, in %, to the hundredth; None without tickets."""
        if self.tickets == 0:
            return None
        return (Decimal(self.met) * HUNDRED / Decimal(self.tickets)).quantize(CENT, ROUND_HALF_EVEN)

    @property
    def objective_met(self) -> bool | None:
        """Whether the attainment reaches the objective, compared exactly (None: the window
        does not count)."""
        if not self.counts:
            return None
        return Decimal(self.met) * HUNDRED >= self.objective * Decimal(self.tickets)


@dataclass(frozen=True)
class MetricResult:
    metric: TimeMetric
    mode: TicketAttainment
    minimum: int
    rows: list[WindowRow]
    times: MetricTimes | None
    skipped: str | None = None
    """Why the metric was not back-tested (a key of backtest.skipped)."""

    @property
    def open(self) -> int:
        return 0 if self.times is None else int((self.times.status == OPEN).sum())

    @property
    def without_target(self) -> int:
        return 0 if self.times is None else int((self.times.status == NO_TARGET).sum())


def metric_zone(agreement: Agreement, metric: TimeMetric) -> ZoneInfo:
    calendar = agreement.calendar_for(metric.id)
    return ZoneInfo(calendar.timezone if calendar is not None else "UTC")


def _skipped(metric: TimeMetric) -> str | None:
    if isinstance(metric, ResponseTimeMetric) and metric.event != "first_response":
        return "event"
    if not metric.targets:
        return "no_targets"
    if any(t.measure != "each" for t in metric.targets):
        return "measure"
    if any(isinstance(t.target, BusinessDays) for t in metric.targets):
        return "business_days"
    return None


def backtest(
    agreement: Agreement,
    history: TicketHistory,
    mapping: Mapping,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> list[MetricResult]:
    """Every response and resolution time metric of the agreement over the history."""
    results = []
    for metric in agreement.metrics:
        if not isinstance(metric, ResponseTimeMetric | ResolutionTimeMetric):
            continue
        schedule = next(
            (s for s in agreement.remedies.credit_schedules if s.metric == metric.id), None
        )
        mode: TicketAttainment = (
            reading_mode(schedule, metric) if schedule is not None else "per_priority"
        )
        if schedule is None and metric.targets and all(t.priority is None for t in metric.targets):
            mode = "pooled"
        minimum = schedule.minimum_tickets if schedule is not None else 0
        reason = _skipped(metric)
        if reason is not None or not len(history.created):
            results.append(MetricResult(metric, mode, minimum, [], None, reason))
            continue
        zone = metric_zone(agreement, metric)
        last = local_midnight(end, zone) - 1 if end is not None else history.last
        times = ticket_times(history, agreement, metric, mapping.pauses.get(metric.id, []), last)
        counted = times.counted_at >= 0
        if start is not None:
            counted &= times.counted_at >= local_midnight(start, zone)
        results.append(
            MetricResult(
                metric,
                mode,
                minimum,
                _rows(
                    metric,
                    times=times,
                    counted=counted,
                    mode=mode,
                    minimum=minimum,
                    zone=zone,
                    history=history,
                    start=start,
                    last=last,
                ),
                times,
            )
        )
    return results


def _rows(
    metric: TimeMetric,
    *,
    times: MetricTimes,
    counted: np.ndarray,
    mode: TicketAttainment,
    minimum: int,
    zone: ZoneInfo,
    history: TicketHistory,
    start: dt.date | None,
    last: int,
) -> list[WindowRow]:
    if not counted.any():
        return []
    first_day = start or from_instant(int(times.counted_at[counted].min()), zone).date()
    last_day = from_instant(last, zone).date()
    starts = window_starts(metric.window, zone, first_day, last_day)
    window = place(times.counted_at[counted], starts, zone)
    inside = window >= 0
    window = window[inside]
    priority = times.priority[counted][inside]
    met = (times.status[counted][inside] == MET).astype(np.int64)
    rows: list[WindowRow] = []
    groups: list[tuple[str | None, np.ndarray, Decimal]] = []
    if mode == "pooled":
        asked = [t.attainment for t in metric.targets]
        groups.append((None, np.ones(len(window), dtype=bool), max(asked)))
    else:
        for index, priority_id in enumerate(history.priorities):
            target = target_for(metric, priority_id)
            if target is not None:
                groups.append((priority_id, priority == index, target.attainment))
    for name, members, objective in groups:
        totals = np.bincount(window[members], minlength=len(starts))
        hits = np.bincount(window[members], weights=met[members], minlength=len(starts))
        for index, day in enumerate(starts):
            total = int(totals[index])
            if total == 0:
                continue
            rows.append(
                WindowRow(name, day, total, int(hits[index]), objective, total >= max(minimum, 1))
            )
    return rows
