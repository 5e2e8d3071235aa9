"""Write a synthetic history (`samples.history`) as a help desk's export: CSV, Parquet or JSON
lines, in the ServiceNow or the Zendesk shape (see `samples` for the shapes and their sources).

The rows are built as numpy columns and written by DuckDB (COPY … TO), which formats the dates
and writes every file format itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import duckdb
import numpy as np
from numpy.typing import NDArray

from sla_designer.backtest.samples import Column, History

FileFormat = Literal["csv", "parquet", "json"]
SAMPLE_PRESETS = ("servicenow", "zendesk")
SUFFIXES: dict[str, FileFormat] = {
    ".csv": "csv",
    ".parquet": "parquet",
    ".jsonl": "json",
    ".ndjson": "json",
    ".json": "json",
}
SERVICENOW_PRIORITIES = ("1 - Critical", "2 - High", "3 - Moderate", "4 - Low")
ZENDESK_PRIORITIES = ("urgent", "high", "normal", "low")
SERVICENOW_STATES = (
    "New",
    "Active",
    "Awaiting User Info",
    "Awaiting Vendor",
    "Resolved",
    "Closed",
)
_NEW, _ACTIVE, _AWAITING_USER, _AWAITING_VENDOR, _RESOLVED, _CLOSED = range(6)


def file_format(path: Path) -> FileFormat | None:
    """The format a file's suffix names (.csv, .parquet, .jsonl/.ndjson/.json), or None."""
    return SUFFIXES.get(path.suffix.lower())


def events_path(tickets: Path) -> Path:
    """Where the Zendesk metric events go beside the tickets file: `tickets-events.csv`."""
    return tickets.with_name(f"{tickets.stem}-events{tickets.suffix}")


def write_servicenow(history: History, path: Path) -> int:
    """The incident audit export: one row per update, dates as wall-clock times of the
    instance's zone, without an offset (as ServiceNow writes them). Returns the number of
    rows."""
    steps: list[tuple[Column, int]] = [
        (history.created, _NEW),
        (history.escalated, _NEW),
        (history.responded, _ACTIVE),
        (history.paused, -1),
        (history.resumed, _ACTIVE),
        (history.resolved, _RESOLVED),
        (history.reopened, _ACTIVE),
        (history.resolved_again, _RESOLVED),
        (history.closed, _CLOSED),
    ]
    ticket, at, state = _rows(history, steps)
    waiting = np.where(history.on_hold[ticket], _AWAITING_VENDOR, _AWAITING_USER)
    state = np.where(state == -1, waiting, state)
    # The escalation update happens before the first response: the state is still New.
    priority = history.priority[ticket] - (
        (history.escalated[ticket] >= 0) & (at >= history.escalated[ticket])
    )
    again, first, reopened = (
        column[ticket] for column in (history.resolved_again, history.resolved, history.reopened)
    )
    standing = (first >= 0) & (at >= first) & ((reopened < 0) | (at < reopened))
    resolved_at = np.where((again >= 0) & (at >= again), again, np.where(standing, first, -1))
    closed_at = np.where(state == _CLOSED, at, -1)
    rows = {
        "ticket": ticket,
        "moment": at,
        "state": state,
        "priority": priority,
        "opened": history.created[ticket],
        "resolved_at": resolved_at,
        "closed_at": closed_at,
    }
    states = _labels(SERVICENOW_STATES)
    priorities = _labels(SERVICENOW_PRIORITIES)
    query = f"""
        SELECT printf('INC%07d', ticket + 10001) AS number,
               list_extract({states}, state + 1) AS incident_state,
               list_extract({priorities}, priority + 1) AS priority,
               {_local("opened")} AS opened_at,
               {_local("moment")} AS sys_updated_at,
               CASE WHEN resolved_at >= 0 THEN {_local("resolved_at")} END AS resolved_at,
               CASE WHEN closed_at >= 0 THEN {_local("closed_at")} END AS closed_at
        FROM rows
    """
    _copy(rows, query, path)
    return len(ticket)


