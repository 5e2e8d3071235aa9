"""The general remedies of the Remedies page: caps, how credits become due (on claim or
automatically) with the claim procedure, chronic failure and earn-back.

Each subject is stated by the clause generated from these fields; its free text is printed after
that clause as additional terms. Fields that do not apply are hidden: the claim procedure when
credits apply automatically, what may be terminated in an agreement between departments.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from sla_designer.model import ChronicFailure, EarnBack
from sla_designer.ui.document import AgreementDocument
from sla_designer.ui.fields import FieldSpec
from sla_designer.ui.form import FieldForm
from sla_designer.ui.i18n import QT_TRANSLATE_NOOP, text_choices

PAYMENTS = text_choices("choices.payments", ("credit_on_next_invoice", "refund"))
CREDITS_APPLIED = text_choices("choices.credits_applied", ("on_claim", "automatically"))
CLAIM_STARTS = text_choices("choices.claim_starts", ("window_end", "report_delivered"))
CLAIM_EVIDENCE = text_choices(
    "choices.claim_evidence", ("monitoring", "monitoring_and_tickets", "service_report")
)
TERMINABLES = text_choices(
    "choices.terminables", ("affected_service", "agreement", "master_agreement")
)
ADDITIONAL_HELP = QT_TRANSLATE_NOOP(
    "Labels", "Printed after the generated clause; do not restate its numbers"
)

CLAIM = [
    FieldSpec(
        "remedies.claim.deadline_days",
        QT_TRANSLATE_NOOP("Labels", "Claim within"),
        "int",
        maximum=3650,
        unit="days",
    ),
    FieldSpec(
        "remedies.claim.runs_from",
        QT_TRANSLATE_NOOP("Labels", "Counted from"),
        "choice",
        choices=CLAIM_STARTS,
    ),
    FieldSpec(
        "remedies.claim.answer_business_days",
        QT_TRANSLATE_NOOP("Labels", "Provider answers within"),
        "int",
        minimum=1,
        maximum=365,
        unit="business_days",
        optional=True,
        help=QT_TRANSLATE_NOOP("Labels", "Confirms or disputes a claim; empty: no such step"),
    ),
    FieldSpec(
        "remedies.claim.evidence",
        QT_TRANSLATE_NOOP("Labels", "Answer based on"),
        "choice",
        choices=CLAIM_EVIDENCE,
    ),
    FieldSpec(
        "remedies.claim.method",
        QT_TRANSLATE_NOOP("Labels", "Additional claim terms"),
        "multiline",
        help=ADDITIONAL_HELP,
    ),
]
"""The claim procedure: shown only when credits apply on claim."""

TERMINATION = [
    FieldSpec(
        "remedies.chronic_failure.terminates",
        QT_TRANSLATE_NOOP("Labels", "May terminate"),
        "choice",
        choices=TERMINABLES,
    ),
    FieldSpec(
        "remedies.chronic_failure.notice_days",
        QT_TRANSLATE_NOOP("Labels", "Notice"),
        "int",
        maximum=3650,
        unit="days",
        optional=True,
        help=QT_TRANSLATE_NOOP("Labels", "Days of written notice; empty: written notice only"),
    ),
    FieldSpec(
        "remedies.chronic_failure.refund_prepaid",
        QT_TRANSLATE_NOOP("Labels", "Refund prepaid fees"),
        "bool",
        help=QT_TRANSLATE_NOOP("Labels", "Fees paid for the period after termination are refunded"),
    ),
    FieldSpec(
        "remedies.chronic_failure.waive_early_termination",
        QT_TRANSLATE_NOOP("Labels", "Waive early-termination fees"),
        "bool",
        help=QT_TRANSLATE_NOOP("Labels", "No early-termination fee is payable"),
    ),
]
"""What a chronic failure lets the customer terminate: not shown in an internal agreement."""

GENERAL = [
    FieldSpec(
        "remedies.monthly_cap", QT_TRANSLATE_NOOP("Labels", "Monthly cap"), "percent", optional=True
    ),
    FieldSpec(
        "remedies.yearly_cap", QT_TRANSLATE_NOOP("Labels", "Yearly cap"), "percent", optional=True
    ),
    FieldSpec("remedies.minimum_credit", QT_TRANSLATE_NOOP("Labels", "Minimum credit"), "money"),
    FieldSpec(
        "remedies.credits_applied",
        QT_TRANSLATE_NOOP("Labels", "Credits apply"),
        "choice",
        choices=CREDITS_APPLIED,
        help=QT_TRANSLATE_NOOP(
            "Labels", "On claim: the customer claims each credit; automatically: from the report"
        ),
    ),
    *CLAIM,
    FieldSpec(
        "remedies.payment",
        QT_TRANSLATE_NOOP("Labels", "Credits are paid as"),
        "choice",
        choices=PAYMENTS,
    ),
    FieldSpec(
        "remedies.exclusive_remedy",
        QT_TRANSLATE_NOOP("Labels", "Exclusive remedy"),
        "bool",
        help=QT_TRANSLATE_NOOP("Labels", "Service credits are the only remedy for missed targets"),
    ),
    FieldSpec(
        "remedies.chronic_failure",
        QT_TRANSLATE_NOOP("Labels", "Chronic failure"),
        "toggle",
        help=QT_TRANSLATE_NOOP("Labels", "Repeated breaches give a right to terminate"),
        factory=lambda: ChronicFailure(breaches=3, within_months=6),
    ),
    FieldSpec(
        "remedies.chronic_failure.breaches",
        QT_TRANSLATE_NOOP("Labels", "Breaches"),
        "int",
        minimum=1,
        maximum=100,
    ),
    FieldSpec(
        "remedies.chronic_failure.within_months",
        QT_TRANSLATE_NOOP("Labels", "Within"),
        "int",
        minimum=1,
        maximum=120,
        unit="months",
    ),
    FieldSpec(
        "remedies.chronic_failure.metrics",
        QT_TRANSLATE_NOOP("Labels", "Metrics that count"),
        "refs",
        ref=("metrics",),
        help=QT_TRANSLATE_NOOP("Labels", "None chosen: any service level"),
    ),
    FieldSpec(
        "remedies.chronic_failure.threshold",
        QT_TRANSLATE_NOOP("Labels", "Breach threshold"),
        "decimal",
        decimals=3,
        minimum=-1e9,
        maximum=1e9,
        optional=True,
        help=QT_TRANSLATE_NOOP(
            "Labels", "With one metric: a result worse than this counts; empty: a missed target"
        ),
    ),
    *TERMINATION,
    FieldSpec(
        "remedies.chronic_failure.description",
        QT_TRANSLATE_NOOP("Labels", "Additional chronic-failure terms"),
        "multiline",
        help=ADDITIONAL_HELP,
    ),
    FieldSpec(
        "remedies.earn_back",
        QT_TRANSLATE_NOOP("Labels", "Earn-back"),
        "toggle",
        help=QT_TRANSLATE_NOOP("Labels", "A credit is returned when targets are met afterwards"),
        factory=lambda: EarnBack(months_met=3),
    ),
    FieldSpec(
        "remedies.earn_back.months_met",
        QT_TRANSLATE_NOOP("Labels", "Months met"),
        "int",
        minimum=1,
        maximum=120,
    ),
    FieldSpec(
        "remedies.earn_back.metrics",
        QT_TRANSLATE_NOOP("Labels", "Credits of"),
        "refs",
        ref=("metrics",),
        help=QT_TRANSLATE_NOOP("Labels", "None chosen: every credit"),
    ),
    FieldSpec(
        "remedies.earn_back.description",
        QT_TRANSLATE_NOOP("Labels", "Additional earn-back terms"),
        "multiline",
        help=ADDITIONAL_HELP,
    ),
]


class _ApplicableRows(QObject):
    """Shows the claim fields only when credits apply on claim, and what a chronic failure
    terminates only in an agreement between legal persons (departments do not terminate).
    A child of the form, so its connections end with it."""

    def __init__(self, document: AgreementDocument, form: FieldForm) -> None:
        super().__init__(form)
        self.document = document
        self.form = form
        document.changed.connect(self.update)
        document.reset.connect(self.update)
        self.update()

    def update(self, *_: object) -> None:
        agreement = self.document.agreement
        on_claim = agreement.remedies.credits_applied == "on_claim"
        layout = self.form.form_layout
        for spec in CLAIM:
            layout.setRowVisible(self.form.editor(spec.name), on_claim)
        for spec in TERMINATION:
            layout.setRowVisible(self.form.editor(spec.name), not agreement.internal)


def applicable_rows(document: AgreementDocument, form: FieldForm) -> None:
    """Keep the rows of the general remedies form to those that apply."""
    _ApplicableRows(document, form)
