"""`sla-designer backtest` written out: to the standard output or a file (`-o`), as JSON
(`windows`, `metrics`, `credits`, `suggestions`, and `skipped` with --skip-bad-rows) or as CSV,
one row per ticket (or wait) and metric."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO

import numpy as np
from numpy.typing import NDArray

from sla_designer.backtest.credits import Credits
from sla_designer.backtest.iso_columns import iso_dates, iso_datetimes, seconds_text
from sla_designer.backtest.outcome import STATUSES
from sla_designer.backtest.reading import TicketHistory
from sla_designer.backtest.report import MetricResult, metric_zone
from sla_designer.backtest.sources import Skipped
from sla_designer.backtest.suggest import Suggestion
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
    """One row per ticket (or wait) and metric, as the csv module writes them: columns of text
    made whole (backtest/iso_columns.py), rows joined, a field that needs quoting quoted by the
    csv module itself (a ticket id or a metric id with a comma, a quote or a line break)."""
    out.write(",".join(CSV_HEADER) + "\n")
    tickets = np.array(_fields(history.ids.tolist()), dtype=object)
    priorities = np.array(_fields(list(history.priorities)), dtype=object)
    for result in results:
        times = result.times
        if times is None:
            continue
        zone = metric_zone(agreement, result.metric)
        # A wait (next reply, periodic update) is a row of its ticket, from when it started.
        owners = times.owner if times.owner is not None else np.arange(len(history.ids))
        started = times.started if times.started is not None else history.created
        columns = [
            tickets[owners].tolist(),
            _fields([result.metric.id]) * len(owners),
            priorities[times.priority].tolist(),
            iso_datetimes(started, zone),
            _where(times.stopped >= 0, iso_datetimes, times.stopped, zone),
            seconds_text(times.elapsed),
            seconds_text(times.paused),
            _blank_unless(times.target >= 0, seconds_text(times.target)),
            np.array(STATUSES, dtype=object)[times.status].tolist(),
            _where(times.counted_at >= 0, iso_dates, times.counted_at, zone),
        ]
        for start in range(0, len(owners), _ROWS_AT_ONCE):
            rows = zip(*(column[start : start + _ROWS_AT_ONCE] for column in columns), strict=True)
            out.write("".join(",".join(row) + "\n" for row in rows))


CSV_HEADER = (
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
)
_ROWS_AT_ONCE = 100_000
_NEEDS_QUOTES = re.compile(r'[,"\r\n]')


def _fields(values: list[str]) -> list[str]:
    """`values` as CSV fields: quoted by the csv module where one needs it."""
    return [_quoted(v) if _NEEDS_QUOTES.search(v) else v for v in map(str, values)]


def _quoted(value: str) -> str:
    """`value` as the csv module writes it in a row ending in a line break (which it quotes)."""
    line = io.StringIO()
    csv.writer(line, lineterminator="\n").writerow([value])
    return line.getvalue()[:-1]


def _where(
    present: NDArray[np.bool_],
    written: Callable[[NDArray[np.int64], dt.tzinfo], list[str]],
    instants: NDArray[np.int64],
    zone: dt.tzinfo,
) -> list[str]:
    """`written` of the instants `present`, an empty text where there is none."""
    text = np.full(len(instants), "", dtype=object)
    text[present] = written(instants[present], zone)
    shown: list[str] = text.tolist()
    return shown


def _blank_unless(present: NDArray[np.bool_], text: list[str]) -> list[str]:
    return [value if keep else "" for value, keep in zip(text, present.tolist(), strict=True)]
