"""Step 9: service credits, caps, claims, chronic failure and earn-back."""

from __future__ import annotations

from decimal import Decimal

from sla_designer.model import (
    Agreement,
    CreditSchedule,
    CreditTier,
    DowntimeBand,
    LinearCreditRule,
)
from sla_designer.model.kinds import describe
from sla_designer.ui.document import AgreementDocument, FieldPath
from sla_designer.ui.fields import FieldSpec
from sla_designer.ui.i18n import QT_TRANSLATE_NOOP, percent_text, text_choices, value_text
from sla_designer.ui.item_models import Column, choice_label
from sla_designer.ui.list_section import ListSection, unique_id
from sla_designer.ui.pages.base import Page
from sla_designer.ui.pages.live_panels import credit_curve_panel
from sla_designer.ui.pages.remedy_terms import GENERAL, applicable_rows
from sla_designer.validation.credit_objective import objectives_met

STEP = "remedies"

BASES = text_choices(
    "choices.credit_bases", ("monthly_fee_of_service", "monthly_fee_total", "annual_fee")
)
RULES = text_choices("choices.credit_rules", ("tiers", "linear", "downtime_bands"))
ATTAINMENTS = text_choices("choices.ticket_attainments", ("per_priority", "pooled"))

SCHEDULE = [
    FieldSpec("id", QT_TRANSLATE_NOOP("Labels", "Identifier"), "id"),
    FieldSpec("metric", QT_TRANSLATE_NOOP("Labels", "Metric"), "ref", ref=("metrics",)),
    FieldSpec("basis", QT_TRANSLATE_NOOP("Labels", "Credit basis"), "choice", choices=BASES),
    FieldSpec(
        "service",
        QT_TRANSLATE_NOOP("Labels", "Service"),
        "ref",
        ref=("service", "services"),
        optional=True,
    ),
    FieldSpec("rule", QT_TRANSLATE_NOOP("Labels", "Rule"), "choice", choices=RULES),
    FieldSpec(
        "cap",
        QT_TRANSLATE_NOOP("Labels", "Cap"),
        "percent",
        optional=True,
        help=QT_TRANSLATE_NOOP("Labels", "Of the basis, per period"),
    ),
    FieldSpec(
        "attainment",
        QT_TRANSLATE_NOOP("Labels", "Attainment read for"),
        "choice",
        choices=ATTAINMENTS,
        help=QT_TRANSLATE_NOOP("Labels", "Used when the metric is a response or resolution time"),
    ),
    FieldSpec(
        "minimum_tickets",
        QT_TRANSLATE_NOOP("Labels", "Minimum tickets"),
        "int",
        maximum=1_000_000,
        unit="tickets",
        help=QT_TRANSLATE_NOOP(
            "Labels",
            "A window with fewer tickets (of a priority, or in all when pooled) earns no credit",
        ),
    ),
    FieldSpec(
        "linear",
        QT_TRANSLATE_NOOP("Labels", "Linear rule"),
        "toggle",
        help=QT_TRANSLATE_NOOP("Labels", "Used when the rule is linear"),
        factory=lambda: LinearCreditRule(
            start=Decimal("99.9"), step=Decimal("0.1"), credit_per_step=Decimal(5)
        ),
    ),
    FieldSpec(
        "linear.start",
        QT_TRANSLATE_NOOP("Labels", "Starts below"),
        "decimal",
        decimals=3,
        maximum=1e9,
    ),
    FieldSpec(
        "linear.step",
        QT_TRANSLATE_NOOP("Labels", "Per step of"),
        "decimal",
        decimals=3,
        maximum=1e9,
    ),
    FieldSpec("linear.credit_per_step", QT_TRANSLATE_NOOP("Labels", "Credit per step"), "percent"),
    FieldSpec(
        "linear.maximum", QT_TRANSLATE_NOOP("Labels", "Maximum credit"), "percent", optional=True
    ),
]


def _tier_bound(name: str, label: str) -> FieldSpec:
    return FieldSpec(name, label, "decimal", decimals=3, minimum=-1, maximum=1e9, optional=True)


# A tier has one lower bound (at least, or more than) and one upper bound (below, or at most):
# the one that puts the objective's boundary value on the side the objective does.
TIER = [
    _tier_bound("at_least", QT_TRANSLATE_NOOP("Labels", "At least")),
    _tier_bound("more_than", QT_TRANSLATE_NOOP("Labels", "More than")),
    _tier_bound("below", QT_TRANSLATE_NOOP("Labels", "Below")),
    _tier_bound("at_most", QT_TRANSLATE_NOOP("Labels", "At most")),
    FieldSpec("credit", QT_TRANSLATE_NOOP("Labels", "Credit"), "percent"),
]
BAND = [
    FieldSpec("over", QT_TRANSLATE_NOOP("Labels", "Downtime over"), "duration"),
    FieldSpec("up_to", QT_TRANSLATE_NOOP("Labels", "Up to"), "duration", optional=True),
    FieldSpec("credit", QT_TRANSLATE_NOOP("Labels", "Credit"), "percent"),
]


