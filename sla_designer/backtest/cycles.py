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
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from sla_designer.backtest.business_days import late_on_a_tie, period_ends
from sla_designer.backtest.clock import AroundTheClock, OpenHours, OpenTime
from sla_designer.backtest.messages import ASK, REPLY, Messages
from sla_designer.backtest.outcome import MET, MISSED, NO_TARGET, OPEN, MetricTimes, target_for
from sla_designer.backtest.reading import Column, TicketHistory
from sla_designer.backtest.timeline import timeline as shared_timeline
from sla_designer.model import Agreement, ResponseTimeMetric
from sla_designer.model.calendars import Calendar
from sla_designer.model.target_times import BusinessDays

Mask = NDArray[np.bool_]
_MICROSECOND = dt.timedelta(microseconds=1)


class Timeline:
    """Each ticket's pieces: its creation then its updates up to `end`, grouped by ticket.

    Laid out from the updates every metric shares (`timeline.timeline`): each ticket's
    creation goes in before its updates, by position, and the open time up to each piece is
    the shared one, not looked up again.
    """

    def __init__(self, history: TicketHistory, end: int) -> None:
        pieces = shared_timeline(history, end)
        count = len(history.created)
        self.pieces = pieces
        self.size = pieces.counts + 1
        # Ticket t's creation goes after the pieces of the t tickets before it.
        self.first = pieces.first + np.arange(count, dtype=np.int64)
        self.updates = np.arange(len(pieces.at), dtype=np.int64) + pieces.ticket + 1
        self.last = self.first + self.size - 1
        total = len(pieces.at) + count
        self.at = self._merged(history.created, pieces.at, total)
        self.created_priority = history.priority
        self.end = end

    def _merged(self, created: Column, updates: Column, total: int) -> Column:
        merged = np.empty(total, dtype=np.int64)
        merged[self.first] = created
        merged[self.updates] = updates
        return merged

    def in_states(self, states: Mask) -> Mask:
        """Whether each piece is in one of `states` (by code; the creation's piece in
        none)."""
        found = np.zeros(len(self.at), dtype=bool)
        found[self.updates] = states[self.pieces.state]
        return found

    def priority(self, tickets: Column, pieces: Column) -> Column:
        """The ticket's priority in each of its pieces: its update's, or at its creation the
        ticket's latest (a piece after the first is an update, `tickets` + 1 places on)."""
        found: Column = self.created_priority[tickets]
        later = np.flatnonzero(pieces != self.first[tickets])
        found[later] = self.pieces.priority[pieces[later] - tickets[later] - 1]
        return found

    def open_times(self, clock: OpenTime) -> tuple[Column, Column]:
        """The clock's open time up to the start of each piece, and each piece's length on
        it: to the next piece, the last one to `end` (nothing for a piece after `end`)."""
        opened = self._merged(*self.pieces.open_time(clock), len(self.at))
        lengths: Column = np.empty_like(opened)
        lengths[:-1] = opened[1:]
        lengths[self.last] = clock.before(np.array([self.end], dtype=np.int64))[0]
        lengths -= opened
        np.maximum(lengths, 0, out=lengths)
        return opened, lengths

    def open_at(self, clock: OpenTime, opened: Column, pieces: Column, instants: Column) -> Column:
        """The clock's open time up to each instant, given the piece holding it and the open
        time up to each piece's start (`open_times`): looked up only for an instant that is not
        its piece's start (most waits start and stop at an update)."""
        found = opened[pieces]
        elsewhere = np.flatnonzero(self.at[pieces] != instants)
        if len(elsewhere):
            found[elsewhere] = clock.before(instants[elsewhere])
        return found

    def pieces_at_stops(
        self, tickets: Column, starts: Column, stops: Column, at_starts: Column
    ) -> Column:
        """`piece_at` the stops of waits (by ticket and start), given the pieces at their
        starts: a wait that stops where its ticket's next one starts (periodic updates) stops
        in that one's piece, which is not searched again; another is searched for from the
        piece of its start on (a stop is not before its start)."""
        shared = np.zeros(len(tickets), dtype=bool)
        shared[:-1] = tickets[1:] == tickets[:-1]
        shared[:-1] &= stops[:-1] == starts[1:]
        found = np.empty_like(at_starts)
        found[:-1][shared[:-1]] = at_starts[1:][shared[:-1]]
        rest = np.flatnonzero(~shared)
        owners, instants = tickets[rest], stops[rest]
        lowest = np.where(instants >= starts[rest], at_starts[rest], self.first[owners])
        found[rest] = self.piece_at(owners, instants, lowest)
        return found

    def piece_at(self, tickets: Column, instants: Column, lowest: Column | None = None) -> Column:
        """The ticket's last piece starting at or before each instant (its creation piece for
        an instant before it); `lowest`: a piece of the ticket known to start at or before
        it, from which the search begins."""
        lo = self.first[tickets] if lowest is None else lowest.copy()
        hi = self.first[tickets] + self.size[tickets]
        # A binary search in each ticket's pieces, on those still searching only.
        searching = np.flatnonzero(hi - lo > 1)
        while len(searching):
            low, high = lo[searching], hi[searching]
            mid = (low + high) // 2
            ok = self.at[mid] <= instants[searching]
            low = np.where(ok, mid, low)
            high = np.where(ok, high, mid)
            lo[searching], hi[searching] = low, high
            searching = searching[high - low > 1]
        found: Column = lo
        return found


