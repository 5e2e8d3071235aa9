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

from sla_designer.backtest import two_files
from sla_designer.backtest.mapping import Mapping
from sla_designer.backtest.preset_rules import PresetRules, check_values, priority_map
from sla_designer.backtest.reading import Filled
from sla_designer.backtest.sources import TicketFileError, quoted
from sla_designer.model import Agreement

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
    waiting=("pending",),
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
    *,
    skip: bool = False,
) -> Filled:
    """Check the tickets and their events, and fill the `tickets` and `updates` tables; the
    bad rows left out when `skip`."""
    ticket_roles = ("id", "priority", "created")
    event_roles = ("ticket", "metric", "type", "time")
    names, ticket_file, event_file = two_files.open_both(
        con,
        "zendesk",
        (tickets, events),
        mapping,
        RULES,
        tables=("zd_tickets", "zd_events"),
        roles=(ticket_roles, event_roles),
        skip=skip,
    )
    id_, ticket = quoted(names["id"]), quoted(names["ticket"])

    created = ticket_file.instant(
        names["created"], mapping.timezone, mapping.date_format, "created_us"
    )
    for role in ticket_roles:
        ticket_file.required(names[role])
    check_values(
        ticket_file,
        quoted(names["priority"]),
        tuple(priority_map(agreement, mapping, RULES)),
        "backtest.errors.unknown_priority",
    )
    two_files.check_unique_ids(ticket_file, "zd_tickets", names["id"])
    ticket_file.load({**{names[r]: quoted(names[r]) for r in ticket_roles}, "created_us": created})
    ticket_file.run_checks()

    moment = event_file.instant(names["time"], mapping.timezone, mapping.date_format, "moment_us")
    for role in event_roles:
        event_file.required(names[role])
    check_values(event_file, quoted(names["type"]), EVENT_TYPES, "backtest.errors.unknown_type")
    two_files.check_known_tickets(event_file, names["ticket"], "zd_tickets", names["id"])
    two_files.check_after_creation(
        event_file, ("zd_events", names["ticket"], names["time"]), "zd_tickets", names["id"]
    )
    event_file.load({**{names[r]: quoted(names[r]) for r in event_roles}, "moment_us": moment})
    problems = ticket_file.problems + event_file.run_checks()
    if problems:
        raise TicketFileError(problems)
    con.execute(
        f"""
        CREATE TABLE zd AS
        SELECT CAST({ticket} AS VARCHAR) AS ticket_id, moment_us AS moment,
               CAST({quoted(names["metric"])} AS VARCHAR) AS metric,
               CAST({quoted(names["type"])} AS VARCHAR) AS type, _row
        FROM zd_events
        """
    )
    con.execute(
        f"""
        CREATE TABLE tickets AS
        SELECT CAST(t.{id_} AS VARCHAR) AS ticket_id, t.created_us AS created,
               CAST(t.{quoted(names["priority"])} AS VARCHAR) AS priority, r.responded
        FROM zd_tickets t LEFT JOIN (
            SELECT ticket_id, min(moment) AS responded FROM zd
            WHERE metric = 'reply_time' AND type = 'fulfill' GROUP BY ticket_id
        ) r ON r.ticket_id = CAST(t.{id_} AS VARCHAR)
        """
    )
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
    return Filled(ticket_file.skipped + event_file.skipped)
