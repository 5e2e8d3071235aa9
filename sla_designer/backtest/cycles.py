"""Next replies and periodic updates: a ticket's conversation cut into waits, each measured.

A next-reply wait starts with the requester's message that awaits a reply (after the first
response, which the first response time measures) and stops at the provider's next public
reply, or when the ticket's resolution clock stops, whichever comes first; later messages
before that reply wait with it. A periodic-update wait starts at the first response, then at
each public reply, and stops at the next public reply or when the resolution clock stops.

Each wait is counted like a ticket: its time on the target's clock, minus the time the ticket
was in a state that pauses the metric (the mapping's) or stands resolved, with the target of
the ticket's priority when the wait stops (for one still open, its latest); one still open at
the end of the data and over its target is missed where it went over, one within it is open.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
from numpy.typing import NDArray

from sla_designer.backtest.business_days import late_on_a_tie, period_ends
from sla_designer.backtest.clock import AroundTheClock, OpenHours, OpenTime
from sla_designer.backtest.messages import ASK, REPLY
from sla_designer.backtest.outcome import MET, MISSED, NO_TARGET, OPEN, MetricTimes, target_for
from sla_designer.backtest.reading import Column, TicketHistory
from sla_designer.model import Agreement, ResponseTimeMetric
from sla_designer.model.target_times import BusinessDays

Mask = NDArray[np.bool_]
_MICROSECOND = dt.timedelta(microseconds=1)


class Timeline:
    """Each ticket's pieces: its creation then its updates up to `end`, grouped by ticket."""

    def __init__(self, history: TicketHistory, end: int) -> None:
        keep = history.at <= end
        count = len(history.created)
        sizes = np.bincount(history.ticket[keep], minlength=count) + 1
        self.first = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.int64)
        self.size = sizes.astype(np.int64)
        created = np.zeros(int(sizes.sum()), dtype=bool)
        created[self.first] = True
        self.ticket = np.repeat(np.arange(count, dtype=np.int64), sizes)
        self.at = np.empty(len(created), dtype=np.int64)
        self.state = np.empty(len(created), dtype=np.int64)
        self.priority = np.empty(len(created), dtype=np.int64)
        self.at[created], self.at[~created] = history.created, history.at[keep]
        self.state[created], self.state[~created] = -1, history.state[keep]
        self.priority[created] = history.priority
        self.priority[~created] = history.update_priority[keep]
        following = np.append(self.at[1:], end)
        last = np.append(self.first[1:], len(created)) - 1
        following[last] = end
        self.until = np.maximum(following, self.at)
        self.end = end

    def piece_at(self, tickets: Column, instants: Column) -> Column:
        """The ticket's last piece starting at or before each instant (its creation piece for
        an instant before it)."""
        lo = self.first[tickets].copy()
        hi = lo + self.size[tickets]
        while True:
            active = hi - lo > 1
            if not active.any():
                return lo
            mid = (lo + hi) // 2
            ok = self.at[np.minimum(mid, len(self.at) - 1)] <= instants
            lo = np.where(active & ok, mid, lo)
            hi = np.where(active & ~ok, mid, hi)

    def final_stops(self, stops: Mask) -> Column:
        """Where each ticket's final run of stopping states starts (-1: running at the end)."""
        stopping = stops[self.state + 1]
        fresh = np.ones(len(self.at), dtype=bool)
        fresh[1:] = (stopping[1:] != stopping[:-1]) | (self.ticket[1:] != self.ticket[:-1])
        run_start = np.maximum.accumulate(np.where(fresh, np.arange(len(self.at)), 0))
        last = self.first + self.size - 1
        return np.where(stopping[last], self.at[run_start[last]], -1)


class Counter:
    """Open time on a clock, less the time in some states, up to any instant of a ticket: given
    the ticket's piece holding the instant (`Timeline.piece_at`) and the clock's open time up to
    the instant."""

    def __init__(self, timeline: Timeline, opened: Column, lengths: Column, left_out: Mask) -> None:
        self.opened = opened
        """The clock's open time up to the start of each piece."""
        self.left_out = left_out[timeline.state + 1]
        counted = np.where(self.left_out, lengths, 0)
        total = np.cumsum(counted) - counted
        self.before_piece = total - total[timeline.first][timeline.ticket]

    def left_out_before(self, piece: Column, open_time: Column) -> Column:
        into = np.maximum(open_time - self.opened[piece], 0)
        found: Column = self.before_piece[piece] + np.where(self.left_out[piece], into, 0)
        return found

    def counted(self, piece: Column, open_time: Column) -> Column:
        return open_time - self.left_out_before(piece, open_time)


