"""Measured availability: uptime % of a window from a list of outages.

The rules, in order: outages marked as excluded (an agreed exclusion applies) do not count;
overlapping outage records are one outage; time inside a scheduled maintenance window is not
downtime; when availability is measured within a calendar only its open hours count; an outage
whose counted time is shorter than the minimum outage does not count. Maintenance does not
shorten the measured time: it is time the service is allowed to be down.

Whether the window meets the objective is decided on the exact uptime, not on the rounded
percentage shown, with the objective's comparison: exactly 99.9 % meets "at least 99.9 %" and
misses "more than 99.9 %".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal
from fractions import Fraction
from zoneinfo import ZoneInfo

from sla_designer.calc.budget import measured_time, metric_zone, window_bounds
from sla_designer.calc.business_time import CalendarLike, business_calendar
from sla_designer.calc.calendar_index import from_instant, to_instant
from sla_designer.model.calendars import WEEKDAYS, Calendar
from sla_designer.model.comparisons import Comparison, is_met
from sla_designer.model.metrics import AvailabilityMetric, MaintenanceWindow
from sla_designer.text.values import Problem

Span = tuple[int, int]
_PLACES = Decimal("0.000001")


@dataclass(frozen=True, slots=True)
class Outage:
    """A period the service was down, as recorded by monitoring."""

    start: dt.datetime
    end: dt.datetime
    excluded: bool = False
    """True when an agreed exclusion applies (e.g. caused by the customer)."""
    note: str = ""


@dataclass(frozen=True, slots=True)
class CountedOutage:
    """A merged outage and the part of it that counts as downtime."""

    start: dt.datetime
    end: dt.datetime
    counted: dt.timedelta
    """Downtime after maintenance and closed hours are taken out (zero if none is left)."""
    too_short: bool
    """True when the counted time is below the minimum outage, so it does not count."""


@dataclass(frozen=True, slots=True)
class Uptime:
    """Availability in one window and how it was reached."""

    start: dt.datetime
    end: dt.datetime
    measured: dt.timedelta
    downtime: dt.timedelta
    percent: Decimal
    """Uptime %, rounded down to six decimals so a boundary is never crossed by rounding."""
    objective: Decimal
    outages: tuple[CountedOutage, ...]
    excluded: tuple[Outage, ...]
    exact: Fraction = Fraction(100)
    """Uptime % exactly, which the objective is compared with."""
    comparison: Comparison = "at_least"

    @property
    def met(self) -> bool:
        """Whether the exact uptime meets the objective, as its comparison reads."""
        return is_met(self.exact, self.objective, self.comparison)


def maintenance_spans(
    windows: Sequence[MaintenanceWindow],
    start: int,
    end: int,
    default_zone: dt.tzinfo,
    calendars: Sequence[Calendar] = (),
) -> list[Span]:
    """Scheduled maintenance windows as instants overlapping [start, end), sorted."""
    spans: list[Span] = []
    for window in windows:
        zone = default_zone
        if window.calendar is not None:
            found = next((c for c in calendars if c.id == window.calendar), None)
            if found is None:
                raise Problem(
                    "calc.errors.maintenance_calendar", name=window.name, calendar=window.calendar
                )
            zone = ZoneInfo(found.timezone)
        length = window.duration // dt.timedelta(microseconds=1)
        weekdays = {WEEKDAYS.index(day) for day in window.days}
        # Start a week early: a long window that began before the period can still overlap it.
        day = from_instant(start, dt.UTC).date() - dt.timedelta(days=8)
        last = from_instant(end, dt.UTC).date() + dt.timedelta(days=1)
        while day <= last:
            if day.weekday() in weekdays:
                local = dt.datetime.combine(day, dt.time(), tzinfo=zone) + dt.timedelta(
                    minutes=window.start.minutes
                )
                opened = to_instant(local)
                if opened < end and opened + length > start:
                    spans.append((opened, opened + length))
            day += dt.timedelta(days=1)
    return sorted(spans)


def _subtract(span: Span, holes: Sequence[Span]) -> list[Span]:
    pieces: list[Span] = []
    cursor, stop = span
    for hole_start, hole_end in holes:
        if hole_end <= cursor or hole_start >= stop:
            continue
        if hole_start > cursor:
            pieces.append((cursor, hole_start))
        cursor = max(cursor, hole_end)
    if cursor < stop:
        pieces.append((cursor, stop))
    return pieces


def measure_uptime(
    metric: AvailabilityMetric,
    period: dt.date,
    outages: Sequence[Outage],
    calendar: CalendarLike | None = None,
    calendars: Sequence[Calendar] = (),
) -> Uptime:
    """Uptime % of `metric` in the window holding `period`, given the recorded outages.

    `calendar` is the metric's calendar (its zone places the window; its hours are the measured
    time when the metric is measured within it); `calendars` resolves maintenance calendars.
    """
    zone = metric_zone(calendar)
    start, end = window_bounds(metric.window, period, zone)
    first, last = to_instant(start), to_instant(end)
    measured = measured_time(metric, start, end, calendar)
    excluded = tuple(o for o in outages if o.excluded)
    spans = sorted(
        (max(first, to_instant(o.start)), min(last, to_instant(o.end)))
        for o in outages
        if not o.excluded
    )
    merged: list[list[int]] = []
    for opened, closed in spans:
        if closed <= opened:
            continue
        if merged and opened <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], closed)
        else:
            merged.append([opened, closed])
    holes = maintenance_spans(metric.maintenance, first, last, zone, calendars)
    prepared = business_calendar(calendar) if calendar is not None else None
    minimum = metric.minimum_outage // dt.timedelta(microseconds=1)
    counted: list[CountedOutage] = []
    downtime = 0
    for opened, closed in merged:
        pieces = _subtract((opened, closed), holes)
        if metric.measured_within_calendar and prepared is not None:
            length = sum(prepared.open_between(a, b) for a, b in pieces)
        else:
            length = sum(b - a for a, b in pieces)
        short = 0 < length < minimum
        downtime += 0 if short else length
        counted.append(
            CountedOutage(
                start=from_instant(opened, zone),
                end=from_instant(closed, zone),
                counted=dt.timedelta(microseconds=length),
                too_short=short,
            )
        )
    total = measured // dt.timedelta(microseconds=1)
    share = Fraction(100)
    if total == 0:
        percent = Decimal(100)
    else:
        share = Fraction(100 * (total - downtime), total)
        exact = Decimal(share.numerator) / Decimal(share.denominator)
        percent = exact.quantize(_PLACES, rounding=ROUND_FLOOR)
        # Decimal division rounds at 28 digits; step back if that rounding crossed a boundary.
        if Fraction(percent) > share:
            percent -= _PLACES
    return Uptime(
        start=start,
        end=end,
        measured=measured,
        downtime=dt.timedelta(microseconds=downtime),
        percent=percent,
        objective=metric.objective,
        outages=tuple(counted),
        excluded=excluded,
        exact=share,
        comparison=metric.comparison,
    )