def first_tier(agreement: Agreement, schedule: CreditSchedule) -> CreditTier:
    """A first tier for a new schedule: results just short of the metric's objective (or of the
    lowest attainment its targets ask) earn 10 %, so no credit is due while the target is met.
    Without an objective to read, 'at least 99 %, below 99.9 %'."""
    metric = agreement.metric(schedule.metric)
    met = [] if metric is None else objectives_met(agreement, schedule, metric)
    if not met:
        return CreditTier(at_least=Decimal("99.0"), below=Decimal("99.9"), credit=Decimal(10))
    upward = met[0][1] in ("at_least", "more_than")
    objective, comparison, _ = (min if upward else max)(met, key=lambda item: item[0])
    unit = describe(metric).objective if metric is not None else "percent"
    percent = unit in ("percent", "targets")  # a time target's credit reads its attainment
    step = Decimal(1) if not percent else Decimal("0.9") if objective > 99 else Decimal(5)
    bounds = {
        "at_least": {"at_least": objective - step, "below": objective},
        "more_than": {"at_least": objective - step, "at_most": objective},
        "at_most": {"more_than": objective, "at_most": objective + step},
        "less_than": {"at_least": objective, "below": objective + step},
    }[comparison]
    return CreditTier.model_validate({**bounds, "credit": Decimal(10)})


def new_schedule(document: AgreementDocument, path: FieldPath) -> CreditSchedule:
    agreement = document.agreement
    availability = next((m.id for m in agreement.metrics if m.kind == "availability"), None)
    first = agreement.metrics[0].id if agreement.metrics else "availability"
    schedule = CreditSchedule(id=unique_id(document, path, "credits"), metric=availability or first)
    schedule.tiers = [first_tier(agreement, schedule)]
    return schedule


def new_tier(document: AgreementDocument, path: FieldPath) -> CreditTier:
    """A tier that continues below the last one: it ends where the last one starts, with the
    value there on the other side ('at least 99' is followed by 'below 99', 'more than 99' by
    'at most 99')."""
    tiers = document.get(path)
    low = tiers[-1].lower if tiers else None
    if low is not None and not low.inclusive:
        return CreditTier(at_most=low.value, credit=Decimal(25))
    return CreditTier(below=low.value if low is not None else None, credit=Decimal(25))


def new_band(document: AgreementDocument, path: FieldPath) -> DowntimeBand:
    return DowntimeBand.model_validate({"over": "45m", "up_to": "4h", "credit": "10"})


def build(document: AgreementDocument) -> Page:
    """The Remedies page."""
    page = Page(
        document,
        QT_TRANSLATE_NOOP("Labels", "Remedies"),
        QT_TRANSLATE_NOOP(
            "Labels",
            "Service credits for each metric as tiers (“below 99.9 % but at least 99.0 % → 10 %”), "
            "a linear rule or downtime bands, with caps and the claim procedure.",
        ),
    )
    schedules = page.add_section(
        ListSection(
            document,
            QT_TRANSLATE_NOOP("Labels", "Credit schedules"),
            ("remedies", "credit_schedules"),
            [
                Column(QT_TRANSLATE_NOOP("Labels", "Identifier"), "id"),
                Column(QT_TRANSLATE_NOOP("Labels", "Metric"), "metric", ref=("metrics",)),
                Column(QT_TRANSLATE_NOOP("Labels", "Rule"), "rule", choice_label(RULES)),
                Column(
                    QT_TRANSLATE_NOOP("Labels", "Cap"),
                    "cap",
                    percent_text,
                ),
            ],
            new_schedule,
            specs=SCHEDULE,
            noun=QT_TRANSLATE_NOOP("Labels", "credit schedule"),
        )
    )
    schedules.add_child(
        ListSection(
            document,
            QT_TRANSLATE_NOOP("Labels", "Tiers (measured value between the bounds → credit)"),
            ("tiers",),
            [
                Column(QT_TRANSLATE_NOOP("Labels", "At least"), "at_least", value_text),
                Column(QT_TRANSLATE_NOOP("Labels", "More than"), "more_than", value_text),
                Column(QT_TRANSLATE_NOOP("Labels", "Below"), "below", value_text),
                Column(QT_TRANSLATE_NOOP("Labels", "At most"), "at_most", value_text),
                Column(QT_TRANSLATE_NOOP("Labels", "Credit"), "credit", percent_text),
            ],
            new_tier,
            specs=TIER,
            noun=QT_TRANSLATE_NOOP("Labels", "tier"),
            prefix=None,
        )
    )
    schedules.add_child(
        ListSection(
            document,
            QT_TRANSLATE_NOOP("Labels", "Downtime bands"),
            ("downtime_bands",),
            [
                Column(QT_TRANSLATE_NOOP("Labels", "Over"), "over"),
                Column(QT_TRANSLATE_NOOP("Labels", "Up to"), "up_to", value_text),
                Column(QT_TRANSLATE_NOOP("Labels", "Credit"), "credit", percent_text),
            ],
            new_band,
            specs=BAND,
            noun=QT_TRANSLATE_NOOP("Labels", "band"),
            prefix=None,
        )
    )
    credit_curve_panel(schedules)
    applicable_rows(document, page.add_form(GENERAL))
    page.finish()
    return page
