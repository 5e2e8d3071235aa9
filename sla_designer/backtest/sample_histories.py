"""Write a synthetic history (`samples.history`) as Jira Service Management's or Freshdesk's
export: a tickets file and, beside it (`events_path`), the history of their statuses.

- Jira Service Management, the data pipeline's issues file (`id`, `key`, `project_key`,
  `issue_type`, `status`, `priority`, `resolution`, `created_date`, `resolution_date`,
  `updated_date`) and issue history file (`issue_id`, `changelog_id`, `created_date` rounded
  down to the minute, `field`, `field_type`, `from_string`, `to_string`), dates in UTC as ISO
  strings ("Data pipeline export schema", confluence.atlassian.com). Issues start Waiting for
  support, go In progress at the first response, wait in Waiting for customer (or Pending, for
  an internal hold), are Resolved, sometimes reopened, then Closed; an escalation is a change of
  `priority`.
- Freshdesk, the tickets with their stats (`id`, `status`, `priority` Urgent/High/Medium/Low,
  `created_at`, `updated_at`, `first_responded_at`, `resolved_at`, `closed_at`; the Tickets
  API's fields, developers.freshdesk.com/api) and the ticket activities one row per activity
  (`ticket_id`, `performed_at`, `performer_type`, `status`, `priority`: empty where the
  activity did not change it): Open, a reply, Waiting on Customer (or Waiting on Third Party),
  Open again, Resolved, sometimes reopened, Closed. Times in UTC, ISO 8601 with `Z`.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from sla_designer.backtest.sample_files import _copy, _labels, _rows, _utc, events_path, file_format
from sla_designer.backtest.samples import MINUTE, Column, History

JSM_PRIORITIES = ("Highest", "High", "Medium", "Low")
JSM_STATES = (
    "Waiting for support",
    "In progress",
    "Waiting for customer",
    "Pending",
    "Resolved",
    "Closed",
)
FRESHDESK_PRIORITIES = ("Urgent", "High", "Medium", "Low")
FRESHDESK_STATES = ("Open", "Pending", "Waiting on Third Party", "Resolved", "Closed")
_WAITING = -1


def _status_rows(
    history: History, steps: list[tuple[Column, int]], hold: int, wait: int
) -> tuple[Column, Column, Column, Column]:
    """Each ticket's status changes in order: ticket, time, state and the state before (-1 for
    none); a pause is `hold` or `wait` as the ticket's pause was."""
    ticket, at, state = _rows(history, steps)
    state = np.where(state == _WAITING, np.where(history.on_hold[ticket], hold, wait), state)
    before = np.full(len(state), -1)
    same = np.zeros(len(state), dtype=bool)
    same[1:] = ticket[1:] == ticket[:-1]
    before[1:] = np.where(same[1:], state[:-1], -1)
    return ticket, at, state, before


def write_jsm(history: History, issues_path: Path, zone: str) -> tuple[int, int]:
    """The issues and their history of status and priority changes. Returns the numbers of
    issues and of changes."""
    count = len(history.created)
    progress, waiting, pending, resolved, closed = 1, 2, 3, 4, 5
    steps: list[tuple[Column, int]] = [
        (history.responded, progress),
        (history.paused, _WAITING),
        (history.resumed, progress),
        (history.resolved, resolved),
        (history.reopened, progress),
        (history.resolved_again, resolved),
        (history.closed, closed),
    ]
    ticket, at, state, before = _status_rows(history, steps, pending, waiting)
    before = np.where(before < 0, 0, before)  # created Waiting for support
    current = np.zeros(count, dtype=np.int64)
    current[ticket] = state  # rows are in order: the last one stays
    escalated = np.nonzero(history.escalated >= 0)[0]
    binary = file_format(issues_path) == "parquet"
    final = history.priority - (history.escalated >= 0)
    done = np.isin(current, (resolved, closed))
    resolved_at = np.where(done, np.maximum(history.resolved, history.resolved_again), -1)
    issues = {
        "ticket": np.arange(count),
        "created": history.created,
        "updated": _latest(history, ticket, at),
        "status": current,
        "priority": final,
        "resolved_at": resolved_at,
    }
    statuses, priorities = _labels(JSM_STATES), _labels(JSM_PRIORITIES)
    _copy(
        issues,
        f"""
        SELECT ticket + 10001 AS id, 'SD-' || (ticket + 1) AS key, 'SD' AS project_key,
               'Incident' AS issue_type, list_extract({statuses}, status + 1) AS status,
               list_extract({priorities}, priority + 1) AS priority,
               CASE WHEN resolved_at >= 0 THEN 'Done' END AS resolution,
               {_utc("created", zone, binary)} AS created_date,
               CASE WHEN resolved_at >= 0 THEN {_utc("resolved_at", zone, binary)} END
                   AS resolution_date,
               {_utc("updated", zone, binary)} AS updated_date
        FROM rows ORDER BY ticket
        """,
        issues_path,
    )
    # The history's times are rounded down to the minute, as the data pipeline writes them.
    changes = {
        "ticket": np.concatenate([ticket, escalated]),
        "moment": np.concatenate([at, history.escalated[escalated]]) // MINUTE * MINUTE,
        "field": np.concatenate([np.zeros(len(ticket)), np.ones(len(escalated))]).astype(int),
        "before": np.concatenate([before, history.priority[escalated]]),
        "after": np.concatenate([state, history.priority[escalated] - 1]),
    }
    _copy(
        changes,
        f"""
        SELECT ticket + 10001 AS issue_id,
               row_number() OVER (ORDER BY moment, ticket, field) + 20000 AS changelog_id,
               {_utc("moment", zone, binary)} AS created_date,
               CASE WHEN field = 0 THEN 'status' ELSE 'priority' END AS field,
               'jira' AS field_type,
               CASE WHEN field = 0 THEN list_extract({statuses}, before + 1)
                    ELSE list_extract({priorities}, before + 1) END AS from_string,
               CASE WHEN field = 0 THEN list_extract({statuses}, after + 1)
                    ELSE list_extract({priorities}, after + 1) END AS to_string
        FROM rows ORDER BY changelog_id
        """,
        events_path(issues_path),
    )
    return count, len(changes["ticket"])


