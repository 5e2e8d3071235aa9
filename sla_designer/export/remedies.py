"""Service credits and remedies: tier tables in words, caps, claims, payment, chronic failure."""

from __future__ import annotations

from sla_designer.calc.attainment import counts_tickets, reading_mode
from sla_designer.export import remedy_rules
from sla_designer.export.builder import Cell, Inline
from sla_designer.export.context import ExportContext
from sla_designer.model import (
    Agreement,
    CreditSchedule,
    CreditTier,
    DowntimeBand,
    LinearCreditRule,
    higher_is_better,
)
from sla_designer.model.metrics import MetricBase


def schedule_key(index: int) -> str:
    """The reference of a credit schedule's clause: one per schedule, so that a metric with two
    schedules has two clauses to point to."""
    return f"credits:{index}"


def schedule_keys(agreement: Agreement, metric_id: str) -> list[str]:
    """The references of the clauses of every credit schedule of a metric, in order."""
    schedules = agreement.remedies.credit_schedules
    return [schedule_key(i) for i, s in enumerate(schedules) if s.metric == metric_id]


def tier_text(ctx: ExportContext, metric: MetricBase | None, tier: CreditTier) -> str:
    """'less than 99.9 % but at least 99.5 %', 'at most 99.9 % but more than 99.5 %', 'less
    than 98.0 %', 'at least 99.9 %': each bound says whether it holds its value. A lower
    bound of 'at least 0' goes without saying (no measured result is below zero): 'less than
    90 %', not 'less than 90 % but at least 0 %'."""
    t = ctx.t
    low, high = tier.lower, tier.upper
    lower = upper = ""
    if low is not None and not (low.inclusive and low.value == 0):
        side = "at_least" if low.inclusive else "more_than"
        lower = t(f"credits.range.lower.{side}", value=ctx.measured(metric, low.value))
    if high is not None:
        side = "at_most" if high.inclusive else "below"
        upper = t(f"credits.range.upper.{side}", value=ctx.measured(metric, high.value))
    if lower and upper:
        return t("credits.range.between", upper=upper, lower=lower)
    return upper or lower or t("credits.range.any")


def band_text(ctx: ExportContext, band: DowntimeBand) -> str:
    """'1 hour or more but less than 2 hours', '4 hours or more'."""
    f = ctx.f
    if band.up_to is None:
        return ctx.t("credits.band.over", over=f.duration(band.over))
    return ctx.t("credits.band.between", over=f.duration(band.over), up_to=f.duration(band.up_to))


def linear_text(
    ctx: ExportContext, schedule: CreditSchedule, metric: MetricBase | None, rule: LinearCreditRule
) -> str:
    """'a credit of 5 % of the monthly fee of … for each 0.1 % below 99.9 %' and the like."""
    direction = (
        "higher_is_better" if metric is None or higher_is_better(metric) else "lower_is_better"
    )
    return ctx.t.render(
        f"credits.linear.{direction}",
        {
            "credit": ctx.f.percent(rule.credit_per_step),
            "basis": basis_text(ctx, schedule),
            "step": ctx.measured(metric, rule.step),
            "start": ctx.measured(metric, rule.start),
            **ctx.schedule_words(schedule),
        },
    )


def remedies(ctx: ExportContext) -> None:
    """Clause on service credits, one subclause per schedule, then the general rules."""
    a, b, t = ctx.agreement, ctx.builder, ctx.t
    rem = a.remedies
    b.heading(1, t("credits.heading"), key="clause:credits", section="remedies")
    for index, schedule in enumerate(rem.credit_schedules):
        metric = a.metric(schedule.metric)
        name = metric.name if metric else schedule.metric
        # A metric with several schedules has a clause for each, told apart by their titles.
        siblings = [i for i, s in enumerate(rem.credit_schedules) if s.metric == schedule.metric]
        if len(siblings) > 1:
            number, count = siblings.index(index) + 1, len(siblings)
            title = t("credits.schedule_title_of", metric=name, number=number, count=count)
        else:
            title = t("credits.schedule_title", metric=name)
        with b.control(f"remedies.credit_schedules[{index}]", title):
            b.heading(2, title, key=schedule_key(index))
            _schedule(ctx, index, schedule, metric)
    path = ("remedies",)
    credits = bool(rem.credit_schedules)
    limits = (rem.monthly_cap, rem.yearly_cap, rem.minimum_credit)
    if not (credits or rem.claim.method or rem.chronic_failure or any(limits)):
        # Nothing general to say: no empty heading, and one sentence when there is no credit.
        if not credits:
            with b.control("remedies", t("credits.heading")):
                b.body([t("credits.none")])
        return
    with b.control("remedies", t("credits.general")):
        b.heading(2, t("credits.general"), key="credits:general")
        if rem.monthly_cap is not None:
            before, after = t.split("credits.monthly_cap", "cap")
            b.clause(
                [before, ctx.value((*path, "monthly_cap"), ctx.f.percent(rem.monthly_cap)), after]
            )
        if rem.yearly_cap is not None:
            before, after = t.split("credits.yearly_cap", "cap")
            b.clause(
                [before, ctx.value((*path, "yearly_cap"), ctx.f.percent(rem.yearly_cap)), after]
            )
        if rem.minimum_credit is not None:
            before, after = t.split("credits.minimum", "amount")
            b.clause(
                [
                    before,
                    ctx.value((*path, "minimum_credit"), ctx.f.money(rem.minimum_credit)),
                    after,
                ]
            )
        # Claims, payment and exclusivity speak of service credits: an agreement without credit
        # schedules keeps only its own words on remedies.
        if credits:
            remedy_rules.claims(ctx)
            b.clause([remedy_rules.payment(ctx)])
            # The exception for chronic failure is named only where the agreement has one.
            exclusive = "credits.exclusive" if rem.chronic_failure else "credits.exclusive_alone"
            b.clause([t(exclusive if rem.exclusive_remedy else "credits.not_exclusive")])
        elif rem.claim.method:
            b.clause([ctx.value((*path, "claim", "method"), rem.claim.method)])
        remedy_rules.chronic_failure(ctx)
        if rem.earn_back and credits:
            keys = [key for metric in rem.earn_back.metrics for key in schedule_keys(a, metric)]
            remedy_rules.earn_back(ctx, keys)


