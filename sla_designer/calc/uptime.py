"""Measured availability: uptime % of a window from a list of outages.

The rules, in order: outages marked as excluded (an agreed exclusion applies) do not count;
overlapping outage records are one outage; time inside a scheduled maintenance window is not
downtime; when the metric excludes emergency maintenance, an outage that was emergency
maintenance announced at least the emergency notice before it started (with no notice stated:
announced by its start) is not downtime either, up to the emergency limit in the window, taken
in order of time (its time in maintenance windows, and outside the calendar's hours when
measured within them, does not use the limit; beyond the limit it is downtime); when
availability is measured within a calendar only its open hours count; an outage whose counted
time is shorter than the minimum outage does not count. Maintenance does not shorten the
measured time: it is time the service is allowed to be down.

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
from sla_designer.calc.calendar_index import BusinessCalendar, from_instant, to_instant
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
    emergency: bool = False
    """True when the outage was emergency maintenance (urgent work that could not wait for the
    notice of scheduled maintenance)."""
    announced: dt.datetime | None = None
    """When emergency maintenance was announced; None: it was not."""


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
    emergency: dt.timedelta = dt.timedelta(0)
    """Emergency maintenance announced on notice that was not downtime (within the limit)."""

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
    within = prepared if metric.measured_within_calendar else None
    excused = _excused_emergencies(metric, outages, (first, last), holes, within)
    if excused:
        holes = _union([*holes, *excused])
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
        emergency=dt.timedelta(microseconds=sum(_open(a, b, within) for a, b in excused)),
    )


def announced_on_notice(metric: AvailabilityMetric, outage: Outage) -> bool:
    """Whether an outage is emergency maintenance the metric does not count as downtime: the
    metric excludes it, and it was announced at least the emergency notice before it started
    (by its start when the agreement states no notice)."""
    if metric.emergency_maintenance != "excluded" or not outage.emergency or outage.excluded:
        return False
    if outage.announced is None:
        return False
    return outage.announced <= outage.start - (metric.emergency_notice or dt.timedelta(0))


def _open(start: int, end: int, within: BusinessCalendar | None) -> int:
    """Time in [start, end) that counts: its open time when measured within a calendar."""
    return within.open_between(start, end) if within is not None else max(0, end - start)


def _excused_emergencies(
    metric: AvailabilityMetric,
    outages: Sequence[Outage],
    window: Span,
    holes: Sequence[Span],
    within: BusinessCalendar | None,
) -> list[Span]:
    """The emergency maintenance in the window that is not downtime: the outages announced on
    notice, in order of time, less scheduled maintenance, until the time that would otherwise
    count reaches the emergency limit (the span that reaches it is cut where it does)."""
    first, last = window
    spans = sorted(
        (max(first, to_instant(o.start)), min(last, to_instant(o.end)))
        for o in outages
        if announced_on_notice(metric, o)
    )
    limit = metric.emergency_limit
    room = None if limit is None else limit // dt.timedelta(microseconds=1)
    excused: list[Span] = []
    for span in spans:
        for start, end in _subtract(span, holes):
            length = _open(start, end, within)
            if room is not None and length > room:
                if room > 0:
                    cut = within.advance(start, room) if within is not None else start + room
                    excused.append((start, cut))
                return excused
            excused.append((start, end))
            if room is not None:
                room -= length
    return excused


def _union(spans: Sequence[Span]) -> list[Span]:
    """Spans merged where they overlap or touch, sorted."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
