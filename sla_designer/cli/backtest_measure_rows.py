"""The rows of `sla-designer backtest --outages/--intervals` as JSON objects and CSV: one per
metric and window, with `metric`, `window`, `attainment` (availability, service level or
abandonment in %), `measured` and `unit`, `objective`, `objective_met` and each measure's
figures (minutes of downtime counted and not counted; the window's contact counts)."""

from __future__ import annotations

import csv
from fractions import Fraction
from typing import Any, TextIO

from sla_designer.backtest.contact_centre import ContactResult, ContactRow, rounded
from sla_designer.cli.backtest_measures import Measures


def _seconds(value: Fraction) -> str:
    return str(rounded(value, 2))


def json_rows(measures: Measures) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The windows' rows and the suggestions, as JSON objects."""
    rows: list[dict[str, Any]] = []
    suggestions: list[dict[str, Any]] = []
    for result in measures.availability:
        for row in result.rows:
            rows.append(
                {
                    "metric": result.metric.id,
                    "priority": None,
                    "window": row.window.isoformat(),
                    "attainment": str(row.attainment),
                    "measured": str(row.attainment),
                    "unit": "percent",
                    "objective": str(result.metric.objective),
                    "counts": True,
                    "objective_met": row.objective_met,
                    "downtime_minutes": str(row.downtime_minutes),
                    "excluded_minutes": str(row.excluded_minutes),
                }
            )
        if result.suggestion is not None:
            s = result.suggestion
            twelfths = s.share * 12
            suggestions.append(
                {
                    "metric": s.metric,
                    "priority": None,
                    "path": s.path_text,
                    "current": str(s.current),
                    "suggested": str(s.suggested),
                    "windows": s.windows,
                    "windows_needed": s.needed,
                    "windows_met_now": s.met_now,
                    "windows_met_suggested": s.met_suggested,
                    "share": f"{twelfths.numerator}/12"
                    if twelfths.denominator == 1
                    else f"{s.share.numerator}/{s.share.denominator}",
                }
            )
    for contact in measures.contact:
        for line in contact.rows:
            rows.append(_contact_json(contact, line))
    return rows, suggestions


def _contact_json(result: ContactResult, row: ContactRow) -> dict[str, Any]:
    measured = None if row.measured is None else str(rounded(row.measured))
    c = row.counts
    return {
        "metric": result.metric.id,
        "priority": None,
        "window": row.window.isoformat(),
        "attainment": measured if result.unit == "percent" else None,
        "measured": measured,
        "unit": result.unit,
        "objective": format(row.objective.normalize(), "f")
        if result.unit == "seconds"
        else str(row.objective),
        "counts": row.objective_met is not None,
        "objective_met": row.objective_met,
        "offered": c.offered,
        "answered": c.answered,
        "answered_within": c.answered_within,
        "abandoned": c.abandoned,
        "abandoned_within": c.abandoned_within,
        "short_abandoned": c.short_abandoned,
        "wait_seconds": None if c.wait is None else _seconds(c.wait),
        "handle_seconds": None if c.handled is None else _seconds(c.handled),
    }


def write_csv(measures: Measures, out: TextIO) -> None:
    """One row per metric and window (the ticket metrics' CSV is one row per ticket)."""
    rows, _ = json_rows(measures)
    columns = ["metric", "window", "measured", "unit", "objective", "objective_met"]
    extra = [k for row in rows for k in row if k not in columns and k not in ("priority",)]
    header = columns + list(dict.fromkeys(k for k in extra if k not in ("attainment", "counts")))
    writer = csv.DictWriter(out, header, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
