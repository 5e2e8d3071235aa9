"""Step 7: what each party must do; customer duties can pause clocks or exclude events."""

from __future__ import annotations

from sla_designer.model import Duty
from sla_designer.ui.document import AgreementDocument, FieldPath
from sla_designer.ui.fields import FieldSpec
from sla_designer.ui.i18n import QT_TRANSLATE_NOOP, text_choices
from sla_designer.ui.item_models import Column, choice_label
from sla_designer.ui.list_section import ListSection, unique_id
from sla_designer.ui.pages.base import Page

STEP = "responsibilities"

EFFECTS = text_choices("choices.duty_effects", ("none", "pauses_clock", "excludes_events"))
DUTY = [
    FieldSpec("id", QT_TRANSLATE_NOOP("Labels", "Identifier"), "id"),
    FieldSpec("party", QT_TRANSLATE_NOOP("Labels", "Party"), "ref", ref=("parties",)),
    FieldSpec(
        "text",
        QT_TRANSLATE_NOOP("Labels", "Duty"),
        "multiline",
        help=QT_TRANSLATE_NOOP("Labels", "What the party must do"),
    ),
    FieldSpec("effect", QT_TRANSLATE_NOOP("Labels", "When not done"), "choice", choices=EFFECTS),
    FieldSpec("metrics", QT_TRANSLATE_NOOP("Labels", "Affected metrics"), "refs", ref=("metrics",)),
]


def new_duty(document: AgreementDocument, path: FieldPath) -> Duty:
    customer = next((p.id for p in document.agreement.parties if p.role == "customer"), None)
    first = document.agreement.parties[0].id if document.agreement.parties else "customer"
    return Duty(id=unique_id(document, path, "duty"), party=customer or first, text="")


def build(document: AgreementDocument) -> Page:
    """The Responsibilities page."""
    page = Page(
        document,
        QT_TRANSLATE_NOOP("Labels", "Responsibilities"),
        QT_TRANSLATE_NOOP(
            "Labels",
            "The obligations of each party. A provider is not held to a target while the customer "
            "withholds what it needs: say which duties pause the clock or exclude events.",
        ),
    )
    page.add_section(
        ListSection(
            document,
            QT_TRANSLATE_NOOP("Labels", "Duties"),
            ("responsibilities",),
            [
                Column(QT_TRANSLATE_NOOP("Labels", "Identifier"), "id"),
                Column(QT_TRANSLATE_NOOP("Labels", "Party"), "party", ref=("parties",)),
                Column(QT_TRANSLATE_NOOP("Labels", "Duty"), "text"),
                Column(QT_TRANSLATE_NOOP("Labels", "Effect"), "effect", choice_label(EFFECTS)),
            ],
            new_duty,
            specs=DUTY,
            noun=QT_TRANSLATE_NOOP("Labels", "duty"),
        )
    )
    page.finish()
    return page
