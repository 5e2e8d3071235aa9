"""What the presets that read a tickets file and a file of its events (Zendesk, Jira Service
Management, Freshdesk) share: both files opened, every column they need looked for, and the
checks that tie the events to the tickets (ids once each, events of known tickets, none before
its ticket was created)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import duckdb

from sla_designer.backtest.mapping import Mapping
from sla_designer.backtest.preset_rules import PresetRules
from sla_designer.backtest.sources import Source, TicketFileError, quoted
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


def check_unique_ids(tickets: Source, table: str, column: str) -> None:
    """A problem naming the first ticket whose id (`column` of `table`) comes twice."""
    id_ = quoted(column)
    tickets.check(
        f"{id_} IN (SELECT {id_} FROM {table} GROUP BY {id_} HAVING count(*) > 1)",
        column,
        "backtest.errors.duplicate_ticket",
    )


def check_known_tickets(events: Source, column: str, tickets: str, id_column: str) -> None:
    """A problem naming the first event (`column`: its ticket) of a ticket the tickets file
    (`tickets`, ids in `id_column`) does not have."""
    known = f"(SELECT CAST({quoted(id_column)} AS VARCHAR) FROM {tickets})"
    events.check(
        f"CAST({quoted(column)} AS VARCHAR) NOT IN {known}",
        column,
        "backtest.errors.unknown_ticket",
    )


def check_after_creation(
    events: Source, names: tuple[str, str, str], tickets: str, id_column: str, *, unit: int = 1
) -> None:
    """A problem naming the first event before its ticket was created. `names`: the events'
    table, ticket column and time column; `unit`: the precision of the events' times in
    microseconds (the creation is compared rounded down to it)."""
    table, column, time_column = names
    created = "min(created_us)" if unit == 1 else f"min(created_us) // {unit} * {unit}"
    events.check(
        f"moment_us < (SELECT {created} FROM {tickets} t WHERE CAST(t.{quoted(id_column)} AS"
        f" VARCHAR) = CAST({table}.{quoted(column)} AS VARCHAR))",
        time_column,
        "backtest.errors.before_creation",
        shown=column,
    )
