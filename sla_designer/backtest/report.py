"""A back-test's result: per metric, priority (or all tickets, pooled) and window, the tickets
counted, how many met their target, the attainment and whether the objective was met.

Attainment is read per priority or pooled, and a window counts from the credit schedule's
minimum of tickets, as the agreement says (`calc.attainment`): a metric without a credit
schedule reads each priority on its own from the first ticket. A pooled reading compares the
attainment of all tickets with the attainment the targets ask (the highest, when they differ).
"""

from __future__ import annotations

import datetime as dt
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_EVEN, Decimal
from zoneinfo import ZoneInfo

import numpy as np
from numpy.typing import NDArray

from sla_designer.backtest.cycles import reply_times
from sla_designer.backtest.mapping import Mapping
from sla_designer.backtest.memory import kept_columns
from sla_designer.backtest.outcome import (
    MET,
    NO_TARGET,
    OPEN,
    MetricTimes,
    TimeMetric,
    target_for,
    ticket_times,
)
from sla_designer.backtest.reading import Column, TicketHistory
from sla_designer.backtest.statistics import statistic
from sla_designer.backtest.timeline import Timeline, timeline
from sla_designer.backtest.windows import local_midnight, place, window_starts
from sla_designer.calc.attainment import reading_mode
from sla_designer.calc.calendar_index import from_instant
from sla_designer.model import Agreement, ResolutionTimeMetric, ResponseTimeMetric, TimeTarget
from sla_designer.model.metrics import TimeMeasure
from sla_designer.model.remedies import TicketAttainment
from sla_designer.model.target_times import BusinessDays, ClockDuration

HUNDRED = Decimal(100)
CENT = Decimal("0.01")


@dataclass(frozen=True)
class WindowRow:
    """The tickets of one priority (None: all, pooled) in one window.

    A target on each ticket is met when the share of tickets within their time reaches the
    objective (the attainment it asks); a target on the average, the median or a percentile
    when that statistic of the window's times (`value`) is at most the target (`limit`).
    """

    priority: str | None
    window: dt.date
    tickets: int
    met: int
    objective: Decimal
    counts: bool
    """Whether the window has at least the minimum of tickets."""
    measure: TimeMeasure = "each"
    value: Decimal | None = None
    """The statistic of the times, in microseconds (a measure other than `each`)."""
    limit: int | None = None
    """The target the statistic is held to, in microseconds."""

    @property
    def attainment(self) -> Decimal | None:
        """The share met, in %, to the hundredth; None without tickets."""
        if self.tickets == 0:
            return None
        return (Decimal(self.met) * HUNDRED / Decimal(self.tickets)).quantize(CENT, ROUND_HALF_EVEN)

    @property
    def objective_met(self) -> bool | None:
        """Whether the attainment (or the statistic) meets the objective, compared exactly
        (None: the window does not count)."""
        if not self.counts:
            return None
        if self.measure != "each":
            return self.value is not None and self.limit is not None and self.value <= self.limit
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
    windows: tuple[dt.date, ...] = ()
    """The first days of the windows read."""
    placed: Column | None = None
    """Each ticket's window (an index into `windows`); -1 when it is not counted."""

    @property
    def open(self) -> int:
        return 0 if self.times is None else int((self.times.status == OPEN).sum())

    @property
    def without_target(self) -> int:
        return 0 if self.times is None else int((self.times.status == NO_TARGET).sum())


def metric_zone(agreement: Agreement, metric: TimeMetric) -> ZoneInfo:
    calendar = agreement.calendar_for(metric.id)
    return ZoneInfo(calendar.timezone if calendar is not None else "UTC")


def _skipped(metric: TimeMetric, history: TicketHistory) -> str | None:
    if is_wait(metric) and not history.has_messages:
        return "no_messages"
    if not metric.targets:
        return "no_targets"
    if any(t.measure != "each" and isinstance(t.target, BusinessDays) for t in metric.targets):
        return "measure_days"
    return None


def is_wait(metric: TimeMetric) -> bool:
    """Whether the metric measures waits in the conversation (next replies, periodic updates)
    rather than each ticket once."""
    return isinstance(metric, ResponseTimeMetric) and metric.event != "first_response"


def reading_of(agreement: Agreement, metric: TimeMetric) -> tuple[TicketAttainment, int]:
    """How the metric's attainment is read (per priority or pooled) and from how many tickets a
    window counts: as its credit schedule says; without one, per priority from the first
    ticket (pooled when no target names a priority). A statistic is read per target."""
    schedule = next((s for s in agreement.remedies.credit_schedules if s.metric == metric.id), None)
    mode: TicketAttainment = reading_mode(schedule, metric) if schedule else "per_priority"
    if metric.targets and all(t.priority is None for t in metric.targets):
        mode = "pooled"
    elif any(t.measure != "each" for t in metric.targets):
        mode = "per_priority"
    return mode, schedule.minimum_tickets if schedule is not None else 0


_SIDE_BY_SIDE_FROM = 200_000
"""From how many updates two metrics are read at once, on two threads: numpy lets go of the
interpreter while it works on whole columns, so on two cores both run at once."""


