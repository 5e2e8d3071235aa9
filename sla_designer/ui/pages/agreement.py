"""Step 1: what the agreement is, when it runs, and its revision history."""

from __future__ import annotations

import datetime as dt

from sla_designer.model import Revision
from sla_designer.text import LANGUAGES
from sla_designer.ui.date_field import show_date
from sla_designer.ui.document import AgreementDocument, FieldPath
from sla_designer.ui.fields import FieldSpec
from sla_designer.ui.i18n import QT_TRANSLATE_NOOP, text_choices
from sla_designer.ui.item_models import Column
from sla_designer.ui.list_section import ListSection
from sla_designer.ui.pages.base import Page

STEP = "agreement"

KINDS = text_choices(
    "choices.agreement_kinds", ("customer_sla", "internal_sla", "ola", "underpinning_contract")
)
STATUSES = text_choices("choices.statuses", ("draft", "in_review", "approved", "signed"))
LANGUAGE_CHOICES = text_choices("choices.languages", LANGUAGES)
RENEWALS = text_choices("choices.renewals", ("none", "automatic", "by_agreement"))
DATE_STYLES = text_choices("choices.date_styles", ("british", "american"))

FIELDS = [
    FieldSpec(
        "title",
        QT_TRANSLATE_NOOP("Labels", "Title"),
        help=QT_TRANSLATE_NOOP("Labels", "e.g. Managed hosting service level agreement"),
    ),
    FieldSpec(
        "reference",
        QT_TRANSLATE_NOOP("Labels", "Reference"),
        help=QT_TRANSLATE_NOOP("Labels", "Your contract number"),
    ),
    FieldSpec("kind", QT_TRANSLATE_NOOP("Labels", "Kind"), "choice", choices=KINDS),
    FieldSpec(
        "language",
        QT_TRANSLATE_NOOP("Labels", "Document language"),
        "choice",
        choices=LANGUAGE_CHOICES,
    ),
    FieldSpec("version", QT_TRANSLATE_NOOP("Labels", "Version")),
    FieldSpec("status", QT_TRANSLATE_NOOP("Labels", "Status"), "choice", choices=STATUSES),
    FieldSpec("effective_date", QT_TRANSLATE_NOOP("Labels", "Effective date"), "date"),
    FieldSpec(
        "currency",
        QT_TRANSLATE_NOOP("Labels", "Currency"),
        "currency",
        help=QT_TRANSLATE_NOOP("Labels", "Choose by name, or type its symbol or code, e.g. R$"),
    ),
    FieldSpec(
        "master_agreement",
        QT_TRANSLATE_NOOP("Labels", "Master agreement"),
        help=QT_TRANSLATE_NOOP("Labels", "The contract this SLA belongs to"),
    ),
    FieldSpec(
        "governing_law",
        QT_TRANSLATE_NOOP("Labels", "Governing law"),
        help=QT_TRANSLATE_NOOP(
            "Labels", "e.g. England and Wales; leave blank for Brazilian law in Portuguese"
        ),
    ),
    FieldSpec(
        "forum",
        QT_TRANSLATE_NOOP("Labels", "Forum (courts)"),
        help=QT_TRANSLATE_NOOP(
            "Labels", "e.g. England and Wales; in Portuguese a comarca: Belo Horizonte/MG"
        ),
    ),
    FieldSpec(
        "date_style",
        QT_TRANSLATE_NOOP("Labels", "Date style"),
        "choice",
        choices=DATE_STYLES,
    ),
]
TERM = [
    FieldSpec(
        "term.months",
        QT_TRANSLATE_NOOP("Labels", "Term"),
        "int",
        minimum=1,
        maximum=1200,
        unit="months",
        optional=True,
    ),
    FieldSpec("term.expiry_date", QT_TRANSLATE_NOOP("Labels", "Expiry date"), "date"),
    FieldSpec("term.renewal", QT_TRANSLATE_NOOP("Labels", "Renewal"), "choice", choices=RENEWALS),
    FieldSpec(
        "term.renewal_months",
        QT_TRANSLATE_NOOP("Labels", "Renewal term"),
        "int",
        minimum=1,
        maximum=1200,
        unit="months",
        optional=True,
    ),
    FieldSpec(
        "term.notice_days",
        QT_TRANSLATE_NOOP("Labels", "Notice"),
        "int",
        maximum=3650,
        unit="days",
    ),
    FieldSpec("notes", QT_TRANSLATE_NOOP("Labels", "Notes"), "multiline"),
]
REVISION = [
    FieldSpec("version", QT_TRANSLATE_NOOP("Labels", "Version")),
    FieldSpec("date", QT_TRANSLATE_NOOP("Labels", "Date"), "date"),
    FieldSpec("author", QT_TRANSLATE_NOOP("Labels", "Author")),
    FieldSpec("description", QT_TRANSLATE_NOOP("Labels", "Description"), "multiline"),
]


def new_revision(document: AgreementDocument, path: FieldPath) -> Revision:
    return Revision(version=document.agreement.version, date=dt.date.today())


def build(document: AgreementDocument) -> Page:
    """The Agreement page."""
    page = Page(
        document,
        QT_TRANSLATE_NOOP("Labels", "Agreement"),
        QT_TRANSLATE_NOOP(
            "Labels",
            "What this agreement is, who it is written in, when it takes effect and how long "
            "it runs.",
        ),
    )
    page.add_form(FIELDS)
    page.add_form(TERM)
    page.add_section(
        ListSection(
            document,
            QT_TRANSLATE_NOOP("Labels", "Revision history"),
            ("revisions",),
            [
                Column(QT_TRANSLATE_NOOP("Labels", "Version"), "version"),
                Column(QT_TRANSLATE_NOOP("Labels", "Date"), "date", display=show_date),
                Column(QT_TRANSLATE_NOOP("Labels", "Author"), "author"),
            ],
            new_revision,
            specs=REVISION,
            noun=QT_TRANSLATE_NOOP("Labels", "revision"),
        )
    )
    page.finish()
    return page