def waits(
    history: TicketHistory, timeline: Timeline, metric: ResponseTimeMetric, end: int
) -> tuple[Column, Column, Column]:
    """The waits' tickets, starts and stops (-1: still waiting at the end)."""
    messages = history.messages
    assert messages is not None
    stops = np.zeros(len(history.states) + 1, dtype=bool)
    stops[history.state_codes(history.stops) + 1] = True
    final = timeline.final_stops(stops)
    responded = np.where(
        (history.responded >= 0) & (history.responded <= end), history.responded, -1
    )
    keep = (messages.at <= end) & (responded[messages.ticket] >= 0)
    keep &= messages.at >= responded[messages.ticket]
    ticket, at, kind = messages.ticket[keep], messages.at[keep], messages.kind[keep]
    if metric.event == "periodic_update":
        # Each ticket's first response is the first of its waits' starts: the messages kept
        # are by ticket and time, none before it, so it goes in before its ticket's messages.
        answered = np.flatnonzero(responded >= 0)
        before = np.searchsorted(ticket, answered, side="left")
        ticket = np.insert(ticket, before, answered)
        at = np.insert(at, before, responded[answered])
        kind = np.insert(kind, before, REPLY)
        repeated = np.append(False, (ticket[1:] == ticket[:-1]) & (at[1:] == at[:-1]))
        chosen = (kind == REPLY) & ~repeated
        ticket, at = ticket[chosen], at[chosen]
        ending = final[ticket]
        chosen = (ending < 0) | (at < ending)
        ticket, at = ticket[chosen], at[chosen]
        same = np.append(ticket[1:] == ticket[:-1], False)
        following = np.append(at[1:], -1)
        stop = np.where(same, following, final[ticket])
        return ticket, at, stop
    previous = np.append(-1, kind[:-1])
    previous[np.append(True, ticket[1:] != ticket[:-1])] = REPLY
    starts = (kind == ASK) & (previous == REPLY)
    index = np.arange(len(kind))
    after = np.minimum.accumulate(np.where(kind == REPLY, index, len(kind))[::-1])[::-1]
    found = after < len(kind)
    answered = found & (ticket[np.minimum(after, len(kind) - 1)] == ticket)
    reply = np.where(answered, at[np.minimum(after, len(kind) - 1)], -1)
    ending = final[ticket]
    # A ticket resolved before it replied ends the wait; one resolved before it began has none.
    open_before = (ending < 0) | (ending >= at)
    stop = np.where((ending >= 0) & ((reply < 0) | (ending < reply)), ending, reply)
    chosen = starts & open_before
    return ticket[chosen], at[chosen], stop[chosen]


