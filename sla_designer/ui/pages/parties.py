"""Step 2: the parties, their representatives and contacts."""

from __future__ import annotations

from sla_designer.model import Contact, Party, Representative
from sla_designer.ui.document import AgreementDocument, FieldPath
from sla_designer.ui.fields import FieldSpec
from sla_designer.ui.i18n import QT_TRANSLATE_NOOP, text_choices
from sla_designer.ui.item_models import Column, choice_label
from sla_designer.ui.list_section import ListSection, unique_id
from sla_designer.ui.pages.base import Page

STEP = "parties"

ROLES = text_choices("choices.roles", ("provider", "customer", "supplier", "other"))
INSTRUMENTS = text_choices("choices.instruments", ("", "articles", "bylaws", "power_of_attorney"))
PARTY = [
    FieldSpec(
        "id",
        QT_TRANSLATE_NOOP("Labels", "Identifier"),
        "id",
        help=QT_TRANSLATE_NOOP("Labels", "Short name other sections refer to, e.g. acme"),
    ),
    FieldSpec("role", QT_TRANSLATE_NOOP("Labels", "Role"), "choice", choices=ROLES),
    FieldSpec(
        "legal_name",
        QT_TRANSLATE_NOOP("Labels", "Legal name"),
        help=QT_TRANSLATE_NOOP("Labels", "Company name as registered"),
    ),
    FieldSpec("short_name", QT_TRANSLATE_NOOP("Labels", "Short name")),
    FieldSpec(
        "country",
        QT_TRANSLATE_NOOP("Labels", "Country"),
        "country",
        help=QT_TRANSLATE_NOOP(
            "Labels", "Where the party is registered: the contract names its tax number after it"
        ),
    ),
    FieldSpec(
        "tax_id",
        QT_TRANSLATE_NOOP("Labels", "Tax number"),
        help=QT_TRANSLATE_NOOP(
            "Labels", "The number alone, e.g. 00.000.000/0000-00: the country says what it is"
        ),
    ),
    FieldSpec("address", QT_TRANSLATE_NOOP("Labels", "Address"), "multiline"),
    FieldSpec(
        "representative",
        QT_TRANSLATE_NOOP("Labels", "Representative"),
        "toggle",
        help=QT_TRANSLATE_NOOP("Labels", "A person signs for this party"),
        factory=lambda: Representative(name=""),
    ),
    FieldSpec("representative.name", QT_TRANSLATE_NOOP("Labels", "Representative name")),
    FieldSpec("representative.title", QT_TRANSLATE_NOOP("Labels", "Representative title")),
    FieldSpec(
        "representative.tax_id",
        QT_TRANSLATE_NOOP("Labels", "Representative tax number"),
        help=QT_TRANSLATE_NOOP("Labels", "e.g. CPF"),
    ),
    FieldSpec(
        "representative.instrument",
        QT_TRANSLATE_NOOP("Labels", "Signs under"),
        "choice",
        choices=INSTRUMENTS,
        help=QT_TRANSLATE_NOOP(
            "Labels", "What empowers the representative to sign: named in the preamble"
        ),
    ),
]
CONTACT = [
    FieldSpec("name", QT_TRANSLATE_NOOP("Labels", "Name")),
    FieldSpec("function", QT_TRANSLATE_NOOP("Labels", "Function")),
    FieldSpec("email", QT_TRANSLATE_NOOP("Labels", "E-mail")),
    FieldSpec("phone", QT_TRANSLATE_NOOP("Labels", "Phone")),
]
CONTACT_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Labels", "Name"), "name", editable=True),
    Column(QT_TRANSLATE_NOOP("Labels", "Function"), "function", editable=True),
    Column(QT_TRANSLATE_NOOP("Labels", "E-mail"), "email", editable=True),
    Column(QT_TRANSLATE_NOOP("Labels", "Phone"), "phone", editable=True),
]


def new_party(document: AgreementDocument, path: FieldPath) -> Party:
    roles = {p.role for p in document.agreement.parties}
    role = (
        "provider"
        if "provider" not in roles
        else "customer"
        if "customer" not in roles
        else "other"
    )
    return Party(id=unique_id(document, path, "party"), role=role, legal_name="")


def new_contact(document: AgreementDocument, path: FieldPath) -> Contact:
    return Contact(name="")


def contacts_section(document: AgreementDocument) -> ListSection:
    """Contacts of the chosen item (used by parties and escalation levels)."""
    return ListSection(
        document,
        QT_TRANSLATE_NOOP("Labels", "Contacts"),
        ("contacts",),
        CONTACT_COLUMNS,
        new_contact,
        specs=CONTACT,
        noun=QT_TRANSLATE_NOOP("Labels", "contact"),
        prefix=None,
    )


def build(document: AgreementDocument) -> Page:
    """The Parties page."""
    page = Page(
        document,
        QT_TRANSLATE_NOOP("Labels", "Parties"),
        QT_TRANSLATE_NOOP(
            "Labels",
            "Two or more parties. Every obligation names its party; internal agreements often "
            "have three or more departments.",
        ),
    )
    section = page.add_section(
        ListSection(
            document,
            QT_TRANSLATE_NOOP("Labels", "Parties"),
            ("parties",),
            [
                Column(QT_TRANSLATE_NOOP("Labels", "Identifier"), "id"),
                Column(QT_TRANSLATE_NOOP("Labels", "Role"), "role", choice_label(ROLES)),
                Column(QT_TRANSLATE_NOOP("Labels", "Legal name"), "legal_name"),
                Column(QT_TRANSLATE_NOOP("Labels", "Tax number"), "tax_id"),
            ],
            new_party,
            specs=PARTY,
            noun=QT_TRANSLATE_NOOP("Labels", "party"),
        )
    )
    section.add_child(contacts_section(document))
    page.finish()
    return page
