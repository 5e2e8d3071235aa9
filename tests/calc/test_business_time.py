"""Business time: due times and elapsed open time on coverage calendars."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sla_designer.calc.business_time import (
    business_calendar,
    business_elapsed,
    calendar_due_at,
    due_at,
    due_for,
    elapsed_for,
    is_open,
    next_open,
)
from sla_designer.model import Calendar, ClockDuration

SAO_PAULO = ZoneInfo("America/Sao_Paulo")
NEW_YORK = ZoneInfo("America/New_York")
H = dt.timedelta(hours=1)
WORKDAYS = ["mon", "tue", "wed", "thu", "fri"]


def make(**fields: Any) -> Calendar:
    return Calendar.model_validate({"id": "cal", "name": "Calendar", **fields})


OFFICE = make(
    timezone="America/Sao_Paulo",
    hours=[
        {"days": WORKDAYS, "start": "08:00", "end": "12:00"},
        {"days": WORKDAYS, "start": "13:00", "end": "18:00"},
    ],
    holidays=[{"country": "BR", "subdivision": "SP"}],
    closed_dates=[{"date": "2026-12-24", "name": "Christmas Eve"}],
)
NIGHTS = make(
    timezone="America/New_York",
    hours=[{"days": ["sat", "sun"], "start": "22:00", "end": "06:00"}],
)


def sp(year: int, month: int, day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=SAO_PAULO)


def test_lunch_break_and_next_day() -> None:
    # Thursday 16:00 + 3 business hours: 2 h on Thursday, then Friday 08:00-09:00.
    assert due_at(OFFICE, sp(2026, 3, 26, 16), 3 * H) == sp(2026, 3, 27, 9)
    # 5 h from 10:00 skips the lunch hour: 10-12, 13-16.
    assert due_at(OFFICE, sp(2026, 3, 26, 10), 5 * H) == sp(2026, 3, 26, 16)


def test_due_at_end_of_interval_is_the_closing_time() -> None:
    assert due_at(OFFICE, sp(2026, 3, 26, 8), 9 * H) == sp(2026, 3, 26, 18)


def test_holiday_of_the_subdivision_is_closed() -> None:
    # 9 July is a São Paulo state holiday (Revolução Constitucionalista), a Thursday in 2026.
    assert not is_open(OFFICE, sp(2026, 7, 9, 10))
    assert due_at(OFFICE, sp(2026, 7, 8, 17), 2 * H) == sp(2026, 7, 10, 9)
    # Good Friday (national) and the weekend: Thursday 2 April 17:00 + 2 h is Monday 09:00.
    assert due_at(OFFICE, sp(2026, 4, 2, 17), 2 * H) == sp(2026, 4, 6, 9)


def test_holiday_not_in_other_subdivision() -> None:
    rio = make(
        timezone="America/Sao_Paulo",
        hours=[{"days": WORKDAYS, "start": "08:00", "end": "18:00"}],
        holidays=[{"country": "BR", "subdivision": "RJ"}],
    )
    assert is_open(rio, sp(2026, 7, 9, 10))


def test_closed_date() -> None:
    assert not is_open(OFFICE, sp(2026, 12, 24, 10))
    assert due_at(OFFICE, sp(2026, 12, 23, 17), 2 * H) == sp(2026, 12, 28, 9)


def test_opened_while_closed_starts_at_opening() -> None:
    assert due_at(OFFICE, sp(2026, 3, 28, 11), H) == sp(2026, 3, 30, 9)
    assert next_open(OFFICE, sp(2026, 3, 26, 12, 30)) == sp(2026, 3, 26, 13)
    assert next_open(OFFICE, sp(2026, 3, 26, 9)) == sp(2026, 3, 26, 9)


def test_interval_crossing_midnight_across_spring_forward() -> None:
    # New York jumps 02:00 -> 03:00 on Sunday 8 March 2026: that night has 7 real hours.
    start = dt.datetime(2026, 3, 7, 21, tzinfo=NEW_YORK)
    assert business_elapsed(NIGHTS, start, start + dt.timedelta(days=2)) == 15 * H
    assert due_at(NIGHTS, start, 3 * H) == dt.datetime(2026, 3, 8, 1, tzinfo=NEW_YORK)
    assert due_at(NIGHTS, start, 4 * H) == dt.datetime(2026, 3, 8, 3, tzinfo=NEW_YORK)


def test_interval_crossing_midnight_across_fall_back() -> None:
    start = dt.datetime(2026, 10, 31, 21, tzinfo=NEW_YORK)
    assert business_elapsed(NIGHTS, start, start + dt.timedelta(days=2)) == 17 * H


def test_wall_time_in_the_gap_opens_at_the_jump() -> None:
    cal = make(
        timezone="America/New_York", hours=[{"days": ["sun"], "start": "02:30", "end": "04:00"}]
    )
    sunday = dt.datetime(2026, 3, 8, 0, tzinfo=NEW_YORK)
    # 02:30 does not exist that day; the interval runs from the jump (03:00 EDT) to 04:00.
    assert business_elapsed(cal, sunday, sunday + dt.timedelta(days=1)) == H
    assert next_open(cal, sunday) == dt.datetime(2026, 3, 8, 3, tzinfo=NEW_YORK)


def test_presets_and_24_00_end() -> None:
    always = make(preset="24x7", timezone="Europe/London")
    start = dt.datetime(2026, 3, 28, 12, tzinfo=ZoneInfo("Europe/London"))
    # 24x7 counts real time: the night of 29 March is an hour shorter on the wall clock.
    assert due_at(always, start, 24 * H) == dt.datetime(
        2026, 3, 29, 13, tzinfo=ZoneInfo("Europe/London")
    )
    weekdays = make(preset="24x5", timezone="UTC")
    friday = dt.datetime(2026, 3, 27, 20, tzinfo=dt.UTC)
    assert due_at(weekdays, friday, 6 * H) == dt.datetime(2026, 3, 30, 2, tzinfo=dt.UTC)
    until_midnight = make(hours=[{"days": ["mon"], "start": "20:00", "end": "24:00"}])
    monday = dt.datetime(2026, 3, 30, 0, tzinfo=dt.UTC)
    assert business_elapsed(until_midnight, monday, monday + 7 * 24 * H) == 4 * H


def test_crossing_the_year_end() -> None:
    start = sp(2026, 12, 30, 17)
    due = due_at(OFFICE, start, 10 * H)
    # 30 Dec 17-18, 31 Dec 9 h (a Thursday; no holiday in the list), 1 Jan closed, 2 Jan Saturday.
    assert due == sp(2026, 12, 31, 18)
    assert due_at(OFFICE, start, 11 * H) == sp(2027, 1, 4, 9)
    assert business_elapsed(OFFICE, start, sp(2027, 1, 4, 9)) == 11 * H


def test_clock_duration_helpers() -> None:
    opened = dt.datetime(2026, 3, 7, 22, tzinfo=NEW_YORK)
    calendar_clock = ClockDuration.parse("8h calendar")
    # Eight real hours across the jump: 22:00 EST + 8 h = 07:00 EDT.
    assert due_for(calendar_clock, opened, NIGHTS) == dt.datetime(2026, 3, 8, 7, tzinfo=NEW_YORK)
    assert calendar_due_at(opened, 8 * H) == dt.datetime(2026, 3, 8, 7, tzinfo=NEW_YORK)
    business_clock = ClockDuration.parse("3h business")
    assert due_for(business_clock, opened, NIGHTS) == dt.datetime(2026, 3, 8, 1, tzinfo=NEW_YORK)
    with pytest.raises(ValueError, match="no calendar"):
        due_for(business_clock, opened, None)
    end = dt.datetime(2026, 3, 8, 7, tzinfo=NEW_YORK)
    assert elapsed_for("calendar", opened, end, None) == 8 * H
    assert elapsed_for("business", opened, end, NIGHTS) == 7 * H


def test_errors() -> None:
    with pytest.raises(ValueError, match="no time zone"):
        due_at(OFFICE, dt.datetime(2026, 3, 26, 9), H)
    with pytest.raises(ValueError, match="before"):
        business_elapsed(OFFICE, sp(2026, 3, 26, 9), sp(2026, 3, 25, 9))
    with pytest.raises(ValueError, match="no open hours"):
        due_at(make(), sp(2026, 3, 26, 9), H)
    with pytest.raises(ValueError, match="BR/XX"):
        business_calendar(make(holidays=[{"country": "BR", "subdivision": "XX"}]))


def test_edited_calendar_is_recompiled() -> None:
    cal = make(hours=[{"days": ["mon"], "start": "09:00", "end": "10:00"}])
    monday = dt.datetime(2026, 3, 30, 9, tzinfo=dt.UTC)
    assert due_at(cal, monday, H) == monday + H
    cal.hours[0].end = cal.hours[0].end.parse("11:00")
    assert business_elapsed(cal, monday, monday + 3 * H) == 2 * H


# --- properties -----------------------------------------------------------------------------

CALENDARS = [OFFICE, NIGHTS, make(preset="24x5", timezone="Europe/Berlin")]
moments = st.datetimes(
    min_value=dt.datetime(2025, 1, 1),
    max_value=dt.datetime(2028, 12, 31),
    timezones=st.just(dt.UTC),
)
durations = st.integers(min_value=1, max_value=400 * 3600).map(lambda s: dt.timedelta(seconds=s))


@settings(max_examples=300, deadline=None)
@given(index=st.sampled_from(range(len(CALENDARS))), opened=moments, duration=durations)
def test_elapsed_until_due_is_the_duration(
    index: int, opened: dt.datetime, duration: dt.timedelta
) -> None:
    calendar = CALENDARS[index]
    due = due_at(calendar, opened, duration)
    assert business_elapsed(calendar, opened, due) == duration


@settings(max_examples=300, deadline=None)
@given(index=st.sampled_from(range(len(CALENDARS))), opened=moments, duration=durations)
def test_due_time_is_never_in_closed_time(
    index: int, opened: dt.datetime, duration: dt.timedelta
) -> None:
    calendar = CALENDARS[index]
    due = due_at(calendar, opened, duration)
    # The due moment closes an instant of open time: just before it the calendar was open.
    assert is_open(calendar, due - dt.timedelta(microseconds=1))
    assert due >= opened


@settings(max_examples=200, deadline=None)
@given(start=moments, a=durations, b=durations)
def test_elapsed_is_additive(start: dt.datetime, a: dt.timedelta, b: dt.timedelta) -> None:
    middle, end = start + a, start + a + b
    whole = business_elapsed(OFFICE, start, end)
    assert whole == business_elapsed(OFFICE, start, middle) + business_elapsed(OFFICE, middle, end)
    assert whole <= b + a
