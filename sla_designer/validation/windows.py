"""The measurement windows the calculator-based checks look at, and how messages name them.

The windows are those of the first contract year, from the month of the effective date, as
Annex A and `sla-designer budget --period` take them (`calc.budget.contract_year_periods`); a
metric measured within its calendar's hours is allowed the downtime Annex A gives it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from sla_designer.calc.budget import (
    allowed_downtime,
    contract_year_budgets,
    contract_year_periods,
    nominal_lengths,
    window_bounds,
)
from sla_designer.calc.business_time import business_calendar
from sla_designer.calc.calendar_index import FIRST_YEAR, LAST_YEAR, BusinessCalendar, to_instant
from sla_designer.model import Agreement, AvailabilityMetric, Calendar, MeasurementWindow
from sla_designer.text import texts
from sla_designer.text.formats import Formatter, formatter
from sla_designer.text.values import Joined, Term, Value

DAY = dt.timedelta(days=1)
PARTS = "findings._parts"
"""The phrases the messages are made of, in findings.yaml beside the messages."""


@dataclass(frozen=True, slots=True)
class Month:
    """A calendar month as a message names it: 'January 2027' / 'janeiro de 2027'."""

    first_day: dt.date

    def text(self, language: str) -> str:
        month = formatter(language).month(self.first_day)
        return texts(language).render(f"{PARTS}.month", {"month": month})

    def __str__(self) -> str:
        return self.first_day.isoformat()[:7]  # as JSON holds it: '2027-03'


@dataclass(frozen=True, slots=True)
class OpenHours:
    """Business time as people count it, in any language: '180h', '267h30m'."""

    length: dt.timedelta

    def text(self, language: str) -> str:
        return str(self)

    def __str__(self) -> str:
        return Formatter.open_hours(self.length)


def window_word(kind: str) -> Term:
    """'month', 'rolling period': the window's kind as these messages name it."""
    return Term(f"{PARTS}.windows.{kind}")


class Window(NamedTuple):
    start: dt.datetime
    end: dt.datetime
    kind: str

    @property
    def name(self) -> Value:
        """The window's name: 'January 2027', 'the quarter starting 2027-04-01'."""
        if self.kind == "month":
            return Month(self.start.date())
        return Term.of(
            f"{PARTS}.window_starting", window=window_word(self.kind), start=self.start.date()
        )


def lengths_name(kind: str, days: Sequence[int]) -> Term:
    """'months of 28 and 29 days' / 'meses de 28 e 29 dias'."""
    several = len(days) != 1 or days[0] != 1
    return Term.of(f"{PARTS}.lengths.{kind}", count=2 if several else 1, days=Joined(tuple(days)))


def first_contract_day(agreement: Agreement) -> dt.date | None:
    """The first day of the contract year the checks look at: the effective date, else the first
    of January of the current year.

    None when the calculators do not cover that year and the one on each side of it (the
    contract year runs into the next, a rolling window reaches back into the year before): the
    checks of exact windows are then skipped.
    """
    first = agreement.effective_date or dt.date(dt.datetime.now(dt.UTC).year, 1, 1)
    return first if FIRST_YEAR < first.year < LAST_YEAR else None


def contract_windows(
    window: MeasurementWindow, first_day: dt.date, zone: dt.tzinfo
) -> list[Window]:
    """The windows of the first contract year: months, quarters, the year, or rolling periods
    ending each month, as Annex A shows them (`contract_year_periods`)."""
    periods = contract_year_periods(window, first_day)
    return [Window(*window_bounds(window, period, zone), window.kind) for period in periods]


def prepared_calendar(calendar: Calendar | None) -> BusinessCalendar | None:
    if calendar is None:
        return None
    try:
        prepared = business_calendar(calendar)
    except ValueError:
        return None  # an unknown holiday region: the calendar rules report it
    return prepared if prepared.minutes_per_week else None


def open_time(prepared: BusinessCalendar, window: Window) -> dt.timedelta:
    micros = prepared.open_between(to_instant(window.start), to_instant(window.end))
    return dt.timedelta(microseconds=micros)


def downtime_allowances(
    agreement: Agreement, metric: AvailabilityMetric
) -> list[tuple[dt.timedelta, Value]]:
    """The downtime allowed in each window the metric can have, with the window's name.

    Measured within a calendar: each window of the first contract year, from its open hours,
    exactly as Annex A and `sla-designer budget` give it. Otherwise: one entry per possible
    window length (months of 28 to 31 days, ...). None for an objective no window can meet
    (another rule says so).
    """
    try:
        if metric.measured_within_calendar:
            prepared = prepared_calendar(agreement.calendar_for(metric.id))
            first = first_contract_day(agreement)
            if prepared is None or first is None:
                return []
            # The prepared calendar: a model calendar would be fingerprinted for each window.
            budgets = contract_year_budgets(metric, first, prepared)
            kind = metric.window.kind
            return [(b.allowed, Window(b.start, b.end, kind).name) for b in budgets]
        return [
            (
                allowed_downtime(metric.objective, days * DAY, metric.comparison),
                lengths_name(metric.window.kind, [days]),
            )
            for days in nominal_lengths(metric.window)
        ]
    except ValueError:
        return []


def priority_name(agreement: Agreement, priority_id: str | None) -> str | None:
    """A target's priority as a message names it (None: the target is for all tickets)."""
    if priority_id is None:
        return None
    priority = agreement.priority(priority_id)
    return priority.name if priority is not None and priority.name else priority_id