def write_freshdesk(history: History, tickets_path: Path, zone: str) -> tuple[int, int]:
    """The tickets (with their stats) and their activities. Returns the numbers of tickets and
    of activities."""
    count = len(history.created)
    opened, pending, third_party, resolved, closed = range(5)
    steps: list[tuple[Column, int]] = [
        (history.created, opened),
        (history.paused, _WAITING),
        (history.resumed, opened),
        (history.resolved, resolved),
        (history.reopened, opened),
        (history.resolved_again, resolved),
        (history.closed, closed),
    ]
    ticket, at, state, _ = _status_rows(history, steps, third_party, pending)
    current = np.zeros(count, dtype=np.int64)
    current[ticket] = state
    done = np.isin(current, (resolved, closed))
    tickets = {
        "ticket": np.arange(count),
        "created": history.created,
        "updated": _latest(history, ticket, at),
        "status": current,
        "priority": history.priority - (history.escalated >= 0),
        "responded": history.responded,
        "resolved_at": np.where(done, np.maximum(history.resolved, history.resolved_again), -1),
        "closed_at": history.closed,
    }
    binary = file_format(tickets_path) == "parquet"
    statuses, priorities = _labels(FRESHDESK_STATES), _labels(FRESHDESK_PRIORITIES)

    def when(column: str) -> str:
        return f"CASE WHEN {column} >= 0 THEN {_utc(column, zone, binary)} END"

    _copy(
        tickets,
        f"""
        SELECT ticket + 1 AS id, list_extract({statuses}, status + 1) AS status,
               list_extract({priorities}, priority + 1) AS priority,
               {_utc("created", zone, binary)} AS created_at,
               {_utc("updated", zone, binary)} AS updated_at,
               {when("responded")} AS first_responded_at, {when("resolved_at")} AS resolved_at,
               {when("closed_at")} AS closed_at
        FROM rows ORDER BY ticket
        """,
        tickets_path,
    )
    # Replies and escalations are activities that leave the status as it was.
    replied = np.nonzero(history.responded >= 0)[0]
    escalated = np.nonzero(history.escalated >= 0)[0]
    none = np.full(len(replied) + len(escalated), -1)
    # The requester opens the ticket; agents (or automations) do the rest.
    opening = np.ones(len(ticket), dtype=bool)
    opening[1:] = ticket[1:] != ticket[:-1]
    activities = {
        "ticket": np.concatenate([ticket, replied, escalated]),
        "moment": np.concatenate([at, history.responded[replied], history.escalated[escalated]]),
        "status": np.concatenate([state, none]),
        "priority": np.concatenate(
            [np.full(len(ticket) + len(replied), -1), history.priority[escalated] - 1]
        ),
        "agent": np.concatenate([~opening, np.ones(len(none), dtype=bool)]).astype(int),
    }
    _copy(
        activities,
        f"""
        SELECT ticket + 1 AS ticket_id, {_utc("moment", zone, binary)} AS performed_at,
               CASE WHEN agent = 1 THEN 'agent' ELSE 'contact' END AS performer_type,
               CASE WHEN status >= 0 THEN list_extract({statuses}, status + 1) END AS status,
               CASE WHEN priority >= 0 THEN list_extract({priorities}, priority + 1) END
                   AS priority
        FROM rows ORDER BY moment, ticket, status NULLS FIRST
        """,
        events_path(tickets_path),
    )
    return count, len(activities["ticket"])


def _latest(history: History, ticket: Column, at: Column) -> Column:
    """Each ticket's latest change (its creation when it has none)."""
    latest = history.created.copy()
    np.maximum.at(latest, ticket, at)
    return latest
