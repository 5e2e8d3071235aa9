"""`sla-designer backtest` written out: to the standard output or a file (`-o`), as JSON
(`windows`, `metrics`, `credits`, `suggestions`, and `skipped` with --skip-bad-rows) or as CSV,
one row per ticket (or wait) and metric."""

from __future__ import annotations

import contextlib
import csv
import io
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from sla_designer.backtest.credits import Credits
from sla_designer.backtest.outcome import STATUSES
from sla_designer.backtest.reading import TicketHistory
from sla_designer.backtest.report import MetricResult, metric_zone
from sla_designer.backtest.sources import Skipped
from sla_designer.backtest.suggest import Suggestion
from sla_designer.calc.calendar_index import from_instant
from sla_designer.cli.backtest_measure_rows import json_rows
from sla_designer.cli.backtest_measures import Measures
from sla_designer.cli.backtest_more import credits_json, skipped_json, suggestions_json
from sla_designer.cli.common import print_json
from sla_designer.model import Agreement


@contextlib.contextmanager
def output(path: str | None) -> Iterator[TextIO]:
    if path is None:
        yield sys.stdout
        return
    buffer = io.StringIO()
    yield buffer
    Path(path).write_text(buffer.getvalue(), encoding="utf-8", newline="")


def write_json(
    results: list[MetricResult],
    out: TextIO,
    credits: Credits,
    suggestions: list[Suggestion],
    measures: Measures,
    *,
    skipped: tuple[Skipped, ...] | None = None,
) -> None:
    rows = []
    for result in results:
        for row in result.rows:
            rows.append(
                {
                    "metric": result.metric.id,
                    "priority": row.priority,
                    "window": row.window.isoformat(),
                    "tickets": row.tickets,
                    "met": row.met,
                    "attainment": str(row.attainment) if row.attainment is not None else None,
                    "objective": str(row.objective),
                    "counts": row.objective_met is not None,
                    "objective_met": row.objective_met,
                    **(
                        {"measure": row.measure, "value_seconds": str(row.value / 1_000_000)}
                        if row.value is not None
                        else {}
                    ),
                }
            )
    measured, objectives = json_rows(measures)
    data: dict[str, Any] = {
        "windows": [*rows, *measured],
        "metrics": [
            {
                "metric": r.metric.id,
                "attainment": r.mode,
                "minimum_tickets": r.minimum,
                "open_within_target": r.open,
                "without_target": r.without_target,
                "skipped": r.skipped,
            }
            for r in results
        ],
        "credits": credits_json(credits),
        "suggestions": [*suggestions_json(suggestions), *objectives],
    }
    if skipped is not None:
        data["skipped"] = skipped_json(skipped)
    stdout, sys.stdout = sys.stdout, out
    try:
        print_json(data)
    finally:
        sys.stdout = stdout


def write_tickets_csv(
    agreement: Agreement, history: TicketHistory, results: list[MetricResult], out: TextIO
) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [
            "ticket",
            "metric",
            "priority",
            "created",
            "stopped",
            "elapsed_seconds",
            "paused_seconds",
            "target_seconds",
            "status",
            "window",
        ]
    )
    for result in results:
        times = result.times
        if times is None:
            continue
        zone = metric_zone(agreement, result.metric)
        # A wait (next reply, periodic update) is a row of its ticket, from when it started.
        owners = times.owner if times.owner is not None else range(len(history.ids))
        started = times.started if times.started is not None else history.created
        for index, owner in enumerate(owners):
            stopped = int(times.stopped[index])
            counted = int(times.counted_at[index])
            writer.writerow(
                [
                    history.ids[owner],
                    result.metric.id,
                    history.priorities[int(times.priority[index])],
                    from_instant(int(started[index]), zone).isoformat(),
                    from_instant(stopped, zone).isoformat() if stopped >= 0 else "",
                    _seconds(int(times.elapsed[index])),
                    _seconds(int(times.paused[index])),
                    _seconds(int(times.target[index])) if times.target[index] >= 0 else "",
                    STATUSES[int(times.status[index])],
                    from_instant(counted, zone).date().isoformat() if counted >= 0 else "",
                ]
            )


def _seconds(micros: int) -> str:
    whole, rest = divmod(micros, 1_000_000)
    return str(whole) if rest == 0 else f"{whole}.{rest:06d}".rstrip("0")
