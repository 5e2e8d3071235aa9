"""Read a help desk's ticket history with DuckDB into numpy columns the back-test works on.

Each preset (`servicenow`, `zendesk`, `jsm`, `freshdesk`) fills two tables: `tickets` (id,
created, responded, latest priority) and `updates` (ticket, time, state, priority, row), after
checking its files; what follows is common: priorities are mapped to the agreement's, states to
their codes, and each ticket's updates ordered by time (and by their order in the file, for
equal times).
"""

from __future__ import annotations

import contextlib
import threading
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

import duckdb
import numpy as np
from numpy.typing import NDArray

from sla_designer.backtest.mapping import Mapping
from sla_designer.backtest.memory import kept_columns
from sla_designer.backtest.messages import Messages, read_off_updates, with_messages
from sla_designer.backtest.preset_rules import PresetRules, check_mapping, priority_map
from sla_designer.backtest.sources import Skipped, literal
from sla_designer.model import Agreement

Column = NDArray[np.int64]


@dataclass(frozen=True)
class TicketHistory:
    """Tickets and the updates of their state, as numpy columns.

    Instants are microseconds since the epoch (UTC); -1 where there is none. Priorities are
    indices into `priorities` (the agreement's ids), states indices into `states`.
    """

    ids: NDArray[np.object_]
    created: Column
    responded: Column
    priority: Column
    ticket: Column
    at: Column
    state: Column
    update_priority: Column
    states: tuple[str, ...]
    stops: frozenset[str]
    """States that stop a resolution clock (resolved, closed)."""
    priorities: tuple[str, ...]
    last: int
    """The latest time in the files."""
    cache: dict[object, object] = field(default_factory=dict, compare=False, repr=False)
    """What every metric reads alike, worked out once (`timeline`)."""
    given: Messages | None = None
    """Public replies and the requester's messages awaiting one, when the preset's files give
    them as such (Zendesk's events)."""
    from_updates: bool = False
    """Whether the messages are read off the updates instead (ServiceNow's), on first use:
    only next-reply and periodic-update metrics read them, on their own thread."""
    skipped: tuple[Skipped, ...] = ()
    """Bad rows left out, per kind of problem (only when the user asked to skip them)."""
    _reading: threading.Lock = field(
        default_factory=threading.Lock, compare=False, repr=False, init=False
    )

    @property
    def has_messages(self) -> bool:
        return self.given is not None or self.from_updates

    def messages(self) -> Messages | None:
        """The messages (None when the preset gives none), read off the updates once."""
        if not self.from_updates:
            return self.given
        with self._reading:
            found = self.cache.get("messages")
            if not isinstance(found, Messages):
                found = read_off_updates(self)
                self.cache["messages"] = found
            return found

    def state_codes(self, names: list[str] | set[str] | frozenset[str]) -> Column:
        return np.array([i for i, s in enumerate(self.states) if s in names], dtype=np.int64)


@dataclass(frozen=True)
class TicketRows:
    """The tickets of an export with one row per update written ticket after ticket, in the
    order of their ids, each one's rows together: each ticket's id, creation and how many
    rows it has, in the file's order (which is the order of the ids)."""

    ids: NDArray[np.object_]
    created: Column
    counts: Column


@dataclass(frozen=True)
class Filled:
    """What a preset's `fill` leaves besides its tables: the bad rows left out (when asked
    to skip them), and for an export written ticket after ticket, its tickets, found while
    checking its rows (ServiceNow's: then the `tickets` table is not made)."""

    skipped: list[Skipped]
    rows: TicketRows | None = None


