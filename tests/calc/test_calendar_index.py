"""The compiled calendar: instants, daylight-saving edge cases, yearly expansion."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sla_designer.calc.calendar_index import BusinessCalendar, from_instant, to_instant
from sla_designer.model import Calendar

NEW_YORK = ZoneInfo("America/New_York")
HOUR = 3_600_000_000


def compiled(**fields: object) -> BusinessCalendar:
    return BusinessCalendar(Calendar.model_validate({"id": "c", "name": "C", **fields}))


@given(
    st.datetimes(
        min_value=dt.datetime(1900, 1, 1),
        max_value=dt.datetime(2200, 1, 1),
        timezones=st.sampled_from([dt.UTC, NEW_YORK, ZoneInfo("Asia/Kolkata")]),
        allow_imaginary=False,
    )
)
def test_instants_round_trip_exactly(moment: dt.datetime) -> None:
    back = from_instant(to_instant(moment), moment.tzinfo or dt.UTC)
    assert back == moment
    assert back.microsecond == moment.microsecond


def test_naive_datetime_is_refused() -> None:
    with pytest.raises(ValueError, match="no time zone"):
        to_instant(dt.datetime(2026, 1, 1))


def test_repeated_wall_time_opens_first_and_closes_last() -> None:
    # 1 November 2026, New York: 01:00-02:00 happens twice (EDT, then EST).
    calendar = compiled(
        timezone="America/New_York", hours=[{"days": ["sun"], "start": "01:00", "end": "01:30"}]
    )
    day = to_instant(dt.datetime(2026, 11, 1, tzinfo=NEW_YORK))
    # From 01:00 EDT to 01:30 EST: an hour and a half of real time.
    assert calendar.open_between(day, day + 24 * HOUR) == 3 * HOUR // 2


def test_holiday_closes_the_part_of_a_night_shift_on_that_date() -> None:
    calendar = compiled(
        hours=[{"days": ["thu"], "start": "22:00", "end": "06:00"}],
        closed_dates=[{"date": "2026-12-25"}],  # a Friday
    )
    thursday = to_instant(dt.datetime(2026, 12, 24, tzinfo=dt.UTC))
    assert calendar.open_between(thursday, thursday + 48 * HOUR) == 2 * HOUR
    assert calendar.is_closed_date(dt.date(2026, 12, 25))
    assert not calendar.is_closed_date(dt.date(2026, 12, 24))


def test_years_are_built_once_and_reused() -> None:
    calendar = compiled(preset="24x7")
    first = calendar.year(2030)
    assert calendar.year(2030) is first
    assert first.total == 365 * 24 * HOUR
    assert calendar.year_at(first.start) is first
    assert calendar.year_at(first.end) is calendar.year(2031)


def _mondays(*years: int) -> list[dict[str, str]]:
    day = dt.date(years[0], 1, 1)
    found = []
    while day.year <= years[-1]:
        if day.weekday() == 0:
            found.append({"date": day.isoformat()})
        day += dt.timedelta(days=1)
    return found


def test_advance_skips_a_year_without_open_time() -> None:
    monday_hour = [{"days": ["mon"], "start": "09:00", "end": "10:00"}]
    calendar = compiled(hours=monday_hour, closed_dates=_mondays(2027))
    after_last_2026 = to_instant(dt.datetime(2026, 12, 28, 10, tzinfo=dt.UTC))
    assert calendar.year(2027).total == 0
    due = from_instant(calendar.advance(after_last_2026, HOUR // 2), dt.UTC)
    assert due == dt.datetime(2028, 1, 3, 9, 30, tzinfo=dt.UTC)


def test_advance_gives_up_on_a_calendar_that_never_opens_again() -> None:
    monday_hour = [{"days": ["mon"], "start": "09:00", "end": "10:00"}]
    closed = compiled(hours=monday_hour, closed_dates=_mondays(2027, 2029))
    start = to_instant(dt.datetime(2026, 12, 28, 10, tzinfo=dt.UTC))
    with pytest.raises(ValueError, match="closed on every open day"):
        closed.advance(start, HOUR)
    with pytest.raises(ValueError, match="no open hours"):
        compiled().advance(start, HOUR)


@pytest.mark.parametrize(
    "moment",
    [
        dt.datetime(9999, 12, 31, 16, tzinfo=dt.UTC),  # its year's hours end past year 9999
        dt.datetime(1, 1, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=5))),
        dt.datetime(1899, 12, 31, 23, 59, tzinfo=dt.UTC),
        dt.datetime(2201, 1, 1, tzinfo=dt.UTC),
    ],
)
def test_times_outside_the_covered_years_are_refused(moment: dt.datetime) -> None:
    with pytest.raises(ValueError, match="outside the years 1900 to 2200"):
        to_instant(moment)


def test_the_covered_years_are_taken_to_their_edges() -> None:
    first = dt.datetime(1900, 1, 1, tzinfo=ZoneInfo("Asia/Kolkata"))
    last = dt.datetime(2200, 12, 31, 23, 59, tzinfo=dt.UTC)
    assert from_instant(to_instant(first), first.tzinfo or dt.UTC) == first
    assert from_instant(to_instant(last), dt.UTC) == last
