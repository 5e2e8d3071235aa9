"""Step 3: the services covered, the scope, limitations and exclusions."""

from __future__ import annotations

from sla_designer.model import Service
from sla_designer.ui.document import AgreementDocument, FieldPath
from sla_designer.ui.fields import FieldSpec
from sla_designer.ui.item_models import Column
from sla_designer.ui.list_section import ListSection, unique_id
from sla_designer.ui.pages.base import Page

STEP = "service"

SERVICE = [
    FieldSpec("id", "Identifier", "id"),
    FieldSpec("name", "Name"),
    FieldSpec("description", "Description", "multiline"),
    FieldSpec("monthly_fee", "Monthly fee", "money", help="The basis of service credits"),
]
SCOPE = [
    FieldSpec("service.scope", "In scope", "lines", help="What is covered, one item per line"),
    FieldSpec("service.limitations", "Limitations", "lines", help="One limitation per line"),
    FieldSpec(
        "service.exclusions", "Exclusions", "lines", help="What is not covered, one per line"
    ),
]


def _fee(value: object) -> str:
    return "" if value is None else f"{value.amount:f} {value.currency}"  # type: ignore[attr-defined]


def new_service(document: AgreementDocument, path: FieldPath) -> Service:
    return Service(id=unique_id(document, path, "service"), name="")


def build(document: AgreementDocument) -> Page:
    """The Service page."""
    page = Page(
        document,
        "Service",
        "The services this agreement covers, and plainly what is in and out of scope.",
    )
    page.add_section(
        ListSection(
            document,
            "Services",
            ("service", "services"),
            [
                Column("Identifier", "id"),
                Column("Name", "name"),
                Column("Monthly fee", "monthly_fee", _fee),
            ],
            new_service,
            specs=SERVICE,
            noun="service",
        )
    )
    page.add_form(SCOPE)
    page.finish()
    return page