class Counter:
    """Open time on a clock, less the time in some states, up to any instant of a ticket: given
    the ticket's piece holding the instant (`Timeline.piece_at`) and the clock's open time up to
    the instant. Counted from an origin that is the same for all the pieces of a ticket (not
    its creation): only differences between two instants of one ticket are meant."""

    def __init__(self, timeline: Timeline, opened: Column, lengths: Column, left_out: Mask) -> None:
        self.opened = opened
        """The clock's open time up to the start of each piece."""
        self.lengths = lengths
        self.left_out = timeline.in_states(left_out[1:])
        counted = np.where(self.left_out, lengths, 0)
        self.before_piece = np.cumsum(counted)
        self.before_piece -= counted

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
    messages = history.messages()
    assert messages is not None
    final = timeline.pieces.resolution_stops()
    responded = np.where(
        (history.responded >= 0) & (history.responded <= end), history.responded, -1
    )
    answered_at = responded[messages.ticket]
    keep = messages.at <= end
    keep &= answered_at >= 0
    keep &= messages.at >= answered_at
    if metric.event == "periodic_update":
        return _update_waits(messages, keep, responded, final)
    ticket, at, kind = messages.ticket[keep], messages.at[keep], messages.kind[keep]
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


def _update_waits(
    messages: Messages, keep: Mask, responded: Column, final: Column
) -> tuple[Column, Column, Column]:
    """Periodic-update waits from the messages kept (`keep`: those at or after each ticket's
    first response, up to the end), by ticket and time: each ticket's first response starts
    one, then each public reply at another instant than the message kept before it; each wait
    stops at the next one's start, the ticket's last at its resolution stop (-1: none). None
    starts once the ticket is resolved."""
    ticket, at, kind = messages.ticket, messages.at, messages.kind
    # The message kept before each is the one before it, when kept and of its ticket (those
    # left out come before a ticket's first response or after the end), else the first
    # response.
    before = np.empty_like(at)
    before[1:] = at[:-1]
    first = np.ones(len(ticket), dtype=bool)
    first[1:] = ticket[1:] != ticket[:-1]
    first[1:] |= ~keep[:-1]
    before[first] = responded[ticket[first]]
    ending = final[ticket]
    chosen = kind == REPLY
    chosen &= keep
    chosen &= at != before
    chosen &= (ending < 0) | (at < ending)
    replies = np.flatnonzero(chosen)
    answered = np.flatnonzero((responded >= 0) & ((final < 0) | (responded < final)))
    # Each ticket's first response goes in before its replies: after those of the tickets
    # before it, and their first responses.
    per_ticket = np.bincount(ticket[replies], minlength=len(responded))
    opening = np.zeros(len(responded), dtype=np.int64)
    opening[answered] = 1
    place = np.cumsum(per_ticket + opening)
    place -= per_ticket + opening
    starts_ticket = np.empty(len(replies) + len(answered), dtype=np.int64)
    starts_at = np.empty_like(starts_ticket)
    where = place[answered]
    starts_ticket[where], starts_at[where] = answered, responded[answered]
    owners = ticket[replies]
    # A reply's place: its rank among the replies, moved by the first responses up to its
    # ticket's.
    where = np.arange(len(replies), dtype=np.int64)
    where += np.cumsum(opening)[owners]
    starts_ticket[where], starts_at[where] = owners, at[replies]
    same = np.append(starts_ticket[1:] == starts_ticket[:-1], False)
    following = np.append(starts_at[1:], -1)
    stop = np.where(same, following, final[starts_ticket])
    return starts_ticket, starts_at, stop


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
    since_piece = timeline.piece_at(owner, start)
    piece = timeline.pieces_at_stops(owner, start, cap, since_piece)
    priority = timeline.priority(owner, piece)
    table = np.zeros(len(history.states) + 1, dtype=bool)
    paused_state = table.copy()
    paused_state[history.state_codes(frozenset(pauses)) + 1] = True
    stopping = table.copy()
    stopping[history.state_codes(history.stops) + 1] = True
    count = len(owner)
    # Each wait's target, elapsed and paused time, when it went over (-1: it did not) and
    # whether it missed its business days on a tie: the columns of the one clock that counts
    # every wait (usually), else filled clock by clock.
    measured: _Measured | None = None
    first = int(history.created.min()) if len(history.created) else end
    # The waits are counted a clock at a time (all of them, usually: one calendar), each with
    # its priority's target: a duration, or the open time to the end of its business days.
    lengths = np.full(len(history.priorities) + 1, -1, dtype=np.int64)
    period = np.full(count, -1, dtype=np.int64)
    keys: dict[tuple[str, str], tuple[Calendar | None, list[int]]] = {}
    lasts: dict[tuple[str, str], int] = {}
    for index, priority_id in enumerate(history.priorities):
        found = target_for(metric, priority_id)
        if found is None:
            continue
        calendar = agreement.calendar_for(metric.id, priority_id)
        business = found.target.clock == "business" and calendar is not None
        if isinstance(found.target, BusinessDays) and not business:
            continue
        key = (found.target.clock, calendar.id if business and calendar else "")
        keys.setdefault(key, (calendar if business else None, []))[1].append(index)
        lasts[key] = max(lasts.get(key, end), end)
        if isinstance(found.target, BusinessDays):
            chosen = priority == index
            if chosen.any() and calendar is not None:
                period[chosen] = period_ends(calendar, start[chosen], found.target)
                lasts[key] = max(lasts[key], int(period[chosen].max()))
        else:
            lengths[index] = found.target.length // _MICROSECOND
    for kind, (calendar, indices) in keys.items():
        listed = np.zeros(len(lengths), dtype=bool)
        listed[indices] = True
        members = listed[priority]
        if not members.any():
            continue
        clock: OpenTime = OpenHours(calendar, first, lasts[kind]) if calendar else AroundTheClock(0)
        opened, piece_lengths = timeline.open_times(clock)
        running = Counter(timeline, opened, piece_lengths, paused_state | stopping)
        # Without a state that pauses the metric, nothing is paused: no second counter.
        only_paused = (
            Counter(timeline, opened, piece_lengths, paused_state) if paused_state.any() else None
        )
        everyone = bool(members.all())

        def part(column: Column, members: Mask = members, everyone: bool = everyone) -> Column:
            return column if everyone else column[members]

        since, until, ends = part(start), part(cap), part(period)
        at_low, at_high = part(since_piece), part(piece)
        low = timeline.open_at(clock, opened, at_low, since)
        high = timeline.open_at(clock, opened, at_high, until)
        by_days = ends >= 0
        goal = lengths[part(priority)]
        if by_days.any():
            goal[by_days] = clock.before(ends[by_days]) - low[by_days]
        ran = running.counted(at_high, high) - running.counted(at_low, low)
        held = (
            only_paused.left_out_before(at_high, high) - only_paused.left_out_before(at_low, low)
            if only_paused is not None
            else np.zeros(len(since), dtype=np.int64)
        )
        stopped = part(stop)
        tie = by_days & (stopped >= 0)
        late_here = np.zeros(len(since), dtype=bool)
        if tie.any():
            late_here[tie] = late_on_a_tie(
                clock, since[tie], until[tie], ends[tie], ran[tie], goal[tie]
            )
        over = (stopped < 0) & (ran > goal)
        due_here = np.full(len(since), -1, dtype=np.int64)
        if over.any():
            due_here[over] = _went_over(
                timeline, clock, running, part(owner)[over], since[over], at_low[over], goal[over]
            )
        if everyone:
            measured = _Measured(goal, ran, held, due_here, late_here)
        else:
            measured = measured or _Measured.none(count)
            measured.target[members], measured.elapsed[members] = goal, ran
            measured.paused[members], measured.due[members] = held, due_here
            measured.late[members] = late_here
    measured = measured or _Measured.none(count)
    target, elapsed, paused = measured.target, measured.elapsed, measured.paused
    due, late = measured.due, measured.late
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