def reply_times(
    history: TicketHistory,
    agreement: Agreement,
    metric: ResponseTimeMetric,
    pauses: list[str],
    end: int,
) -> MetricTimes:
    """Every wait's elapsed and paused time under `metric` (next replies or periodic updates),
    as of `end`: one item per wait, `owner` its ticket."""
    timeline = Timeline(history, end)
    owner, start, stop = waits(history, timeline, metric, end)
    cap = np.where(stop >= 0, stop, end)
    piece = timeline.piece_at(owner, cap)
    priority = timeline.priority[piece] if len(owner) else np.zeros(0, dtype=np.int64)
    table = np.zeros(len(history.states) + 1, dtype=bool)
    paused_state = table.copy()
    paused_state[history.state_codes(frozenset(pauses)) + 1] = True
    stopping = table.copy()
    stopping[history.state_codes(history.stops) + 1] = True
    count = len(owner)
    elapsed = np.zeros(count, dtype=np.int64)
    paused = np.zeros(count, dtype=np.int64)
    target = np.full(count, -1, dtype=np.int64)
    due = np.full(count, -1, dtype=np.int64)
    late = np.zeros(count, dtype=bool)
    first = int(history.created.min()) if len(history.created) else end
    since_piece = timeline.piece_at(owner, start)
    plans = []
    lasts: dict[tuple[str, str], int] = {}
    for index, priority_id in enumerate(history.priorities):
        chosen = priority == index
        found = target_for(metric, priority_id)
        if found is None or not chosen.any():
            continue
        calendar = agreement.calendar_for(metric.id, priority_id)
        business = found.target.clock == "business" and calendar is not None
        if isinstance(found.target, BusinessDays) and not business:
            continue
        ends = np.zeros(0, dtype=np.int64)
        if isinstance(found.target, BusinessDays) and calendar is not None:
            ends = period_ends(calendar, start[chosen], found.target)
        key = (found.target.clock, calendar.id if business and calendar else "")
        lasts[key] = max(lasts.get(key, end), int(ends.max()) if len(ends) else end)
        plans.append((chosen, found.target, calendar if business else None, key, ends))
    clocks: dict[tuple[str, str], tuple[OpenTime, Counter, Counter]] = {}
    for chosen, wanted, calendar, key, ends in plans:
        if key not in clocks:
            clock: OpenTime = (
                OpenHours(calendar, first, lasts[key]) if calendar else AroundTheClock(0)
            )
            opened = clock.before(timeline.at)
            lengths = clock.before(timeline.until) - opened
            clocks[key] = (
                clock,
                Counter(timeline, opened, lengths, paused_state | stopping),
                Counter(timeline, opened, lengths, paused_state),
            )
        clock, running, only_paused = clocks[key]
        who, since, until = owner[chosen], start[chosen], cap[chosen]
        low, high = clock.before(since), clock.before(until)
        at_low, at_high = since_piece[chosen], piece[chosen]
        if isinstance(wanted, BusinessDays):
            target[chosen] = clock.before(ends) - low
        else:
            target[chosen] = wanted.length // _MICROSECOND
        elapsed[chosen] = running.counted(at_high, high) - running.counted(at_low, low)
        paused[chosen] = only_paused.left_out_before(at_high, high) - only_paused.left_out_before(
            at_low, low
        )
        if isinstance(wanted, BusinessDays):
            done = stop[chosen] >= 0
            tie = np.zeros(int(chosen.sum()), dtype=bool)
            tie[done] = late_on_a_tie(
                clock,
                since[done],
                until[done],
                ends[done],
                elapsed[chosen][done],
                target[chosen][done],
            )
            late[chosen] = tie
        over = (stop[chosen] < 0) & (elapsed[chosen] > target[chosen])
        if over.any():
            due_here = due[chosen]
            due_here[over] = _went_over(
                timeline, clock, running, who[over], since[over], target[chosen][over]
            )
            due[chosen] = due_here
    status = np.full(count, NO_TARGET, dtype=np.int8)
    has = target >= 0
    status[has & (stop >= 0)] = np.where(elapsed <= target, MET, MISSED)[has & (stop >= 0)]
    status[has & (stop < 0)] = OPEN
    status[due >= 0] = MISSED
    status[late] = MISSED
    counted_at = np.where(status == MISSED, np.where(stop >= 0, stop, due), -1)
    counted_at = np.where(status == MET, stop, counted_at)
    return MetricTimes(
        metric, stop, priority, elapsed, paused, target, status, counted_at, owner, start
    )


def _went_over(  # noqa: PLR0917
    timeline: Timeline,
    clock: OpenTime,
    counter: Counter,
    tickets: Column,
    starts: Column,
    goal: Column,
) -> Column:
    """The first instant at which each wait's counted time reaches its goal (by bisection on
    the microsecond: the counted time never decreases)."""

    def counted(instants: Column) -> Column:
        return counter.counted(timeline.piece_at(tickets, instants), clock.before(instants))

    base = counted(starts)
    lo, hi = starts.copy(), np.full(len(starts), timeline.end, dtype=np.int64)
    while True:
        active = hi - lo > 1
        if not active.any():
            return hi
        mid = (lo + hi) // 2
        reached = counted(mid) - base >= goal
        lo = np.where(active & ~reached, mid, lo)
        hi = np.where(active & reached, mid, hi)
