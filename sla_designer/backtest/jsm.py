"""Jira Service Management: the data pipeline's issues file and its issue history file.

Atlassian documents both ("Data pipeline export schema", confluence.atlassian.com, Jira Data
Center administration; Jira Service Management 4.15 and later for issues, 4.18 for the
history): CSV files with a header, empty fields for no value, dates as ISO strings in UTC.

- Issues (`issues_job…csv`): `id` (the issue's number, the key the history joins on), `key`
  (e.g. `SD-1002`), `status` (its current status), `priority` (the priority's name), and
  `created_date`.
- Issue history (`issue_history_job…csv`): one row per field changed, `issue_id`,
  `changelog_id`, `created_date` (in UTC, "rounded down to the minute"), `field`,
  `from_string` and `to_string` (the values before and after, as text) — as the REST API's
  changelog gives `created` and `items` of `field`, `fromString`, `toString`.

The status history is read from the changes of the `status` field and the priority's from those
of `priority`: a ticket's state before its first change is that change's `from_string` (the
current `status` when it never changed), likewise its priority. The first response is the first
change of status (Jira records no reply in the history). Statuses are those of Jira Service
Management's default workflows; 'Waiting for customer' is the one a mapping usually names as
pausing a clock. Resolved, Closed, Done, Canceled, Declined and Completed stop the resolution
clock. Priorities by default, from the most urgent: Highest, High, Medium, Low, Lowest.

Since the history's times are rounded down to the minute, a change in the minute the issue was
created counts from its creation, not before it.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from sla_designer.backtest import two_files
from sla_designer.backtest.mapping import Mapping
from sla_designer.backtest.preset_rules import PresetRules, check_values, priority_map
from sla_designer.backtest.reading import Filled
from sla_designer.backtest.sources import TicketFileError, literal, quoted
from sla_designer.model import Agreement
from sla_designer.text.values import Joined

RULES = PresetRules(
    columns={
        "id": "id",
        "key": "key",
        "state": "status",
        "priority": "priority",
        "created": "created_date",
        "ticket": "issue_id",
        "time": "created_date",
        "field": "field",
        "from": "from_string",
        "to": "to_string",
    },
    states=(
        "Open",
        "Waiting for support",
        "Waiting for customer",
        "In progress",
        "In Progress",
        "Pending",
        "Escalated",
        "Work in progress",
        "Under investigation",
        "Under review",
        "Awaiting approval",
        "Awaiting CAB approval",
        "Awaiting implementation",
        "Planning",
        "Implementing",
        "To Do",
        "Resolved",
        "Closed",
        "Done",
        "Completed",
        "Canceled",
        "Declined",
    ),
    stops=frozenset({"Resolved", "Closed", "Done", "Completed", "Canceled", "Declined"}),
    priority_order=("Highest", "High", "Medium", "Low", "Lowest"),
    waiting=("Waiting for customer",),
)
_MINUTE = 60_000_000


def fill(
    con: duckdb.DuckDBPyConnection,
    agreement: Agreement,
    tickets: Path,
    events: Path | None,
    mapping: Mapping,
    *,
    skip: bool = False,
) -> Filled:
    """Check the issues and their history, and fill the `tickets` and `updates` tables; the
    bad rows left out when `skip`."""
    rules = RULES.with_mapping(mapping)
    issue_roles = ("id", "key", "state", "priority", "created")
    change_roles = ("ticket", "time", "field", "from", "to")
    names, issues, history = two_files.open_both(
        con,
        "jsm",
        (tickets, events),
        mapping,
        RULES,
        tables=("jsm_issues", "jsm_history"),
        roles=(issue_roles, change_roles),
        skip=skip,
    )
    priorities = tuple(priority_map(agreement, mapping, RULES))

    created = issues.instant(names["created"], mapping.timezone, mapping.date_format, "created_us")
    for role in issue_roles:
        issues.required(names[role])
    check_values(issues, quoted(names["state"]), rules.states, "backtest.errors.unknown_state")
    check_values(issues, quoted(names["priority"]), priorities, "backtest.errors.unknown_priority")
    two_files.check_unique_ids(issues, "jsm_issues", names["id"])
    issues.load({**{names[r]: quoted(names[r]) for r in issue_roles}, "created_us": created})
    issues.run_checks()

    moment = history.instant(names["time"], mapping.timezone, mapping.date_format, "moment_us")
    for role in ("ticket", "time", "field"):
        history.required(names[role])
    field = f"CAST({quoted(names['field'])} AS VARCHAR)"
    for role in ("from", "to"):
        value = f"CAST({quoted(names[role])} AS VARCHAR)"
        for kind, allowed, problem in (
            ("status", rules.states, "backtest.errors.unknown_state"),
            ("priority", priorities, "backtest.errors.unknown_priority"),
        ):
            known = ", ".join(literal(v) for v in allowed) or "NULL"
            history.check(
                f"{field} = {literal(kind)} AND {value} IS NOT NULL AND {value} NOT IN ({known})",
                names[role],
                problem,
                known=Joined(tuple(allowed)),
            )
    two_files.check_known_tickets(history, names["ticket"], "jsm_issues", names["id"])
    # The history's times are rounded down to the minute: compare at that precision.
    two_files.check_after_creation(
        history,
        ("jsm_history", names["ticket"], names["time"]),
        "jsm_issues",
        names["id"],
        unit=_MINUTE,
    )
    history.load({**{names[r]: quoted(names[r]) for r in change_roles}, "moment_us": moment})
    problems = issues.problems + history.run_checks()
    if problems:
        raise TicketFileError(problems)
    _tables(con, names)
    return Filled(issues.skipped + history.skipped)


def _tables(con: duckdb.DuckDBPyConnection, names: dict[str, str]) -> None:
    id_, key, ticket = quoted(names["id"]), quoted(names["key"]), quoted(names["ticket"])
    field = f"CAST({quoted(names['field'])} AS VARCHAR)"
    before, after = (f"CAST({quoted(names[r])} AS VARCHAR)" for r in ("from", "to"))
    con.execute(
        f"""
        CREATE TABLE jsm_changes AS
        SELECT CAST({ticket} AS VARCHAR) AS issue, moment_us AS moment, _row,
               CASE WHEN {field} = 'status' THEN {before} END AS status_from,
               CASE WHEN {field} = 'status' THEN {after} END AS status_to,
               CASE WHEN {field} = 'priority' THEN {before} END AS priority_from,
               CASE WHEN {field} = 'priority' THEN {after} END AS priority_to
        FROM jsm_history WHERE {field} IN ('status', 'priority')
        """
    )
    con.execute(
        f"""
        CREATE TABLE tickets AS
        SELECT CAST(i.{key} AS VARCHAR) AS ticket_id, CAST(i.{id_} AS VARCHAR) AS issue,
               i.created_us AS created, CAST(i.{quoted(names["state"])} AS VARCHAR) AS status,
               CAST(i.{quoted(names["priority"])} AS VARCHAR) AS priority,
               greatest(r.responded, i.created_us) AS responded
        FROM jsm_issues i LEFT JOIN (
            SELECT issue, min(moment) AS responded FROM jsm_changes
            WHERE status_to IS NOT NULL GROUP BY issue
        ) r ON r.issue = CAST(i.{id_} AS VARCHAR)
        """
    )
    con.execute(
        """
        CREATE TABLE updates AS
        SELECT t.ticket_id, greatest(c.moment, t.created) AS moment, c._row,
               coalesce(last_value(c.status_to IGNORE NULLS) OVER upto,
                        first_value(c.status_from IGNORE NULLS) OVER whole, t.status) AS state,
               coalesce(last_value(c.priority_to IGNORE NULLS) OVER upto,
                        first_value(c.priority_from IGNORE NULLS) OVER whole,
                        t.priority) AS priority
        FROM jsm_changes c JOIN tickets t USING (issue)
        WINDOW upto AS (PARTITION BY c.issue ORDER BY c.moment, c._row
                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW),
               whole AS (PARTITION BY c.issue ORDER BY c.moment, c._row
                         ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
        """
    )
