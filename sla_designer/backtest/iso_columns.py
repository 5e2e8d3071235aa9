"""Whole columns of instants and durations written as text, for the back-test's CSV of every
ticket: what `from_instant(i, zone).isoformat()` and `.date().isoformat()` write, value by
value, without a Python datetime for each of millions of rows.

A zone's offset only changes at its transitions, never twice within an hour: the offset at the
start and at the end of each hour a column touches is looked up once (and kept: the columns of a
back-test share their hours); an hour whose two ends agree has that offset throughout, and only
the rare hour that holds a change has its values looked up one by one. The local times are
written by numpy (`datetime_as_string`), to the second, or to the microsecond where a value has
a fraction of a second, as `isoformat` does.
"""

from __future__ import annotations

import datetime as dt
import functools

import numpy as np
from numpy.typing import NDArray

from sla_designer.calc.calendar_index import from_instant

Column = NDArray[np.int64]
_HOUR = 3_600_000_000
_SECOND = 1_000_000


def offsets(instants: Column, zone: dt.tzinfo) -> Column:
    """The zone's offset from UTC at each instant (microseconds since the epoch), in
    microseconds."""
    if not len(instants):
        return np.zeros(0, dtype=np.int64)
    hours, position = np.unique(instants // _HOUR, return_inverse=True)
    ends = np.array([_hour_offsets(int(h), zone) for h in hours], dtype=np.int64).reshape(-1, 2)
    found: Column = ends[position, 0]
    changing = np.flatnonzero(ends[:, 0] != ends[:, 1])
    if len(changing):
        rows = np.flatnonzero(np.isin(position, changing))
        found[rows] = [_offset(int(i), zone) for i in instants[rows]]
    return found


@functools.lru_cache(maxsize=65_536)
def _hour_offsets(hour: int, zone: dt.tzinfo) -> tuple[int, int]:
    """The zone's offset at the start and at the end of an hour (hours since the epoch)."""
    start = hour * _HOUR
    return _offset(start, zone), _offset(start + _HOUR - 1, zone)


def _offset(instant: int, zone: dt.tzinfo) -> int:
    offset = from_instant(instant, zone).utcoffset()
    return 0 if offset is None else offset // dt.timedelta(microseconds=1)


def iso_datetimes(instants: Column, zone: dt.tzinfo) -> list[str]:
    """`from_instant(i, zone).isoformat()` of each instant."""
    if not len(instants):
        return []
    shift = offsets(instants, zone)
    local = (instants + shift).astype("datetime64[us]")
    text = np.datetime_as_string(local, unit="s").astype(object)
    fraction = np.flatnonzero(instants % _SECOND)
    if len(fraction):  # isoformat shows microseconds only where there are some
        text[fraction] = np.datetime_as_string(local[fraction], unit="us")
    kinds, which = np.unique(shift, return_inverse=True)
    suffixes = np.array([_suffix(int(k)) for k in kinds], dtype=object)
    written: list[str] = (text + suffixes[which]).tolist()
    return written


def _suffix(offset: int) -> str:
    """The offset as isoformat writes it after the time ('+00:00', '-03:00', '+05:45')."""
    zone = dt.timezone(dt.timedelta(microseconds=offset))
    return dt.datetime(2000, 1, 1, tzinfo=zone).isoformat()[19:]


def iso_dates(instants: Column, zone: dt.tzinfo) -> list[str]:
    """`from_instant(i, zone).date().isoformat()` of each instant."""
    if not len(instants):
        return []
    local = (instants + offsets(instants, zone)).astype("datetime64[us]")
    written: list[str] = np.datetime_as_string(local.astype("datetime64[D]"), unit="D").tolist()
    return written


def seconds_text(micros: Column) -> list[str]:
    """Durations in microseconds as seconds: '90', or '90.5' with the fraction's zeros
    dropped."""
    whole, rest = np.divmod(micros, _SECOND)
    text: list[str] = [str(value) for value in whole.tolist()]
    for index in np.flatnonzero(rest).tolist():
        text[index] = f"{int(whole[index])}.{int(rest[index]):06d}".rstrip("0")
    return text
