"""The cells of one service level in the summary: the level owed, how it is measured, and what a
miss costs, each from the helper the contract writes it with."""

from __future__ import annotations

from sla_designer.calc.attainment import counts_tickets, reading_mode
from sla_designer.calc.budget import window_words
from sla_designer.export.annexes import allowed_downtime_text
from sla_designer.export.context import ExportContext
from sla_designer.export.remedies import band_text, basis_text, tier_text
from sla_designer.model import (
    AbandonmentRateMetric,
    AvailabilityMetric,
    AverageSpeedOfAnswerMetric,
    CreditSchedule,
    CustomMetric,
    ResolutionTimeMetric,
    ResponseTimeMetric,
    SatisfactionMetric,
    ServiceLevelMetric,
    TimeTarget,
    higher_is_better,
)
from sla_designer.model.kinds import describe
from sla_designer.model.metrics import MetricBase
from sla_designer.text import Texts

Lines = tuple[str, ...]


def level_lines(ctx: ExportContext, words: Texts, metric: MetricBase) -> Lines:
    """The level owed: the objective with its comparison, or a line per time target."""
    if isinstance(metric, ResponseTimeMetric | ResolutionTimeMetric):
        return tuple(_target_line(ctx, words, target) for target in metric.targets)
    f = ctx.f

    comparison = describe(metric).comparison_of(metric)

    def compared(shown: str) -> str:
        return ctx.t(f"comparisons.{comparison}", value=shown)

    if isinstance(metric, AvailabilityMetric):
        allowed = words("levels.allowed", allowed=allowed_downtime_text(ctx, metric))
        return (compared(f.percent(metric.objective)), allowed)
    if isinstance(metric, ServiceLevelMetric):
        level = words(
            "levels.within",
            level=compared(f.percent(metric.objective)),
            threshold=f.duration(metric.threshold),
        )
        return (level,)
    if isinstance(metric, AverageSpeedOfAnswerMetric):
        return (compared(f.duration(metric.objective)),)
    if isinstance(metric, AbandonmentRateMetric):
        lines = [compared(f.percent(metric.objective))]
        if metric.short_abandon_threshold is not None:
            threshold = f.duration(metric.short_abandon_threshold)
            lines.append(words("levels.short_abandons", threshold=threshold))
        return tuple(lines)
    if isinstance(metric, SatisfactionMetric):
        level = compared(f.number(metric.objective))
        low, high = f.number(metric.scale_min), f.number(metric.scale_max)
        return (words("levels.score", level=level, low=low, high=high),)
    if isinstance(metric, CustomMetric):
        return (compared(f"{f.number(metric.objective)} {metric.unit}"),)
    return ()


def _target_line(ctx: ExportContext, words: Texts, target: TimeTarget) -> str:
    """'P1 – Critical: 4 business hours for 95 % of tickets'."""
    f = ctx.f
    shown = target.target.text(ctx.agreement.language)
    if target.measure == "each":
        if target.attainment == 100:
            measured = words("levels.target.every", target=shown)
        else:
            attainment = f.percent(target.attainment)
            measured = words("levels.target.each", target=shown, attainment=attainment)
    elif target.measure == "percentile":
        rank = (
            f.percentile(target.percentile)
            if target.percentile is not None
            else ctx.t("targets.no_percentile")
        )
        measured = words("levels.target.percentile", target=shown, percentile=rank)
    else:
        measured = words(f"levels.target.{target.measure}", target=shown)
    if target.priority is None:
        name = words("levels.all_tickets")
    else:
        priority = ctx.agreement.priority(target.priority)
        name = priority.name if priority else target.priority
    return words("levels.priority", priority=name, target=measured)


def measured_lines(ctx: ExportContext, words: Texts, metric: MetricBase) -> Lines:
    """The measurement window and the calendar the level is counted on."""
    a = ctx.agreement
    lines = [words("levels.window", window=window_words(metric.window, a.language))]
    calendars: list[str] = []
    if isinstance(metric, ResponseTimeMetric | ResolutionTimeMetric):
        for target in metric.targets:
            calendar = a.calendar_for(metric.id, target.priority)
            if target.target.clock == "business" and calendar is not None:
                calendars.append(calendar.name)
        if metric.targets and not calendars:
            lines.append(words("levels.around_the_clock"))
    elif isinstance(metric, AvailabilityMetric):
        calendar = a.calendar_for(metric.id)
        if metric.measured_within_calendar and calendar is not None:
            calendars.append(calendar.name)
        else:
            lines.append(words("levels.around_the_clock"))
    elif metric.calendar is not None:
        calendar = a.calendar(metric.calendar)
        if calendar is not None:
            calendars.append(calendar.name)
    if calendars:
        lines.append(words("levels.calendar", calendars=ctx.f.join(list(dict.fromkeys(calendars)))))
    return tuple(lines)


def clock_note(words: Texts, metric: MetricBase) -> str:
    """What pauses a response or resolution clock ('' when nothing does): the customer's part in
    meeting the level, under the row of its service level."""
    pauses = getattr(getattr(metric, "clock", None), "pauses", [])
    if not pauses:
        return ""
    return words("levels.paused", pauses="; ".join(p.strip().rstrip(".") for p in pauses))


def missed_lines(
    ctx: ExportContext, words: Texts, schedule: CreditSchedule, metric: MetricBase
) -> Lines:
    """What a miss costs under one credit schedule: its basis, tiers (or rule), and cap."""
    f = ctx.f
    lines = [words("levels.basis", basis=basis_text(ctx, schedule))]
    if schedule.rule == "tiers":
        for tier in schedule.tiers:
            shown = tier_text(ctx, metric, tier)
            lines.append(words("levels.tier", range=shown, credit=f.percent(tier.credit)))
    elif schedule.rule == "downtime_bands":
        for band in schedule.downtime_bands:
            shown = band_text(ctx, band)
            lines.append(words("levels.tier", range=shown, credit=f.percent(band.credit)))
    elif schedule.linear is not None:
        rule = schedule.linear
        direction = "higher_is_better" if higher_is_better(metric) else "lower_is_better"
        line = words(
            f"levels.linear.{direction}",
            credit=f.percent(rule.credit_per_step),
            step=ctx.measured(metric, rule.step),
            start=ctx.measured(metric, rule.start),
        )
        if rule.maximum is not None:
            line += "; " + words("levels.linear_max", maximum=f.percent(rule.maximum))
        lines.append(line)
    else:  # a linear schedule without its rule: a draft, as the contract's clause says
        lines.append(ctx.t("credits.not_set"))
    targets = getattr(metric, "targets", [])
    if counts_tickets(metric) and any(t.priority is not None for t in targets):
        lines.append(words(f"levels.{reading_mode(schedule, metric)}"))
    if schedule.cap is not None:
        lines.append(words("levels.cap", cap=f.percent(schedule.cap)))
    return tuple(lines)
