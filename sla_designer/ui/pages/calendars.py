"""Step 4: coverage calendars: time zone, weekly hours, holidays, closed dates."""

from __future__ import annotations

import contextlib
import datetime as dt

from sla_designer.model import Calendar, ClosedDate, HolidayRule, TimeOfDay, WeeklyInterval
from sla_designer.model.calendars import WEEKDAYS
from sla_designer.text import texts
from sla_designer.ui.city_holidays import city_holidays_section
from sla_designer.ui.document import AgreementDocument, FieldPath
from sla_designer.ui.fields import FieldSpec
from sla_designer.ui.file_actions import default_zone, interface_territory
from sla_designer.ui.holiday_picker import HolidayList, SubdivisionBox
from sla_designer.ui.i18n import QT_TRANSLATE_NOOP, current_language, text_choices
from sla_designer.ui.item_models import Column
from sla_designer.ui.list_section import ListSection, id_for
from sla_designer.ui.pages.base import Page
from sla_designer.ui.weekdays import weekday_names

STEP = "calendars"

PRESETS = text_choices("choices.calendar_presets", ("", "24x7", "24x5"))
CALENDAR = [
    FieldSpec("id", QT_TRANSLATE_NOOP("Labels", "Identifier"), "id"),
    FieldSpec("name", QT_TRANSLATE_NOOP("Labels", "Name")),
    FieldSpec("timezone", QT_TRANSLATE_NOOP("Labels", "Time zone"), "timezone"),
    FieldSpec("preset", QT_TRANSLATE_NOOP("Labels", "Hours"), "choice", choices=PRESETS),
]
INTERVAL = [
    FieldSpec("days", QT_TRANSLATE_NOOP("Labels", "Days"), "weekdays"),
    FieldSpec("start", QT_TRANSLATE_NOOP("Labels", "Opens"), "time"),
    FieldSpec(
        "end",
        QT_TRANSLATE_NOOP("Labels", "Closes"),
        "time",
        help=QT_TRANSLATE_NOOP("Labels", "24:00 is the end of the day"),
    ),
]
HOLIDAY = [
    FieldSpec("country", QT_TRANSLATE_NOOP("Labels", "Country"), "country"),
    FieldSpec(
        "subdivision",
        QT_TRANSLATE_NOOP("Labels", "State or city"),
        "subdivision",
        help=QT_TRANSLATE_NOOP("Labels", "The holidays of the whole country, or of a state too"),
    ),
    FieldSpec(
        "city",
        QT_TRANSLATE_NOOP("Labels", "Municipality"),
        help=QT_TRANSLATE_NOOP(
            "Labels",
            "Its own holidays are observed too: list them under Municipal holidays",
        ),
    ),
]
CLOSED = [
    FieldSpec("date", QT_TRANSLATE_NOOP("Labels", "Date"), "date"),
    FieldSpec("name", QT_TRANSLATE_NOOP("Labels", "Reason")),
]


def _zone_name(zone: object) -> str:
    """A time zone as the table shows it: its time's name, city and IANA name."""
    from sla_designer.text.zones import zone_label

    return zone_label(str(zone), current_language())


def _country_name(code: object) -> str:
    """A country as the holidays table shows it: 'Brasil (BR)'."""
    from sla_designer.ui.country_box import country_names

    names = dict(country_names(current_language()))
    return f"{names[code]} ({code})" if code in names else str(code or "")


def _place_name(rule: object) -> str:
    """A holiday rule's state or city by name: 'Minas Gerais (MG)'; '' for the whole country."""
    from sla_designer.calc.holiday_places import subdivisions

    if not isinstance(rule, HolidayRule) or not rule.subdivision:
        return ""
    for place in subdivisions(rule.country):
        if place.code == rule.subdivision:
            return place.label
    return rule.subdivision


def new_calendar(document: AgreementDocument, path: FieldPath) -> Calendar:
    name = texts(document.agreement.language)("terms.new.calendar")
    return Calendar(
        id=id_for(document, path, name, "calendar"),
        name=name,
        timezone=default_zone(),
        hours=[WeeklyInterval(days=list(WEEKDAYS[:5]), start=TimeOfDay(540), end=TimeOfDay(1080))],
    )


def new_interval(document: AgreementDocument, path: FieldPath) -> WeeklyInterval:
    return WeeklyInterval(days=list(WEEKDAYS[:5]), start=TimeOfDay(540), end=TimeOfDay(1080))


def new_holiday(document: AgreementDocument, path: FieldPath) -> HolidayRule:
    return HolidayRule(country=interface_territory() or "US")


