"""Each ticket's pieces of time, laid out once for every metric of a back-test.

A ticket's first piece runs from its creation to its first update; each update's piece runs
to the next update, the last one to the ticket's cap (when its clock stopped, else the end of
the data). The creation's piece is kept apart (one per ticket) and the updates' pieces are the
history's own columns (grouped by ticket, in order): nothing is copied or merged. What every
metric read to the same end shares — the updates kept, where each resolution clock stopped,
the open time up to every instant on each clock — is worked out once and kept with the
history (`TicketHistory.cache`), so a second metric costs only its own sums.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

if TYPE_CHECKING:
    from sla_designer.backtest.clock import OpenTime
    from sla_designer.backtest.reading import TicketHistory

Column = NDArray[np.int64]
Mask = NDArray[np.bool_]


@dataclass
class Timeline:
    """The updates of every ticket up to `end`, grouped by ticket, in order.

    It keeps what it reads of the history, not the history itself, which keeps it in its
    cache: no cycle holds their columns once the history is let go."""

    created: Column
    states: tuple[str, ...]
    stops: frozenset[str]
    end: int
    ticket: Column
    at: Column
    state: Column
    priority: Column
    counts: Column
    """Updates per ticket (0 for a ticket without any by `end`)."""
    first: Column
    """Each ticket's first update (where the next ticket's start, when it has none)."""
    opened: dict[object, tuple[Column, Column]] = field(default_factory=dict)
    _stopped: Column | None = None
    _laying_out: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _stopping: threading.Lock = field(default_factory=threading.Lock, repr=False)
    """One thread works out the resolution stops (the back-test does, while the other starts
    the heaviest metric); a metric that asks for them meanwhile waits."""
    """One thread works out a clock's open times; another metric's thread waiting for them
    costs less than working them out again alongside (the work is bound by memory, which the
    two threads share)."""

    @property
    def last(self) -> Column:
        """Each ticket's last update (meaningful where it has one)."""
        found: Column = self.first + self.counts - 1
        return found

    def per_update(self, values: Column) -> Column:
        """A value per ticket spread over its updates."""
        spread: Column = np.repeat(values, self.counts)
        return spread

    def sums(self, values: Column) -> Column:
        """Per ticket, the sum of its updates' values (0 without updates)."""
        summed: Column = self._reduce(np.add, values, 0)
        return summed

    def counted(self, chosen: Mask) -> Column:
        """Per ticket, how many of its updates are chosen."""
        found: Column = self._reduce(np.add, chosen, 0)
        return found

    def _reduce(self, operation: np.ufunc, values: NDArray[np.int64] | Mask, empty: int) -> Column:
        """`operation` over each ticket's updates; `empty` for a ticket without any."""
        if not len(values):
            return np.full(len(self.counts), empty, dtype=np.int64)
        if len(self.first) and self.first[-1] == len(values):
            # Tickets without updates at the end: reduceat needs an index inside the column.
            values = np.append(values, empty)
        # reduceat gives an empty block the value at its index: those are set apart.
        reduced: Column = operation.reduceat(values, self.first, dtype=np.int64)
        reduced[self.counts == 0] = empty
        return reduced

    def table(self, names: frozenset[str] | list[str]) -> Mask:
        """Whether each update's state is one of `names`."""
        lookup = np.zeros(len(self.states), dtype=bool)
        lookup[[i for i, state in enumerate(self.states) if state in names]] = True
        found: Mask = lookup[self.state]
        return found

    def open_time(self, clock: OpenTime) -> tuple[Column, Column]:
        """The clock's open time up to each ticket's creation and to each update (kept per
        clock)."""
        key = clock_key(clock)
        found = self.opened.get(key)
        if found is None:
            with self._laying_out:
                found = self.opened.get(key)
                if found is None:
                    found = (clock.before(self.created), clock.before(self.at))
                    self.opened[key] = found
        return found

    def resolution_stops(self) -> Column:
        """When each ticket's resolution clock stopped: the start of its final run of stopping
        states; -1 when its last state does not stop it (the creation never does)."""
        with self._stopping:
            return self._resolution_stops()

    def _resolution_stops(self) -> Column:
        if self._stopped is None:
            stopped = np.full(len(self.counts), -1, dtype=np.int64)
            if len(self.at):
                stopping = self.table(self.stops)
                index = np.arange(len(self.at), dtype=np.int64)
                has = self.counts > 0
                # The last update that does not stop the clock; the run starts after it (at
                # the first update when every update stops it).
                before_run = self._reduce(np.maximum, np.where(stopping, -1, index), -1)
                run_start = np.where(before_run >= self.first, before_run + 1, self.first)
                run_start = np.minimum(run_start, self.last)
                ends = stopping[np.maximum(self.last, 0)] & has
                stopped = np.where(ends, self.at[np.where(has, run_start, 0)], -1)
            self._stopped = stopped
        return self._stopped


def clock_key(clock: OpenTime) -> object:
    """What identifies a clock's open time: its intervals, or its origin around the clock."""
    key = getattr(clock, "key", None)
    return key if key is not None else id(clock)


def timeline(history: TicketHistory, end: int) -> Timeline:
    """The history's updates up to `end` (kept with the history for the next metric)."""
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
    counts = np.bincount(ticket, minlength=count).astype(np.int64)
    found = Timeline(
        created=history.created,
        states=history.states,
        stops=history.stops,
        end=end,
        ticket=ticket,
        at=at,
        state=state,
        priority=priority,
        counts=counts,
        first=np.cumsum(counts) - counts,
    )
    history.cache[key] = found
    return found
