"""Freshdesk: the tickets and their status history.

The tickets carry the Tickets API's fields (developers.freshdesk.com/api, "Tickets"): `id`,
`priority` (1 Low, 2 Medium, 3 High, 4 Urgent, or those names as the export writes them),
`created_at` (ISO 8601 in UTC), and, when the export includes the ticket's stats
(`include=stats`), `first_responded_at`. The status history is the ticket activities export
flattened to one row per activity, `ticket_id`, `performed_at` and `status` (the status the
activity set: rows with no status changed another property and are not read), the status as
its name or as the API's number (2 Open, 3 Pending, 4 Resolved, 5 Closed).

Statuses are Freshdesk's (Open, Pending, Resolved, Closed: Pending is "awaiting a response from
the customer or a third party") and the custom statuses accounts commonly add for it, 'Waiting
on Customer' and 'Waiting on Third Party'; Resolved and Closed stop the resolution clock, and a
mapping names the states that pause a clock. The first response is `first_responded_at` where
the tickets file has it, else the first change of status. A ticket's priority is the one the
tickets file gives (the activities are read for the status only).
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
        "responded": "first_responded_at",
        "ticket": "ticket_id",
        "time": "performed_at",
        "state": "status",
    },
    states=(
        "Open",
        "Pending",
        "Waiting on Customer",
        "Waiting on Third Party",
        "Resolved",
        "Closed",
    ),
    stops=frozenset({"Resolved", "Closed"}),
    priority_order=("Urgent", "High", "Medium", "Low"),
    waiting=("Pending", "Waiting on Customer"),
    in_events=frozenset({"state"}),
)
API_PRIORITIES = {"1": "Low", "2": "Medium", "3": "High", "4": "Urgent"}
API_STATUSES = {"2": "Open", "3": "Pending", "4": "Resolved", "5": "Closed"}


def _named(column: str, codes: dict[str, str]) -> str:
    """A column's values, the API's numbers read as their names."""
    text = f"CAST({quoted(column)} AS VARCHAR)"
    cases = " ".join(f"WHEN '{code}' THEN '{name}'" for code, name in codes.items())
    return f"CASE {text} {cases} ELSE {text} END"


def fill(
    con: duckdb.DuckDBPyConnection,
    agreement: Agreement,
    tickets: Path,
    events: Path | None,
    mapping: Mapping,
    *,
    skip: bool = False,
) -> Filled:
    """Check the tickets and their activities, and fill the `tickets` and `updates` tables;
    the bad rows left out when `skip`."""
    rules = RULES.with_mapping(mapping)
    ticket_roles = ["id", "priority", "created"]
    activity_roles = ("ticket", "time", "state")
    names, ticket_file, activities = two_files.open_both(
        con,
        "freshdesk",
        (tickets, events),
        mapping,
        RULES,
        tables=("fd_tickets", "fd_activities"),
        roles=(ticket_roles, activity_roles),
        skip=skip,
    )
    has_response = names["responded"] in ticket_file.types
    id_, ticket = quoted(names["id"]), quoted(names["ticket"])
    zone, date_format = mapping.timezone, mapping.date_format

    created = ticket_file.instant(names["created"], zone, date_format, "created_us")
    loaded = {
        names["id"]: id_,
        names["priority"]: _named(names["priority"], API_PRIORITIES),
        names["created"]: quoted(names["created"]),
        "created_us": created,
    }
    if has_response:
        loaded[names["responded"]] = quoted(names["responded"])
        loaded["responded_us"] = ticket_file.instant(
            names["responded"], zone, date_format, "responded_us"
        )
    for role in ticket_roles:
        ticket_file.required(names[role])
    check_values(
        ticket_file,
        quoted(names["priority"]),
        tuple(priority_map(agreement, mapping, RULES)),
        "backtest.errors.unknown_priority",
        as_loaded=True,
    )
    two_files.check_unique_ids(ticket_file, "fd_tickets", names["id"])
    ticket_file.load(loaded)
    ticket_file.run_checks()

    moment = activities.instant(names["time"], zone, date_format, "moment_us")
    state = quoted(names["state"])
    for role in ("ticket", "time"):
        activities.required(names[role])
    two_files.check_known_tickets(activities, names["ticket"], "fd_tickets", names["id"])
    check_values(activities, state, rules.states, "backtest.errors.unknown_state", as_loaded=True)
    two_files.check_after_creation(
        activities, ("fd_activities", names["ticket"], names["time"]), "fd_tickets", names["id"]
    )
    activities.load(
        {
            names["ticket"]: ticket,
            names["time"]: quoted(names["time"]),
            # An activity that set no status changed something else: not read.
            names["state"]: f"nullif(trim({_named(names['state'], API_STATUSES)}), '')",
            "moment_us": moment,
        }
    )
    problems = ticket_file.problems + activities.run_checks()
    if problems:
        raise TicketFileError(problems)
    _tables(con, names, has_response)
    return Filled(ticket_file.skipped + activities.skipped)


def _tables(con: duckdb.DuckDBPyConnection, names: dict[str, str], has_response: bool) -> None:
    id_, ticket, state = (quoted(names[r]) for r in ("id", "ticket", "state"))
    con.execute(
        f"""
        CREATE TABLE fd_changes AS
        SELECT CAST({ticket} AS VARCHAR) AS ticket_id, moment_us AS moment, _row,
               CAST({state} AS VARCHAR) AS state
        FROM fd_activities WHERE {state} IS NOT NULL
        """
    )
    # The first response: the stats' time, else the first activity that changed the status.
    responded = "coalesce(t.responded_us, r.changed)" if has_response else "r.changed"
    con.execute(
        f"""
        CREATE TABLE tickets AS
        SELECT CAST(t.{id_} AS VARCHAR) AS ticket_id, t.created_us AS created,
               CAST(t.{quoted(names["priority"])} AS VARCHAR) AS priority,
               {responded} AS responded
        FROM fd_tickets t LEFT JOIN (
            SELECT ticket_id, min(moment) AS changed FROM (
                SELECT ticket_id, moment, state,
                       lag(state) OVER (PARTITION BY ticket_id ORDER BY moment, _row) AS before
                FROM fd_changes
            ) WHERE state <> coalesce(before, 'Open') GROUP BY ticket_id
        ) r ON r.ticket_id = CAST(t.{id_} AS VARCHAR)
        """
    )
    con.execute(
        """
        CREATE TABLE updates AS
        SELECT c.ticket_id, c.moment, c._row, c.state, t.priority
        FROM fd_changes c JOIN tickets t USING (ticket_id)
        """
    )