def write_zendesk(history: History, tickets_path: Path, zone: str) -> tuple[int, int]:
    """The tickets and their metric events (beside them, `events_path`), times in UTC.
    Returns the numbers of tickets and of events."""
    count = len(history.created)
    status = np.full(count, 0)  # new
    status = np.where(history.responded >= 0, 1, status)  # open
    paused_now = (history.paused >= 0) & (history.resumed < 0)
    status = np.where(paused_now, np.where(history.on_hold, 3, 2), status)  # hold / pending
    solved = (history.resolved >= 0) & ((history.reopened < 0) | (history.resolved_again >= 0))
    status = np.where(solved, 4, status)
    status = np.where(history.closed >= 0, 5, status)
    last = np.max(
        np.stack(
            [
                history.created,
                history.responded,
                history.paused,
                history.resumed,
                history.resolved,
                history.reopened,
                history.resolved_again,
                history.closed,
            ]
        ),
        axis=0,
    )
    final_priority = history.priority - (history.escalated >= 0)
    tickets = {
        "id": np.arange(1, count + 1),
        "created": history.created,
        "updated": last,
        "priority": final_priority,
        "status": status,
    }
    statuses = _labels(("new", "open", "pending", "hold", "solved", "closed"))
    priorities = _labels(ZENDESK_PRIORITIES)
    binary = file_format(tickets_path) == "parquet"
    _copy(
        tickets,
        f"""
        SELECT id, {_utc("created", zone, binary)} AS created_at,
               {_utc("updated", zone, binary)} AS updated_at,
               list_extract({priorities}, priority + 1) AS priority,
               list_extract({statuses}, status + 1) AS status
        FROM rows
        """,
        tickets_path,
    )
    events = _zendesk_events(history)
    metrics = _labels(_METRICS)
    types = _labels(("activate", "pause", "fulfill"))
    _copy(
        events,
        f"""
        SELECT row_number() OVER (ORDER BY moment, ticket, metric) AS id, ticket + 1 AS ticket_id,
               list_extract({metrics}, metric + 1) AS metric, 1 AS instance_id,
               list_extract({types}, type + 1) AS type, {_utc("moment", zone, binary)} AS time
        FROM rows ORDER BY id
        """,
        events_path(tickets_path),
    )
    return count, len(events["ticket"])


_METRICS = ("reply_time", "requester_wait_time", "agent_work_time")
_ACTIVATE, _PAUSE, _FULFILL = range(3)


def _zendesk_events(history: History) -> dict[str, Column]:
    pending = ~history.on_hold
    steps: list[tuple[int, Column, int, NDArray[np.bool_] | None]] = [
        (0, history.created, _ACTIVATE, None),
        (0, history.responded, _FULFILL, None),
    ]
    if len(history.answered):
        # The requester's answer to a pending ticket awaits the agent's next reply.
        answered = history.answered >= 0
        steps += [(0, history.resumed, _ACTIVATE, answered), (0, history.answered, _FULFILL, None)]
    for metric, pauses in ((1, pending), (2, None)):
        steps += [
            (metric, history.created, _ACTIVATE, None),
            (metric, history.paused, _PAUSE, pauses),
            (metric, history.resumed, _ACTIVATE, pauses),
            (metric, history.resolved, _FULFILL, None),
            (metric, history.reopened, _ACTIVATE, None),
            (metric, history.resolved_again, _FULFILL, None),
        ]
    parts: dict[str, list[Column]] = {"ticket": [], "moment": [], "metric": [], "type": []}
    for metric, column, kind, only in steps:
        present = column >= 0 if only is None else (column >= 0) & only
        index = np.nonzero(present)[0]
        parts["ticket"].append(index)
        parts["moment"].append(column[index])
        parts["metric"].append(np.full(len(index), metric))
        parts["type"].append(np.full(len(index), kind))
    return {name: np.concatenate(columns).astype(np.int64) for name, columns in parts.items()}


def _rows(history: History, steps: list[tuple[Column, int]]) -> tuple[Column, Column, Column]:
    tickets: list[Column] = []
    instants: list[Column] = []
    states: list[Column] = []
    for column, kind in steps:
        index = np.nonzero(column >= 0)[0]
        tickets.append(index)
        instants.append(column[index])
        states.append(np.full(len(index), kind))
    ticket = np.concatenate(tickets).astype(np.int64)
    at = np.concatenate(instants).astype(np.int64)
    state = np.concatenate(states).astype(np.int64)
    order = np.lexsort((at, ticket))
    return ticket[order], at[order], state[order]


def _labels(values: tuple[str, ...]) -> str:
    return "[" + ", ".join("'" + value.replace("'", "''") + "'" for value in values) + "]"


def _local(column: str) -> str:
    return f"strftime(make_timestamp({column}), '%d-%m-%Y %H:%M')"


def _utc(column: str, zone: str, binary: bool) -> str:
    moment = f"timezone('{zone}', make_timestamp({column}))"
    return moment if binary else f"strftime(timezone('UTC', {moment}), '%Y-%m-%dT%H:%M:%SZ')"


def _copy(rows: dict[str, Column], query: str, path: Path) -> None:
    """Write the query's rows over the numpy columns `rows` (DuckDB finds them by name)."""
    kind = file_format(path)
    options = {"csv": "FORMAT csv, HEADER true", "parquet": "FORMAT parquet", "json": "FORMAT json"}
    target = str(path).replace("'", "''")
    with duckdb.connect() as con:
        con.execute("SET TimeZone = 'UTC'")
        con.execute(f"COPY ({query}) TO '{target}' ({options[kind or 'csv']})")