def assemble(
    con: duckdb.DuckDBPyConnection,
    agreement: Agreement,
    priorities: dict[str, str],
    rules: PresetRules,
    skipped: tuple[Skipped, ...] = (),
) -> TicketHistory:
    """The numpy columns of the `tickets` table (ticket_id, created, responded, priority) and
    the `updates` table (ticket_id, moment, state, priority, _row) the preset filled.

    Both are ordered by ticket id, so that each ticket's updates are found by their counts: no
    join of millions of rows.
    """
    ids = tuple(p.id for p in agreement.priorities)
    sources = list(priorities)
    codes = np.array([ids.index(priorities[s]) for s in sources] + [-1], dtype=np.int64)
    source_list = "[" + ", ".join(literal(s) for s in sources) + "]"
    states = "[" + ", ".join(literal(s) for s in rules.states) + "]"
    tickets = con.execute(
        f"""
        SELECT t.ticket_id, t.created, coalesce(t.responded, -1) AS responded,
               list_position({source_list}, t.priority) - 1 AS priority,
               coalesce(c.updates, 0) AS updates
        FROM tickets t LEFT JOIN (SELECT ticket_id, count(*) AS updates FROM updates
                                  GROUP BY ticket_id) c USING (ticket_id)
        ORDER BY t.ticket_id
        """
    ).fetchnumpy()
    updates = con.execute(
        f"""
        SELECT moment, list_position({states}, state) - 1 AS state,
               list_position({source_list}, priority) - 1 AS priority
        FROM updates ORDER BY ticket_id, moment, _row
        """
    ).fetchnumpy()
    last = con.execute(
        "SELECT greatest((SELECT max(moment) FROM updates), (SELECT max(created) FROM tickets),"
        " (SELECT max(responded) FROM tickets))"
    ).fetchone()

    def ints(values: object) -> Column:
        return np.asarray(values, dtype=np.int64)

    counts = ints(tickets["updates"])
    return TicketHistory(
        ids=np.asarray(tickets["ticket_id"], dtype=object),
        created=ints(tickets["created"]),
        responded=ints(tickets["responded"]),
        priority=codes[ints(tickets["priority"])],
        ticket=np.repeat(np.arange(len(counts), dtype=np.int64), counts),
        at=ints(updates["moment"]),
        state=ints(updates["state"]),
        update_priority=codes[ints(updates["priority"])],
        states=rules.states,
        stops=rules.stops,
        priorities=ids,
        last=int(last[0]) if last and last[0] is not None else 0,
        skipped=skipped,
    )


def assemble_updates(  # noqa: PLR0917
    con: duckdb.DuckDBPyConnection,
    agreement: Agreement,
    priorities: dict[str, str],
    rules: PresetRules,
    skipped: tuple[Skipped, ...] = (),
    rows: TicketRows | None = None,
) -> TicketHistory:
    """The numpy columns of an export with one row per update: the `tickets` table
    (ticket_id, created, updates: how many), or the tickets of a file written ticket after
    ticket (`rows`), and the `updates` view (ticket_id, moment, state and priority as their
    codes, `Source.code`, in `rules.states` and `priorities`, _row).

    DuckDB orders the rows and hands over integers only; each ticket's first response (its
    first update out of `rules.unanswered`) and latest priority are read from its ordered
    updates, found by their counts.
    """
    known = tuple(p.id for p in agreement.priorities)
    # Codes count from 1; the two after the list are '' and NULL, which the checks refused.
    codes = np.array(
        [-1, *(known.index(priorities[s]) for s in priorities), -1, -1], dtype=np.int64
    )

    def ints(values: object) -> Column:
        return np.asarray(values, dtype=np.int64)

    if rows is not None:
        ids, counts, created = rows.ids, rows.counts, rows.created
        updates = _in_order(con, counts)
    else:
        tickets = con.execute(
            "SELECT ticket_id, created, updates, first_row, last_row FROM tickets"
            " ORDER BY ticket_id"
        ).fetchnumpy()
        ids = np.asarray(tickets["ticket_id"], dtype=object)
        counts = ints(tickets["updates"])
        created = ints(tickets["created"])
        first_row, last_row = ints(tickets["first_row"]), ints(tickets["last_row"])
        # The file's rows are ticket after ticket in the order of their ids when each one's
        # rows lie after the last row of the one before.
        together = len(first_row) < 2 or bool((first_row[1:] > last_row[:-1]).all())
        updates = _in_order(con, counts) if together else None
    if updates is None:
        updates = con.execute(
            "SELECT moment, state, priority FROM updates ORDER BY ticket_id, moment, _row"
        ).fetchnumpy()
    at = ints(updates["moment"])
    state = np.subtract(np.asarray(updates["state"]), 1, dtype=np.int64)
    update_priority = codes[np.asarray(updates["priority"])]
    first = np.cumsum(counts) - counts
    unanswered = np.zeros(len(rules.states) + 2, dtype=bool)
    unanswered[[i for i, s in enumerate(rules.states) if s in rules.unanswered]] = True
    never = np.iinfo(np.int64).max
    if len(counts):
        answers = np.minimum.reduceat(np.where(unanswered[state], never, at), first)
        responded = np.where(answers == never, -1, answers)
        priority = update_priority[first + counts - 1]
    else:
        responded = priority = np.zeros(0, dtype=np.int64)
    latest = [int(column.max()) for column in (at, created, responded) if len(column)]
    return TicketHistory(
        ids=ids,
        created=created,
        responded=responded,
        priority=priority,
        ticket=np.repeat(np.arange(len(counts), dtype=np.int64), counts),
        at=at,
        state=state,
        update_priority=update_priority,
        states=rules.states,
        stops=rules.stops,
        priorities=known,
        last=max(latest) if latest else 0,
        skipped=skipped,
    )


