"""Zendesk: the tickets (Tickets API fields `id`, `created_at`, `priority`) and their ticket
metric events (Ticket Metric Events API: `ticket_id`, `metric`, `instance_id`, `type`, `time`).

The events give the ticket's status over time, as Zendesk documents its metrics
(developer.zendesk.com, "Ticket metric event types reference"): `requester_wait_time` is paused
while the ticket is pending, `agent_work_time` while it is pending or on hold, both are
activated again when it goes back to open and fulfilled when it is solved. So at each event the
ticket is `solved` (the requester's wait fulfilled), `pending` (it paused), `hold` (only the
agent's work paused) or `open`. The first response is `reply_time`'s first fulfil. A ticket's
priority is the one the tickets file gives (Zendesk's events do not carry it).
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from sla_designer.backtest.mapping import Mapping
from sla_designer.backtest.reading import PresetRules, check_values, priority_map
from sla_designer.backtest.sources import Source, TicketFileError, quoted
from sla_designer.model import Agreement
from sla_designer.text.values import Problem

RULES = PresetRules(
    columns={
        "id": "id",
        "priority": "priority",
        "created": "created_at",
        "ticket": "ticket_id",
        "metric": "metric",
        "type": "type",
        "time": "time",
    },
    states=("open", "pending", "hold", "solved"),
    stops=frozenset({"solved"}),
    priority_order=("urgent", "high", "normal", "low"),
)
EVENT_TYPES = (
    "activate",
    "pause",
    "fulfill",
    "apply_sla",
    "apply_group_sla",
    "breach",
    "update_status",
    "measure",
)


def fill(
    con: duckdb.DuckDBPyConnection,
    agreement: Agreement,
    tickets: Path,
    events: Path | None,
    mapping: Mapping,
) -> None:
    """Check the tickets and their events, and fill the `tickets` and `updates` tables."""
    if events is None:
        raise TicketFileError([Problem("backtest.errors.events_needed", preset="zendesk")])
    names = {role: mapping.columns.get(role, name) for role, name in RULES.columns.items()}
    ticket_file = Source.open(con, tickets, "zd_tickets")
    event_file = Source.open(con, events, "zd_events")
    ticket_roles = ("id", "priority", "created")
    event_roles = ("ticket", "metric", "type", "time")
    present = [ticket_file.column(r, names[r]) for r in ticket_roles]
    present += [event_file.column(r, names[r]) for r in event_roles]
    if not all(present):
        raise TicketFileError(ticket_file.problems + event_file.problems)
    for role in ticket_roles:
        ticket_file.required(names[role])
    for role in event_roles:
        event_file.required(names[role])
    created = ticket_file.instant(names["created"], mapping.timezone, mapping.date_format)
    moment = event_file.instant(names["time"], mapping.timezone, mapping.date_format)
    check_values(
        ticket_file,
        quoted(names["priority"]),
        tuple(priority_map(agreement, mapping, RULES)),
        "backtest.errors.unknown_priority",
    )
    check_values(event_file, quoted(names["type"]), EVENT_TYPES, "backtest.errors.unknown_type")
    id_ = quoted(names["id"])
    ticket_file.first_bad(
        f"{id_} IN (SELECT {id_} FROM zd_tickets GROUP BY {id_} HAVING count(*) > 1)",
        names["id"],
        "backtest.errors.duplicate_ticket",
    )
    problems = ticket_file.problems + event_file.problems
    if problems:
        raise TicketFileError(problems)
    con.execute(
        f"""
        CREATE TABLE zd AS
        SELECT CAST({quoted(names["ticket"])} AS VARCHAR) AS ticket_id, {moment} AS moment,
               CAST({quoted(names["metric"])} AS VARCHAR) AS metric,
               CAST({quoted(names["type"])} AS VARCHAR) AS type, _row
        FROM zd_events
        """
    )
    con.execute(
        f"""
        CREATE TABLE tickets AS
        SELECT CAST({id_} AS VARCHAR) AS ticket_id, {created} AS created,
               CAST({quoted(names["priority"])} AS VARCHAR) AS priority,
               (SELECT min(moment) FROM zd WHERE zd.ticket_id = CAST(t.{id_} AS VARCHAR)
                AND metric = 'reply_time' AND type = 'fulfill') AS responded
        FROM zd_tickets t
        """
    )
    _check_events(event_file, names)
    con.execute(
        """
        CREATE TABLE updates AS
        WITH marks AS (
            SELECT ticket_id, moment, _row,
                   last_value(CASE WHEN metric = 'requester_wait_time' AND type IN
                       ('activate', 'pause', 'fulfill') THEN type END IGNORE NULLS) OVER w AS wait,
                   last_value(CASE WHEN metric = 'agent_work_time' AND type IN
                       ('activate', 'pause', 'fulfill') THEN type END IGNORE NULLS) OVER w AS work
            FROM zd WHERE metric IN ('requester_wait_time', 'agent_work_time')
            WINDOW w AS (PARTITION BY ticket_id ORDER BY moment, _row
                         ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
        )
        SELECT m.ticket_id, m.moment, m._row, t.priority,
               CASE WHEN wait = 'fulfill' OR (wait IS NULL AND work = 'fulfill') THEN 'solved'
                    WHEN wait = 'pause' THEN 'pending'
                    WHEN work = 'pause' THEN 'hold'
                    ELSE 'open' END AS state
        FROM marks m JOIN tickets t USING (ticket_id)
        """
    )


def _check_events(source: Source, names: dict[str, str]) -> None:
    """Events of tickets the tickets file does not have, and events before a ticket opened."""
    column = names["ticket"]
    source.first_bad(
        f"CAST({quoted(column)} AS VARCHAR) NOT IN (SELECT ticket_id FROM tickets)",
        column,
        "backtest.errors.unknown_ticket",
    )
    source.first_bad(
        "_row IN (SELECT z._row FROM zd z JOIN tickets t USING (ticket_id)"
        " WHERE z.moment < t.created)",
        names["time"],
        "backtest.errors.before_creation",
        shown=column,
    )
    if source.problems:
        raise TicketFileError(source.problems)
