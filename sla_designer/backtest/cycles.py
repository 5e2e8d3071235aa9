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
from sla_designer.backtest.wait_pieces import Counter, Timeline
from sla_designer.model import Agreement, ResponseTimeMetric
from sla_designer.model.calendars import Calendar
from sla_designer.model.target_times import BusinessDays

Mask = NDArray[np.bool_]
_MICROSECOND = dt.timedelta(microseconds=1)


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
