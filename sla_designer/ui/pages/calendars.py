"""Step 4: coverage calendars: time zone, weekly hours, holidays, closed dates."""

from __future__ import annotations

import datetime as dt

from sla_designer.model import Calendar, ClosedDate, HolidayRule, TimeOfDay, WeeklyInterval
from sla_designer.model.calendars import WEEKDAYS
from sla_designer.ui.document import AgreementDocument, FieldPath
from sla_designer.ui.fields import FieldSpec
from sla_designer.ui.item_models import Column
from sla_designer.ui.list_section import ListSection, unique_id
from sla_designer.ui.pages.base import Page
from sla_designer.ui.weekdays import WEEKDAY_CHOICES

STEP = "calendars"

PRESETS = (
    ("", "Weekly hours below"),
    ("24x7", "24x7 (every day, all day)"),
    ("24x5", "24x5 (Mon–Fri)"),
)
CALENDAR = [
    FieldSpec("id", "Identifier", "id"),
    FieldSpec("name", "Name"),
    FieldSpec("timezone", "Time zone", "timezone"),
    FieldSpec("preset", "Hours", "choice", choices=PRESETS),
]
INTERVAL = [
    FieldSpec("days", "Days", "weekdays"),
    FieldSpec("start", "Opens", "time"),
    FieldSpec("end", "Closes", "time", help="24:00 is the end of the day"),
]
HOLIDAY = [
    FieldSpec("country", "Country", help="ISO code, e.g. BR, US, GB"),
    FieldSpec("subdivision", "Subdivision", "optional_text", help="e.g. SP, CA (optional)"),
]
CLOSED = [FieldSpec("date", "Date", "date"), FieldSpec("name", "Reason")]


def _days(value: object) -> str:
    labels = dict(WEEKDAY_CHOICES)
    return ", ".join(labels[d][:3] for d in value)  # type: ignore[attr-defined]


def new_calendar(document: AgreementDocument, path: FieldPath) -> Calendar:
    return Calendar(
        id=unique_id(document, path, "hours"),
        name="Business hours",
        hours=[WeeklyInterval(days=list(WEEKDAYS[:5]), start=TimeOfDay(540), end=TimeOfDay(1080))],
    )


def new_interval(document: AgreementDocument, path: FieldPath) -> WeeklyInterval:
    return WeeklyInterval(days=list(WEEKDAYS[:5]), start=TimeOfDay(540), end=TimeOfDay(1080))


def new_holiday(document: AgreementDocument, path: FieldPath) -> HolidayRule:
    return HolidayRule(country="BR" if document.agreement.language == "pt-BR" else "US")


def new_closed(document: AgreementDocument, path: FieldPath) -> ClosedDate:
    return ClosedDate(date=dt.date.today())


def build(document: AgreementDocument) -> Page:
    """The Calendars page."""
    page = Page(
        document,
        "Calendars",
        "When the clock runs. Targets in business time count only the open hours of their "
        "calendar; choose a calendar per metric, per priority or per target.",
    )
    calendars = page.add_section(
        ListSection(
            document,
            "Calendars",
            ("calendars",),
            [Column("Identifier", "id"), Column("Name", "name"), Column("Time zone", "timezone")],
            new_calendar,
            specs=CALENDAR,
            noun="calendar",
        )
    )
    calendars.add_child(
        ListSection(
            document,
            "Weekly hours",
            ("hours",),
            [Column("Days", "days", _days), Column("Opens", "start"), Column("Closes", "end")],
            new_interval,
            specs=INTERVAL,
            noun="interval",
            empty_text="No weekly hours: choose a preset or add an interval (e.g. a lunch break "
            "is two intervals).",
            prefix=None,
        )
    )
    calendars.add_child(
        ListSection(
            document,
            "Public holidays",
            ("holidays",),
            [Column("Country", "country"), Column("Subdivision", "subdivision")],
            new_holiday,
            specs=HOLIDAY,
            noun="holiday rule",
            prefix=None,
        )
    )
    calendars.add_child(
        ListSection(
            document,
            "Extra closed dates",
            ("closed_dates",),
            [Column("Date", "date"), Column("Reason", "name")],
            new_closed,
            specs=CLOSED,
            noun="closed date",
            prefix=None,
        )
    )
    page.finish()
    return page
