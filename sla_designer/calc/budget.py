"""Downtime budgets: how much downtime an availability objective allows over its window.

"99.9 % a month" allows 40 min 19.2 s in February of a common year and 44 min 38.4 s in a
31-day month. The budget is exact: the objective and the window are exact, and the result is
the most downtime that still meets the objective, to the microsecond (the resolution outages are
measured in). "At least 99.9 %" allows the limit itself, rounded down; "more than 99.9 %" allows
only less than the limit, so its budget is the largest whole microsecond strictly below it, and
the product writes it as "less than" the limit (the same thing at that resolution: "less than
40m19.2s").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import NamedTuple
from zoneinfo import ZoneInfo

from sla_designer.calc.business_time import CalendarLike, business_calendar, business_elapsed
from sla_designer.calc.calendar_index import to_instant
from sla_designer.model.comparisons import Comparison, is_strict
from sla_designer.model.metrics import AvailabilityMetric, MeasurementWindow
from sla_designer.text import texts
from sla_designer.text.values import Problem

HUNDRED = Decimal(100)
_MICROSECONDS = Decimal(1_000_000)
_MICROSECOND = dt.timedelta(microseconds=1)


class Allowance(NamedTuple):
    """The downtime an objective allows: at most `allowed`, which for a strict comparison
    ("more than") is the last microsecond below `limit`."""

    allowed: dt.timedelta
    strict: bool

    @property
    def limit(self) -> dt.timedelta:
        """What is said: "less than" this for a strict objective, "up to" it otherwise."""
        return self.allowed + _MICROSECOND if self.strict else self.allowed


def downtime_allowance(
    objective: Decimal, measured: dt.timedelta, comparison: Comparison = "at_least"
) -> Allowance:
    """The downtime that `objective` % availability, compared as `comparison`, allows over
    `measured` time: the most downtime that still meets it, to the microsecond."""
    if not Decimal(0) <= objective <= HUNDRED:
        raise Problem("calc.errors.objective_range")
    total = Decimal(measured // _MICROSECOND)
    exact = total * (HUNDRED - objective) / HUNDRED
    strict = is_strict(comparison)
    if not strict:
        allowed = exact.to_integral_value(ROUND_FLOOR)
    elif total == 0:
        allowed = Decimal(0)  # no time measured: nothing can be down
    elif exact == 0:
        # "More than 100 %" is met by no window: validation says so where it is written.
        raise Problem("calc.errors.objective_unattainable")
    else:
        allowed = exact.to_integral_value(ROUND_CEILING) - 1
    return Allowance(dt.timedelta(microseconds=int(allowed)), strict)


def allowed_downtime(
    objective: Decimal, measured: dt.timedelta, comparison: Comparison = "at_least"
) -> dt.timedelta:
    """The most downtime `objective` % availability allows over `measured` time (see
    `downtime_allowance`)."""
    return downtime_allowance(objective, measured, comparison).allowed


def seconds(value: dt.timedelta) -> Decimal:
    """A duration in seconds, exact to the microsecond (a float would round it)."""
    return Decimal(value // dt.timedelta(microseconds=1)) / _MICROSECONDS


def allowed_seconds(objective: Decimal, measured: dt.timedelta) -> Decimal:
    """The same budget in seconds, exact to the microsecond, for display."""
    return seconds(allowed_downtime(objective, measured))


def window_words(window: MeasurementWindow, language: str = "en") -> str:
    """The window as people say it after "per": 'month', 'rolling 90 days'."""
    days = window.days or nominal_lengths(window)[0]
    return texts(language)(f"terms.window_per.{window.kind}", count=days, days=days)


def next_month(day: dt.date) -> dt.date:
    """The first day of the month after the one holding `day`."""
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def month_end(day: dt.date) -> dt.date:
    """The last day of the month holding `day`: where a rolling window read per month ends."""
    return next_month(day) - dt.timedelta(days=1)


def nominal_lengths(window: MeasurementWindow) -> tuple[int, ...]:
    """The lengths in days a window can have: months 28-31, quarters 90-92, years 365-366."""
    if window.kind == "month":
        return (28, 29, 30, 31)
    if window.kind == "quarter":
        return (90, 91, 92)
    if window.kind == "year":
        return (365, 366)
    return (window.days or 30,)


def window_dates(window: MeasurementWindow, period: dt.date) -> tuple[dt.date, dt.date]:
    """First day and the day after the last of the window holding `period`.

    A rolling window is the N days ending with `period`.
    """
    if window.kind == "month":
        return period.replace(day=1), next_month(period)
    if window.kind == "quarter":
        month = (period.month - 1) // 3 * 3 + 1
        first = dt.date(period.year, month, 1)
        after = month + 3
        following = dt.date(period.year + (after > 12), (after - 1) % 12 + 1, 1)
        return first, following
    if window.kind == "year":
        return dt.date(period.year, 1, 1), dt.date(period.year + 1, 1, 1)
    days = window.days or 30
    return period - dt.timedelta(days=days - 1), period + dt.timedelta(days=1)


def window_bounds(
    window: MeasurementWindow, period: dt.date, zone: dt.tzinfo
) -> tuple[dt.datetime, dt.datetime]:
    """The window holding `period` as aware datetimes at local midnight in `zone`."""
    first, following = window_dates(window, period)
    midnight = dt.time()
    return (
        dt.datetime.combine(first, midnight, tzinfo=zone),
        dt.datetime.combine(following, midnight, tzinfo=zone),
    )


@dataclass(frozen=True, slots=True)
class DowntimeBudget:
    """The downtime an availability objective allows in one concrete window."""

    objective: Decimal
    start: dt.datetime
    end: dt.datetime
    measured: dt.timedelta
    """Time availability is measured over: the window, or its open hours on a calendar."""
    allowed: dt.timedelta
    """The most downtime that still meets the objective, to the microsecond."""
    within_calendar: bool
    comparison: Comparison = "at_least"

    @property
    def allowance(self) -> Allowance:
        """The budget with how it is said ("less than" the limit for a strict objective)."""
        return Allowance(self.allowed, is_strict(self.comparison))


def metric_zone(calendar: CalendarLike | None) -> dt.tzinfo:
    """The zone a window is read in: the calendar's, else UTC."""
    return business_calendar(calendar).zone if calendar is not None else ZoneInfo("UTC")


