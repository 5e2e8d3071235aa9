"""Step 10: the escalation path and the defined terms."""

from __future__ import annotations

from sla_designer.model import Definition, EscalationLevel
from sla_designer.ui.document import AgreementDocument, FieldPath
from sla_designer.ui.fields import FieldSpec
from sla_designer.ui.i18n import QT_TRANSLATE_NOOP, text_choices, value_text
from sla_designer.ui.item_models import Column
from sla_designer.ui.list_section import ListSection
from sla_designer.ui.pages.base import Page
from sla_designer.ui.pages.parties import contacts_section

STEP = "escalation"

LEVEL = [
    FieldSpec("level", QT_TRANSLATE_NOOP("Labels", "Level"), "int", minimum=1, maximum=20),
    FieldSpec("party", QT_TRANSLATE_NOOP("Labels", "Party"), "ref", ref=("parties",)),
    FieldSpec(
        "name",
        QT_TRANSLATE_NOOP("Labels", "Name"),
        help=QT_TRANSLATE_NOOP("Labels", "e.g. Service manager"),
    ),
    FieldSpec("after", QT_TRANSLATE_NOOP("Labels", "Escalate after"), "duration", optional=True),
]
STARTS = text_choices("choices.escalation_starts", ("logged", "previous_level"))
COUNTED_FROM = [
    FieldSpec(
        "escalation_counted_from",
        QT_TRANSLATE_NOOP("Labels", "Times counted from"),
        "choice",
        choices=STARTS,
    ),
]
DEFINITION = [
    FieldSpec("term", QT_TRANSLATE_NOOP("Labels", "Defined term")),
    FieldSpec("meaning", QT_TRANSLATE_NOOP("Labels", "Meaning"), "multiline"),
]


def new_level(document: AgreementDocument, path: FieldPath) -> EscalationLevel:
    levels = document.get(path)
    provider = next((p.id for p in document.agreement.parties if p.role == "provider"), None)
    first = document.agreement.parties[0].id if document.agreement.parties else "provider"
    return EscalationLevel(
        level=(max((lv.level for lv in levels), default=0) + 1), party=provider or first, name=""
    )


def new_definition(document: AgreementDocument, path: FieldPath) -> Definition:
    return Definition(term="", meaning="")


def build(document: AgreementDocument) -> Page:
    """The Escalation and definitions page."""
    page = Page(
        document,
        QT_TRANSLATE_NOOP("Labels", "Escalation and definitions"),
        QT_TRANSLATE_NOOP(
            "Labels",
            "Who is called, and when, if a problem is not solved in time; and the terms the "
            "agreement defines.",
        ),
    )
    page.add_form(COUNTED_FROM)
    levels = page.add_section(
        ListSection(
            document,
            QT_TRANSLATE_NOOP("Labels", "Escalation path"),
            ("escalation",),
            [
                Column(QT_TRANSLATE_NOOP("Labels", "Level"), "level"),
                Column(QT_TRANSLATE_NOOP("Labels", "Party"), "party", ref=("parties",)),
                Column(QT_TRANSLATE_NOOP("Labels", "Name"), "name"),
                Column(QT_TRANSLATE_NOOP("Labels", "After"), "after", value_text),
            ],
            new_level,
            specs=LEVEL,
            noun=QT_TRANSLATE_NOOP("Labels", "level"),
        )
    )
    levels.add_child(contacts_section(document))
    page.add_section(
        ListSection(
            document,
            QT_TRANSLATE_NOOP("Labels", "Definitions"),
            ("definitions",),
            [
                Column(QT_TRANSLATE_NOOP("Labels", "Defined term"), "term"),
                Column(QT_TRANSLATE_NOOP("Labels", "Meaning"), "meaning"),
            ],
            new_definition,
            specs=DEFINITION,
            noun=QT_TRANSLATE_NOOP("Labels", "definition"),
        )
    )
    page.finish()
    return page
