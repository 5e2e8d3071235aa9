"""Step 3: the services covered, the scope, limitations and exclusions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sla_designer.model import Agreement, Money, Party, Service
from sla_designer.text.values import formatter
from sla_designer.ui.document import AgreementDocument, FieldPath
from sla_designer.ui.fields import FieldSpec
from sla_designer.ui.i18n import QT_TRANSLATE_NOOP, current_language
from sla_designer.ui.item_models import Column
from sla_designer.ui.list_section import ListSection, unique_id
from sla_designer.ui.pages.base import Page

STEP = "service"


def _names(parties: list[Party]) -> str:
    return ", ".join(p.display_name or p.id for p in parties)


def default_provider(agreement: Agreement) -> str:
    """What a service naming no provider is provided by, in words."""
    party = agreement.default_provider()
    if party is None:
        return QCoreApplication.translate("Service", "(none: no party is a provider or supplier)")
    return QCoreApplication.translate("Service", "The agreement's provider: %1").replace(
        "%1", _names([party])
    )


def default_recipients(agreement: Agreement) -> str:
    """Whom a service naming no recipients is provided to, in words."""
    parties = agreement.default_recipients()
    if not parties:
        return QCoreApplication.translate(
            "Service", "None ticked, and no party is a customer: tick the parties it is for."
        )
    return QCoreApplication.translate("Service", "None ticked: the customers (%1).").replace(
        "%1", _names(parties)
    )


def _provided_by(document: AgreementDocument) -> Column:
    def show(service: Service) -> str:
        party = document.agreement.provider_of(service)
        return _names([party]) if party else ""

    return Column(QT_TRANSLATE_NOOP("Labels", "Provided by"), "", show)


def _provided_to(document: AgreementDocument) -> Column:
    def show(service: Service) -> str:
        return _names(document.agreement.recipients_of(service))

    return Column(QT_TRANSLATE_NOOP("Labels", "Provided to"), "", show)


SERVICE = [
    FieldSpec("id", QT_TRANSLATE_NOOP("Labels", "Identifier"), "id"),
    FieldSpec("name", QT_TRANSLATE_NOOP("Labels", "Name")),
    FieldSpec(
        "provider",
        QT_TRANSLATE_NOOP("Labels", "Provided by"),
        "ref",
        ref=("parties",),
        optional=True,
        help=QT_TRANSLATE_NOOP("Labels", "The party that owes this service and its metrics"),
        default=default_provider,
    ),
    FieldSpec(
        "recipients",
        QT_TRANSLATE_NOOP("Labels", "Provided to"),
        "refs",
        ref=("parties",),
        help=QT_TRANSLATE_NOOP("Labels", "The parties this service and its metrics are owed to"),
        default=default_recipients,
    ),
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


def _fee(value: Money | None) -> str:
    """A monthly fee in the interface language: 'R$ 25.000,00', '$25,000.00'."""
    return "" if value is None else formatter(current_language()).money(value)


def new_service(document: AgreementDocument, path: FieldPath) -> Service:
    return Service(id=unique_id(document, path, "service"), name="")


def build(document: AgreementDocument) -> Page:
    """The Service page."""
    page = Page(
        document,
        QT_TRANSLATE_NOOP("Labels", "Service"),
        QT_TRANSLATE_NOOP(
            "Labels",
            "The services this agreement covers, who provides each one to whom, and plainly what "
            "is in and out of scope.",
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
                _provided_by(document),
                _provided_to(document),
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
