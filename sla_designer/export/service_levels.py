"""Service hours and calendars, priorities, and one clause per service level with its targets."""

from __future__ import annotations

from sla_designer.export.builder import Cell, Inline
from sla_designer.export.context import ExportContext
from sla_designer.model import (
    AbandonmentRateMetric,
    AvailabilityMetric,
    AverageSpeedOfAnswerMetric,
    Calendar,
    CustomMetric,
    ResolutionTimeMetric,
    ResponseTimeMetric,
    SatisfactionMetric,
    ServiceLevelMetric,
)
from sla_designer.model.metrics import Metric


def calendars(ctx: ExportContext) -> None:
    """One subclause per coverage calendar: zone, weekly hours, holidays, closed dates."""
    a, b, t = ctx.agreement, ctx.builder, ctx.t
    if not a.calendars:
        return
    b.heading(1, t("calendars.heading"), key="clause:calendars", section="calendars")
    b.body([t("calendars.intro")])
    for index, calendar in enumerate(a.calendars):
        with b.control(f"calendars[{index}]", calendar.name):
            b.heading(2, calendar.name, key=f"calendar:{calendar.id}")
            _calendar_body(ctx, index, calendar)


def _calendar_body(ctx: ExportContext, index: int, calendar: Calendar) -> None:
    b, t, f = ctx.builder, ctx.t, ctx.f
    path = ("calendars", index)
    before, after = t.split("calendars.timezone", "zone")
    b.body([before, ctx.value((*path, "timezone"), calendar.timezone), after])
    if calendar.preset:
        b.body([ctx.value((*path, "preset"), t(f"calendars.preset.{calendar.preset}"))])
    elif calendar.hours:
        rows: list[list[Cell]] = [
            [
                [ctx.value((*path, "hours", i, "days"), f.weekdays(list(h.days)))],
                [ctx.value((*path, "hours", i, "start"), f.time(h.start))],
                [ctx.value((*path, "hours", i, "end"), f.time(h.end))],
            ]
            for i, h in enumerate(calendar.hours)
        ]
        b.body([t("calendars.hours_intro")], keep_next=True)
        ctx.table(
            [t("calendars.col_days"), t("calendars.col_from"), t("calendars.col_to")],
            rows,
            [4, 2, 2],
        )
    else:
        b.body([t("calendars.no_hours")])
    for i, rule in enumerate(calendar.holidays):
        article, region = f.holiday_region(rule.country, rule.subdivision)
        before, after = t.split("calendars.holidays", "region", article=article)
        b.body([before, ctx.value((*path, "holidays", i), region), after])
    if calendar.closed_dates:
        b.body([t("calendars.closed_intro")], keep_next=True)
        b.bullets(
            [
                ctx.value(
                    (*path, "closed_dates", i),
                    f.date(c.date) + (f" \u2013 {c.name}" if c.name else ""),
                )
            ]
            for i, c in enumerate(calendar.closed_dates)
        )


def priorities(ctx: ExportContext) -> None:
    """The priority levels, most urgent first, with definitions and examples."""
    a, b, t = ctx.agreement, ctx.builder, ctx.t
    if not a.priorities:
        return
    b.heading(1, t("priorities.heading"), key="clause:priorities", section="priorities")
    with b.control("priorities", t("priorities.heading")):
        b.body([t("priorities.intro")], keep_next=True)
        rows: list[list[Cell]] = []
        for i, p in enumerate(a.priorities):
            path = ("priorities", i)
            calendar = a.calendar(p.calendar) if p.calendar else None
            # One paragraph and one control per example: a reviewer edits each on its own.
            examples = [
                ["\u2022 ", ctx.value((*path, "examples", n), example)]
                for n, example in enumerate(p.examples)
            ]
            rows.append(
                [
                    [ctx.value((*path, "name"), p.name, bold=True)],
                    [ctx.value((*path, "definition"), p.definition)],
                    examples if examples else "",
                    [ctx.value((*path, "calendar"), calendar.name)] if calendar else "",
                ]
            )
        header = [
            t("priorities.col_priority"),
            t("priorities.col_definition"),
            t("priorities.col_examples"),
            t("priorities.col_calendar"),
        ]
        ctx.table(header, rows, [2.2, 4, 4, 2])