def basis_text(ctx: ExportContext, schedule: CreditSchedule) -> str:
    """'the monthly fee of Ledgerline AP Cloud' and the like."""
    service = ctx.agreement.service_by_id(schedule.service) if schedule.service else None
    t = ctx.t
    name = t("credits.service_named", name=service.name) if service else t("credits.service_all")
    return t(f"credits.basis.{schedule.basis}", service=name)


def _schedule(
    ctx: ExportContext, index: int, schedule: CreditSchedule, metric: MetricBase | None
) -> None:
    b, t, f = ctx.builder, ctx.t, ctx.f
    path = ("remedies", "credit_schedules", index)
    basis = basis_text(ctx, schedule)
    # The provider of the service credits it to the service's recipients.
    words = ctx.schedule_words(schedule)
    intro: list[Inline] = [t.render("credits.schedule_intro", {"basis": basis, **words})]
    if metric is not None:
        intro += [t("credits.metric_clause"), *b.ref(f"metric:{metric.id}"), ")"]
    intro.append(":")
    if schedule.rule == "tiers":
        b.clause(intro)
        rows: list[list[Cell]] = [
            [
                [ctx.value((*path, "tiers", i), tier_text(ctx, metric, tier))],
                [ctx.value((*path, "tiers", i, "credit"), f.percent(tier.credit), bold=True)],
            ]
            for i, tier in enumerate(schedule.tiers)
        ]
        ctx.table([t("credits.col_measured"), t("credits.col_credit")], rows, [3, 1.4])
    elif schedule.rule == "linear" and schedule.linear is not None:
        rule = schedule.linear
        text = linear_text(ctx, schedule, metric, rule)
        content: list[Inline] = [ctx.value((*path, "linear"), text)]
        if rule.maximum is not None:
            content.append(t("credits.linear_max", maximum=f.percent(rule.maximum)))
        b.clause(content)
    elif schedule.rule == "downtime_bands":
        b.clause(intro)
        rows = []
        for i, band in enumerate(schedule.downtime_bands):
            shown = band_text(ctx, band)
            rows.append(
                [
                    [ctx.value((*path, "downtime_bands", i), shown)],
                    [
                        ctx.value(
                            (*path, "downtime_bands", i, "credit"),
                            f.percent(band.credit),
                            bold=True,
                        )
                    ],
                ]
            )
        ctx.table([t("credits.col_downtime"), t("credits.col_credit")], rows, [3, 1.4])
    else:  # a linear schedule whose rule is missing (an error, exported as a draft)
        b.clause([t("credits.not_set")])
    if counts_tickets(metric) and metric is not None:
        _tickets(ctx, index, schedule, metric)
    if schedule.cap is not None:
        before, after = t.split("credits.schedule_cap", "cap", basis=basis)
        b.body([before, ctx.value((*path, "cap"), f.percent(schedule.cap)), after])


def _tickets(ctx: ExportContext, index: int, schedule: CreditSchedule, metric: MetricBase) -> None:
    """What a time metric's credit reads: each priority's attainment or all tickets together,
    and from how many tickets in a window the attainment counts."""
    t = ctx.t
    path = ("remedies", "credit_schedules", index)
    mode = reading_mode(schedule, metric)
    # Targets for all tickets have no priorities: their tickets are read together, on one target.
    targets = getattr(metric, "targets", [])
    on_all = bool(targets) and all(target.priority is None for target in targets)
    read = "all_tickets" if on_all else mode
    window = t(f"credits.window.{metric.window.kind}")
    content: list[Inline] = [ctx.value((*path, "attainment"), t(f"credits.attainment.{read}"))]
    if schedule.minimum_tickets > 1:
        key = f"credits.minimum_tickets.{mode}"
        before, after = t.split(key, "count", window=window)
        count = ctx.f.number(schedule.minimum_tickets)
        content += [" ", before, ctx.value((*path, "minimum_tickets"), count), after]
    else:
        every = t(f"credits.every_ticket.{mode}", window=window)
        content += [" ", ctx.value((*path, "minimum_tickets"), every)]
    ctx.builder.body(content)
