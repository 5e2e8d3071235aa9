"""Open time for whole columns equals `business_elapsed` and `due_at`, to the microsecond."""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sla_designer.backtest.clock import AroundTheClock, OpenHours, elapsed
from sla_designer.calc.business_time import business_calendar, business_elapsed, due_at
from sla_designer.calc.calendar_index import from_instant, to_instant
from sla_designer.model import Calendar

UTC = dt.UTC
FIRST = to_instant(dt.datetime(2018, 1, 1, tzinfo=UTC))
LAST = to_instant(dt.datetime(2027, 12, 31, tzinfo=UTC))
DAY = 86_400_000_000
ZONES = [
    "America/Sao_Paulo",  # daylight saving until 2019, at midnight
    "America/New_York",
    "Europe/London",
    "Australia/Lord_Howe",  # a half-hour change
    "Asia/Kathmandu",
    "UTC",
]
WORKDAYS = ["mon", "tue", "wed", "thu", "fri"]


def calendar(**fields: Any) -> Calendar:
    return Calendar.model_validate({"id": "office", "name": "Office", **fields})


@st.composite
def calendars(draw: st.DrawFn) -> Calendar:
    """Office hours with a lunch break (or a night shift across midnight, or a preset), public
    holidays, closed dates, in zones with daylight-saving changes."""
    morning = draw(st.integers(0, 11)) * 60 + draw(st.sampled_from([0, 30]))
    lunch = morning + draw(st.integers(60, 300))
    back = lunch + draw(st.integers(0, 90))
    evening = min(back + draw(st.integers(30, 480)), 1440)
    hours: list[dict[str, Any]] = [
        {"days": WORKDAYS, "start": f"{morning // 60:02}:{morning % 60:02}", "end": _hm(lunch)},
        {"days": WORKDAYS, "start": _hm(back), "end": _hm(evening)},
    ]
    if draw(st.booleans()):
        hours.append({"days": ["sat", "sun"], "start": "22:00", "end": "02:30"})
    choice = draw(st.sampled_from(["hours", "hours", "24x7", "24x5"]))
    holidays = draw(
        st.lists(
            st.sampled_from([("BR", "SP"), ("US", "NY"), ("GB", "ENG"), ("BR", None)]),
            max_size=2,
            unique=True,
        )
    )
    closed = draw(st.lists(st.dates(dt.date(2018, 1, 1), dt.date(2027, 12, 31)), max_size=6))
    return calendar(
        timezone=draw(st.sampled_from(ZONES)),
        preset=None if choice == "hours" else choice,
        hours=hours if choice == "hours" else [],
        holidays=[{"country": c, "subdivision": s} for c, s in holidays],
        closed_dates=[{"date": d.isoformat()} for d in closed],
    )


def _hm(minutes: int) -> str:
    return f"{minutes // 60:02}:{minutes % 60:02}"


