"""Each ticket's time under one metric's targets, for whole columns of tickets at once.

The clock starts when the ticket is created. A state holds from the update that set it until
the next update: the clock runs, is paused (a state the mapping lists for the metric), or
stands (resolved, before a reopening). A response clock stops at the first response; a
resolution clock at the start of the ticket's final run of stopping states (resolved, closed),
so that a reopened ticket's clock runs again. Elapsed and paused time are counted on the
target's clock: the open hours of its calendar, or around the clock.

A ticket whose clock stopped is counted in the window where it stopped, met when its elapsed
time is at most the target. One still open at the end of the data that is already over its
target is missed, in the window where it went over; one still open and within its target is
open, and not counted. Its priority is the one it has when its clock stops (for an open
ticket, its latest).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from sla_designer.backtest.business_days import late_on_a_tie, period_ends
from sla_designer.backtest.clock import AroundTheClock, OpenHours, OpenTime
from sla_designer.backtest.reading import Column, TicketHistory
from sla_designer.backtest.timeline import Timeline, timeline
from sla_designer.model import Agreement, ResolutionTimeMetric, ResponseTimeMetric, TimeTarget
from sla_designer.model.calendars import Calendar
from sla_designer.model.target_times import BusinessDays

MET, MISSED, OPEN, NO_TARGET, AFTER_END = 0, 1, 2, 3, 4
_MICROSECOND = dt.timedelta(microseconds=1)
STATUSES = ("met", "missed", "open", "no_target", "after_end")
TimeMetric = ResponseTimeMetric | ResolutionTimeMetric


@dataclass(frozen=True)
class MetricTimes:
    """One metric's reading of every ticket (columns in the history's ticket order)."""

    metric: TimeMetric
    stopped: Column
    """When the clock stopped; -1 still running at the end of the data."""
    priority: Column
    elapsed: Column
    paused: Column
    target: Column
    """The target's length in microseconds; -1 when the ticket's priority has none."""
    status: NDArray[np.int8]
    counted_at: Column
    """The instant whose window counts the ticket; -1 when it is not counted."""
    owner: Column | None = None
    """For waits (next replies, periodic updates): each one's ticket; None: one per ticket."""
    started: Column | None = None
    """For waits: when each one started (a ticket's clock starts at its creation)."""


def target_for(metric: TimeMetric, priority: str) -> TimeTarget | None:
    """The priority's own target, else the metric's target for all tickets."""
    own = next((t for t in metric.targets if t.priority == priority), None)
    return own or next((t for t in metric.targets if t.priority is None), None)


def ticket_times(
    history: TicketHistory,
    agreement: Agreement,
    metric: TimeMetric,
    pauses: list[str],
    end: int,
) -> MetricTimes:
    """Elapsed, paused and stop times of every ticket under `metric`, as of `end`.

    Updates after `end` are not read; tickets created after it are `AFTER_END`, not counted.
    A target in business days allows each ticket the open time to the end of its period.
    """
    count = len(history.created)
    # Every ticket's block of pieces (its creation, then its updates), the resolution stops
    # and each clock's open times are the same for every metric read to `end`: laid out once.
    pieces = timeline(history, end)
    if isinstance(metric, ResponseTimeMetric):
        stopped = np.where(
            (history.responded >= 0) & (history.responded <= end), history.responded, -1
        )
    elif count:
        stopped = pieces.resolution_stops()
    else:
        stopped = np.zeros(0, dtype=np.int64)
    cap = np.where(stopped >= 0, stopped, end)
    if not count:
        empty = np.zeros(0, dtype=np.int64)
        return MetricTimes(
            metric, stopped, empty, empty, empty, empty, np.zeros(0, dtype=np.int8), empty
        )

    # A ticket's updates by its cap are the first ones (they are in order): its priority is
    # that of the last of them, else (none by then) its latest.
    ticket_priority = history.priority
    if len(pieces.at):
        seen = pieces.counted(pieces.at <= pieces.per_update(cap))
        latest = np.where(seen > 0, pieces.first + seen - 1, 0)
        ticket_priority = np.where(seen > 0, pieces.priority[latest], history.priority)

    paused_state = pieces.table(pauses)
    pauses_any = bool(paused_state.any())
    running = ~paused_state & ~pieces.table(history.stops)
    has = pieces.counts > 0
    last = pieces.last[has]

    elapsed = np.zeros(count, dtype=np.int64)
    paused = np.zeros(count, dtype=np.int64)
    target = np.full(count, -1, dtype=np.int64)
    due = np.full(count, -1, dtype=np.int64)
    late = np.zeros(count, dtype=bool)
    groups = _clock_groups(history, agreement, metric, ticket_priority, end)
    for clock, members, length, period in groups:
        target[members] = length[members]
        # The clock's open time is monotone: that of min(x, cap) is the least of the two, so
        # each instant is looked up once (the next piece starts where this one ends).
        closing = clock.before(cap)
        created_open, updates_open = pieces.open_time(clock)
        start = np.minimum(created_open, closing)
        opened = np.minimum(updates_open, pieces.per_update(closing))
        lengths = np.empty_like(opened)
        lengths[:-1] = opened[1:] - opened[:-1]
        lengths[last] = closing[has] - opened[last]
        # The creation's piece runs to the first update (to the cap without one); its clock
        # runs.
        first_open = closing.copy()
        first_open[has] = opened[pieces.first[has]]
        creation = first_open - start
        ran = creation + pieces.sums(np.where(running, lengths, 0))
        held = (
            pieces.sums(np.where(paused_state, lengths, 0))
            if pauses_any
            else np.zeros(count, dtype=np.int64)
        )
        everyone = bool(members.all())
        elapsed = ran if everyone else np.where(members, ran, elapsed)
        paused = held if everyone else np.where(members, held, paused)
        days = members & (period >= 0) & (stopped >= 0)
        late[days] = late_on_a_tie(
            clock, history.created[days], stopped[days], period[days], elapsed[days], length[days]
        )
        over = members & (stopped < 0) & (elapsed > target)
        if over.any():
            owners, at = _went_over(
                clock,
                pieces,
                over,
                creation=(creation, start),
                updates=(lengths, running, opened),
                target=target,
            )
            due[owners] = at

    status = np.full(count, NO_TARGET, dtype=np.int8)
    has = target >= 0
    status[has & (stopped >= 0)] = np.where(elapsed <= target, MET, MISSED)[has & (stopped >= 0)]
    status[has & (stopped < 0)] = OPEN
    status[due >= 0] = MISSED
    status[late] = MISSED
    status[history.created > end] = AFTER_END
    counted_at = np.where(status == MISSED, np.where(stopped >= 0, stopped, due), -1)
    counted_at = np.where(status == MET, stopped, counted_at)
    return MetricTimes(
        metric, stopped, ticket_priority, elapsed, paused, target, status, counted_at
    )


