"""Targets in business days, read as open time: what '2 business days' allows each ticket.

A period of business days ends where `calc.business_time.due_after_business_days` says (the
N-th day with open hours after the day the clock starts, at the time of day it started or at
close of business). A ticket meets it when the open time its clock ran is at most the open time
between its start and that end, and, when the two are equal, its clock stopped by the end (time
paused or resolved moving the end later by as much open time): so a ticket never paused meets
it exactly when its clock stopped by the end of the period, not after closing that day.

The end depends on each ticket's start, so it is computed by the calculator itself for every
distinct start (exact by construction; a Python call per distinct start).
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from sla_designer.backtest.clock import OpenTime
from sla_designer.calc.business_time import CalendarLike, business_calendar, due_after_business_days
from sla_designer.calc.calendar_index import from_instant, to_instant
from sla_designer.model.target_times import BusinessDays

Column = NDArray[np.int64]


def period_ends(calendar: CalendarLike, starts: Column, target: BusinessDays) -> Column:
    """For each start (microseconds since the epoch), when the target's period ends."""
    prepared = business_calendar(calendar)
    distinct, where = np.unique(starts, return_inverse=True)
    ends = np.array(
        [
            to_instant(
                due_after_business_days(
                    prepared, from_instant(int(s), prepared.zone), target.days, target.ends
                )
            )
            for s in distinct
        ],
        dtype=np.int64,
    )
    found: Column = ends[where] if len(distinct) else np.zeros(0, dtype=np.int64)
    return found


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
