"""Suggested targets: what the history supports for each time target of a metric.

For each target (a priority's, or the one for all tickets), the tickets it applies to whose
clock stopped in a window read give the percentiles of their elapsed time on the target's clock
(50th, 80th, 90th, 95th, 99th; nearest rank), and the shortest round target, in the unit the
target is written in (minutes, hours, business hours, business days), that the history meets
at the target's own measure (each ticket at its attainment, or the average, median or
percentile) in at least a share of the windows that count (10 of 12 by default): the windows
with at least the schedule's minimum of tickets.

A suggestion names the target's place in the agreement (`path`, as the editor edits it) and a
value the model accepts there (`suggested`), so it is applied as one edit.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction

import numpy as np
from numpy.typing import NDArray

from sla_designer.backtest.business_days import late_on_a_tie, period_ends
from sla_designer.backtest.clock import OpenHours
from sla_designer.backtest.outcome import target_for
from sla_designer.backtest.reading import Column, TicketHistory
from sla_designer.backtest.report import MetricResult
from sla_designer.backtest.statistics import nearest_rank, statistic
from sla_designer.model import Agreement, TimeTarget
from sla_designer.model.paths import FieldPath, format_path
from sla_designer.model.target_times import BusinessDays, ClockDuration
from sla_designer.model.units import WrittenDuration, unit_of

PERCENTILES = (50, 80, 90, 95, 99)
DEFAULT_SHARE = Fraction(10, 12)
"""Met in at least 10 of 12 windows."""
_MINUTES = (5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240, 360, 480, 720, 960, 1440)
_HOURS = (0.25, 0.5, 1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 40, 48, 60, 72, 80, 96, 120, 160, 200)
_HOURS_MORE = (240, 320, 400, 480, 600, 720, 960, 1200, 1440, 2160)
_DAYS = (1, 2, 3, 4, 5, 7, 10, 14, 21, 30, 45, 60, 90)
_BUSINESS_DAYS = (1, 2, 3, 4, 5, 7, 10, 15, 20, 30, 45, 60)
TargetValue = ClockDuration | BusinessDays


@dataclass(frozen=True)
class Suggestion:
    """The history's reading of one time target, and the shortest round target it supports."""

    metric: str
    priority: str | None
    """The target's priority; None: the target for all tickets."""
    path: FieldPath
    """Where the target's time stands: ('metrics', i, 'targets', j, 'target')."""
    current: TargetValue
    suggested: TargetValue | None
    """None: no round target up to the longest tried is met in enough windows."""
    tickets: int
    """Tickets whose clock stopped in the windows read."""
    percentiles: tuple[tuple[int, int], ...]
    """(rank, elapsed microseconds on the target's clock), for 50, 80, 90, 95 and 99."""
    windows: int
    """Windows that count (at least the minimum of tickets)."""
    needed: int
    """Windows that must meet the target: the share asked of `windows`, rounded up."""
    met_now: int
    """Windows that count and meet the current target."""
    met_suggested: int
    """Windows that count and would meet the suggested target."""
    share: Fraction = DEFAULT_SHARE

    @property
    def path_text(self) -> str:
        return format_path(self.path)

    @property
    def changes(self) -> bool:
        return self.suggested is not None and self.suggested != self.current


def suggest(
    agreement: Agreement,
    history: TicketHistory,
    results: list[MetricResult],
    share: Fraction = DEFAULT_SHARE,
) -> list[Suggestion]:
    """A suggestion for every time target of every metric back-tested."""
    found = []
    for result in results:
        if result.times is None or result.placed is None:
            continue
        index = next(i for i, m in enumerate(agreement.metrics) if m.id == result.metric.id)
        for number, target in enumerate(result.metric.targets):
            path: FieldPath = ("metrics", index, "targets", number, "target")
            found.append(_suggestion(agreement, history, result, target, path, share))
    return found


