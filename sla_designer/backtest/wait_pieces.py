"""Each ticket's pieces of time for waits in its conversation, and what is counted up to any
instant of them.

A ticket's pieces are its creation then its updates up to the end read, merged by position
into one column (ticket after ticket): a wait's start and stop are found in them by instant
(`Timeline.piece_at`), and the open time on a clock less the time in some states up to any
instant (`Counter`) is a difference of running totals over them.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from sla_designer.backtest.clock import OpenTime
from sla_designer.backtest.reading import Column, TicketHistory
from sla_designer.backtest.timeline import timeline as shared_timeline

Mask = NDArray[np.bool_]


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
