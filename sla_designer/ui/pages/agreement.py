"""Step 1: what the agreement is, when it runs, and its revision history."""

from __future__ import annotations

import datetime as dt

from sla_designer.model import Revision
from sla_designer.ui.document import AgreementDocument, FieldPath
from sla_designer.ui.fields import FieldSpec
from sla_designer.ui.item_models import Column
from sla_designer.ui.list_section import ListSection
from sla_designer.ui.pages.base import Page

STEP = "agreement"

KINDS = (
    ("customer_sla", "Customer SLA"),
    ("internal_sla", "Internal SLA"),
    ("ola", "Operational level agreement (OLA)"),
    ("underpinning_contract", "Underpinning contract"),
)
STATUSES = (
    ("draft", "Draft"),
    ("in_review", "In review"),
    ("approved", "Approved"),
    ("signed", "Signed"),
)
LANGUAGES = (("en", "English"), ("pt-BR", "Português (Brasil)"))
RENEWALS = (
    ("none", "Does not renew"),
    ("automatic", "Renews automatically"),
    ("by_agreement", "Renews by agreement"),
)

FIELDS = [
    FieldSpec("title", "Title", help="e.g. Managed hosting service level agreement"),
    FieldSpec("reference", "Reference", help="Your contract number"),
    FieldSpec("kind", "Kind", "choice", choices=KINDS),
    FieldSpec("language", "Document language", "choice", choices=LANGUAGES),
    FieldSpec("version", "Version"),
    FieldSpec("status", "Status", "choice", choices=STATUSES),
    FieldSpec("effective_date", "Effective date", "date"),
    FieldSpec("currency", "Currency", help="ISO 4217 code, e.g. USD, EUR, BRL"),
    FieldSpec("master_agreement", "Master agreement", help="The contract this SLA belongs to"),
    FieldSpec("jurisdiction", "Jurisdiction", help="Court district (foro), e.g. São Paulo/SP"),
]
TERM = [
    FieldSpec(
        "term.months", "Term", "int", minimum=1, maximum=1200, suffix=" months", optional=True
    ),
    FieldSpec("term.expiry_date", "Expiry date", "date"),
    FieldSpec("term.renewal", "Renewal", "choice", choices=RENEWALS),
    FieldSpec(
        "term.renewal_months",
        "Renewal term",
        "int",
        minimum=1,
        maximum=1200,
        suffix=" months",
        optional=True,
    ),
    FieldSpec("term.notice_days", "Notice", "int", maximum=3650, suffix=" days"),
    FieldSpec("notes", "Notes", "multiline"),
]
REVISION = [
    FieldSpec("version", "Version"),
    FieldSpec("date", "Date", "date"),
    FieldSpec("author", "Author"),
    FieldSpec("description", "Description", "multiline"),
]


def new_revision(document: AgreementDocument, path: FieldPath) -> Revision:
    return Revision(version=document.agreement.version, date=dt.date.today())


def build(document: AgreementDocument) -> Page:
    """The Agreement page."""
    page = Page(
        document,
        "Agreement",
        "What this agreement is, who it is written in, when it takes effect and how long it runs.",
    )
    page.add_form(FIELDS)
    page.add_form(TERM)
    page.add_section(
        ListSection(
            document,
            "Revision history",
            ("revisions",),
            [Column("Version", "version"), Column("Date", "date"), Column("Author", "author")],
            new_revision,
            specs=REVISION,
            noun="revision",
        )
    )
    page.finish()
    return page
