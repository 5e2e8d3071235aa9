"""The ends of periods of business days for whole columns of starts are, to the microsecond,
what the calculator gives for each start alone: across lunch breaks, holidays, nights that
cross midnight, clock changes (also at midnight) and the turn of the year."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np
import pytest

from sla_designer.backtest.business_days import period_ends
from sla_designer.calc.business_time import due_after_business_days
from sla_designer.calc.calendar_index import from_instant, to_instant
from sla_designer.model import BusinessDays, Calendar

WEEK = ["mon", "tue", "wed", "thu", "fri"]
CALENDARS: dict[str, dict[str, Any]] = {
    # Lunch break, Brazil's and Minas Gerais's holidays.
    "belo-horizonte": {
        "timezone": "America/Sao_Paulo",
        "hours": [
            {"days": WEEK, "start": "08:00", "end": "12:00"},
            {"days": WEEK, "start": "13:00", "end": "18:00"},
        ],
        "holidays": [{"country": "BR", "subdivision": "MG"}],
    },
    # Clocks change at 02:00; a short Friday; a closed date.
    "amsterdam": {
        "timezone": "Europe/Amsterdam",
        "hours": [
            {"days": ["mon", "tue", "wed", "thu"], "start": "08:30", "end": "17:30"},
            {"days": ["fri"], "start": "08:30", "end": "12:00"},
        ],
        "holidays": [{"country": "NL"}],
        "closed_dates": [{"date": "2025-12-31", "name": "New Year's Eve"}],
    },
    # Nights across midnight, in a zone whose clocks change at midnight.
    "santiago-nights": {
        "timezone": "America/Santiago",
        "hours": [{"days": WEEK, "start": "22:00", "end": "06:00"}],
    },
    # Open around the clock in New York (clocks change at 02:00).
    "new-york-24x7": {"timezone": "America/New_York", "preset": "24x7"},
}


def _calendar(name: str) -> Calendar:
    return Calendar.model_validate({"id": name, "name": name, **CALENDARS[name]})


def _starts(zone: ZoneInfo) -> np.ndarray:
    """Instants over 2025 and into 2026: random ones, and every quarter of an hour around each
    change of offset, around midnight and at the turn of the year."""
    rng = np.random.default_rng(7)
    first = to_instant(dt.datetime(2025, 1, 1, tzinfo=dt.UTC))
    last = to_instant(dt.datetime(2026, 1, 3, tzinfo=dt.UTC))
    random = rng.integers(first, last, 1500, dtype=np.int64)
    minute = rng.integers(first // 60_000_000, last // 60_000_000, 1500) * 60_000_000
    hour = 3_600_000_000
    quarter = hour // 4
    around = []
    offset = from_instant(first, zone).utcoffset()
    for step in range((last - first) // hour):
        instant = first + step * hour
        now = from_instant(instant, zone).utcoffset()
        if now != offset:
            # Three days either side of the change.
            around += [instant + k * quarter for k in range(-4 * 72, 4 * 72)]
            offset = now
    turn = to_instant(dt.datetime(2025, 12, 31, 12, tzinfo=dt.UTC))
    around += [turn + k * quarter for k in range(0, 4 * 48)]
    return np.concatenate([random, minute, np.array(around, dtype=np.int64)])


@pytest.mark.parametrize("ends", ["same_time", "close_of_business"])
@pytest.mark.parametrize("days", [1, 3])
@pytest.mark.parametrize("name", list(CALENDARS))
def test_period_ends_are_the_calculator_s(name: str, days: int, ends: str) -> None:
    calendar = _calendar(name)
    target = BusinessDays(days=days, ends=ends)  # type: ignore[arg-type]
    zone = ZoneInfo(calendar.timezone)
    starts = _starts(zone)
    found = period_ends(calendar, starts, target)
    expected = [
        to_instant(due_after_business_days(calendar, from_instant(int(s), zone), days, ends))  # type: ignore[arg-type]
        for s in starts
    ]
    wrong = np.flatnonzero(found != np.array(expected, dtype=np.int64))
    assert not len(wrong), [
        (from_instant(int(starts[i]), zone), from_instant(int(found[i]), zone)) for i in wrong[:3]
    ]
