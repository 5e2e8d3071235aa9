"""A calendar as a Zendesk schedule: its name and time zone, its workweek and its holidays.

Shapes from https://developer.zendesk.com/api-reference/ticketing/ticket-management/schedules/:
- Create Schedule, `POST /api/v2/business_hours/schedules`: {"schedule": {"name", "time_zone"}},
  `time_zone` one of Zendesk's names ("Eastern Time (US & Canada)");
- Update Intervals for a Schedule, `PUT /api/v2/business_hours/schedules/{schedule_id}/workweek`:
  {"workweek": {"intervals": [{"start_time", "end_time"}]}}, in minutes since Sunday 00:00;
  "Intervals can't span calendar days", so an interval across midnight is cut there (0 and 10080
  both stand for the midnight between Saturday and Sunday);
- Create Holiday, `POST /api/v2/business_hours/schedules/{schedule_id}/holidays`:
  {"holiday": {"name", "start_date", "end_date"}}, "a start date no sooner than two years in the
  past and an end date no later than two years in the future".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sla_designer.handoff.result import Unmapped
from sla_designer.handoff.zendesk_zones import zendesk_zone
from sla_designer.model.calendars import Calendar
from sla_designer.text.values import Joined, Term

SYSTEM = "zendesk"
WEEK = 7 * 1440
_SUNDAY_FIRST = {"sun": 0, "mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6}
HOLIDAY_YEARS = 2
"""Zendesk takes holidays ending at most two years in the future."""


@dataclass(frozen=True)
class ZendeskSchedule:
    """One calendar's request bodies: the schedule, its workweek, its holidays by date."""

    calendar: Calendar
    schedule: dict[str, object]
    workweek: dict[str, object]
    holidays: tuple[tuple[dt.date, dict[str, object]], ...]


def intervals(calendar: Calendar) -> list[dict[str, int]]:
    """The calendar's open hours as Zendesk intervals: minutes since Sunday 00:00, each within
    one day (an interval across midnight is cut there), overlapping ones merged, in order."""
    pieces: list[tuple[int, int]] = []
    for interval in calendar.weekly_intervals():
        start, end = interval.start.minutes, interval.end.minutes
        for day in interval.days:
            base = _SUNDAY_FIRST[day] * 1440
            if not interval.crosses_midnight:
                pieces.append((base + start, base + end))
                continue
            if start < 1440:
                pieces.append((base + start, base + 1440))
            if end > 0:
                following = (base + 1440) % WEEK
                pieces.append((following, following + end))
    merged: list[list[int]] = []
    for start, end in sorted(pieces):
        # Pieces of one day that overlap or touch become one; a day's end never joins the next
        # day's start, so that no interval spans calendar days.
        if merged and start // 1440 == merged[-1][0] // 1440 and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [{"start_time": s, "end_time": e} for s, e in merged]


def holiday_dates(
    calendar: Calendar, first: dt.date, last: dt.date, language: str
) -> dict[dt.date, list[str]]:
    """The calendar's closed dates from `first` to `last` with their names: public holidays of
    its places (named in `language` where the holidays package can), the municipality's own
    holidays, and its extra closed dates."""
    from sla_designer.calc.holiday_places import holidays_of

    found: dict[dt.date, list[str]] = {}

    def add(day: dt.date, name: str) -> None:
        if first <= day <= last:
            names = found.setdefault(day, [])
            if name and name not in names:
                names.append(name)

    for rule in calendar.holidays:
        for year in range(first.year, last.year + 1):
            for day, name in holidays_of(rule.country, rule.subdivision, year, language):
                add(day, name)
            for own in rule.city_holidays:
                add(own.in_year(year), own.name)
    for closed in calendar.closed_dates:
        add(closed.date, closed.name)
    return dict(sorted(found.items()))


def schedule_of(
    calendar: Calendar, today: dt.date, language: str
) -> tuple[ZendeskSchedule, list[Unmapped]]:
    """The calendar's Zendesk schedule, and what it cannot hold: holidays beyond Zendesk's two
    years (to add by exporting again before then), closed dates outside them, a time zone
    Zendesk has no name for."""
    from sla_designer.text import texts

    unmapped: list[Unmapped] = []
    path = f"calendars[{calendar.id}]"
    zone = zendesk_zone(calendar.timezone, today, HOLIDAY_YEARS)
    if zone is None:
        unmapped.append(
            Unmapped(
                SYSTEM,
                "handoff.zendesk.time_zone",
                f"{path}.timezone",
                {"calendar": calendar.name, "zone": calendar.timezone},
            )
        )
    last = _years_later(today, HOLIDAY_YEARS)
    dates = holiday_dates(calendar, today, last, language)
    if calendar.holidays:
        unmapped.append(
            Unmapped(
                SYSTEM,
                "handoff.zendesk.holidays_window",
                f"{path}.holidays",
                {"calendar": calendar.name, "last": last, "count": len(dates)},
            )
        )
    outside = [c for c in calendar.closed_dates if not today <= c.date <= last]
    if outside:
        unmapped.append(
            Unmapped(
                SYSTEM,
                "handoff.zendesk.closed_outside",
                f"{path}.closed_dates",
                {"calendar": calendar.name, "dates": Joined(tuple(c.date for c in outside))},
            )
        )
    closed = texts(language)("handoff.zendesk.closed_name")
    holidays: tuple[tuple[dt.date, dict[str, object]], ...] = tuple(
        (
            day,
            {
                "holiday": {
                    "name": " / ".join(names) or closed,
                    "start_date": day.isoformat(),
                    "end_date": day.isoformat(),
                }
            },
        )
        for day, names in dates.items()
    )
    schedule = ZendeskSchedule(
        calendar,
        {"schedule": {"name": calendar.name, "time_zone": zone or calendar.timezone}},
        {"workweek": {"intervals": intervals(calendar)}},
        holidays,
    )
    return schedule, unmapped


def _years_later(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def trigger_term(priority: str, calendar: Calendar) -> Term:
    """What a Zendesk trigger must do so that a priority's tickets count on their calendar."""
    return Term.of("handoff.zendesk.trigger", priority=priority, schedule=calendar.name)
