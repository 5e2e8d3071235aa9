"""Step 2: the parties, their representatives and contacts."""

from __future__ import annotations

from sla_designer.model import Contact, Party, Representative
from sla_designer.ui.document import AgreementDocument, FieldPath
from sla_designer.ui.fields import FieldSpec
from sla_designer.ui.item_models import Column, choice_label
from sla_designer.ui.list_section import ListSection, unique_id
from sla_designer.ui.pages.base import Page

STEP = "parties"

ROLES = (
    ("provider", "Provider"),
    ("customer", "Customer"),
    ("supplier", "Supplier"),
    ("other", "Other"),
)
PARTY = [
    FieldSpec("id", "Identifier", "id", help="Short name other sections refer to, e.g. acme"),
    FieldSpec("role", "Role", "choice", choices=ROLES),
    FieldSpec("legal_name", "Legal name", help="Company name as registered"),
    FieldSpec("short_name", "Short name"),
    FieldSpec("tax_id", "Tax number", help="e.g. CNPJ 00.000.000/0000-00"),
    FieldSpec("address", "Address", "multiline"),
    FieldSpec(
        "representative",
        "Representative",
        "toggle",
        help="A person signs for this party",
        factory=lambda: Representative(name=""),
    ),
    FieldSpec("representative.name", "Representative name"),
    FieldSpec("representative.title", "Representative title"),
    FieldSpec("representative.tax_id", "Representative tax number", help="e.g. CPF"),
]
CONTACT = [
    FieldSpec("name", "Name"),
    FieldSpec("function", "Function"),
    FieldSpec("email", "E-mail"),
    FieldSpec("phone", "Phone"),
]
CONTACT_COLUMNS = [
    Column("Name", "name", editable=True),
    Column("Function", "function", editable=True),
    Column("E-mail", "email", editable=True),
    Column("Phone", "phone", editable=True),
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
        "Contacts",
        ("contacts",),
        CONTACT_COLUMNS,
        new_contact,
        specs=CONTACT,
        noun="contact",
        prefix=None,
    )


def build(document: AgreementDocument) -> Page:
    """The Parties page."""
    page = Page(
        document,
        "Parties",
        "Two or more parties. Every obligation names its party; internal agreements often "
        "have three or more departments.",
    )
    section = page.add_section(
        ListSection(
            document,
            "Parties",
            ("parties",),
            [
                Column("Identifier", "id"),
                Column("Role", "role", choice_label(ROLES)),
                Column("Legal name", "legal_name"),
                Column("Tax number", "tax_id"),
            ],
            new_party,
            specs=PARTY,
            noun="party",
        )
    )
    section.add_child(contacts_section(document))
    page.finish()
    return page
