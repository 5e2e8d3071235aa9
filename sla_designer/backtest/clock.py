"""Open time of a calendar for whole columns of instants at once.

A calendar's open hours over the years the tickets span are laid out once as sorted open
intervals on the UTC time line, with the open time before each one; then the open time up to
any instant is one binary search (`np.searchsorted`) for a whole column, not a Python call per
ticket. The intervals are the very ones `calc.calendar_index` builds a year at a time (time
zones, daylight saving, public holidays, closed dates, lunch breaks), so the open time between
two instants is exactly, to the microsecond, what `calc.business_time.business_elapsed` gives.

Instants are int64 microseconds since 1970-01-01 UTC, as in `calc.calendar_index`.
"""

from __future__ import annotations

import hashlib
from typing import Protocol

import numpy as np
from numpy.typing import NDArray

from sla_designer.calc.business_time import CalendarLike, business_calendar
from sla_designer.calc.calendar_index import from_instant

Instants = NDArray[np.int64]


class OpenTime(Protocol):
    """Open time as a non-decreasing function of the instant, from the start of a span."""

    def before(self, instants: Instants) -> Instants:
        """Open time from the start of the span up to each instant."""
        ...

    def instant_after(self, open_times: Instants) -> Instants:
        """For each open time (> 0), the instant at which that much open time has passed since
        the start of the span."""
        ...


class AroundTheClock:
    """Calendar time: every microsecond counts."""

    def __init__(self, origin: int) -> None:
        self.origin = origin
        self.key = ("around the clock", origin)
        """Two clocks with the same key give the same open times."""

    def before(self, instants: Instants) -> Instants:
        return instants - self.origin

    def instant_after(self, open_times: Instants) -> Instants:
        return open_times + self.origin


class OpenHours:
    """A calendar's open intervals over the local years that hold `first` to `last`."""

    def __init__(self, calendar: CalendarLike, first: int, last: int) -> None:
        if last < first:
            first, last = last, first
        prepared = business_calendar(calendar)
        self.calendar_id = prepared.calendar_id
        years = [
            prepared.year(year)
            for year in range(
                from_instant(first, prepared.zone).year, from_instant(last, prepared.zone).year + 1
            )
        ]
        self.first, self.last = years[0].start, years[-1].end
        # A year's intervals are merged and sorted, and the years follow one another: the
        # concatenation is sorted too (intervals of two years may touch, never overlap).
        self.starts: Instants = np.array([s for y in years for s in y.starts], dtype=np.int64)
        self.ends: Instants = np.array([e for y in years for e in y.ends], dtype=np.int64)
        lengths = self.ends - self.starts
        self.totals: Instants = np.cumsum(lengths, dtype=np.int64)
        """Open time up to the end of each interval."""
        self.opened: Instants = self.totals - lengths
        """Open time before each interval."""
        # The open time up to an instant in (or after) interval i is the least of
        # instant + opened[i] - starts[i] and totals[i]; an instant before the first interval
        # takes a first entry that gives 0 (instants are never before `first`).
        self._shift = np.concatenate([[-self.first], self.opened - self.starts])
        self._cap = np.concatenate([[0], self.totals])
        self._buckets = _Buckets.of(self.starts, self.first, self.last)
        digest = hashlib.blake2b(self.starts.tobytes(), digest_size=16)
        digest.update(self.ends.tobytes())
        self.key = ("open hours", digest.hexdigest())
        """Two clocks with the same key give the same open times."""

    @property
    def total(self) -> int:
        return int(self.totals[-1]) if len(self.totals) else 0

    def before(self, instants: Instants) -> Instants:
        if len(instants) and (instants.min() < self.first or instants.max() > self.last):
            raise ValueError("an instant outside the years the open hours were laid out for")
        if not len(self.starts):
            return np.zeros(len(instants), dtype=np.int64)
        if self._buckets is not None:
            index = self._buckets.intervals_started(instants)
        else:
            index = np.searchsorted(self.starts, instants, side="right")
        opened: Instants = self._shift[index]
        opened += instants
        np.minimum(opened, self._cap[index], out=opened)
        return opened

    def instant_after(self, open_times: Instants) -> Instants:
        if len(open_times) and (open_times.min() <= 0 or open_times.max() > self.total):
            raise ValueError("open time beyond the years the open hours were laid out for")
        index = np.searchsorted(self.totals, open_times, side="left")
        return self.starts[index] + open_times - self.opened[index]


class _Buckets:
    """How many intervals start at or before each instant (what `np.searchsorted(starts,
    instants, side="right")` gives), found in a table of equal stretches of time instead of
    by a binary search: each stretch is no longer than the shortest gap between two starts,
    so at most one interval starts inside it, and one comparison with that start finishes the
    count. Five times faster for millions of instants than the search, which leaves the
    processor's cache at every step."""

    _MOST = 1 << 22
    """Beyond four million stretches (a calendar whose intervals start minutes apart, over
    decades), the table is not worth its memory: the binary search is used."""

    def __init__(self, first: int, width: int, counted: Instants, following: Instants) -> None:
        self.first = first
        self.width = width
        self.counted = counted
        """Starts at or before the beginning of each stretch."""
        self.following = following
        """The first start after the beginning of each stretch (the largest integer when
        none)."""

    @classmethod
    def of(cls, starts: Instants, first: int, last: int) -> _Buckets | None:
        if len(starts) < 2:
            return None
        width = int(np.diff(starts).min())
        if width <= 0 or (last - first) // width + 2 > cls._MOST:
            return None
        edges = first + np.arange((last - first) // width + 2, dtype=np.int64) * width
        counted = np.searchsorted(starts, edges, side="right")
        following = np.append(starts, np.iinfo(np.int64).max)[counted]
        return cls(first, width, counted, following)

    def intervals_started(self, instants: Instants) -> Instants:
        """Intervals started at or before each instant (instants from `first` to `last`)."""
        stretch = instants - self.first
        stretch //= self.width
        found: Instants = self.counted[stretch]
        found += instants >= self.following[stretch]
        return found


def elapsed(clock: OpenTime, starts: Instants, ends: Instants) -> Instants:
    """Open time between each start and its end (an end before its start counts nothing)."""
    counted: Instants = np.maximum(clock.before(ends) - clock.before(starts), 0)
    return counted
