"""The time targets of a response or resolution time in the contract, saying what each measures.

Targets per priority are a table: the priority, the time and the share of tickets that must each
meet it, or (when some target measures otherwise) the whole target in words, and the calendar it
counts on. A target for all the metric's tickets is one sentence: "At least 95 % of all tickets
in each measurement window shall be resolved within …", "The average resolution time of all
tickets … shall not exceed …", "The 90th percentile of …". Durations are written by
`Formats.clock_duration`, every value tagged with its model path.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from sla_designer.export.builder import Cell, Inline
from sla_designer.export.context import ExportContext
from sla_designer.model import ResolutionTimeMetric, ResponseTimeMetric, TimeTarget


def targets(
    ctx: ExportContext, index: int, metric: ResponseTimeMetric | ResolutionTimeMetric
) -> None:
    """The metric's targets: a sentence for a target on all tickets, a table for the others."""
    b = ctx.builder
    path = ("metrics", index)
    if not metric.targets:
        return
    numbered = list(enumerate(metric.targets))
    # A target for all tickets is a sentence; targets per priority are a table.
    for i, target in numbered:
        if target.priority is None:
            b.body(_all_tickets(ctx, metric, (*path, "targets", i), target))
    per_priority = [(i, target) for i, target in numbered if target.priority is not None]
    if per_priority:
        _priority_table(ctx, index, metric, per_priority)


def _event(metric: ResponseTimeMetric | ResolutionTimeMetric) -> str:
    """The ticket event a time target runs to: 'first_response', 'resolution' ..."""
    return metric.event if isinstance(metric, ResponseTimeMetric) else "resolution"


def _tagged(
    ctx: ExportContext, key: str, tagged: Mapping[str, Inline], **values: object
) -> list[Inline]:
    """The phrase under `key` with some of its placeholders as tagged values, in order."""
    names = list(tagged)
    markers = {name: f"\x00{n}\x00" for n, name in enumerate(names)}
    text = ctx.t.render(key, {**values, **markers})
    pieces: list[Inline] = []
    for n, piece in enumerate(re.split("\x00(\\d+)\x00", text)):
        if n % 2:
            pieces.append(tagged[names[int(piece)]])
        elif piece:
            pieces.append(piece)
    return pieces


def _measure_values(
    ctx: ExportContext, tpath: tuple[str | int, ...], target: TimeTarget
) -> dict[str, Inline]:
    """The values a target's sentence or cell shows, each tagged with its model path."""
    f = ctx.f
    tagged: dict[str, Inline] = {
        "target": ctx.value((*tpath, "target"), f.clock_duration(target.target), bold=True)
    }
    if target.measure == "each":
        tagged["attainment"] = ctx.value((*tpath, "attainment"), f.percent(target.attainment))
    elif target.measure == "percentile":
        rank = target.percentile
        shown = f.percentile(rank) if rank is not None else ctx.t("targets.no_percentile")
        tagged["percentile"] = ctx.value((*tpath, "percentile"), shown)
    return tagged


def _all_tickets(
    ctx: ExportContext,
    metric: ResponseTimeMetric | ResolutionTimeMetric,
    tpath: tuple[str | int, ...],
    target: TimeTarget,
) -> list[Inline]:
    """'At least 95 % of all tickets in each measurement window shall be resolved within 4
    Business Hours.', 'The average resolution time of all tickets ... shall not exceed ...'."""
    t = ctx.t
    event = _event(metric)
    # Each ticket, all of them: 'Every ticket shall be resolved within ...'.
    sentence = "every" if target.measure == "each" and target.attainment == 100 else target.measure
    content = _tagged(
        ctx,
        f"targets.all.{sentence}",
        _measure_values(ctx, tpath, target),
        done=t(f"targets.done.{event}"),
        event=t(f"events.{event}"),
    )
    calendar = ctx.agreement.calendar_for(metric.id)
    if target.target.clock == "business" and calendar is not None:
        content.append(t("targets.all.counted_on", calendar=calendar.name))
    return content


def _priority_table(
    ctx: ExportContext,
    index: int,
    metric: ResponseTimeMetric | ResolutionTimeMetric,
    targets: list[tuple[int, TimeTarget]],
) -> None:
    """The targets per priority: how long, for what share of tickets (or the average, median
    or percentile of their times), counted on which calendar."""
    a, b, t = ctx.agreement, ctx.builder, ctx.t
    path = ("metrics", index)
    b.body([t("targets.intro", event=t(f"events.{_event(metric)}"))], keep_next=True)
    each = all(target.measure == "each" for _, target in targets)
    rows: list[list[Cell]] = []
    for i, target in targets:
        tpath = (*path, "targets", i)
        assert target.priority is not None
        priority = a.priority(target.priority)
        calendar = a.calendar_for(metric.id, target.priority)
        counted = (
            calendar.name
            if calendar and target.target.clock == "business"
            else t("targets.calendar_time")
        )
        name = [ctx.value((*tpath, "priority"), priority.name if priority else target.priority)]
        if each:
            tagged = _measure_values(ctx, tpath, target)
            rows.append([name, [tagged["target"]], [tagged["attainment"]], counted])
        else:
            measured = _tagged(
                ctx, f"targets.row.{target.measure}", _measure_values(ctx, tpath, target)
            )
            rows.append([name, measured, counted])
    if each:
        header = [
            t("targets.col_priority"),
            t("targets.col_target"),
            t("targets.col_attainment"),
            t("targets.col_calendar"),
        ]
        ctx.table(header, rows, [3, 4, 2, 3])
    else:
        header = [t("targets.col_priority"), t("targets.col_measured"), t("targets.col_calendar")]
        ctx.table(header, rows, [3, 6, 3])
