"""Annexes: the downtime each availability target allows, and worked service-credit examples.

The figures come from the calculators (sla_designer.calc), the same ones the editor and the
command line show, so the contract and the tools never disagree.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from sla_designer.calc.budget import allowed_downtime, nominal_lengths
from sla_designer.calc.credits import compute_credit
from sla_designer.export.builder import Cell
from sla_designer.export.context import ExportContext
from sla_designer.model import AvailabilityMetric, CreditSchedule, CreditTier, higher_is_better


def annexes(ctx: ExportContext) -> None:
    """Annex A (downtime budget) when there is an availability target; Annex B (examples)."""
    a, b, t = ctx.agreement, ctx.builder, ctx.t
    availability = [m for m in a.metrics if isinstance(m, AvailabilityMetric)]
    letters = iter("ABCDEFGH")
    if availability:
        b.annex(t("annex.label", letter=next(letters)), t("annex.budget_title"), key="annex:budget")
        b.body([t("annex.budget_intro")])
        _budget_table(ctx, availability)
    examples = [s for s in a.remedies.credit_schedules if s.rule == "tiers" and s.tiers]
    if examples:
        label = t("annex.label", letter=next(letters))
        b.annex(label, t("annex.examples_title"), key="annex:examples")
        b.body([t("annex.examples_intro")])
        for schedule in examples:
            _examples(ctx, schedule)


def _budget_table(ctx: ExportContext, metrics: list[AvailabilityMetric]) -> None:
    b, t, f = ctx.builder, ctx.t, ctx.f
    rows: list[list[Cell]] = []
    for metric in metrics:
        lengths = nominal_lengths(metric.window)
        shortest = allowed_downtime(metric.objective, timedelta(days=lengths[0]))
        longest = allowed_downtime(metric.objective, timedelta(days=lengths[-1]))
        allowed = (
            f.duration(shortest)
            if shortest == longest
            else t("annex.allowed_range", low=f.duration(shortest), high=f.duration(longest))
        )
        rows.append(
            [
                [metric.name, " (", *b.ref(f"metric:{metric.id}"), ")"],
                f.percent(metric.objective),
                t("annex.window_days", days=f.join([f.number(d) for d in lengths])),
                allowed,
                f.duration(allowed_downtime(metric.objective, timedelta(days=1))),
            ]
        )
    header = [
        t("annex.col_metric"),
        t("annex.col_objective"),
        t("annex.col_window"),
        t("annex.col_allowed"),
        t("annex.col_per_day"),
    ]
    ctx.table(header, rows, [3.6, 1.5, 2.4, 3.4, 1.8])


def example_value(tier: CreditTier) -> Decimal | None:
    """A measured value inside the tier: its lower bound, or one last digit below its upper one."""
    if tier.at_least is not None:
        return tier.at_least
    if tier.below is not None:
        exponent = tier.below.as_tuple().exponent
        step = Decimal(1).scaleb(exponent if isinstance(exponent, int) else 0)
        return tier.below - step
    return None


def _examples(ctx: ExportContext, schedule: CreditSchedule) -> None:
    a, b, t, f = ctx.agreement, ctx.builder, ctx.t, ctx.f
    metric = a.metric(schedule.metric)
    service = a.service_by_id(schedule.service) if schedule.service else None
    fee = service.monthly_fee if service else None
    name = metric.name if metric else schedule.metric
    title = [t("annex.example_heading", metric=name), " (", *b.ref(f"credits:{schedule.metric}")]
    b.body([*title, ")"], keep_next=True)
    better = higher_is_better(metric) if metric is not None else True
    rows: list[list[Cell]] = []
    for tier in schedule.tiers:
        value = example_value(tier)
        if value is None:
            continue
        if fee is None:
            rows.append([ctx.measured(metric, value), f.percent(tier.credit), "\u2013"])
            continue
        # The calculator applies the schedule's cap, the agreement's caps and the minimum credit.
        result = compute_credit(schedule, value, fee, remedies=a.remedies, higher_is_better=better)
        amount = f.money(fee.model_copy(update={"amount": result.amount}))
        rows.append([ctx.measured(metric, value), f.percent(result.percent), amount])
    fee_text = f.money(fee) if fee else "\u2013"
    header = [t("annex.col_measured"), t("annex.col_credit"), t("annex.col_amount", fee=fee_text)]
    ctx.table(header, rows, [2, 2, 3])
