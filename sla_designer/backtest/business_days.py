"""Targets in business days, read as open time: what '2 business days' allows each ticket.

A period of business days ends where `calc.business_time.due_after_business_days` says (the
N-th day with open hours after the day the clock starts, at the time of day it started or at
close of business). A ticket meets it when the open time its clock ran is at most the open time
between its start and that end, and, when the two are equal, its clock stopped by the end (time
paused or resolved moving the end later by as much open time): so a ticket never paused meets
it exactly when its clock stopped by the end of the period, not after closing that day.

The end depends on each ticket's start only through the day the clock starts, its time of day
and that day's business hours, so for a whole column the calculator is asked once per distinct
local date (`calc.business_time.business_day_after`), not once per ticket: the clock's start is
found among the calendar's open intervals, its local date and time of day from the zone's
offset, which is the same all day on a day without a change of offset. Starts on a day when the
offset changes, and periods ending on one with `same_time`, are computed by the calculator
itself, one by one, as are all starts beyond the years laid out.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import numpy as np
from numpy.typing import NDArray

from sla_designer.backtest.clock import OpenTime
from sla_designer.calc.business_time import (
    CalendarLike,
    business_calendar,
    business_day_after,
    due_after_business_days,
)
from sla_designer.calc.calendar_index import LAST_YEAR, BusinessCalendar, from_instant, to_instant
from sla_designer.model.target_times import BusinessDays

Column = NDArray[np.int64]
Mask = NDArray[np.bool_]
_MICROSECOND = dt.timedelta(microseconds=1)


_DAY = 86_400_000_000


def _one_by_one(prepared: BusinessCalendar, starts: Column, target: BusinessDays) -> Column:
    """Each end computed by the calculator."""
    return np.array(
        [
            to_instant(
                due_after_business_days(
                    prepared, from_instant(int(s), prepared.zone), target.days, target.ends
                )
            )
            for s in starts
        ],
        dtype=np.int64,
    )


def _next_open(prepared: BusinessCalendar, instants: Column) -> tuple[Column, Mask]:
    """When the clock starts for each instant (the instant, or the next opening), and whether
    it was found among the open intervals of the years laid out (to a year after the last)."""
    zone = prepared.zone
    low = from_instant(int(instants.min()), zone).year
    high = min(from_instant(int(instants.max()), zone).year + 1, LAST_YEAR)
    years = [prepared.year(year) for year in range(low, high + 1)]
    opens = np.array([s for y in years for s in y.starts], dtype=np.int64)
    closes = np.array([e for y in years for e in y.ends], dtype=np.int64)
    if not len(opens):
        return instants, np.zeros(len(instants), dtype=bool)
    index = np.searchsorted(opens, instants, side="right") - 1
    inside = (index >= 0) & (instants < closes[np.maximum(index, 0)])
    following = index + 1
    found = inside | (following < len(opens))
    started = np.where(inside, instants, opens[np.minimum(following, len(opens) - 1)])
    return started, found


def _present(values: Column) -> tuple[int, Column]:
    """The least value, and the distinct values (of a column spanning few of them)."""
    least = int(values.min())
    seen = np.flatnonzero(np.bincount(values - least)) + least
    return least, seen


def _steady_offsets(zone: ZoneInfo, instants: Column) -> tuple[Column, Mask]:
    """The zone's offset (microseconds) at each instant, where its UTC day has one offset all
    day (checked at its first and last microsecond); False where it changes that day."""
    days = instants // _DAY
    first, seen = _present(days)
    offsets = np.zeros(int(seen[-1]) - first + 1, dtype=np.int64)
    steady = np.zeros(len(offsets), dtype=bool)
    for day in seen:
        at_start = from_instant(int(day) * _DAY, zone).utcoffset()
        at_end = from_instant((int(day) + 1) * _DAY - 1, zone).utcoffset()
        if at_start is not None and at_start == at_end:
            offsets[day - first] = at_start // _MICROSECOND
            steady[day - first] = True
    return offsets[days - first], steady[days - first]


def period_ends(calendar: CalendarLike, starts: Column, target: BusinessDays) -> Column:
    """For each start (microseconds since the epoch), when the target's period ends."""
    prepared = business_calendar(calendar)
    ends = np.zeros(len(starts), dtype=np.int64)
    if not len(starts):
        return ends
    started, found = _next_open(prepared, starts)
    offset, steady = _steady_offsets(prepared.zone, np.where(found, started, starts))
    local = started + offset
    date, time_of_day = local // _DAY, local % _DAY
    done = found & steady
    if done.any():
        first_date, dates = _present(date[done])
        span = int(dates[-1]) - first_date + 1
        # Per local date the clock starts: its period's last day's hours, and that day's
        # local midnight when the day has one offset all day (-1 otherwise).
        opening = np.zeros(span, dtype=np.int64)
        closing = np.zeros(span, dtype=np.int64)
        midnight = np.full(span, -1, dtype=np.int64)
        epoch = dt.date(1970, 1, 1)
        for number in dates:
            day, (first, last) = business_day_after(
                prepared, epoch + dt.timedelta(days=int(number)), target.days
            )
            place = int(number) - first_date
            opening[place], closing[place] = first, last
            begins = prepared.wall_instant(day, dt.time())
            after = prepared.wall_instant(day + dt.timedelta(days=1), dt.time())
            if after - begins == _DAY and _offset(prepared.zone, begins) == _offset(
                prepared.zone, after - 1
            ):
                midnight[place] = begins
        slot = date - first_date
        if target.ends == "close_of_business":
            ends[done] = closing[slot[done]]
        else:
            done &= midnight[np.where(done, slot, 0)] >= 0
            chosen = slot[done]
            same_time = midnight[chosen] + time_of_day[done]
            ends[done] = np.minimum(np.maximum(same_time, opening[chosen]), closing[chosen])
    if not done.all():
        ends[~done] = _one_by_one(prepared, starts[~done], target)
    return ends


def _offset(zone: ZoneInfo, instant: int) -> dt.timedelta | None:
    return from_instant(instant, zone).utcoffset()


def late_on_a_tie(  # noqa: PLR0917
    clock: OpenTime,
    starts: Column,
    stops: Column,
    ends: Column,
    elapsed: Column,
    allowed: Column,
) -> NDArray[np.bool_]:
    """Which stopped items ran exactly their allowance yet stopped after the end of their period
    (moved later by the open time they did not run): stopped after closing, they are late."""
    late = np.zeros(len(stops), dtype=bool)
    tie = elapsed == allowed
    if not tie.any():
        return late
    idle = clock.before(stops[tie]) - clock.before(starts[tie]) - elapsed[tie]
    moved = np.maximum(clock.before(ends[tie]) + idle, 1)
    deadline = np.where(idle > 0, clock.instant_after(moved), ends[tie])
    late[tie] = stops[tie] > deadline
    return late