@kept_columns()
def backtest(
    agreement: Agreement,
    history: TicketHistory,
    mapping: Mapping,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> list[MetricResult]:
    """Every response and resolution time metric of the agreement over the history."""
    metrics = [
        metric
        for metric in agreement.metrics
        if isinstance(metric, ResponseTimeMetric | ResolutionTimeMetric)
    ]

    def one(metric: TimeMetric) -> MetricResult:
        return _backtest_one(agreement, history, mapping, metric, (start, end))

    if len(metrics) < 2 or (os.cpu_count() or 1) < 2 or len(history.at) < _SIDE_BY_SIDE_FROM:
        return [one(metric) for metric in metrics]
    # What the metrics share is laid out once: each ticket's pieces to the end read, here;
    # where each resolution clock stopped, on one thread while the other starts the heaviest
    # metric (waits in the conversation, whose messages and pieces come first); each clock's
    # open times by the first metric that asks for them, while the other waits for them.
    shared: dict[int, Timeline] = {}
    for metric in metrics:
        if _skipped(metric, history) is None and len(history.created):
            pieces = timeline(history, _last_read(agreement, metric, history, end))
            shared[id(pieces)] = pieces
    order = sorted(range(len(metrics)), key=lambda index: not is_wait(metrics[index]))
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="backtest") as pool:
        stops = [pool.submit(pieces.resolution_stops) for pieces in shared.values()]
        done = dict(zip(order, pool.map(one, [metrics[i] for i in order]), strict=True))
        for laid_out in stops:
            laid_out.result()
    return [done[index] for index in range(len(metrics))]


def _backtest_one(
    agreement: Agreement,
    history: TicketHistory,
    mapping: Mapping,
    metric: TimeMetric,
    period: tuple[dt.date | None, dt.date | None],
) -> MetricResult:
    """One metric's result over the history, in the period (first and last day, when given)."""
    start, end = period
    mode, minimum = reading_of(agreement, metric)
    reason = _skipped(metric, history)
    if reason is not None or not len(history.created):
        return MetricResult(metric, mode, minimum, [], None, reason)
    zone = metric_zone(agreement, metric)
    last = _last_read(agreement, metric, history, end)
    pauses = mapping.pauses.get(metric.id, [])
    if is_wait(metric):
        assert isinstance(metric, ResponseTimeMetric)
        times = reply_times(history, agreement, metric, pauses, last)
    else:
        times = ticket_times(history, agreement, metric, pauses, last)
    counted = times.counted_at >= 0
    if start is not None:
        counted &= times.counted_at >= local_midnight(start, zone)
    starts, placed = _placed(metric, times, counted, zone, start, last)
    rows = _rows(
        metric,
        times=times,
        placed=placed,
        days=starts,
        mode=mode,
        minimum=minimum,
        history=history,
    )
    return MetricResult(metric, mode, minimum, rows, times, None, tuple(starts), placed)


def _last_read(
    agreement: Agreement, metric: TimeMetric, history: TicketHistory, end: dt.date | None
) -> int:
    """The last instant a metric reads: the end of the period's last day in the metric's zone,
    else the latest time in the files."""
    if end is None:
        return history.last
    return local_midnight(end, metric_zone(agreement, metric)) - 1


def _placed(  # noqa: PLR0917
    metric: TimeMetric,
    times: MetricTimes,
    counted: NDArray[np.bool_],
    zone: ZoneInfo,
    start: dt.date | None,
    last: int,
) -> tuple[list[dt.date], Column]:
    """The windows' first days, and each counted ticket's window (-1: not counted)."""
    placed = np.full(len(counted), -1, dtype=np.int64)
    if not counted.any():
        return [], placed
    first_day = start or from_instant(int(times.counted_at[counted].min()), zone).date()
    last_day = from_instant(last, zone).date()
    starts = window_starts(metric.window, zone, first_day, last_day)
    placed[counted] = place(times.counted_at[counted], starts, zone)
    return starts, placed


def _rows(
    metric: TimeMetric,
    *,
    times: MetricTimes,
    placed: Column,
    days: list[dt.date],
    mode: TicketAttainment,
    minimum: int,
    history: TicketHistory,
) -> list[WindowRow]:
    inside = placed >= 0
    if not inside.any():
        return []
    groups: list[tuple[str | None, int | None, TimeTarget]] = []
    if mode == "pooled":
        asked = max(metric.targets, key=lambda t: t.attainment)
        groups.append((None, None, asked))
    else:
        for index, priority_id in enumerate(history.priorities):
            target = target_for(metric, priority_id)
            if target is not None:
                groups.append((priority_id, index, target))
    # Every priority's windows counted at once: one count over (priority, window) pairs (over
    # windows alone, pooled), and one over the stopped items only (a statistic of the times
    # waits for the clock to stop). A priority without a target is in no group.
    width = len(days)
    window = placed[inside]
    priority = times.priority[inside]
    pooled = mode == "pooled"
    key = window if pooled else np.where(priority >= 0, priority * width + window, -1)
    slots = width if pooled else len(history.priorities) * width
    met = times.status[inside] == MET
    stopped = times.stopped[inside] >= 0
    known = key >= 0

    def count(chosen: NDArray[np.bool_]) -> tuple[Column, Column]:
        return (
            np.bincount(key[chosen], minlength=slots),
            np.bincount(key[chosen & met], minlength=slots),
        )

    ever = count(known)
    statistics = any(target.measure != "each" for _, _, target in groups)
    done = count(known & stopped) if statistics else ever
    rows: list[WindowRow] = []
    for name, code, target in groups:
        totals, hits = done if target.measure != "each" else ever
        if code is not None:
            totals = totals[code * width : (code + 1) * width]
            hits = hits[code * width : (code + 1) * width]
        for position, day in enumerate(days):
            total = int(totals[position])
            if total == 0:
                continue
            row = WindowRow(
                name, day, total, int(hits[position]), target.attainment, total >= max(minimum, 1)
            )
            if target.measure != "each" and isinstance(target.target, ClockDuration):
                chosen = (window == position) & stopped
                if code is not None:
                    chosen &= priority == code
                elapsed = times.elapsed[inside][chosen]
                value = statistic(target.measure, elapsed, target.percentile)
                limit = target.target.length // dt.timedelta(microseconds=1)
                row = replace(row, measure=target.measure, value=value, limit=limit)
            rows.append(row)
    return rows