def tickets(size: int) -> st.SearchStrategy[tuple[list[int], list[int]]]:
    """Opening instants (whole seconds, as ticket files write them) and durations up to 40
    days, many of them short."""
    opened = st.integers(FIRST // 1_000_000, (LAST - 45 * DAY) // 1_000_000).map(
        lambda s: s * 1_000_000
    )
    lasted = st.one_of(st.integers(0, 3 * 3600), st.integers(0, 40 * 86_400)).map(
        lambda s: s * 1_000_000
    )
    return st.lists(st.tuples(opened, lasted), min_size=1, max_size=size).map(
        lambda pairs: ([a for a, _ in pairs], [a + b for a, b in pairs])
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(calendars(), tickets(25))
def test_columns_equal_business_elapsed(
    office: Calendar, times: tuple[list[int], list[int]]
) -> None:
    starts, ends = (np.array(column, dtype=np.int64) for column in times)
    hours = OpenHours(office, int(starts.min()), int(ends.max()))
    got = elapsed(hours, starts, ends)
    zone = business_calendar(office).zone
    for start, end, counted in zip(starts, ends, got, strict=True):
        expected = business_elapsed(
            office, from_instant(int(start), zone), from_instant(int(end), zone)
        )
        assert dt.timedelta(microseconds=int(counted)) == expected


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(calendars(), tickets(15), st.integers(1, 60 * 3600))
def test_instant_after_equals_due_at(
    office: Calendar, times: tuple[list[int], list[int]], seconds: int
) -> None:
    starts = np.array(times[0], dtype=np.int64)
    wanted = seconds * 1_000_000
    prepared = business_calendar(office)
    if prepared.minutes_per_week == 0:
        return
    hours = OpenHours(office, int(starts.min()), int(starts.max()) + 400 * DAY)
    due = hours.instant_after(hours.before(starts) + wanted)
    for start, found in zip(starts, due, strict=True):
        expected = due_at(
            office, from_instant(int(start), prepared.zone), dt.timedelta(seconds=seconds)
        )
        assert int(found) == to_instant(expected)


SAO_PAULO_OFFICE = calendar(
    timezone="America/Sao_Paulo",
    hours=[
        {"days": WORKDAYS, "start": "08:00", "end": "12:00"},
        {"days": WORKDAYS, "start": "13:00", "end": "18:00"},
    ],
    holidays=[{"country": "BR", "subdivision": "SP"}],
    closed_dates=[{"date": "2026-12-24"}],
)


def sp(*parts: int) -> int:
    return to_instant(dt.datetime(*parts, tzinfo=business_calendar(SAO_PAULO_OFFICE).zone))


def test_lunch_holiday_and_closed_date_by_hand() -> None:
    hours = OpenHours(SAO_PAULO_OFFICE, sp(2026, 1, 1), sp(2026, 12, 31))
    starts = np.array([sp(2026, 3, 26, 11), sp(2026, 4, 20, 17), sp(2026, 12, 23, 17)])
    ends = np.array([sp(2026, 3, 26, 14), sp(2026, 4, 22, 9), sp(2026, 12, 28, 9)])
    hour = 3600 * 1_000_000
    # 11-12 and 13-14; Tiradentes (21 April) closed; 24 December closed, 25 a holiday.
    assert list(elapsed(hours, starts, ends)) == [2 * hour, 2 * hour, 2 * hour]


def test_an_end_before_the_start_counts_nothing_and_outside_years_refused() -> None:
    hours = OpenHours(SAO_PAULO_OFFICE, sp(2026, 1, 1), sp(2026, 12, 31))
    assert list(
        elapsed(hours, np.array([sp(2026, 3, 26, 14)]), np.array([sp(2026, 3, 26, 9)]))
    ) == [0]
    try:
        hours.before(np.array([sp(2030, 1, 2)]))
    except ValueError:
        pass
    else:
        raise AssertionError("an instant outside the years laid out was accepted")


def test_around_the_clock_counts_real_time_across_daylight_saving() -> None:
    clock = AroundTheClock(0)
    new_york = business_calendar(calendar(timezone="America/New_York", preset="24x7")).zone
    start = to_instant(dt.datetime(2026, 3, 7, 12, tzinfo=new_york))
    end = to_instant(dt.datetime(2026, 3, 8, 12, tzinfo=new_york))
    assert list(elapsed(clock, np.array([start]), np.array([end]))) == [23 * 3600 * 1_000_000]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.integers(0, 10**9), min_size=2, max_size=60, unique=True),
    st.lists(st.integers(0, 10**9), min_size=1, max_size=200),
)
def test_buckets_count_the_starts_as_the_binary_search_does(
    starts: list[int], instants: list[int]
) -> None:
    """The table of stretches gives, for every instant (the starts themselves included), how
    many intervals start at or before it, as np.searchsorted does."""
    from sla_designer.backtest.clock import _Buckets

    ordered = np.array(sorted(starts), dtype=np.int64)
    first, last = 0, 10**9
    probes = np.array([*instants, *ordered, *(ordered - 1)[ordered > 0], first, last])
    buckets = _Buckets.of(ordered, first, last)
    wanted = np.searchsorted(ordered, probes, side="right")
    if buckets is None:  # starts too close for a table of this span: the search is used
        assert (last - first) // int(np.diff(ordered).min()) + 2 > _Buckets._MOST
        return
    assert buckets.intervals_started(probes).tolist() == wanted.tolist()
