"""Annexes: the downtime each availability target allows, and worked service-credit examples.

The figures come from the calculators (sla_designer.calc), the same ones the editor and the
command line show, so the contract and the tools never disagree.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import ROUND_CEILING, Decimal

from sla_designer.calc.budget import (
    Allowance,
    DowntimeBudget,
    contract_year_budgets,
    downtime_allowance,
    nominal_lengths,
)
from sla_designer.calc.calendar_index import FIRST_YEAR, LAST_YEAR
from sla_designer.calc.credits import CreditResult, compute_credit
from sla_designer.calc.what_if import total_monthly_fee
from sla_designer.export.builder import Cell, Inline
from sla_designer.export.context import ExportContext
from sla_designer.export.remedies import band_text, schedule_key, tier_text
from sla_designer.model import (
    AvailabilityMetric,
    CreditSchedule,
    CreditTier,
    DowntimeBand,
    LinearCreditRule,
    Money,
    higher_is_better,
)


def annexes(ctx: ExportContext) -> None:
    """Annex A (downtime budget) when there is an availability target; Annex B (examples)."""
    a, b, t = ctx.agreement, ctx.builder, ctx.t
    availability = [m for m in a.metrics if isinstance(m, AvailabilityMetric)]
    letters = iter("ABCDEFGH")
    if availability:
        b.annex(t("annex.label", letter=next(letters)), t("annex.budget_title"), key="annex:budget")
        credits = bool(a.remedies.credit_schedules)
        b.body([t("annex.budget_intro" if credits else "annex.budget_intro_no_credits")])
        _budget_table(ctx, availability)
    examples = [
        (i, s)
        for i, s in enumerate(a.remedies.credit_schedules)
        if _example_values(s, _better(ctx, s))
    ]
    if examples:
        label = t("annex.label", letter=next(letters))
        b.annex(label, t("annex.examples_title"), key="annex:examples")
        b.body([t("annex.examples_intro")])
        for index, schedule in examples:
            _examples(ctx, index, schedule)


def _budget_table(ctx: ExportContext, metrics: list[AvailabilityMetric]) -> None:
    b, t = ctx.builder, ctx.t
    rows: list[list[Cell]] = []
    for metric in metrics:
        budgets = _year_budgets(ctx, metric)
        measured, allowed = (
            _exact_cells(ctx, metric, budgets) if budgets else _nominal_cells(ctx, metric)
        )
        rows.append(
            [
                [metric.name, " (", *b.ref(f"metric:{metric.id}"), ")"],
                t(f"comparisons.{metric.comparison}", value=ctx.f.percent(metric.objective)),
                measured,
                allowed,
            ]
        )
    header = [
        t("annex.col_metric"),
        t("annex.col_objective"),
        t("annex.col_window"),
        t("annex.col_allowed"),
    ]
    ctx.table(header, rows, [3.4, 1.9, 3.1, 4.3])  # the target says its comparison


def allowed_downtime_text(ctx: ExportContext, metric: AvailabilityMetric) -> str:
    """The downtime `metric` allows in a window, as Annex A's last column says it."""
    budgets = _year_budgets(ctx, metric)
    return (_exact_cells(ctx, metric, budgets) if budgets else _nominal_cells(ctx, metric))[1]


def _year_budgets(ctx: ExportContext, metric: AvailabilityMetric) -> list[DowntimeBudget]:
    """The budget of each window of the first contract year, as `sla-designer budget` gives
    it (on the metric's calendar); none when the agreement has no effective date."""
    first = ctx.agreement.effective_date
    if first is None or not FIRST_YEAR < first.year < LAST_YEAR:
        return []
    calendar = ctx.agreement.calendar_for(metric.id)
    if metric.measured_within_calendar and calendar is None:
        return []
    try:
        return contract_year_budgets(metric, first, calendar)
    except ValueError:  # a calendar the calculators refuse: validation reports it
        return []


