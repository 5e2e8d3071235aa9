"""The municipality's own holidays of a holiday rule: days of every year ("15 August"), which the
calculators count in every year of the term and the contract lists after the municipality."""

from __future__ import annotations

import datetime as dt

from sla_designer.model import AnnualHoliday
from sla_designer.text.formats import formatter
from sla_designer.ui.document import AgreementDocument, FieldPath
from sla_designer.ui.fields import FieldSpec
from sla_designer.ui.i18n import QT_TRANSLATE_NOOP, current_language
from sla_designer.ui.item_models import Column
from sla_designer.ui.list_section import ListSection

CITY_HOLIDAY = [
    FieldSpec("month", QT_TRANSLATE_NOOP("Labels", "Month"), "int", minimum=1, maximum=12),
    FieldSpec(
        "day",
        QT_TRANSLATE_NOOP("Labels", "Day"),
        "int",
        minimum=1,
        maximum=31,
        help=QT_TRANSLATE_NOOP("Labels", "The same day every year; 29 February is not taken"),
    ),
    FieldSpec("name", QT_TRANSLATE_NOOP("Labels", "Holiday")),
]


def annual_date(item: object) -> str:
    """The day as the table shows it: '15 August' / '15 de agosto'."""
    if not isinstance(item, AnnualHoliday):
        return ""
    return formatter(current_language()).annual_date(item.month, item.day)


def new_city_holiday(document: AgreementDocument, path: FieldPath) -> AnnualHoliday:
    today = dt.date.today()
    day = 28 if (today.month, today.day) == (2, 29) else today.day
    return AnnualHoliday(month=today.month, day=day)


def city_holidays_section(document: AgreementDocument) -> ListSection:
    """The list of a holiday rule's municipal holidays, under its Municipality field."""
    return ListSection(
        document,
        QT_TRANSLATE_NOOP("Labels", "Municipal holidays"),
        ("city_holidays",),
        [
            Column(QT_TRANSLATE_NOOP("Labels", "Day"), "", annual_date),
            Column(QT_TRANSLATE_NOOP("Labels", "Holiday"), "name"),
        ],
        new_city_holiday,
        specs=CITY_HOLIDAY,
        noun=QT_TRANSLATE_NOOP("Labels", "municipal holiday"),
        empty_text=QT_TRANSLATE_NOOP(
            "Labels",
            "No municipal holidays: add the municipality's own holidays, the same days every "
            "year, so that the due times and downtime budgets skip them.",
        ),
        prefix=None,
    )
