"""The opening shared by the presets that read a tickets file and a file of its events (Zendesk,
Jira Service Management, Freshdesk): both files opened, every column they need looked for."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import duckdb

from sla_designer.backtest.mapping import Mapping
from sla_designer.backtest.reading import PresetRules
from sla_designer.backtest.sources import Source, TicketFileError
from sla_designer.text.values import Problem


def open_both(
    con: duckdb.DuckDBPyConnection,
    preset: str,
    files: tuple[Path, Path | None],
    mapping: Mapping,
    rules: PresetRules,
    *,
    tables: tuple[str, str],
    roles: tuple[Sequence[str], Sequence[str]],
    skip: bool = False,
) -> tuple[dict[str, str], Source, Source]:
    """The column of every role (the mapping's, else the preset's), and the tickets and events
    `files` opened as `tables`; a TicketFileError when the events file is not given, or lists
    every column of `roles` (the tickets', the events') that a file lacks."""
    tickets, events = files
    if events is None:
        raise TicketFileError([Problem("backtest.errors.events_needed", preset=preset)])
    names = {role: mapping.column(role, name) for role, name in rules.columns.items()}
    ticket_file = Source.open(con, tickets, tables[0], skip=skip)
    event_file = Source.open(con, events, tables[1], skip=skip)
    present = [ticket_file.column(r, names[r]) for r in roles[0]]
    present += [event_file.column(r, names[r]) for r in roles[1]]
    if not all(present):
        raise TicketFileError(ticket_file.problems + event_file.problems)
    return names, ticket_file, event_file