def _in_order(con: duckdb.DuckDBPyConnection, counts: Column) -> dict[str, Column] | None:
    """The `updates` in the file's order, for a file whose rows are ticket after ticket in the
    order of their ids (`counts` rows each), when that is their order: each ticket's times do
    not go back. None otherwise: DuckDB orders them. An export written ticket by ticket needs
    no ordering of millions of rows.

    A scan of one table, filtered or not, keeps the order its rows were inserted in (DuckDB's
    "Order Preservation"), the file's: the presets' `updates` are such scans."""
    found = con.execute("SELECT moment, state, priority FROM updates").fetchnumpy()
    at = np.asarray(found["moment"], dtype=np.int64)
    if len(at) != int(counts.sum()):
        return None
    later = at[1:] >= at[:-1]
    # The first update of each ticket may be earlier than the last of the one before.
    ends = np.cumsum(counts)[:-1] - 1
    later[ends[(ends >= 0) & (ends < len(later))]] = True
    if not bool(later.all()):
        return None
    return {"moment": at, "state": found["state"], "priority": found["priority"]}


def preset_module(preset: str | None) -> ModuleType:
    """The module that reads a preset's files (ServiceNow by default)."""
    from sla_designer.backtest import freshdesk, jsm, servicenow, zendesk

    modules = {"zendesk": zendesk, "jsm": jsm, "freshdesk": freshdesk}
    return modules.get(preset or "servicenow", servicenow)


@kept_columns()
def read_history(
    agreement: Agreement,
    tickets: Path,
    events: Path | None,
    mapping: Mapping,
    mapping_file: str,
    *,
    connection: duckdb.DuckDBPyConnection | None = None,
    skip_bad_rows: bool = False,
) -> TicketHistory:
    """Read ticket files of the mapping's preset (ServiceNow by default), on `connection` when given
    (the caller's connection, which another thread may interrupt; the caller closes it). With
    `skip_bad_rows`, rows with a problem are left out and counted instead of stopping the
    reading (missing columns and a wrong mapping still stop it)."""
    preset = mapping.preset or "servicenow"
    module = preset_module(preset)
    rules: PresetRules = module.RULES.with_mapping(mapping)
    check_mapping(agreement, mapping, rules, mapping_file)
    opened = contextlib.nullcontext(connection) if connection is not None else duckdb.connect()
    with opened as con:
        con.execute("SET TimeZone = 'UTC'")
        filled: Filled = module.fill(con, agreement, tickets, events, mapping, skip=skip_bad_rows)
        priorities = priority_map(agreement, mapping, rules)
        skipped = tuple(filled.skipped)
        if rules.unanswered:
            history = assemble_updates(con, agreement, priorities, rules, skipped, filled.rows)
        else:
            history = assemble(con, agreement, priorities, rules, skipped)
        return with_messages(con, preset, history)
