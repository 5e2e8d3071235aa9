"""Measurement windows on the UTC time line: where each window starts, for whole columns.

A month, quarter or year starts at local midnight of its first day in the metric's zone; rolling
windows of N days follow one another from the first day counted. A column of instants is placed
in its window by one binary search.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import numpy as np
from numpy.typing import NDArray

from sla_designer.calc.budget import window_dates
from sla_designer.calc.calendar_index import to_instant
from sla_designer.model.metrics import MeasurementWindow

Column = NDArray[np.int64]


def local_midnight(day: dt.date, zone: ZoneInfo) -> int:
    """The instant local midnight starts a date in `zone` (microseconds since the epoch)."""
    return to_instant(dt.datetime.combine(day, dt.time(), tzinfo=zone))


def window_starts(
    window: MeasurementWindow, zone: ZoneInfo, first: dt.date, last: dt.date
) -> list[dt.date]:
    """The first days of the windows that cover `first` to `last` (inclusive)."""
    if window.kind == "rolling_days":
        step = dt.timedelta(days=window.days or 30)
        days = [first]
        while days[-1] + step <= last:
            days.append(days[-1] + step)
        return days
    day = window_dates(window, first)[0]
    days = []
    while day <= last:
        days.append(day)
        day = window_dates(window, day)[1]
    return days


def place(instants: Column, starts: list[dt.date], zone: ZoneInfo) -> Column:
    """The index of each instant's window among `starts` (-1 before the first)."""
    bounds = np.array([local_midnight(day, zone) for day in starts], dtype=np.int64)
    placed: Column = np.searchsorted(bounds, instants, side="right") - 1
    return placed
