"""The messages of a ticket's conversation that next-reply and periodic-update targets read:
the provider's public replies (or updates), and the requester's messages that await a reply.

What each preset gives:

- Zendesk: the `reply_time` metric events. Zendesk activates `reply_time` when the requester
  writes and nothing awaits a reply, and fulfils it with the agent's next public reply
  ("Ticket metric event types reference"): each activation after the first (the ticket's
  creation) is a message awaiting a reply, each fulfilment a public reply.
- ServiceNow: the incident audit export has one row per update and does not say which were
  public comments: every update after the incident was opened counts as an update to the
  caller, except one that takes the incident out of Awaiting Caller or Awaiting User Info,
  which is the caller's reply (the platform moves an incident back to In Progress when its
  caller comments) and awaits the provider's next update.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import duckdb
import numpy as np
from numpy.typing import NDArray

if TYPE_CHECKING:
    from sla_designer.backtest.reading import TicketHistory

Column = NDArray[np.int64]
REPLY, ASK = 0, 1
CALLER_WAITS = frozenset({"Awaiting Caller", "Awaiting User Info"})
"""ServiceNow states that wait for the caller: an update leaving them is the caller's reply."""


@dataclass(frozen=True)
class Messages:
    """Messages ordered by ticket, then time: each one's ticket (index into the history's
    tickets), instant (microseconds since the epoch) and kind (`REPLY` or `ASK`)."""

    ticket: Column
    at: Column
    kind: Column

    @classmethod
    def ordered(
        cls, ticket: Column, at: Column, kind: Column, *, by_ticket_and_time: bool = False
    ) -> Messages:
        """The messages in order; `by_ticket_and_time`: they are already, but for the kinds of
        messages at the same instant (a history's updates, read in order)."""
        # A requester's message before a reply at the same instant: the reply answers it.
        if len(ticket) < 2:
            return cls(ticket, at, kind)
        same_ticket = ticket[1:] == ticket[:-1]
        if not by_ticket_and_time and not (
            bool((ticket[1:] >= ticket[:-1]).all()) and bool((at[1:] >= at[:-1])[same_ticket].all())
        ):
            order = np.lexsort((-kind, at, ticket))
            return cls(ticket[order], at[order], kind[order])
        # Already by ticket and time (ServiceNow's updates): only messages at the same instant
        # of a ticket, a reply before a requester's message, are put in order, among
        # themselves (as the sort would: stable, the requester's first).
        tied = same_ticket & (at[1:] == at[:-1])
        if not bool((tied & (kind[1:] > kind[:-1])).any()):
            return cls(ticket, at, kind)
        group = np.cumsum(np.append(True, ~tied))
        disordered = np.zeros(int(group[-1]) + 1, dtype=bool)
        disordered[group[1:][tied & (kind[1:] > kind[:-1])]] = True
        rows = np.flatnonzero(disordered[group])
        order = np.arange(len(ticket))
        order[rows] = rows[np.lexsort((-kind[rows], group[rows]))]
        return cls(ticket[order], at[order], kind[order])


def read_off_updates(history: TicketHistory) -> Messages:
    """ServiceNow's messages read from its updates (grouped by ticket, in order)."""
    ticket, at, state, created = history.ticket, history.at, history.state, history.created
    waits = np.array([s in CALLER_WAITS for s in history.states] + [False], dtype=bool)
    stops = np.array([s in history.stops for s in history.states] + [False], dtype=bool)
    waiting = waits[state]
    # An update that leaves a waiting state the update before it (of the same ticket) set.
    asks = np.zeros(len(state), dtype=bool)
    asks[1:] = waiting[:-1] & (ticket[1:] == ticket[:-1])
    asks &= ~waiting
    asks &= ~stops[state]
    chosen = at > created[ticket]
    chosen |= asks
    kind = asks[chosen].astype(np.int64)  # ASK is 1, REPLY 0
    return Messages.ordered(ticket[chosen], at[chosen], kind, by_ticket_and_time=True)


def zendesk_messages(con: duckdb.DuckDBPyConnection) -> Messages:
    """Zendesk's messages from its `reply_time` events (the `zd` table the preset filled),
    tickets numbered in the order of their ids, as the history reads them."""
    found = con.execute(
        """
        WITH numbered AS (
            SELECT ticket_id, row_number() OVER (ORDER BY ticket_id) - 1 AS number FROM tickets
        ), replies AS (
            SELECT ticket_id, moment, type, _row,
                   row_number() OVER (PARTITION BY ticket_id, type ORDER BY moment, _row) AS nth
            FROM zd WHERE metric = 'reply_time' AND type IN ('activate', 'fulfill')
        )
        SELECT n.number, r.moment, CASE WHEN r.type = 'activate' THEN 1 ELSE 0 END AS kind
        FROM replies r JOIN numbered n USING (ticket_id)
        WHERE NOT (r.type = 'activate' AND r.nth = 1)
        """
    ).fetchnumpy()

    def ints(name: str) -> Column:
        return np.asarray(found[name], dtype=np.int64)

    return Messages.ordered(ints("number"), ints("moment"), ints("kind"))


def with_messages(
    con: duckdb.DuckDBPyConnection, preset: str, history: TicketHistory
) -> TicketHistory:
    """The history with the messages its preset gives (other presets give none): Zendesk's
    read now, from its events; ServiceNow's read off its updates when first asked for."""
    from dataclasses import replace

    if preset == "zendesk":
        return replace(history, given=zendesk_messages(con))
    if preset == "servicenow":
        return replace(history, from_updates=True)
    return history