def service_levels(ctx: ExportContext) -> None:
    """One subclause per metric: what is measured, how, and the target."""
    a, b, t = ctx.agreement, ctx.builder, ctx.t
    if not a.metrics:
        return
    b.heading(1, t("metrics.heading"), key="clause:metrics", section="metrics")
    b.body([t("metrics.intro")])
    for index, metric in enumerate(a.metrics):
        with b.control(f"metrics[{index}]", metric.name):
            b.heading(2, metric.name, key=f"metric:{metric.id}")
            _metric_body(ctx, index, metric)


def _metric_body(ctx: ExportContext, index: int, metric: Metric) -> None:
    a, b, t, f = ctx.agreement, ctx.builder, ctx.t, ctx.f
    path = ("metrics", index)
    if metric.description:
        b.body([ctx.value((*path, "description"), metric.description)])
    b.body(_objective(ctx, index, metric))
    window = metric.window
    days = f.number(window.days or 0)
    b.body(
        [
            _label(ctx, t("metrics.window")),
            ctx.value((*path, "window"), t(f"windows.{window.kind}", days=days)),
            ".",
        ]
    )
    calendar = a.calendar(metric.calendar) if metric.calendar else None
    if calendar:
        b.body(
            [
                _label(ctx, t("metrics.calendar")),
                ctx.value((*path, "calendar"), calendar.name),
                t("metrics.see_clause"),
                *b.cite(f"calendar:{calendar.id}"),
                ").",
            ]
        )
    if metric.data_source:
        b.body(
            [
                _label(ctx, t("metrics.data_source")),
                ctx.value((*path, "data_source"), metric.data_source),
            ]
        )
    if isinstance(metric, AvailabilityMetric):
        _availability(ctx, index, metric)
    if isinstance(metric, ResponseTimeMetric | ResolutionTimeMetric):
        _clock_and_targets(ctx, index, metric)
    if metric.exclusions:
        b.body([t("metrics.exclusions")], keep_next=True)
        b.lettered(
            [[ctx.value((*path, "exclusions", i), e)] for i, e in enumerate(metric.exclusions)]
        )
    if any(s.metric == metric.id for s in a.remedies.credit_schedules):
        b.body([t("metrics.credits_in"), *b.ref(f"credits:{metric.id}"), "."])


def _label(ctx: ExportContext, text: str) -> Inline:
    """A bold lead-in label ('Measurement window: ')."""
    return ctx.builder.bold(text + " ")


def _objective(ctx: ExportContext, index: int, metric: Metric) -> list[Inline]:
    t, f = ctx.t, ctx.f
    path = ("metrics", index)

    def phrase(key: str, name: str, shown: str, **values: object) -> list[Inline]:
        before, after = t.split(key, name, **values)
        return [before, ctx.value((*path, "objective"), shown, bold=True), after]

    service = ctx.agreement.service_by_id(metric.service) if metric.service else None
    service_name = (
        t("objectives.service_named", name=service.name) if service else t("objectives.service_all")
    )
    if isinstance(metric, AvailabilityMetric):
        return phrase(
            "objectives.availability",
            "objective",
            f.percent(metric.objective),
            service=service_name,
        )
    if isinstance(metric, ServiceLevelMetric):
        return [
            *phrase(
                "objectives.service_level",
                "objective",
                f.percent(metric.objective),
                channel=metric.channel,
                threshold=f.duration(metric.threshold),
            ),
            " ",
            t(f"formulas.{metric.formula}"),
        ]
    if isinstance(metric, AverageSpeedOfAnswerMetric):
        return phrase(
            "objectives.average_speed_of_answer",
            "objective",
            f.duration(metric.objective),
            channel=metric.channel,
        )
    if isinstance(metric, AbandonmentRateMetric):
        content = phrase(
            "objectives.abandonment_rate",
            "objective",
            f.percent(metric.objective),
            channel=metric.channel,
        )
        if metric.short_abandon_threshold is not None:
            content.append(
                t("objectives.short_abandons", threshold=f.duration(metric.short_abandon_threshold))
            )
        return content
    if isinstance(metric, SatisfactionMetric):
        content = phrase(
            "objectives.satisfaction",
            "objective",
            f.number(metric.objective),
            low=f.number(metric.scale_min),
            high=f.number(metric.scale_max),
            # The sentence ends with its own full stop; a method written as a sentence would
            # end it twice.
            method=(metric.method or t("metrics.survey")).rstrip().rstrip("."),
        )
        if metric.minimum_responses:
            content.append(t("objectives.minimum_responses", n=f.number(metric.minimum_responses)))
        return content
    if isinstance(metric, CustomMetric):
        return phrase(
            f"objectives.custom.{metric.direction}",
            "objective",
            f"{f.number(metric.objective)} {metric.unit}",
        )
    return [t(f"objectives.{metric.kind}")]


