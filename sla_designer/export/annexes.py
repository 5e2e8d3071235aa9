"""Annexes: the downtime each availability target allows, and worked service-credit examples."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from sla_designer.export.context import ExportContext
from sla_designer.model import AvailabilityMetric, CreditSchedule, CreditTier, Money
from sla_designer.model.metrics import MetricBase

# Average lengths of the measurement windows (a Gregorian year is 365.2425 days).
YEAR = timedelta(days=365.2425)
WINDOW_LENGTHS = {"month": YEAR / 12, "quarter": YEAR / 4, "year": YEAR}


def window_length(metric: AvailabilityMetric) -> timedelta:
    """The average length of a metric's measurement window."""
    if metric.window.kind == "rolling_days":
        return timedelta(days=metric.window.days or 30)
    return WINDOW_LENGTHS[metric.window.kind]


def allowed_downtime(metric: AvailabilityMetric) -> timedelta:
    """Downtime the objective allows in an average window, rounded down to the second."""
    seconds = Decimal(window_length(metric).total_seconds()) * (100 - metric.objective) / 100
    return timedelta(seconds=int(seconds))


def annexes(ctx: ExportContext) -> None:
    """Annex A (downtime budget) when there is an availability target; Annex B (examples)."""
    a, b, t, f = ctx.agreement, ctx.builder, ctx.t, ctx.f
    availability = [m for m in a.metrics if isinstance(m, AvailabilityMetric)]
    letters = iter("ABCDEFGH")
    if availability:
        b.annex(t("annex.label", letter=next(letters)), t("annex.budget_title"), key="annex:budget")
        b.body([t("annex.budget_intro")])
        rows: list[list[object]] = []
        for metric in availability:
            rows.append(
                [
                    [metric.name, " (", *b.ref(f"metric:{metric.id}"), ")"],
                    f.percent(metric.objective),
                    t(f"windows.{metric.window.kind}", days=f.number(metric.window.days or 0)),
                    f.duration(allowed_downtime(metric)),
                    f.duration(_per_day(metric)),
                ]
            )
        header = [
            t("annex.col_metric"),
            t("annex.col_objective"),
            t("annex.col_window"),
            t("annex.col_allowed"),
            t("annex.col_per_day"),
        ]
        ctx.table(header, rows, [4, 1.6, 2, 2.4, 2])
    examples = [s for s in a.remedies.credit_schedules if s.rule == "tiers" and s.tiers]
    if examples:
        b.annex(
            t("annex.label", letter=next(letters)), t("annex.examples_title"), key="annex:examples"
        )
        b.body([t("annex.examples_intro")])
        for schedule in examples:
            _examples(ctx, schedule)


def _per_day(metric: AvailabilityMetric) -> timedelta:
    seconds = Decimal(86400) * (100 - metric.objective) / 100
    return timedelta(seconds=int(seconds))


def example_value(tier: CreditTier) -> Decimal | None:
    """A measured value inside the tier: its lower bound, or just below its upper bound."""
    if tier.at_least is not None:
        return tier.at_least
    if tier.below is not None:
        exponent = tier.below.as_tuple().exponent
        step = Decimal(1).scaleb(exponent if isinstance(exponent, int) else 0)
        return tier.below - step
    return None


def _examples(ctx: ExportContext, schedule: CreditSchedule) -> None:
    a, b, t, f = ctx.agreement, ctx.builder, ctx.t, ctx.f
    metric: MetricBase | None = a.metric(schedule.metric)
    service = a.service_by_id(schedule.service) if schedule.service else None
    fee = service.monthly_fee if service else None
    name = metric.name if metric else schedule.metric
    b.body(
        [
            ctx.t("annex.example_heading", metric=name),
            " (",
            *b.ref(f"credits:{schedule.metric}"),
            ")",
        ],
        keep_next=True,
    )
    rows: list[list[object]] = []
    for tier in schedule.tiers:
        value = example_value(tier)
        if value is None:
            continue
        credit = tier.credit
        if schedule.cap is not None:
            credit = min(credit, schedule.cap)
        amount = (
            f.money(
                Money(
                    amount=(fee.amount * credit / 100).quantize(Decimal("0.01")),
                    currency=fee.currency,
                )
            )
            if fee
            else "\u2013"
        )
        rows.append([ctx.measured(metric, value), f.percent(tier.credit), amount])
    header = [
        t("annex.col_measured"),
        t("annex.col_credit"),
        t("annex.col_amount", fee=f.money(fee) if fee else "\u2013"),
    ]
    ctx.table(header, rows, [2, 2, 3])
