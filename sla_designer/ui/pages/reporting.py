"""Step 8: reports, review meetings and change control."""

from __future__ import annotations

from sla_designer.model import Report, ReviewMeeting
from sla_designer.text import texts
from sla_designer.ui.document import AgreementDocument, FieldPath
from sla_designer.ui.fields import FieldSpec
from sla_designer.ui.i18n import QT_TRANSLATE_NOOP, text_choices
from sla_designer.ui.item_models import Column, choice_label
from sla_designer.ui.list_section import ListSection, unique_id
from sla_designer.ui.pages.base import Page

STEP = "reporting"

FREQUENCIES = text_choices(
    "choices.frequencies", ("weekly", "monthly", "quarterly", "semiannual", "annual")
)
REPORT = [
    FieldSpec("id", QT_TRANSLATE_NOOP("Labels", "Identifier"), "id"),
    FieldSpec("name", QT_TRANSLATE_NOOP("Labels", "Name")),
    FieldSpec("frequency", QT_TRANSLATE_NOOP("Labels", "Frequency"), "choice", choices=FREQUENCIES),
    FieldSpec(
        "due_days",
        QT_TRANSLATE_NOOP("Labels", "Due"),
        "int",
        minimum=-366,
        maximum=366,
        unit="days_after_period",
    ),
    FieldSpec(
        "prepared_by",
        QT_TRANSLATE_NOOP("Labels", "Prepared by"),
        "ref",
        ref=("parties",),
        optional=True,
    ),
    FieldSpec("metrics", QT_TRANSLATE_NOOP("Labels", "Metrics reported"), "refs", ref=("metrics",)),
    FieldSpec("recipients", QT_TRANSLATE_NOOP("Labels", "Recipients"), "refs", ref=("parties",)),
    FieldSpec(
        "format",
        QT_TRANSLATE_NOOP("Labels", "Format"),
        help=QT_TRANSLATE_NOOP("Labels", "e.g. PDF by e-mail, dashboard"),
    ),
    FieldSpec("content", QT_TRANSLATE_NOOP("Labels", "Content"), "multiline"),
]
REVIEW = [
    FieldSpec("name", QT_TRANSLATE_NOOP("Labels", "Name")),
    FieldSpec("cadence", QT_TRANSLATE_NOOP("Labels", "Cadence"), "choice", choices=FREQUENCIES),
    FieldSpec(
        "participants", QT_TRANSLATE_NOOP("Labels", "Participants"), "refs", ref=("parties",)
    ),
    FieldSpec("agenda", QT_TRANSLATE_NOOP("Labels", "Agenda"), "multiline"),
]
CHANGE = [
    FieldSpec(
        "reporting.change_control", QT_TRANSLATE_NOOP("Labels", "Change control"), "multiline"
    )
]


def new_report(document: AgreementDocument, path: FieldPath) -> Report:
    provider = next((p.id for p in document.agreement.parties if p.role == "provider"), None)
    return Report(
        id=unique_id(document, path, "report"),
        name=texts(document.agreement.language)("terms.new.report"),
        prepared_by=provider,
        metrics=[m.id for m in document.agreement.metrics],
    )


def new_review(document: AgreementDocument, path: FieldPath) -> ReviewMeeting:
    return ReviewMeeting(
        name=texts(document.agreement.language)("terms.new.review"),
        participants=[p.id for p in document.agreement.parties],
    )


def build(document: AgreementDocument) -> Page:
    """The Reporting and review page."""
    page = Page(
        document,
        QT_TRANSLATE_NOOP("Labels", "Reporting and review"),
        QT_TRANSLATE_NOOP(
            "Labels",
            "How often results are reported and to whom, when the parties meet to review them, and "
            "how the agreement is changed.",
        ),
    )
    page.add_section(
        ListSection(
            document,
            QT_TRANSLATE_NOOP("Labels", "Reports"),
            ("reporting", "reports"),
            [
                Column(QT_TRANSLATE_NOOP("Labels", "Identifier"), "id"),
                Column(QT_TRANSLATE_NOOP("Labels", "Name"), "name"),
                Column(
                    QT_TRANSLATE_NOOP("Labels", "Frequency"), "frequency", choice_label(FREQUENCIES)
                ),
                Column(QT_TRANSLATE_NOOP("Labels", "Due (days)"), "due_days"),
            ],
            new_report,
            specs=REPORT,
            noun=QT_TRANSLATE_NOOP("Labels", "report"),
        )
    )
    page.add_section(
        ListSection(
            document,
            QT_TRANSLATE_NOOP("Labels", "Review meetings"),
            ("reporting", "reviews"),
            [
                Column(QT_TRANSLATE_NOOP("Labels", "Name"), "name"),
                Column(
                    QT_TRANSLATE_NOOP("Labels", "Cadence"), "cadence", choice_label(FREQUENCIES)
                ),
            ],
            new_review,
            specs=REVIEW,
            noun=QT_TRANSLATE_NOOP("Labels", "review meeting"),
        )
    )
    page.add_form(CHANGE)
    page.finish()
    return page
