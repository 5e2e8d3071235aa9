"""Step 3: the services covered, the scope, limitations and exclusions."""

from __future__ import annotations

from sla_designer.model import Service
from sla_designer.ui.document import AgreementDocument, FieldPath
from sla_designer.ui.fields import FieldSpec
from sla_designer.ui.i18n import QT_TRANSLATE_NOOP
from sla_designer.ui.item_models import Column
from sla_designer.ui.list_section import ListSection, unique_id
from sla_designer.ui.pages.base import Page

STEP = "service"

SERVICE = [
    FieldSpec("id", QT_TRANSLATE_NOOP("Labels", "Identifier"), "id"),
    FieldSpec("name", QT_TRANSLATE_NOOP("Labels", "Name")),
    FieldSpec("description", QT_TRANSLATE_NOOP("Labels", "Description"), "multiline"),
    FieldSpec(
        "monthly_fee",
        QT_TRANSLATE_NOOP("Labels", "Monthly fee"),
        "money",
        help=QT_TRANSLATE_NOOP("Labels", "The basis of service credits"),
    ),
]
SCOPE = [
    FieldSpec(
        "service.scope",
        QT_TRANSLATE_NOOP("Labels", "In scope"),
        "lines",
        help=QT_TRANSLATE_NOOP("Labels", "What is covered, one item per line"),
    ),
    FieldSpec(
        "service.limitations",
        QT_TRANSLATE_NOOP("Labels", "Limitations"),
        "lines",
        help=QT_TRANSLATE_NOOP("Labels", "One limitation per line"),
    ),
    FieldSpec(
        "service.exclusions",
        QT_TRANSLATE_NOOP("Labels", "Exclusions"),
        "lines",
        help=QT_TRANSLATE_NOOP("Labels", "What is not covered, one per line"),
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
        QT_TRANSLATE_NOOP("Labels", "Service"),
        QT_TRANSLATE_NOOP(
            "Labels", "The services this agreement covers, and plainly what is in and out of scope."
        ),
    )
    page.add_section(
        ListSection(
            document,
            QT_TRANSLATE_NOOP("Labels", "Services"),
            ("service", "services"),
            [
                Column(QT_TRANSLATE_NOOP("Labels", "Identifier"), "id"),
                Column(QT_TRANSLATE_NOOP("Labels", "Name"), "name"),
                Column(QT_TRANSLATE_NOOP("Labels", "Monthly fee"), "monthly_fee", _fee),
            ],
            new_service,
            specs=SERVICE,
            noun=QT_TRANSLATE_NOOP("Labels", "service"),
        )
    )
    page.add_form(SCOPE)
    page.finish()
    return page
