"""Downtime budgets over calendar windows and within a calendar's hours."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sla_designer.calc.budget import (
    allowed_downtime,
    allowed_seconds,
    downtime_budget,
    nominal_lengths,
    window_dates,
)
from sla_designer.model import AvailabilityMetric, Calendar, MeasurementWindow

D = Decimal
DAY = dt.timedelta(days=1)


def metric(**fields: Any) -> AvailabilityMetric:
    return AvailabilityMetric.model_validate({"id": "uptime", "name": "Uptime", **fields})


@pytest.mark.parametrize(
    ("period", "days", "seconds"),
    [
        (dt.date(2026, 2, 14), 28, "2419.2"),  # 40 min 19.2 s
        (dt.date(2028, 2, 14), 29, "2505.6"),
        (dt.date(2026, 4, 14), 30, "2592"),  # 43 min 12 s
        (dt.date(2026, 12, 14), 31, "2678.4"),  # 44 min 38.4 s
    ],
)
def test_month_of_each_length(period: dt.date, days: int, seconds: str) -> None:
    budget = downtime_budget(metric(objective="99.9"), period)
    assert budget.measured == days * DAY
    assert budget.allowed == dt.timedelta(seconds=float(seconds))
    assert allowed_seconds(D("99.9"), budget.measured) == D(seconds)


def test_quarter_year_and_rolling_windows() -> None:
    quarter = metric(objective="99.95", window={"kind": "quarter"})
    assert downtime_budget(quarter, dt.date(2026, 11, 30)).measured == 92 * DAY
    assert downtime_budget(quarter, dt.date(2026, 2, 1)).measured == 90 * DAY
    assert downtime_budget(quarter, dt.date(2026, 2, 1)).allowed == dt.timedelta(seconds=3888)
    year = metric(objective="99.99", window={"kind": "year"})
    assert downtime_budget(year, dt.date(2028, 6, 1)).measured == 366 * DAY
    rolling = metric(objective="99", window={"kind": "rolling_days", "days": 7})
    budget = downtime_budget(rolling, dt.date(2026, 3, 10))
    assert budget.start.date() == dt.date(2026, 3, 4)
    assert budget.allowed == dt.timedelta(hours=1, minutes=40, seconds=48)


def test_window_dates_and_nominal_lengths() -> None:
    assert window_dates(MeasurementWindow(kind="month"), dt.date(2026, 12, 31)) == (
        dt.date(2026, 12, 1),
        dt.date(2027, 1, 1),
    )
    assert window_dates(MeasurementWindow(kind="quarter"), dt.date(2026, 12, 31)) == (
        dt.date(2026, 10, 1),
        dt.date(2027, 1, 1),
    )
    assert nominal_lengths(MeasurementWindow(kind="month")) == (28, 29, 30, 31)
    assert nominal_lengths(MeasurementWindow(kind="rolling_days", days=90)) == (90,)


def test_daylight_saving_month_is_an_hour_shorter() -> None:
    london = Calendar.model_validate(
        {"id": "lon", "name": "London", "timezone": "Europe/London", "preset": "24x7"}
    )
    budget = downtime_budget(metric(objective="99.9"), dt.date(2026, 3, 1), london)
    assert budget.measured == 31 * DAY - dt.timedelta(hours=1)
    assert budget.allowed == dt.timedelta(seconds=2674, microseconds=800000)


def test_measured_within_calendar_hours() -> None:
    office = Calendar.model_validate(
        {
            "id": "office",
            "name": "Office",
            "hours": [
                {"days": ["mon", "tue", "wed", "thu", "fri"], "start": "08:00", "end": "18:00"}
            ],
            "holidays": [{"country": "BR"}],
        }
    )
    within = metric(objective="99.5", measured_within_calendar=True, calendar="office")
    # April 2026 has 22 weekdays; Good Friday (3 April) and Tiradentes (21 April) are holidays.
    budget = downtime_budget(within, dt.date(2026, 4, 1), office)
    assert budget.within_calendar
    assert budget.measured == dt.timedelta(hours=200)
    assert budget.allowed == dt.timedelta(hours=1)
    with pytest.raises(ValueError, match="has none"):
        downtime_budget(within, dt.date(2026, 4, 1))


def test_invalid_objective() -> None:
    with pytest.raises(ValueError, match="0 % to 100 %"):
        allowed_downtime(D("100.1"), DAY)


@settings(max_examples=200, deadline=None)
@given(
    objective=st.decimals(min_value=0, max_value=100, places=4),
    days=st.integers(min_value=1, max_value=366),
)
def test_downtime_equal_to_budget_meets_objective(objective: Decimal, days: int) -> None:
    length = days * DAY
    allowed = allowed_downtime(objective, length)
    micro = dt.timedelta(microseconds=1)
    total = D(length // micro)
    achieved = (total - D(allowed // micro)) / total * 100
    assert achieved >= objective
    one_more = (total - D(allowed // micro) - 1) / total * 100
    assert one_more < objective or allowed == length
