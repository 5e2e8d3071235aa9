"""Step 9: service credits, caps, claims, chronic failure and earn-back."""

from __future__ import annotations

from decimal import Decimal

from sla_designer.model import (
    ChronicFailure,
    CreditSchedule,
    CreditTier,
    DowntimeBand,
    EarnBack,
    LinearCreditRule,
)
from sla_designer.ui.document import AgreementDocument, FieldPath
from sla_designer.ui.fields import FieldSpec
from sla_designer.ui.item_models import Column, choice_label
from sla_designer.ui.list_section import ListSection, unique_id
from sla_designer.ui.pages.base import Page
from sla_designer.ui.pages.live_panels import credit_curve_panel

STEP = "remedies"

BASES = (
    ("monthly_fee_of_service", "Monthly fee of the affected service"),
    ("monthly_fee_total", "Total monthly fee"),
    ("annual_fee", "Annual fee"),
)
RULES = (
    ("tiers", "Tiers by measured value"),
    ("linear", "Linear per step missed"),
    ("downtime_bands", "Bands of total downtime"),
)
PAYMENTS = (("credit_on_next_invoice", "Credit on the next invoice"), ("refund", "Refund"))

SCHEDULE = [
    FieldSpec("id", "Identifier", "id"),
    FieldSpec("metric", "Metric", "ref", ref=("metrics",)),
    FieldSpec("basis", "Credit basis", "choice", choices=BASES),
    FieldSpec("service", "Service", "ref", ref=("service", "services"), optional=True),
    FieldSpec("rule", "Rule", "choice", choices=RULES),
    FieldSpec("cap", "Cap", "percent", optional=True, help="Of the basis, per period"),
    FieldSpec(
        "linear",
        "Linear rule",
        "toggle",
        help="Used when the rule is linear",
        factory=lambda: LinearCreditRule(
            start=Decimal("99.9"), step=Decimal("0.1"), credit_per_step=Decimal(5)
        ),
    ),
    FieldSpec("linear.start", "Starts below", "decimal", decimals=3, maximum=1e9),
    FieldSpec("linear.step", "Per step of", "decimal", decimals=3, maximum=1e9),
    FieldSpec("linear.credit_per_step", "Credit per step", "percent"),
    FieldSpec("linear.maximum", "Maximum credit", "percent", optional=True),
]
TIER = [
    FieldSpec(
        "at_least", "At least", "decimal", decimals=3, minimum=-1, maximum=1e9, optional=True
    ),
    FieldSpec("below", "Below", "decimal", decimals=3, minimum=-1, maximum=1e9, optional=True),
    FieldSpec("credit", "Credit", "percent"),
]
BAND = [
    FieldSpec("over", "Downtime over", "duration"),
    FieldSpec("up_to", "Up to", "duration", optional=True),
    FieldSpec("credit", "Credit", "percent"),
]
GENERAL = [
    FieldSpec("remedies.monthly_cap", "Monthly cap", "percent", optional=True),
    FieldSpec("remedies.yearly_cap", "Yearly cap", "percent", optional=True),
    FieldSpec("remedies.minimum_credit", "Minimum credit", "money"),
    FieldSpec("remedies.claim.deadline_days", "Claim within", "int", maximum=3650, suffix=" days"),
    FieldSpec("remedies.claim.method", "How to claim", "multiline"),
    FieldSpec("remedies.payment", "Credits are paid as", "choice", choices=PAYMENTS),
    FieldSpec(
        "remedies.exclusive_remedy",
        "Exclusive remedy",
        "bool",
        help="Service credits are the only remedy for missed targets",
    ),
    FieldSpec(
        "remedies.chronic_failure",
        "Chronic failure",
        "toggle",
        help="Repeated breaches give a right to terminate",
        factory=lambda: ChronicFailure(breaches=3, within_months=6),
    ),
    FieldSpec("remedies.chronic_failure.breaches", "Breaches", "int", minimum=1, maximum=100),
    FieldSpec(
        "remedies.chronic_failure.within_months",
        "Within",
        "int",
        minimum=1,
        maximum=120,
        suffix=" months",
    ),
    FieldSpec("remedies.chronic_failure.description", "Termination right", "multiline"),
    FieldSpec(
        "remedies.earn_back",
        "Earn-back",
        "toggle",
        help="A credit is returned when targets are met afterwards",
        factory=lambda: EarnBack(months_met=3),
    ),
    FieldSpec("remedies.earn_back.months_met", "Months met", "int", minimum=1, maximum=120),
    FieldSpec("remedies.earn_back.description", "Earn-back terms", "multiline"),
]


def _bound(value: object) -> str:
    return "" if value is None else str(value)


def new_schedule(document: AgreementDocument, path: FieldPath) -> CreditSchedule:
    availability = next(
        (m.id for m in document.agreement.metrics if m.kind == "availability"), None
    )
    first = document.agreement.metrics[0].id if document.agreement.metrics else "availability"
    return CreditSchedule(
        id=unique_id(document, path, "credits"),
        metric=availability or first,
        tiers=[CreditTier(at_least=Decimal("99.0"), below=Decimal("99.9"), credit=Decimal(10))],
    )


def new_tier(document: AgreementDocument, path: FieldPath) -> CreditTier:
    tiers = document.get(path)
    below = tiers[-1].at_least if tiers else None
    return CreditTier(below=below, credit=Decimal(25))


def new_band(document: AgreementDocument, path: FieldPath) -> DowntimeBand:
    return DowntimeBand.model_validate({"over": "45m", "up_to": "4h", "credit": "10"})


def build(document: AgreementDocument) -> Page:
    """The Remedies page."""
    page = Page(
        document,
        "Remedies",
        "Service credits for each metric as tiers (“below 99.9 % but at least 99.0 % → 10 %”), "
        "a linear rule or downtime bands, with caps and the claim procedure.",
    )
    schedules = page.add_section(
        ListSection(
            document,
            "Credit schedules",
            ("remedies", "credit_schedules"),
            [
                Column("Identifier", "id"),
                Column("Metric", "metric"),
                Column("Rule", "rule", choice_label(RULES)),
                Column("Cap", "cap", lambda v: "" if v is None else f"{v} %"),
            ],
            new_schedule,
            specs=SCHEDULE,
            noun="credit schedule",
        )
    )
    schedules.add_child(
        ListSection(
            document,
            "Tiers (measured value in [at least, below) → credit)",
            ("tiers",),
            [
                Column("At least", "at_least", _bound),
                Column("Below", "below", _bound),
                Column("Credit", "credit", lambda v: f"{v} %"),
            ],
            new_tier,
            specs=TIER,
            noun="tier",
            prefix=None,
        )
    )
    schedules.add_child(
        ListSection(
            document,
            "Downtime bands",
            ("downtime_bands",),
            [
                Column("Over", "over"),
                Column("Up to", "up_to", _bound),
                Column("Credit", "credit", lambda v: f"{v} %"),
            ],
            new_band,
            specs=BAND,
            noun="band",
            prefix=None,
        )
    )
    credit_curve_panel(schedules)
    page.add_form(GENERAL)
    page.finish()
    return page
