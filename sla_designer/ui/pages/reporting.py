"""Step 8: reports, review meetings and change control."""

from __future__ import annotations

from sla_designer.model import Report, ReviewMeeting
from sla_designer.ui.document import AgreementDocument, FieldPath
from sla_designer.ui.fields import FieldSpec
from sla_designer.ui.item_models import Column, choice_label
from sla_designer.ui.list_section import ListSection, unique_id
from sla_designer.ui.pages.base import Page

STEP = "reporting"

FREQUENCIES = (
    ("weekly", "Weekly"),
    ("monthly", "Monthly"),
    ("quarterly", "Quarterly"),
    ("semiannual", "Every six months"),
    ("annual", "Yearly"),
)
REPORT = [
    FieldSpec("id", "Identifier", "id"),
    FieldSpec("name", "Name"),
    FieldSpec("frequency", "Frequency", "choice", choices=FREQUENCIES),
    FieldSpec(
        "due_days", "Due", "int", minimum=-366, maximum=366, suffix=" days after the period ends"
    ),
    FieldSpec("prepared_by", "Prepared by", "ref", ref=("parties",), optional=True),
    FieldSpec("metrics", "Metrics reported", "refs", ref=("metrics",)),
    FieldSpec("recipients", "Recipients", "refs", ref=("parties",)),
    FieldSpec("format", "Format", help="e.g. PDF by e-mail, dashboard"),
    FieldSpec("content", "Content", "multiline"),
]
REVIEW = [
    FieldSpec("name", "Name"),
    FieldSpec("cadence", "Cadence", "choice", choices=FREQUENCIES),
    FieldSpec("participants", "Participants", "refs", ref=("parties",)),
    FieldSpec("agenda", "Agenda", "multiline"),
]
CHANGE = [FieldSpec("reporting.change_control", "Change control", "multiline")]


def new_report(document: AgreementDocument, path: FieldPath) -> Report:
    provider = next((p.id for p in document.agreement.parties if p.role == "provider"), None)
    return Report(
        id=unique_id(document, path, "report"),
        name="Service level report",
        prepared_by=provider,
        metrics=[m.id for m in document.agreement.metrics],
    )


def new_review(document: AgreementDocument, path: FieldPath) -> ReviewMeeting:
    return ReviewMeeting(
        name="Service review", participants=[p.id for p in document.agreement.parties]
    )


def build(document: AgreementDocument) -> Page:
    """The Reporting and review page."""
    page = Page(
        document,
        "Reporting and review",
        "How often results are reported and to whom, when the parties meet to review them, and "
        "how the agreement is changed.",
    )
    page.add_section(
        ListSection(
            document,
            "Reports",
            ("reporting", "reports"),
            [
                Column("Identifier", "id"),
                Column("Name", "name"),
                Column("Frequency", "frequency", choice_label(FREQUENCIES)),
                Column("Due (days)", "due_days"),
            ],
            new_report,
            specs=REPORT,
            noun="report",
        )
    )
    page.add_section(
        ListSection(
            document,
            "Review meetings",
            ("reporting", "reviews"),
            [Column("Name", "name"), Column("Cadence", "cadence", choice_label(FREQUENCIES))],
            new_review,
            specs=REVIEW,
            noun="review meeting",
        )
    )
    page.add_form(CHANGE)
    page.finish()
    return page