def new_closed(document: AgreementDocument, path: FieldPath) -> ClosedDate:
    return ClosedDate(date=dt.date.today())


def _show_holidays(document: AgreementDocument, holidays: ListSection) -> None:
    """Under the chosen holiday rule: its country's states to pick from, and its holidays."""
    box = holidays.form.editor("subdivision")
    shown = HolidayList(document)
    shown.setObjectName("holiday-list")
    layout = holidays.layout()
    if layout is not None:
        layout.addWidget(shown)

    def follow(*_: object) -> None:
        path = holidays.current_path()
        try:
            rule = document.get(path) if path is not None else None
        except (IndexError, AttributeError):
            rule = None  # the list is being rebuilt: its reset calls again
        if isinstance(box, SubdivisionBox):
            box.set_country(rule.country if rule is not None else None)
        shown.show_rule(rule)

    def on_changed(path: FieldPath) -> None:
        if path[:1] in ((), ("calendars",)):
            follow()

    def let_go() -> None:
        with contextlib.suppress(RuntimeError):  # the document went first: the window closed
            document.changed.disconnect(on_changed)
            document.reset.disconnect(follow)

    holidays.table.selectionModel().currentRowChanged.connect(follow)
    holidays.model.modelReset.connect(follow)
    document.changed.connect(on_changed)
    document.reset.connect(follow)
    # The document outlives the page (a change of language makes the page again): its signals
    # must not call into the widgets of a page that is gone.
    shown.destroyed.connect(let_go)
    follow()


def build(document: AgreementDocument) -> Page:
    """The Calendars page."""
    page = Page(
        document,
        QT_TRANSLATE_NOOP("Labels", "Calendars"),
        QT_TRANSLATE_NOOP(
            "Labels",
            "When the clock runs. Targets in business time count only the open hours of their "
            "calendar; choose a calendar per metric, per priority or per target.",
        ),
    )
    calendars = page.add_section(
        ListSection(
            document,
            QT_TRANSLATE_NOOP("Labels", "Calendars"),
            ("calendars",),
            [
                Column(QT_TRANSLATE_NOOP("Labels", "Identifier"), "id"),
                Column(QT_TRANSLATE_NOOP("Labels", "Name"), "name"),
                Column(QT_TRANSLATE_NOOP("Labels", "Time zone"), "timezone", _zone_name),
            ],
            new_calendar,
            specs=CALENDAR,
            noun=QT_TRANSLATE_NOOP("Labels", "calendar"),
        )
    )
    calendars.add_child(
        ListSection(
            document,
            QT_TRANSLATE_NOOP("Labels", "Weekly hours"),
            ("hours",),
            [
                Column(QT_TRANSLATE_NOOP("Labels", "Days"), "days", weekday_names),
                Column(QT_TRANSLATE_NOOP("Labels", "Opens"), "start"),
                Column(QT_TRANSLATE_NOOP("Labels", "Closes"), "end"),
            ],
            new_interval,
            specs=INTERVAL,
            noun=QT_TRANSLATE_NOOP("Labels", "interval"),
            empty_text=QT_TRANSLATE_NOOP(
                "Labels",
                "No weekly hours: choose a preset or add an interval (e.g. a lunch break "
                "is two intervals).",
            ),
            prefix=None,
        )
    )
    holidays = calendars.add_child(
        ListSection(
            document,
            QT_TRANSLATE_NOOP("Labels", "Public holidays"),
            ("holidays",),
            [
                Column(QT_TRANSLATE_NOOP("Labels", "Country"), "country", _country_name),
                Column(QT_TRANSLATE_NOOP("Labels", "State or city"), "", _place_name),
            ],
            new_holiday,
            specs=HOLIDAY,
            noun=QT_TRANSLATE_NOOP("Labels", "holiday rule"),
            prefix=None,
        )
    )
    holidays.add_child(city_holidays_section(document))
    _show_holidays(document, holidays)
    calendars.add_child(
        ListSection(
            document,
            QT_TRANSLATE_NOOP("Labels", "Extra closed dates"),
            ("closed_dates",),
            [
                Column(QT_TRANSLATE_NOOP("Labels", "Date"), "date"),
                Column(QT_TRANSLATE_NOOP("Labels", "Reason"), "name"),
            ],
            new_closed,
            specs=CLOSED,
            noun=QT_TRANSLATE_NOOP("Labels", "closed date"),
            prefix=None,
        )
    )
    page.finish()
    return page
