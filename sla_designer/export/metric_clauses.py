"""The part of a service level's clause that differs by kind: one writer per kind of metric.

Each kind's writer states its objective (with the clause-file sentence its description names,
`clauses.objectives.<clause>.<comparison>`: "at least 99.9 %" and "more than 99.9 %" are two
sentences) and may add details after the measurement window, calendar and data source: the
downtime rules of an availability metric, the clock and the time targets of a response or
resolution time (written by `time_targets`). A test checks that every kind of the model has a
writer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sla_designer.export import time_targets
from sla_designer.export.builder import Inline
from sla_designer.export.context import ExportContext
from sla_designer.model import (
    AbandonmentRateMetric,
    AvailabilityMetric,
    AverageSpeedOfAnswerMetric,
    CustomMetric,
    ResolutionTimeMetric,
    ResponseTimeMetric,
    SatisfactionMetric,
    ServiceLevelMetric,
)
from sla_designer.model.kinds import describe
from sla_designer.model.metrics import MetricBase


@dataclass(frozen=True)
class Objective:
    """What an objective writer needs: the export, where the metric is, and its sentence."""

    ctx: ExportContext
    index: int
    metric: MetricBase

    @property
    def key(self) -> str:
        """The clause-file key of the objective's sentence: the kind's, by its comparison."""
        kind = describe(self.metric)
        comparison = kind.comparison_of(self.metric)
        base = f"objectives.{kind.clause}"
        return base if comparison is None else f"{base}.{comparison}"

    @property
    def service(self) -> str:
        """'the service “Hosting”', or 'the services' when the metric names none."""
        t, metric = self.ctx.t, self.metric
        service = self.ctx.agreement.service_by_id(metric.service) if metric.service else None
        if service is None:
            return t("objectives.service_all")
        return t("objectives.service_named", name=service.name)

    def phrase(self, shown: str, key: str | None = None, **values: object) -> list[Inline]:
        """The sentence with the objective as a tagged, bold value."""
        before, after = self.ctx.t.split(key or self.key, "objective", **values)
        value = self.ctx.value(("metrics", self.index, "objective"), shown, bold=True)
        return [before, value, after]


def _channel(o: Objective, typed: str) -> str:
    """A channel as the contract's language names it ('telefone' for 'phone'); a channel the
    clause file does not list, as typed. The model keeps the value as typed."""
    known: dict[str, str] = o.ctx.t.raw("channels") or {}
    return known.get(typed.strip().casefold(), typed)


def _availability(o: Objective, metric: AvailabilityMetric) -> list[Inline]:
    return o.phrase(o.ctx.f.percent(metric.objective), service=o.service)


def _targets(o: Objective, metric: ResponseTimeMetric | ResolutionTimeMetric) -> list[Inline]:
    # "The Provider shall respond": the provider of the service this metric measures.
    return [o.ctx.t.render(o.key, o.ctx.metric_words(metric))]


def _service_level(o: Objective, metric: ServiceLevelMetric) -> list[Inline]:
    t, f = o.ctx.t, o.ctx.f
    return [
        *o.phrase(
            f.percent(metric.objective),
            channel=_channel(o, metric.channel),
            threshold=f.duration(metric.threshold),
        ),
        " ",
        t(f"formulas.{metric.formula}"),
    ]


def _speed_of_answer(o: Objective, metric: AverageSpeedOfAnswerMetric) -> list[Inline]:
    return o.phrase(o.ctx.f.duration(metric.objective), channel=_channel(o, metric.channel))


def _abandonment(o: Objective, metric: AbandonmentRateMetric) -> list[Inline]:
    t, f = o.ctx.t, o.ctx.f
    content = o.phrase(f.percent(metric.objective), channel=_channel(o, metric.channel))
    if metric.short_abandon_threshold is not None:
        content.append(
            t("objectives.short_abandons", threshold=f.duration(metric.short_abandon_threshold))
        )
    return content


def _satisfaction(o: Objective, metric: SatisfactionMetric) -> list[Inline]:
    t, f = o.ctx.t, o.ctx.f
    content = o.phrase(
        f.number(metric.objective),
        low=f.number(metric.scale_min),
        high=f.number(metric.scale_max),
        # The sentence ends with its own full stop; a method written as a sentence would end it
        # twice.
        method=(metric.method or t("metrics.survey")).rstrip().rstrip("."),
    )
    if metric.minimum_responses:
        content.append(
            t(
                "objectives.minimum_responses",
                count=metric.minimum_responses,
                n=f.number(metric.minimum_responses),
            )
        )
    return content


def _custom(o: Objective, metric: CustomMetric) -> list[Inline]:
    shown = f"{o.ctx.f.number(metric.objective)} {metric.unit}"
    return o.phrase(shown)


def _downtime_rules(ctx: ExportContext, index: int, metric: AvailabilityMetric) -> None:
    b, t, f = ctx.builder, ctx.t, ctx.f
    path = ("metrics", index)
    if metric.downtime_definition:
        b.body(
            [
                ctx.lead_in(t("availability.downtime")),
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
    _emergency(ctx, index, metric)
    before, after = t.split("availability.budget", "annex")
    b.body([before, *b.ref("annex:budget"), after])


def _emergency(ctx: ExportContext, index: int, metric: AvailabilityMetric) -> None:
    """How emergency maintenance counts: said where maintenance is excluded from downtime (a
    window or a notice), or where emergency maintenance itself is excluded."""
    b, t, f = ctx.builder, ctx.t, ctx.f
    path = ("metrics", index)
    if metric.emergency_maintenance == "downtime":
        if metric.maintenance or metric.maintenance_notice:
            b.body(
                [ctx.value((*path, "emergency_maintenance"), t("availability.emergency_downtime"))]
            )
        return
    notice = (
        t("availability.emergency_notice_planned")
        if metric.emergency_notice is None
        else t("availability.emergency_notice", duration=f.duration(metric.emergency_notice))
    )
    before, after = t.split("availability.emergency_excluded", "notice")
    content: list[Inline] = [before, ctx.value((*path, "emergency_notice"), notice), after]
    if metric.emergency_limit is not None:
        limit = f.duration(metric.emergency_limit)
        before, after = t.split("availability.emergency_limit", "duration")
        content += [" ", before, ctx.value((*path, "emergency_limit"), limit), after]
    b.body(content)


def _clock_and_targets(
    ctx: ExportContext, index: int, metric: ResponseTimeMetric | ResolutionTimeMetric
) -> None:
    b, t = ctx.builder, ctx.t
    path = ("metrics", index)
    clock = metric.clock
    if clock.starts:
        b.body(
            [ctx.lead_in(t("clock.starts")), ctx.value((*path, "clock", "starts"), clock.starts)]
        )
    if clock.pauses:
        b.body([ctx.lead_in(t("clock.pauses"))], keep_next=True)
        b.bullets(
            [[ctx.value((*path, "clock", "pauses", i), p)] for i, p in enumerate(clock.pauses)]
        )
    if clock.stops:
        b.body([ctx.lead_in(t("clock.stops")), ctx.value((*path, "clock", "stops"), clock.stops)])
    time_targets.targets(ctx, index, metric)


@dataclass(frozen=True)
class KindClause:
    """How one kind's clause states its objective, and the details it adds, if any."""

    objective: Callable[[Objective, Any], list[Inline]]
    details: Callable[[ExportContext, int, Any], None] | None = None


WRITERS: dict[str, KindClause] = {
    "availability": KindClause(_availability, _downtime_rules),
    "response_time": KindClause(_targets, _clock_and_targets),
    "resolution_time": KindClause(_targets, _clock_and_targets),
    "service_level": KindClause(_service_level),
    "average_speed_of_answer": KindClause(_speed_of_answer),
    "abandonment_rate": KindClause(_abandonment),
    "satisfaction": KindClause(_satisfaction),
    "custom": KindClause(_custom),
}
"""The clause writer of each kind of metric, by its `kind`."""


def objective(ctx: ExportContext, index: int, metric: MetricBase) -> list[Inline]:
    """The sentence stating a metric's objective, with the objective as a tagged value."""
    return WRITERS[metric.kind].objective(Objective(ctx, index, metric), metric)


def details(ctx: ExportContext, index: int, metric: MetricBase) -> None:
    """The paragraphs only a metric of this kind has (downtime rules, clock and targets)."""
    write = WRITERS[metric.kind].details
    if write is not None:
        write(ctx, index, metric)