def measured_time(
    metric: AvailabilityMetric, start: dt.datetime, end: dt.datetime, calendar: CalendarLike | None
) -> dt.timedelta:
    """The time over which availability counts: open hours when measured within the calendar."""
    if metric.measured_within_calendar:
        if calendar is None:
            raise Problem("calc.errors.no_calendar", metric=metric.id)
        return business_elapsed(calendar, start, end)
    # Subtracting two datetimes of one zone ignores a daylight-saving change; instants do not.
    return dt.timedelta(microseconds=to_instant(end) - to_instant(start))


def downtime_budget(
    metric: AvailabilityMetric, period: dt.date, calendar: CalendarLike | None = None
) -> DowntimeBudget:
    """The budget of `metric` in the window that holds `period`.

    The window runs from local midnight to local midnight in the calendar's zone (UTC without a
    calendar), so a month with a daylight-saving change is an hour shorter or longer.
    """
    start, end = window_bounds(metric.window, period, metric_zone(calendar))
    measured = measured_time(metric, start, end, calendar)
    return DowntimeBudget(
        objective=metric.objective,
        start=start,
        end=end,
        measured=measured,
        allowed=allowed_downtime(metric.objective, measured, metric.comparison),
        within_calendar=metric.measured_within_calendar,
        comparison=metric.comparison,
    )


def period_of_month(window: MeasurementWindow, first_day: dt.date) -> dt.date:
    """The date whose window a month shows: the month itself; a rolling window ends with it."""
    return month_end(first_day) if window.kind == "rolling_days" else first_day


def contract_year_periods(window: MeasurementWindow, first_day: dt.date) -> list[dt.date]:
    """A date in each window of the first contract year: the window `sla-designer budget
    --period` shows for each of the twelve months from `first_day`'s (a window met twice, such
    as a quarter, once), in order. Annex A and validation look at these windows."""
    periods: dict[tuple[dt.date, dt.date], dt.date] = {}
    month = first_day.replace(day=1)
    for _ in range(12):
        period = period_of_month(window, month)
        periods.setdefault(window_dates(window, period), period)
        month = next_month(month)
    return list(periods.values())


def contract_year_budgets(
    metric: AvailabilityMetric, first_day: dt.date, calendar: CalendarLike | None = None
) -> list[DowntimeBudget]:
    """The budget of each window of the first contract year (`contract_year_periods`), as
    `sla-designer budget --period` gives it, in order."""
    periods = contract_year_periods(metric.window, first_day)
    return [downtime_budget(metric, period, calendar) for period in periods]
