"""A synthetic ticket history in the shapes help desks export, for trying the back-test.

Tickets arrive mostly in business hours on weekdays (some at night and at weekends), with a mix
of priorities; each gets a first response, may wait for the requester (a pause), is resolved,
sometimes reopened and resolved again, then closed. The history is seeded: the same seed gives
the same files. Tickets opened near the end of the year may still be open.

The shapes follow the vendors' own documentation:

- ServiceNow, an incident audit export (one row per update of an incident, the `incident`
  table's fields `number`, `incident_state`, `priority`, `opened_at`, `sys_updated_at`,
  `resolved_at`, `closed_at`), with the states of the Incident Management state model
  (docs.servicenow.com, "Incident Management state model"; awaiting states as on-hold reasons)
  and dates written `dd-mm-yyyy HH:MM` in the instance's time zone, without an offset.
- Zendesk, the Tickets API's ticket fields (`id`, `created_at`, `updated_at`, `priority`
  urgent/high/normal/low, `status` new/open/pending/hold/solved/closed) and the Ticket Metric
  Events API's events (`id`, `ticket_id`, `metric`, `instance_id`, `type`, `time`;
  developer.zendesk.com/api-reference/ticketing/tickets/ticket_metric_events and the "Ticket
  metric event types reference"): `reply_time` is activated at creation and fulfilled by the
  first public reply, activated again when the requester answers a pending ticket and
  fulfilled by the agent's next reply; `requester_wait_time` pauses while the ticket is pending and
  `agent_work_time` while it is pending or on hold, each activated again when the ticket goes
  back to open and fulfilled when it is solved (activated again on a reopening). Times are UTC,
  ISO 8601 with `Z`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

Column = NDArray[np.int64]
MINUTE = 60_000_000
HOUR = 60 * MINUTE
DAY = 24 * HOUR
START = 1_735_689_600_000_000
"""2025-01-01 00:00 as a wall-clock time (microseconds, as if UTC): the history's first day."""
YEAR = 365 * DAY

PRIORITY_SHARES = (0.05, 0.20, 0.50, 0.25)
"""Critical, high, moderate, low: most tickets are of middling priority."""
_RESPONSE_MINUTES = (20.0, 60.0, 180.0, 480.0)
_RESOLUTION_HOURS = (3.0, 10.0, 30.0, 70.0)
_PAUSE_SHARE, _HOLD_SHARE, _REOPEN_SHARE, _ESCALATION_SHARE = 0.30, 0.08, 0.05, 0.04
_CLOSE_AFTER = 3 * DAY


@dataclass(frozen=True)
class History:
    """Each ticket's life as wall-clock instants in the desk's own zone (microseconds; -1 where
    a step did not happen, or happened after the end of the history)."""

    created: Column
    priority: Column
    """0 the most urgent … 3 the least."""
    escalated: Column
    """When the ticket was raised one priority higher (-1: never)."""
    responded: Column
    paused: Column
    resumed: Column
    on_hold: NDArray[np.bool_]
    """The pause was an internal hold (Zendesk's 'hold'), not a wait for the requester."""
    resolved: Column
    reopened: Column
    resolved_again: Column
    closed: Column
    end: int
    answered: Column = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    """When the provider replied to the requester's message that ended a wait for the requester
    (-1: none, or the ticket was resolved first)."""


def history(tickets: int, seed: int) -> History:
    """The lives of `tickets` tickets over one year, drawn from `seed`."""
    rng = np.random.default_rng(seed)
    created = START + _arrivals(rng, tickets)
    order = np.argsort(created, kind="stable")
    created = created[order]
    priority = rng.choice(4, size=tickets, p=PRIORITY_SHARES).astype(np.int64)
    respond = _minutes(rng, np.take(_RESPONSE_MINUTES, priority))
    responded = created + respond
    work = _minutes(rng, np.take(_RESOLUTION_HOURS, priority) * 60)
    has_pause = rng.random(tickets) < _PAUSE_SHARE
    on_hold = has_pause & (rng.random(tickets) < _HOLD_SHARE / _PAUSE_SHARE)
    paused = np.where(has_pause, responded + (work * rng.random(tickets)).astype(np.int64), -1)
    pause_length = _minutes(rng, np.full(tickets, 600.0))
    resumed = np.where(has_pause, paused + pause_length, -1)
    resolved = responded + work + np.where(has_pause, pause_length, 0)
    reopens = rng.random(tickets) < _REOPEN_SHARE
    reopened = np.where(reopens, resolved + _minutes(rng, np.full(tickets, 1440.0)), -1)
    resolved_again = np.where(reopens, reopened + _minutes(rng, np.full(tickets, 240.0)), -1)
    closed = np.where(reopens, resolved_again, resolved) + _CLOSE_AFTER
    escalates = (rng.random(tickets) < _ESCALATION_SHARE) & (priority > 0)
    escalated = np.where(escalates, created + respond // 2, -1)
    end = START + YEAR
    # Drawn last, so that the rest of the history is what the same seed always gave.
    answered = np.where(has_pause & ~on_hold, resumed + _minutes(rng, np.full(tickets, 90.0)), -1)
    answered = np.where(answered < np.where(reopens, resolved_again, resolved), answered, -1)

    def until_end(column: Column) -> Column:
        return np.where(column >= end, -1, column)

    return History(
        created=created,
        priority=priority,
        escalated=until_end(escalated),
        responded=until_end(responded),
        paused=until_end(paused),
        resumed=until_end(np.where(paused >= end, -1, resumed)),
        on_hold=on_hold,
        resolved=until_end(resolved),
        reopened=until_end(reopened),
        resolved_again=until_end(resolved_again),
        closed=until_end(closed),
        end=end,
        answered=until_end(np.where(resumed >= end, -1, answered)),
    )


def _arrivals(rng: np.random.Generator, count: int) -> Column:
    """Opening times from the first day: 85 % on weekdays between 08:00 and 18:00 (more in the
    morning), the rest at any hour of any day."""
    day = rng.integers(0, 365, size=count)
    # 2025-01-01 is a Wednesday: weekday 0 is Monday.
    weekday = (day + 2) % 7
    office = rng.random(count) < 0.85
    day = np.where(office & (weekday >= 5), day - (weekday - 4), day)
    hour = np.where(office, rng.triangular(8, 10.5, 18, size=count), rng.uniform(0, 24, count))
    seconds = (hour * 3600).astype(np.int64)
    return day.astype(np.int64) * DAY + seconds * 1_000_000


def _minutes(rng: np.random.Generator, means: NDArray[np.float64]) -> Column:
    """Waits drawn around `means` minutes (log-normal: mostly near, some far longer), in whole
    minutes of at least one."""
    drawn = rng.lognormal(np.log(np.maximum(means, 1.0)) - 0.5, 1.0)
    return np.maximum(np.rint(drawn), 1).astype(np.int64) * MINUTE