def _exact_cells(
    ctx: ExportContext, metric: AvailabilityMetric, budgets: list[DowntimeBudget]
) -> tuple[str, str]:
    """The time measured and the downtime allowed, in the shortest and the longest window."""
    t, f = ctx.t, ctx.f
    shortest = min(budgets, key=lambda budget: budget.allowed)
    longest = max(budgets, key=lambda budget: budget.allowed)

    def measured(budget: DowntimeBudget) -> str:
        if not budget.within_calendar:
            return f.duration(budget.measured)
        hours = (Decimal(budget.measured // timedelta(microseconds=1)) / 3_600_000_000).normalize()
        return t("annex.open_hours", count=2 if hours != 1 else 1, hours=f.number(hours))

    def allowed(budget: DowntimeBudget) -> str:
        value = allowance_text(ctx, budget.allowance)
        return t("annex.in_window", value=value, window=_name(ctx, budget))

    if shortest.allowed == longest.allowed:
        return measured(shortest), allowance_text(ctx, shortest.allowance)
    return (
        t("annex.allowed_range", low=measured(shortest), high=measured(longest)),
        t("annex.allowed_range", low=allowed(shortest), high=allowed(longest)),
    )


def allowance_text(ctx: ExportContext, allowance: Allowance) -> str:
    """'43 minutes and 12 seconds', or for a strict objective 'less than 43 minutes and 12
    seconds' (the last microsecond below that is the most it allows)."""
    shown = ctx.f.duration(allowance.limit)
    return ctx.t("comparisons.less_than", value=shown) if allowance.strict else shown


def _name(ctx: ExportContext, budget: DowntimeBudget) -> str:
    """A window as the annex names it: 'February 2028', or its first and last day."""
    first, last = budget.start.date(), (budget.end - timedelta(days=1)).date()
    if first.day == 1 and first.month == last.month and first.year == last.year:
        return ctx.f.month(first)
    return ctx.t("annex.dates", first=ctx.f.short_date(first), last=ctx.f.short_date(last))


def _nominal_cells(ctx: ExportContext, metric: AvailabilityMetric) -> tuple[str, str]:
    """Without an effective date: the window's possible lengths in days, round the clock."""
    t, f = ctx.t, ctx.f
    lengths = nominal_lengths(metric.window)
    try:
        shortest, longest = (
            downtime_allowance(metric.objective, timedelta(days=days), metric.comparison)
            for days in (lengths[0], lengths[-1])
        )
    except ValueError:  # an objective no window meets (a draft validation rejects)
        return t("annex.window_days", days=f.join([f.number(d) for d in lengths])), "\u2013"
    low, high = allowance_text(ctx, shortest), allowance_text(ctx, longest)
    allowed = low if shortest == longest else t("annex.allowed_range", low=low, high=high)
    return t("annex.window_days", days=f.join([f.number(d) for d in lengths])), allowed


def example_value(tier: CreditTier) -> Decimal | None:
    """A measured value inside the tier (see `CreditTier.example`)."""
    return tier.example()


def plain(value: Decimal) -> Decimal:
    """A computed percentage without trailing zeros: 1.5 x 2 shows as 3, not 3.0."""
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def linear_example_steps(rule: LinearCreditRule) -> list[int]:
    """Whole steps beyond the start to show: one, two, and where the rule's maximum is reached
    and one step past it (the credit stays at the maximum)."""
    steps = {1, 2}
    if rule.maximum is not None and rule.credit_per_step > 0:
        reached = int((rule.maximum / rule.credit_per_step).to_integral_value(ROUND_CEILING))
        steps |= {reached, reached + 1}
    else:
        steps.add(3)
    return sorted(steps)


def band_example(band: DowntimeBand) -> timedelta | None:
    """The downtime a worked example shows for a band: where it starts, or for a band from zero,
    a minute before its end (an hour when it has none): an example of no downtime says nothing.
    None for a band from zero to zero, which holds no downtime at all."""
    if band.over > timedelta(0):
        return band.over
    if band.up_to is None:
        return timedelta(hours=1)
    if band.up_to <= timedelta(0):
        return None
    minute = timedelta(minutes=1)
    return band.up_to - minute if band.up_to > minute else band.up_to / 2


def _example_values(schedule: CreditSchedule, better: bool) -> list[Decimal | timedelta]:
    """Measured results at the edges of the schedule's ranges, in the schedule's order."""
    if schedule.rule == "linear":
        # A linear schedule without its rule (an error, exported as a draft) has no example.
        rule = schedule.linear
        if rule is None:
            return []
        sign = -1 if better else 1
        values = [rule.start + sign * n * rule.step for n in linear_example_steps(rule)]
        # No worked example shows a result of zero or less.
        return [value for value in values if value > 0]
    if schedule.rule == "downtime_bands":
        bands = [band_example(band) for band in schedule.downtime_bands]
        return [example for example in bands if example is not None]
    return [v for v in (example_value(tier) for tier in schedule.tiers) if v is not None]


def _better(ctx: ExportContext, schedule: CreditSchedule) -> bool:
    """Whether a higher result is better on the schedule's metric (so when it is unknown)."""
    metric = ctx.agreement.metric(schedule.metric)
    return higher_is_better(metric) if metric is not None else True


def _fee(ctx: ExportContext, schedule: CreditSchedule) -> Money | None:
    """The monthly fee the schedule's credits are a share of, when the agreement states it."""
    a = ctx.agreement
    if schedule.basis == "monthly_fee_of_service":
        service = a.service_by_id(schedule.service) if schedule.service else None
        return service.monthly_fee if service else None
    if schedule.basis == "monthly_fee_total":
        return total_monthly_fee(a)
    return None


def _examples(ctx: ExportContext, index: int, schedule: CreditSchedule) -> None:
    a, b, t, f = ctx.agreement, ctx.builder, ctx.t, ctx.f
    metric = a.metric(schedule.metric)
    fee = _fee(ctx, schedule)
    name = metric.name if metric else schedule.metric
    title = [t("annex.example_heading", metric=name), " (", *b.ref(schedule_key(index))]
    b.body([*title, ")"], keep_next=True)
    better = _better(ctx, schedule)
    # Without a fee the calculator still gives the percentage; the amount column shows a dash.
    basis = fee or Money(amount=Decimal(100), currency=a.currency)
    rows: list[list[Cell]] = []
    for value in _example_values(schedule, better):
        # The calculator applies the schedule's cap, the agreement's caps and the minimum credit;
        # the money caps and the minimum only mean something against the real fee.
        # The caps are shares of all the services' fees in total, as the command line and the
        # editor take them (what_if.total_monthly_fee), so all three show the same figures.
        rules = a.remedies if fee else None
        minimum = a.remedies.minimum_credit
        if rules is not None and fee and minimum is not None and minimum.currency != fee.currency:
            # A minimum in another currency (an error, exported as a draft) cannot be compared.
            rules = rules.model_copy(update={"minimum_credit": None})
        total = total_monthly_fee(a) if fee else None
        result = compute_credit(
            schedule,
            value,
            basis,
            remedies=rules,
            higher_is_better=better,
            total_monthly_fee=total.amount if total and total.currency == basis.currency else None,
        )
        shown = f.duration(value) if isinstance(value, timedelta) else ctx.measured(metric, value)
        amount = f.money(fee.model_copy(update={"amount": result.amount})) if fee else "\u2013"
        rows.append([shown, f.percent(plain(result.percent)), amount, _reason(ctx, index, result)])
    fee_text = f.money(fee) if fee else "\u2013"
    header = [
        t("annex.col_measured"),
        t("annex.col_credit"),
        t("annex.col_amount", fee=fee_text),
        t("annex.col_reason"),
    ]
    ctx.table(header, rows, [2, 1.6, 2.4, 4.4])


def _reason(ctx: ExportContext, index: int, result: CreditResult) -> list[Inline]:
    """How the example's credit comes about, from the calculator's structured explanation."""
    a, b, t, f = ctx.agreement, ctx.builder, ctx.t, ctx.f
    schedule = a.remedies.credit_schedules[index]
    metric = a.metric(schedule.metric)
    outcome = result.outcome
    parts: list[list[Inline]] = []
    if outcome.kind == "tier" and outcome.index is not None:
        parts.append([tier_text(ctx, metric, schedule.tiers[outcome.index])])
    elif outcome.kind == "downtime_band" and outcome.index is not None:
        parts.append([band_text(ctx, schedule.downtime_bands[outcome.index])])
    elif outcome.kind == "linear" and schedule.linear is not None:
        rule = schedule.linear
        steps = outcome.steps or 0
        form = "one" if steps == 1 else "other"
        parts.append(
            [
                t(
                    f"annex.reason.steps.{form}",
                    steps=f.number(steps),
                    step=ctx.measured(metric, rule.step),
                    start=ctx.measured(metric, rule.start),
                )
            ]
        )
        if rule.maximum is not None and steps * rule.credit_per_step > rule.maximum:
            parts.append([t("annex.reason.rule_max", maximum=f.percent(rule.maximum))])
    for cap in result.caps:
        if cap.kind == "schedule_cap":
            before, after = t.split("annex.reason.schedule_cap", "clause", cap=f.percent(cap.limit))
            parts.append([before, *b.ref(schedule_key(index)), after])
        elif _fee(ctx, schedule) is not None:
            money = f.money(result.fee.model_copy(update={"amount": cap.limit}))
            parts.append([t(f"annex.reason.{cap.kind}", amount=money)])
    if result.below_minimum and a.remedies.minimum_credit is not None:
        parts.append([t("annex.reason.minimum", amount=f.money(a.remedies.minimum_credit))])
    content: list[Inline] = []
    for position, part in enumerate(parts):
        if position:
            content.append(t("annex.reason.join"))
        content += part
    return content