def _clock_groups(
    history: TicketHistory,
    agreement: Agreement,
    metric: TimeMetric,
    ticket_priority: Column,
    end: int,
) -> list[tuple[OpenTime, NDArray[np.bool_], Column, Column]]:
    """The tickets counted on each clock, with each ticket's target length (a duration, or the
    open time from the ticket's start to the end of its period of business days) and the end of
    that period (-1: a duration)."""
    first = int(history.created.min()) if len(history.created) else end
    count = len(history.created)
    found: dict[tuple[str, str], tuple[Calendar | None, NDArray[np.bool_], Column]] = {}
    ends: dict[tuple[str, str], Column] = {}
    for index, priority in enumerate(history.priorities):
        target = target_for(metric, priority)
        if target is None:
            continue
        calendar = agreement.calendar_for(metric.id, priority)
        business = target.target.clock == "business" and calendar is not None
        if isinstance(target.target, BusinessDays) and not business:
            continue
        key = (target.target.clock, calendar.id if business and calendar else "")
        if key not in found:
            found[key] = (
                calendar if business else None,
                np.zeros(count, dtype=bool),
                np.full(count, -1, dtype=np.int64),
            )
            ends[key] = np.full(count, -1, dtype=np.int64)
        _, members, length = found[key]
        chosen = ticket_priority == index
        members |= chosen
        if isinstance(target.target, BusinessDays):
            assert calendar is not None
            ends[key][chosen] = period_ends(calendar, history.created[chosen], target.target)
        else:
            length[chosen] = target.target.length // _MICROSECOND
    groups: list[tuple[OpenTime, NDArray[np.bool_], Column, Column]] = []
    for kind, (calendar, members, length) in found.items():
        period = ends[kind]
        last = max(end, int(period.max())) if len(period) else end
        clock: OpenTime = OpenHours(calendar, first, last) if calendar else AroundTheClock(0)
        by_days = period >= 0
        if by_days.any():
            length[by_days] = clock.before(period[by_days]) - clock.before(history.created[by_days])
        groups.append((clock, members, length, period))
    return groups


def _went_over(
    clock: OpenTime,
    pieces: Timeline,
    over: NDArray[np.bool_],
    *,
    creation: tuple[Column, Column],
    updates: tuple[Column, NDArray[np.bool_], Column],
    target: Column,
) -> tuple[Column, Column]:
    """When each open ticket in `over` reached its target (and which ticket it is): in its
    running piece where the running total reaches the target. Only those tickets' pieces
    are read: each one's creation piece (`creation`: its length and the open time where it
    starts), then its updates' (`updates`: lengths, whether the clock runs, open time at the
    start)."""
    chosen = np.flatnonzero(over)
    sizes = pieces.counts[chosen] + 1
    heads = np.cumsum(sizes) - sizes
    rows = np.flatnonzero(np.repeat(over, pieces.counts))
    owners = np.repeat(chosen, sizes)
    tails = np.ones(len(owners), dtype=bool)
    tails[heads] = False
    lengths, running, opened = (np.empty(len(owners), dtype=c.dtype) for c in updates)
    lengths[heads], running[heads], opened[heads] = creation[0][chosen], True, creation[1][chosen]
    lengths[tails], running[tails], opened[tails] = (c[rows] for c in updates)
    counted = np.where(running, lengths, 0)
    total = np.cumsum(counted)
    # Running totals restart with each ticket.
    before_ticket = np.repeat(total[heads] - counted[heads], sizes)
    after = total - before_ticket
    prior = after - counted
    goal = target[owners]
    crossing = running & (prior < goal) & (after >= goal)
    at = clock.instant_after(opened[crossing] + goal[crossing] - prior[crossing])
    return owners[crossing], at
