"""Each ticket's states as one block of pieces, laid out once for every metric of a back-test.

A ticket's block is its creation (state -1) followed by its updates up to the end of the data,
in order; a piece runs from its instant to the next one of the block (the last to the ticket's
cap). The layout, where each resolution clock stops and the open time up to every instant on
each clock are the same for every metric read to the same end: they are worked out once and
kept with the history (`TicketHistory.cache`), so a second metric costs only its own sums.

Per-ticket sums are `np.add.reduceat` over the blocks (exact integers; every block has its
creation, so none is empty).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

if TYPE_CHECKING:
    from sla_designer.backtest.clock import OpenTime
    from sla_designer.backtest.reading import TicketHistory

Column = NDArray[np.int64]


@dataclass
class Timeline:
    """The pieces of every ticket up to `end`, grouped by ticket, in order."""

    history: TicketHistory
    end: int
    ticket: Column
    at: Column
    state: Column
    """State codes; -1 for the creation."""
    priority: Column
    first: Column
    """Each ticket's first piece (its creation)."""
    last: Column
    """Each ticket's last piece."""
    sizes: Column
    """Pieces per ticket."""
    opened: dict[object, Column] = field(default_factory=dict)
    _stopped: Column | None = None

    def per_piece(self, values: Column) -> Column:
        """A value per ticket spread over its pieces."""
        spread: Column = np.repeat(values, self.sizes)
        return spread

    def sums(self, values: Column) -> Column:
        """Per ticket, the sum of its pieces' values."""
        summed: Column = np.add.reduceat(values, self.first)
        return summed

    def table(self, names: frozenset[str] | list[str]) -> NDArray[np.bool_]:
        """Whether each piece's state is one of `names` (the creation never is)."""
        lookup = np.zeros(len(self.history.states) + 1, dtype=bool)
        lookup[self.history.state_codes(frozenset(names)) + 1] = True
        found: NDArray[np.bool_] = lookup[self.state + 1]
        return found

    def open_time(self, clock: OpenTime) -> Column:
        """The clock's open time up to each piece's instant (kept per clock)."""
        key = clock_key(clock)
        found = self.opened.get(key)
        if found is None:
            found = clock.before(self.at)
            self.opened[key] = found
        return found

    def resolution_stops(self) -> Column:
        """When each ticket's resolution clock stopped: the start of its final run of stopping
        states; -1 when its last state does not stop it."""
        if self._stopped is None:
            stopping = self.table(self.history.stops)
            # The creation does not stop a clock: the final run starts after the last piece
            # that does not stop it, which every block has.
            running = np.where(stopping, -1, np.arange(len(self.at), dtype=np.int64))
            before_run = np.maximum.reduceat(running, self.first)
            run_start = np.minimum(before_run + 1, self.last)
            self._stopped = np.where(stopping[self.last], self.at[run_start], -1)
        return self._stopped


def clock_key(clock: OpenTime) -> object:
    """What identifies a clock's open time: its intervals, or its origin around the clock."""
    key = getattr(clock, "key", None)
    return key if key is not None else id(clock)


def timeline(history: TicketHistory, end: int) -> Timeline:
    """The history's pieces up to `end` (kept with the history for the next metric)."""
    key = ("timeline", end)
    found = history.cache.get(key)
    if isinstance(found, Timeline):
        return found
    count = len(history.created)
    if len(history.at) and int(history.at.max()) > end:
        keep = history.at <= end
        ticket, at = history.ticket[keep], history.at[keep]
        state, priority = history.state[keep], history.update_priority[keep]
    else:
        ticket, at = history.ticket, history.at
        state, priority = history.state, history.update_priority
    updates = np.bincount(ticket, minlength=count).astype(np.int64)
    sizes = updates + 1
    first = np.cumsum(sizes) - sizes
    # Each update moves down by its ticket's creation and those of the tickets before it.
    placed = np.arange(len(ticket), dtype=np.int64) + ticket + 1
    total = count + len(ticket)

    def merged(created: Column, updated: Column) -> Column:
        column = np.empty(total, dtype=np.int64)
        column[first] = created
        column[placed] = updated
        return column

    found = Timeline(
        history=history,
        end=end,
        ticket=np.repeat(np.arange(count, dtype=np.int64), sizes),
        at=merged(history.created, at),
        state=merged(np.full(count, -1, dtype=np.int64), state),
        priority=merged(history.priority, priority),
        first=first,
        last=first + sizes - 1,
        sizes=sizes,
    )
    history.cache[key] = found
    return found
