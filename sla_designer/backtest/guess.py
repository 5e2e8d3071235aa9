"""What the editor's mapping dialog needs before a back-test: the first rows of a ticket file,
the preset its columns look like, and a mapping prefilled from the preset's own definitions.

Every preset is a module of this package named as in `mapping.Preset`, with its `RULES`
(`preset_rules.PresetRules`): its columns by role, its states and its priorities from the most
urgent. A preset whose roles include an event's (ticket, metric, type, time) reads a second
file of events beside the tickets. A new preset joins the guess by being named in `Preset`.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import get_args

import duckdb
import yaml

from sla_designer.backtest.mapping import Mapping, Preset
from sla_designer.backtest.preset_rules import PresetRules
from sla_designer.backtest.sources import Source, TicketFileError, quoted

EVENT_ROLES = frozenset({"ticket", "metric", "type", "time", "field", "from", "to"})
"""The roles of an events file's columns (and a preset's `in_events`): an event's ticket,
metric, type and time; a change's field and its values before and after (Jira)."""
PREVIEW_ROWS = 8
MOST_VALUES = 50
"""How many distinct priority values the dialog lists."""


def presets() -> dict[str, PresetRules]:
    """Every preset's rules, by name, in the order `Preset` names them."""
    found: dict[str, PresetRules] = {}
    for name in get_args(Preset):
        module = importlib.import_module(f"sla_designer.backtest.{name}")
        found[name] = module.RULES
    return found


def needs_events(rules: PresetRules) -> bool:
    """Whether a preset reads an events file beside the tickets."""
    return bool(_in_events(rules) & set(rules.columns))


def _in_events(rules: PresetRules) -> frozenset[str]:
    return EVENT_ROLES | rules.in_events


def ticket_roles(rules: PresetRules) -> dict[str, str]:
    """The roles a preset reads from the tickets file, with their default columns."""
    events = _in_events(rules)
    return {role: name for role, name in rules.columns.items() if role not in events}


def event_roles(rules: PresetRules) -> dict[str, str]:
    """The roles a preset reads from the events file, with their default columns."""
    events = _in_events(rules)
    return {role: name for role, name in rules.columns.items() if role in events}


@dataclass(frozen=True)
class FilePreview:
    """A ticket file's columns and its first rows, as text."""

    path: Path
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def preview_file(path: Path, rows: int = PREVIEW_ROWS) -> FilePreview:
    """The columns and first rows of a ticket file, read with DuckDB; a TicketFileError names
    the file when it cannot be read."""
    with duckdb.connect() as con:
        source = Source.open(con, path, "preview")
        try:
            found = con.execute(f"SELECT * FROM {source.reader} LIMIT {int(rows)}").fetchall()
        except duckdb.Error as error:
            raise _unreadable(path, error) from None
    shown = tuple(tuple("" if v is None else str(v) for v in row) for row in found)
    return FilePreview(path, tuple(source.types), shown)


def column_values(path: Path, column: str, most: int = MOST_VALUES) -> list[str]:
    """The distinct values of a column, most frequent first (at most `most`)."""
    with duckdb.connect() as con:
        source = Source.open(con, path, "values")
        if column not in source.types:
            return []
        name = quoted(column)
        try:
            found = con.execute(
                f"SELECT CAST({name} AS VARCHAR) AS v, count(*) AS n FROM {source.reader}"
                f" WHERE {name} IS NOT NULL GROUP BY v ORDER BY n DESC, v LIMIT {int(most)}"
            ).fetchall()
        except duckdb.Error as error:
            raise _unreadable(path, error) from None
    return [str(row[0]) for row in found]


def guess_preset(columns: tuple[str, ...] | list[str]) -> str | None:
    """The preset whose tickets-file columns the file has most of (ties: the larger share of
    its columns); None when the file has none of any preset's."""
    have = set(columns)
    best: tuple[int, float, str] | None = None
    for name, rules in presets().items():
        wanted = set(ticket_roles(rules).values())
        found = len(wanted & have)
        if not found:
            continue
        score = (found, found / len(wanted), name)
        if best is None or score[:2] > best[:2]:
            best = score
    return best[2] if best is not None else None


def prefilled(
    preset: str,
    columns: tuple[str, ...] | list[str],
    priority_values: list[str],
    priorities: list[str],
    *,
    start: Mapping | None = None,
    pausing: list[str] | None = None,
) -> Mapping:
    """A mapping for `preset`: what `start` says (a mapping loaded or used before), the rest
    from the preset: each source priority of the file (in the preset's order of urgency) to the
    agreement's priority of the same rank, the states that wait on the requester as pauses of
    the metrics in `pausing` (those whose clock rules pause), and columns the file names
    otherwise left out. The workflow's own states and those that end a resolution clock
    (`states`, `stops`), and the interval thresholds, are `start`'s."""
    rules = presets()[preset]
    base = start if start is not None and start.preset in (None, preset) else Mapping()
    mapped = dict(base.priorities)
    if not mapped:
        mapped = dict(zip(ranked(preset, priority_values), priorities, strict=False))
    chosen = {str(k): v for k, v in base.columns.items() if v in columns}
    return Mapping.model_validate(
        {
            "preset": preset,
            "timezone": base.timezone,
            "priorities": mapped,
            "pauses": {k: list(v) for k, v in base.pauses.items()}
            or {metric: list(rules.waiting) for metric in pausing or [] if rules.waiting},
            "columns": chosen,
            "date_format": base.date_format,
            "states": list(base.states),
            "stops": list(base.stops),
            "threshold": base.threshold,
            "short_abandon_threshold": base.short_abandon_threshold,
        }
    )


def ranked(preset: str, values: list[str]) -> list[str]:
    """A file's priority values, the preset's own in its order of urgency first."""
    order = presets()[preset].priority_order
    return [v for v in order if v in values] + [v for v in values if v not in order]


def mapping_yaml(mapping: Mapping) -> str:
    """The mapping file's text: only what is set."""
    data = mapping.model_dump(mode="json", exclude_defaults=True)
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


def _unreadable(path: Path, error: Exception) -> TicketFileError:
    from sla_designer.text.values import Problem

    message = str(error).splitlines()[0]
    return TicketFileError([Problem("backtest.errors.unreadable", file=str(path), error=message)])