@dataclass
class _Measured:
    """Waits' target, elapsed and paused time, when each went over and whether it was late."""

    target: Column
    elapsed: Column
    paused: Column
    due: Column
    late: Mask

    @classmethod
    def none(cls, count: int) -> _Measured:
        """No target for any wait (yet)."""
        return cls(
            np.full(count, -1, dtype=np.int64),
            np.zeros(count, dtype=np.int64),
            np.zeros(count, dtype=np.int64),
            np.full(count, -1, dtype=np.int64),
            np.zeros(count, dtype=bool),
        )


def _went_over(  # noqa: PLR0917
    timeline: Timeline,
    clock: OpenTime,
    counter: Counter,
    tickets: Column,
    starts: Column,
    pieces: Column,
    goal: Column,
) -> Column:
    """The first instant at which each wait's counted time reaches its goal (it does by the end
    of the data): in the piece of its ticket, from the one holding its start (`pieces`), where
    its running total reaches the goal. A goal of nothing is reached a microsecond after the
    start."""
    reached = starts + 1
    live = np.flatnonzero(goal > 0)
    if not len(live):
        return reached
    head, since, wanted = pieces[live], starts[live], goal[live]
    sizes = timeline.last[tickets[live]] - head + 1
    heads = np.cumsum(sizes) - sizes
    owners = np.repeat(np.arange(len(live)), sizes)
    piece = np.arange(int(sizes.sum()), dtype=np.int64) - heads[owners] + head[owners]
    # Each piece counts its open time while the clock runs; the first from the wait's start.
    begin = counter.opened[piece]
    begin[heads] = clock.before(since)
    ends = counter.opened[piece] + counter.lengths[piece]
    counted = np.where(counter.left_out[piece], 0, np.maximum(ends - begin, 0))
    total = np.cumsum(counted)
    after = total - np.repeat(total[heads] - counted[heads], sizes)
    prior = after - counted
    goal_here = wanted[owners]
    crossing = (prior < goal_here) & (after >= goal_here)
    reached[live[owners[crossing]]] = clock.instant_after(
        begin[crossing] + goal_here[crossing] - prior[crossing]
    )
    return reached
