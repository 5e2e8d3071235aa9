"""Step 11: the standard clauses, each switched on or off, with its few facts and, where the
generated wording does not suit, the agreement's own words in its place."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from sla_designer.model.standard_clauses import NoticeAddress
from sla_designer.ui.document import AgreementDocument, FieldPath
from sla_designer.ui.fields import FieldSpec
from sla_designer.ui.i18n import QT_TRANSLATE_NOOP, label, text_choices
from sla_designer.ui.item_models import Column
from sla_designer.ui.list_section import ListSection
from sla_designer.ui.pages.base import Page

STEP = "clauses"

COSTS = text_choices("choices.expert_costs", ("shared", "losing_party"))
GAPS = text_choices("choices.monitoring_gaps", ("other_records", "not_counted", "counted"))
METHODS = text_choices("choices.notice_methods", ("email_or_letter", "email", "registered_letter"))
LAWS = text_choices("choices.data_laws", ("lgpd", "gdpr", "uk_gdpr", "hipaa"))

OWN_WORDS_HELP = QT_TRANSLATE_NOOP(
    "Labels", "Leave empty for the generated clause; text here replaces it in the document"
)


def _switch(name: str) -> FieldSpec:
    return FieldSpec(
        f"clauses.{name}.enabled",
        QT_TRANSLATE_NOOP("Labels", "In the document"),
        "bool",
        help=QT_TRANSLATE_NOOP("Labels", "Include this clause"),
    )


def _own_words(name: str) -> FieldSpec:
    return FieldSpec(
        f"clauses.{name}.text",
        QT_TRANSLATE_NOOP("Labels", "Own wording"),
        "multiline",
        help=OWN_WORDS_HELP,
    )


CLAUSES: list[tuple[str, str, str, list[FieldSpec]]] = [
    (
        "interpretation",
        QT_TRANSLATE_NOOP("Labels", "Interpretation clause"),
        QT_TRANSLATE_NOOP(
            "Labels",
            "How periods of Business Days are counted, and what headings and “including” mean",
        ),
        [],
    ),
    (
        "precedence",
        QT_TRANSLATE_NOOP("Labels", "Order of precedence and term"),
        QT_TRANSLATE_NOOP(
            "Labels",
            "The master agreement prevails, except as to the service levels and credits set out "
            "here. Said only where there is a master agreement.",
        ),
        [
            FieldSpec(
                "clauses.precedence.term_follows_master",
                QT_TRANSLATE_NOOP("Labels", "Term"),
                "bool",
                help=QT_TRANSLATE_NOOP("Labels", "Ends when the master agreement ends"),
            )
        ],
    ),
    (
        "credit_nature",
        QT_TRANSLATE_NOOP("Labels", "Nature of service credits"),
        QT_TRANSLATE_NOOP(
            "Labels",
            "Credits are a price adjustment, not a penalty (in Portuguese: Civil Code arts. 412, "
            "413 and 416). Said where the agreement has service credits.",
        ),
        [
            FieldSpec(
                "clauses.credit_nature.counts_towards_liability_cap",
                QT_TRANSLATE_NOOP("Labels", "Liability cap"),
                "bool",
                help=QT_TRANSLATE_NOOP(
                    "Labels", "Credits count towards the master agreement's limit of liability"
                ),
            ),
            FieldSpec(
                "clauses.credit_nature.paid_after_termination",
                QT_TRANSLATE_NOOP("Labels", "After the end"),
                "bool",
                help=QT_TRANSLATE_NOOP("Labels", "Credits accrued remain due after the end"),
            ),
        ],
    ),
    (
        "measurement_disputes",
        QT_TRANSLATE_NOOP("Labels", "Measurement disputes and monitoring failure"),
        QT_TRANSLATE_NOOP(
            "Labels",
            "A disputed measurement goes through escalation first, then to an independent "
            "expert; and what counts while the monitoring itself is down.",
        ),
        [
            FieldSpec(
                "clauses.measurement_disputes.expert",
                QT_TRANSLATE_NOOP("Labels", "Independent expert"),
                "bool",
                help=QT_TRANSLATE_NOOP("Labels", "Refer what escalation cannot settle"),
            ),
            FieldSpec(
                "clauses.measurement_disputes.expert_days",
                QT_TRANSLATE_NOOP("Labels", "Referral after"),
                "int",
                minimum=1,
                maximum=365,
                unit="days",
            ),
            FieldSpec(
                "clauses.measurement_disputes.costs",
                QT_TRANSLATE_NOOP("Labels", "Expert's fees"),
                "choice",
                choices=COSTS,
            ),
            FieldSpec(
                "clauses.measurement_disputes.monitoring_gap",
                QT_TRANSLATE_NOOP("Labels", "Monitoring failure"),
                "choice",
                choices=GAPS,
            ),
        ],
    ),
    (
        "notices",
        QT_TRANSLATE_NOOP("Labels", "Notices"),
        QT_TRANSLATE_NOOP(
            "Labels",
            "How notices are given. Each party receives them at the address below, else at its "
            "own address and the e-mail of its first contact.",
        ),
        [
            FieldSpec(
                "clauses.notices.method",
                QT_TRANSLATE_NOOP("Labels", "By"),
                "choice",
                choices=METHODS,
            )
        ],
    ),
    (
        "confidentiality",
        QT_TRANSLATE_NOOP("Labels", "Confidentiality"),
        QT_TRANSLATE_NOOP("Labels", "Reports and monitoring data are confidential."),
        [],
    ),
    (
        "force_majeure",
        QT_TRANSLATE_NOOP("Labels", "Force majeure"),
        QT_TRANSLATE_NOOP(
            "Labels", "By reference to the master agreement, or a short clause without one."
        ),
        [],
    ),
    (
        "data_protection",
        QT_TRANSLATE_NOOP("Labels", "Data protection"),
        QT_TRANSLATE_NOOP(
            "Labels",
            "Said when the services process personal data. With no law ticked, the laws follow "
            "from the language and the parties' countries (LGPD, GDPR, UK GDPR).",
        ),
        [
            FieldSpec(
                "clauses.data_protection.processes_personal_data",
                QT_TRANSLATE_NOOP("Labels", "Personal data"),
                "bool",
                help=QT_TRANSLATE_NOOP("Labels", "The services process personal data"),
            ),
            FieldSpec(
                "clauses.data_protection.laws",
                QT_TRANSLATE_NOOP("Labels", "Laws"),
                "checks",
                choices=LAWS,
            ),
        ],
    ),
    (
        "signature",
        QT_TRANSLATE_NOOP("Labels", "Counterparts and electronic signature"),
        QT_TRANSLATE_NOOP(
            "Labels", "In Portuguese: electronic signature under MP 2.200-2/2001 (ICP-Brasil)."
        ),
        [],
    ),
    (
        "no_waiver",
        QT_TRANSLATE_NOOP("Labels", "No waiver"),
        QT_TRANSLATE_NOOP(
            "Labels", "Tolerating a breach does not waive a right or amend the text."
        ),
        [],
    ),
    (
        "anticorruption",
        QT_TRANSLATE_NOOP("Labels", "Anti-corruption"),
        QT_TRANSLATE_NOOP("Labels", "In Portuguese: Law 12.846/2013."),
        [],
    ),
]
"""Each clause: its name in the model, title, what it says, and its own fields."""

NOTICE_ADDRESS = [
    FieldSpec("party", QT_TRANSLATE_NOOP("Labels", "Party"), "ref", ref=("parties",)),
    FieldSpec("attention", QT_TRANSLATE_NOOP("Labels", "For the attention of")),
    FieldSpec("email", QT_TRANSLATE_NOOP("Labels", "E-mail")),
    FieldSpec("address", QT_TRANSLATE_NOOP("Labels", "Address"), "multiline"),
]


def new_address(document: AgreementDocument, path: FieldPath) -> NoticeAddress:
    agreement = document.agreement
    taken = {a.party for a in agreement.clauses.notices.addresses}
    free = [p.id for p in agreement.parties if p.id not in taken]
    first = agreement.parties[0].id if agreement.parties else "provider"
    return NoticeAddress(party=free[0] if free else first)


def _title(page: Page, title: str, intro: str) -> None:
    heading = QLabel(label(title))
    heading.setStyleSheet("font-size: 12pt; font-weight: 600; margin-top: 10px;")
    page.column.addWidget(heading)
    explanation = QLabel(label(intro))
    explanation.setWordWrap(True)
    explanation.setStyleSheet("color: palette(dark);")
    page.column.addWidget(explanation)


def build(document: AgreementDocument) -> Page:
    """The Standard clauses page."""
    page = Page(
        document,
        QT_TRANSLATE_NOOP("Labels", "Standard clauses"),
        QT_TRANSLATE_NOOP(
            "Labels",
            "The clauses every contract has besides its service levels. Each is written from the "
            "agreement; switch off those that do not fit, or give your own wording. Agreements "
            "between departments hold only interpretation, precedence, measurement disputes and "
            "confidentiality.",
        ),
    )
    for name, title, intro, specs in CLAUSES:
        _title(page, title, intro)
        page.add_form([_switch(name), *specs, _own_words(name)])
        if name == "notices":
            page.add_section(
                ListSection(
                    document,
                    QT_TRANSLATE_NOOP("Labels", "Addresses for notices"),
                    ("clauses", "notices", "addresses"),
                    [
                        Column(QT_TRANSLATE_NOOP("Labels", "Party"), "party", ref=("parties",)),
                        Column(QT_TRANSLATE_NOOP("Labels", "For the attention of"), "attention"),
                        Column(QT_TRANSLATE_NOOP("Labels", "E-mail"), "email"),
                    ],
                    new_address,
                    specs=NOTICE_ADDRESS,
                    noun=QT_TRANSLATE_NOOP("Labels", "address"),
                    empty_text=QT_TRANSLATE_NOOP(
                        "Labels", "None: each party's own address and e-mail serve."
                    ),
                )
            )
    page.finish()
    return page
