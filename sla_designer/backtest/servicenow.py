"""The ServiceNow incident audit export: one row per update of an incident.

Columns (the `incident` table's fields): `number`, `incident_state`, `priority`
("1 - Critical" … "4 - Low"), `opened_at`, `sys_updated_at` (also `resolved_at`, `closed_at`,
not needed), dates written `dd-mm-yyyy HH:MM` in the instance's time zone, which the mapping
gives. States are those of the Incident Management state model (docs.servicenow.com, "Incident
Management state model": New, In Progress, On Hold and its reasons, Resolved, Closed,
Canceled) and of the older model (Active, Awaiting User Info, Awaiting Problem, Awaiting
Vendor, Awaiting Evidence).

A state holds from the update that set it until the next update. The first response is the
first update that leaves New (`RULES.unanswered`); Resolved, Closed and Canceled stop the
resolution clock. The priority of each update is the incident's priority then.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import duckdb
import numpy as np

from sla_designer.backtest.mapping import Mapping
from sla_designer.backtest.preset_rules import PresetRules, check_values, priority_map
from sla_designer.backtest.reading import Filled, TicketRows
from sla_designer.backtest.sources import Skipped, Source, TicketFileError, quoted
from sla_designer.model import Agreement
from sla_designer.text.values import Problem

RULES = PresetRules(
    columns={
        "id": "number",
        "state": "incident_state",
        "priority": "priority",
        "created": "opened_at",
        "updated": "sys_updated_at",
    },
    states=(
        "New",
        "In Progress",
        "Active",
        "On Hold",
        "Awaiting Caller",
        "Awaiting User Info",
        "Awaiting Change",
        "Awaiting Problem",
        "Awaiting Vendor",
        "Awaiting Evidence",
        "Resolved",
        "Closed",
        "Canceled",
    ),
    stops=frozenset({"Resolved", "Closed", "Canceled"}),
    priority_order=("1 - Critical", "2 - High", "3 - Moderate", "4 - Low", "5 - Planning"),
    date_format="%d-%m-%Y %H:%M",
    waiting=("Awaiting Caller", "Awaiting User Info"),
    unanswered=frozenset({"New"}),
)


def fill(
    con: duckdb.DuckDBPyConnection,
    agreement: Agreement,
    tickets: Path,
    events: Path | None,
    mapping: Mapping,
    *,
    skip: bool = False,
) -> Filled:
    """Check the audit export and fill the `tickets` and `updates` tables; the bad rows left
    out when `skip`."""
    if events is not None:
        raise TicketFileError([Problem("backtest.errors.no_events_file", preset="servicenow")])
    source = Source.open(con, tickets, "audit", skip=skip)
    names = {role: mapping.column(role, name) for role, name in RULES.columns.items()}
    rules = RULES.with_mapping(mapping)
    if not all([source.column(role, name) for role, name in names.items()]):
        raise TicketFileError(source.problems)
    date_format = mapping.date_format or RULES.date_format
    created = source.instant(names["created"], mapping.timezone, date_format, "created_us")
    updated = source.instant(names["updated"], mapping.timezone, date_format, "updated_us")
    # States and priorities are kept as their positions in the lists they are checked
    # against: the table holds no text but the ids.
    priorities = tuple(priority_map(agreement, mapping, RULES))
    state = source.code(names["state"], rules.states, "state_code")
    priority = source.code(names["priority"], priorities, "priority_code")
    # A row is looked at in the file for an empty time or number only if one may be there.
    id_ = quoted(names["id"])
    source.required(names["id"], f"{id_} IS NULL OR CAST({id_} AS VARCHAR) = ''")
    source.required(names["state"])
    source.required(names["priority"])
    source.required(names["created"], "created_us IS NULL")
    source.required(names["updated"], "updated_us IS NULL")
    check_values(source, quoted(names["state"]), rules.states, "backtest.errors.unknown_state")
    check_values(source, quoted(names["priority"]), priorities, "backtest.errors.unknown_priority")
    source.check(
        "updated_us < created_us",
        names["updated"],
        "backtest.errors.before_creation",
        shown=names["id"],
    )
    source.load(
        {
            names["id"]: quoted(names["id"]),
            "state_code": state,
            "priority_code": priority,
            "created_us": created,
            "updated_us": updated,
        }
    )
    if source.run_checks():
        raise TicketFileError(source.problems)
    con.execute(
        f"""
        CREATE VIEW updates AS
        SELECT CAST({id_} AS VARCHAR) AS ticket_id, updated_us AS moment,
               state_code AS state, priority_code AS priority, _row
        FROM audit
        """
    )
    in_order = _ticket_after_ticket(con, id_)
    if in_order is not None:
        return Filled(source.skipped, in_order)
    con.execute(
        f"""
        CREATE TABLE tickets AS
        SELECT CAST({id_} AS VARCHAR) AS ticket_id, min(created_us) AS created,
               max(created_us) AS opened_last, min(_row) AS first_row, max(_row) AS last_row,
               count(*) AS updates
        FROM audit GROUP BY 1
        """
    )
    found = con.execute(
        "SELECT first_row, ticket_id, count(*) OVER () FROM tickets"
        " WHERE opened_last <> created ORDER BY first_row LIMIT 1"
    ).fetchone()
    if found is None:
        return Filled(source.skipped)
    row, ticket, count = found
    problem = Problem(
        "backtest.errors.duplicate_id",
        count=int(count),
        file=str(source.path),
        row=int(row),
        column=names["created"],
        value=ticket,
    )
    if not skip:
        raise TicketFileError([problem])
    # Two incidents under one number cannot be told apart: both are left out, all their rows.
    rows = con.execute(
        "SELECT _row FROM updates WHERE ticket_id IN"
        " (SELECT ticket_id FROM tickets WHERE opened_last <> created) ORDER BY _row"
    ).fetchall()
    con.execute("DELETE FROM tickets WHERE opened_last <> created")
    con.execute("ALTER VIEW updates RENAME TO updates_all")
    # A table in the file's order: a join does not keep it, and the history is read in it.
    con.execute(
        "CREATE TABLE updates AS SELECT * FROM updates_all"
        " WHERE ticket_id IN (SELECT ticket_id FROM tickets) ORDER BY _row"
    )
    first = tuple(int(r[0]) for r in rows[:3])
    single = Problem(
        "backtest.errors.duplicate_id",
        count=1,
        file=str(source.path),
        row=first[0],
        column=names["created"],
        value=ticket,
    )
    return Filled(
        [*source.skipped, Skipped(single, str(source.path), names["created"], len(rows), first)]
    )


_LOOK_AHEAD = 10_000
"""Rows of a file looked at before reading it whole as one written incident after incident."""


def _ticket_after_ticket(con: duckdb.DuckDBPyConnection, id_: str) -> TicketRows | None:
    """The incidents of an export written incident after incident in the order of their
    numbers (as ServiceNow lists them), each one's rows together and opened at one time; None
    for any other file (its incidents are then grouped by DuckDB, and two under one number
    found).

    Read from where each incident's rows start, which comparing each row with the one before
    finds in one pass, in the file's order (a window over the whole file, `OVER ()`, keeps it),
    instead of grouping millions of rows. The file's first rows are looked at first: a file
    in another order is seldom so only further on, and is not read whole for nothing."""
    head = con.execute(f"SELECT CAST({id_} AS VARCHAR) FROM audit LIMIT {_LOOK_AHEAD}")
    written = [number for (number,) in head.fetchall()]
    first = [b for a, b in itertools.pairwise([None, *written]) if a != b]
    if any(later <= earlier for earlier, later in itertools.pairwise(first)):
        return None
    found = con.execute(
        f"""
        SELECT number, created, position FROM (
            SELECT CAST({id_} AS VARCHAR) AS number, created_us AS created,
                   row_number() OVER () - 1 AS position,
                   lag(CAST({id_} AS VARCHAR)) OVER () AS number_before,
                   lag(created_us) OVER () AS created_before
            FROM audit
        )
        WHERE number IS DISTINCT FROM number_before OR created IS DISTINCT FROM created_before
        """
    ).fetchnumpy()
    numbers = np.asarray(found["number"], dtype=object)
    # Each row found starts an incident: another number than the row before, never the same
    # one opened again at another time; the numbers go up, so none comes back later.
    if len(numbers) > 1 and not bool((numbers[1:] > numbers[:-1]).all()):
        return None
    total = con.execute("SELECT count(*) FROM audit").fetchone()
    starts = np.asarray(found["position"], dtype=np.int64)
    counts = np.diff(np.append(starts, int(total[0]) if total else 0))
    return TicketRows(numbers, np.asarray(found["created"], dtype=np.int64), counts)
