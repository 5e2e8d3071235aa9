"""Step 7: what each party must do; customer duties can pause clocks or exclude events."""

from __future__ import annotations

from sla_designer.model import Duty
from sla_designer.ui.document import AgreementDocument, FieldPath
from sla_designer.ui.fields import FieldSpec
from sla_designer.ui.item_models import Column
from sla_designer.ui.list_section import ListSection, unique_id
from sla_designer.ui.pages.base import Page

STEP = "responsibilities"

EFFECTS = (
    ("none", "No effect on the metrics"),
    ("pauses_clock", "Pauses the clock while not done"),
    ("excludes_events", "Excludes events it causes"),
)
DUTY = [
    FieldSpec("id", "Identifier", "id"),
    FieldSpec("party", "Party", "ref", ref=("parties",)),
    FieldSpec("text", "Duty", "multiline", help="What the party must do"),
    FieldSpec("effect", "When not done", "choice", choices=EFFECTS),
    FieldSpec("metrics", "Affected metrics", "refs", ref=("metrics",)),
]


def new_duty(document: AgreementDocument, path: FieldPath) -> Duty:
    customer = next((p.id for p in document.agreement.parties if p.role == "customer"), None)
    first = document.agreement.parties[0].id if document.agreement.parties else "customer"
    return Duty(id=unique_id(document, path, "duty"), party=customer or first, text="")


def build(document: AgreementDocument) -> Page:
    """The Responsibilities page."""
    page = Page(
        document,
        "Responsibilities",
        "The obligations of each party. A provider is not held to a target while the customer "
        "withholds what it needs: say which duties pause the clock or exclude events.",
    )
    page.add_section(
        ListSection(
            document,
            "Duties",
            ("responsibilities",),
            [
                Column("Identifier", "id"),
                Column("Party", "party"),
                Column("Duty", "text"),
                Column("Effect", "effect", lambda e: dict(EFFECTS)[str(e)]),
            ],
            new_duty,
            specs=DUTY,
            noun="duty",
        )
    )
    page.finish()
    return page