def _suggestion(  # noqa: PLR0917
    agreement: Agreement,
    history: TicketHistory,
    result: MetricResult,
    target: TimeTarget,
    path: FieldPath,
    share: Fraction,
) -> Suggestion:
    times = result.times
    assert times is not None and result.placed is not None
    under = np.array(
        [target_for(result.metric, p) is target for p in history.priorities] + [False], dtype=bool
    )
    chosen = under[times.priority] & (result.placed >= 0) & (times.stopped >= 0)
    # Each window's times sorted once: a candidate's hits are then one binary search a window.
    order = np.lexsort((times.elapsed[chosen], result.placed[chosen]))
    window, elapsed = result.placed[chosen][order], times.elapsed[chosen][order]
    totals = np.bincount(window, minlength=len(result.windows))
    bounds = np.concatenate([[0], np.cumsum(totals)])
    counting = np.nonzero(totals >= max(result.minimum, 1))[0]
    needed = math.ceil(share * len(counting))
    ordered = np.sort(elapsed)
    percentiles = tuple((p, nearest_rank(ordered, p)) for p in PERCENTILES) if len(ordered) else ()
    allowed = _allowance(agreement, history, result, target, chosen)
    values = {
        int(i): statistic(target.measure, elapsed[bounds[i] : bounds[i + 1]], target.percentile)
        for i in (counting if target.measure != "each" else [])
    }

    def windows_met(value: TargetValue) -> int:
        if isinstance(value, ClockDuration):
            limit = value.length // dt.timedelta(microseconds=1)
            if target.measure != "each":
                return sum(1 for found in values.values() if found is not None and found <= limit)
            hits = [
                int(np.searchsorted(elapsed[bounds[i] : bounds[i + 1]], limit, side="right"))
                for i in range(len(totals))
            ]
        else:
            within = elapsed <= allowed(value)[order]
            hits = np.bincount(window[within], minlength=len(totals)).tolist()
        return sum(1 for i in counting if hits[i] * 100 >= target.attainment * int(totals[i]))

    suggested = None
    if len(counting):
        suggested = next((c for c in _candidates(target.target) if windows_met(c) >= needed), None)
    return Suggestion(
        metric=result.metric.id,
        priority=target.priority,
        path=path,
        current=target.target,
        suggested=suggested,
        tickets=int(chosen.sum()),
        percentiles=percentiles,
        windows=len(counting),
        needed=needed,
        met_now=windows_met(target.target) if len(counting) else 0,
        met_suggested=windows_met(suggested) if suggested is not None else 0,
        share=share,
    )


def _allowance(
    agreement: Agreement,
    history: TicketHistory,
    result: MetricResult,
    target: TimeTarget,
    chosen: NDArray[np.bool_],
) -> Callable[[BusinessDays], Column]:
    """Each chosen ticket's allowance (microseconds on its target's clock) under a number of
    business days."""
    count = int(chosen.sum())
    times = result.times
    assert times is not None
    calendar = agreement.calendar_for(result.metric.id, target.priority)
    started = times.started if times.started is not None else history.created
    created = started[chosen]
    stops, elapsed = times.stopped[chosen], times.elapsed[chosen]

    def allowed(value: BusinessDays) -> Column:
        if calendar is None or not count:
            return np.zeros(count, dtype=np.int64)
        ends = period_ends(calendar, created, value)
        clock = OpenHours(calendar, int(created.min()), max(int(ends.max()), int(stops.max())))
        found: Column = clock.before(ends) - clock.before(created)
        # Run exactly the allowance but stopped after the period ended: late (one short).
        late = late_on_a_tie(clock, created, stops, ends, elapsed, found)
        return found - late.astype(np.int64)

    return allowed


def _candidates(current: TargetValue) -> list[TargetValue]:
    """Round targets and the current one, from the shortest, in the current one's unit (the
    current target is kept when no shorter round one is met often enough)."""
    if isinstance(current, BusinessDays):
        days = sorted({*_BUSINESS_DAYS, current.days})
        return [current if d == current.days else BusinessDays(d, current.ends) for d in days]
    rounds = _round_durations(current)
    shorter = [c for c in rounds if c.length < current.length]
    return [*shorter, current, *(c for c in rounds if c.length > current.length)]


def _round_durations(current: ClockDuration) -> list[ClockDuration]:
    unit = unit_of(current.length, "h")
    if unit in ("m", "s"):
        seconds = [m * 60 for m in _MINUTES] + [int(h * 3600) for h in _HOURS if h > 24]
    elif unit == "d" and current.clock == "calendar":
        seconds = [int(h * 3600) for h in _HOURS if h < 24] + [d * 86400 for d in _DAYS]
    else:
        seconds = [int(h * 3600) for h in _HOURS + _HOURS_MORE]
    written = "m" if unit in ("m", "s") else unit
    return [ClockDuration(WrittenDuration(s, written), current.clock) for s in seconds]


def elapsed_text(micros: int) -> str:
    """An elapsed time as a duration's text: '3h25m', '45m', '2d4h' (whole seconds)."""
    from sla_designer.model.units import format_duration

    return format_duration(dt.timedelta(seconds=micros // 1_000_000), "h")