def _availability(ctx: ExportContext, index: int, metric: AvailabilityMetric) -> None:
    b, t, f = ctx.builder, ctx.t, ctx.f
    path = ("metrics", index)
    if metric.downtime_definition:
        b.body(
            [
                _label(ctx, t("availability.downtime")),
                ctx.value((*path, "downtime_definition"), metric.downtime_definition),
            ]
        )
    if metric.minimum_outage:
        before, after = t.split("availability.minimum_outage", "duration")
        b.body(
            [before, ctx.value((*path, "minimum_outage"), f.duration(metric.minimum_outage)), after]
        )
    if metric.maintenance:
        b.body([t("availability.maintenance")], keep_next=True)
        b.bullets(
            [
                ctx.value(
                    (*path, "maintenance", i),
                    t(
                        "availability.window",
                        name=m.name,
                        days=f.weekdays(list(m.days)),
                        start=f.time(m.start),
                        duration=f.duration(m.duration),
                    ),
                )
            ]
            for i, m in enumerate(metric.maintenance)
        )
    if metric.maintenance_notice:
        before, after = t.split("availability.notice", "duration")
        b.body(
            [
                before,
                ctx.value((*path, "maintenance_notice"), f.duration(metric.maintenance_notice)),
                after,
            ]
        )
    before, after = t.split("availability.budget", "annex")
    b.body([before, *b.ref("annex:budget"), after])


def _clock_and_targets(
    ctx: ExportContext, index: int, metric: ResponseTimeMetric | ResolutionTimeMetric
) -> None:
    a, b, t, f = ctx.agreement, ctx.builder, ctx.t, ctx.f
    path = ("metrics", index)
    clock = metric.clock
    if clock.starts:
        b.body(
            [_label(ctx, t("clock.starts")), ctx.value((*path, "clock", "starts"), clock.starts)]
        )
    if clock.pauses:
        b.body([_label(ctx, t("clock.pauses"))], keep_next=True)
        b.bullets(
            [[ctx.value((*path, "clock", "pauses", i), p)] for i, p in enumerate(clock.pauses)]
        )
    if clock.stops:
        b.body([_label(ctx, t("clock.stops")), ctx.value((*path, "clock", "stops"), clock.stops)])
    if not metric.targets:
        return
    event = (
        t(f"events.{metric.event}")
        if isinstance(metric, ResponseTimeMetric)
        else t("events.resolution")
    )
    b.body([t("targets.intro", event=event)], keep_next=True)
    rows: list[list[Cell]] = []
    for i, target in enumerate(metric.targets):
        tpath = (*path, "targets", i)
        priority = a.priority(target.priority)
        calendar = a.calendar_for(metric.id, target.priority)
        rows.append(
            [
                [ctx.value((*tpath, "priority"), priority.name if priority else target.priority)],
                [ctx.value((*tpath, "target"), f.clock_duration(target.target), bold=True)],
                [ctx.value((*tpath, "attainment"), f.percent(target.attainment))],
                calendar.name
                if calendar and target.target.clock == "business"
                else t("targets.calendar_time"),
            ]
        )
    header = [
        t("targets.col_priority"),
        t("targets.col_target"),
        t("targets.col_attainment"),
        t("targets.col_calendar"),
    ]
    ctx.table(header, rows, [3, 4, 2, 3])
