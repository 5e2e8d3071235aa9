"""Contact-centre staffing with Erlang C: how many agents a "X % within Y s" target needs.

Erlang C is computed from the Erlang B recursion B(k) = A·B(k-1) / (k + A·B(k-1)), which stays
between 0 and 1 at every step, instead of A^N / N! terms that overflow a float beyond about 170
agents. Probabilities are floats (the model is an exponential approximation); the targets the
user states (percentages, durations) come in exactly.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from decimal import Decimal

from sla_designer.text.values import Number, Problem

MAX_TRAFFIC = 100_000.0
"""The largest load taken, in Erlangs: a hundred thousand agents busy at once is beyond any one
contact centre, and the search costs one step per agent, so a larger load is refused rather than
left to run for minutes."""


def traffic_intensity(calls: float, period: dt.timedelta, handling_time: dt.timedelta) -> float:
    """Offered load in Erlangs: calls per period times average handling time over the period."""
    if calls < 0:
        raise Problem("calc.errors.calls_negative")
    if period <= dt.timedelta(0):
        raise Problem("calc.errors.period_not_positive")
    if handling_time <= dt.timedelta(0):
        raise Problem("calc.errors.handling_not_positive")
    return calls * handling_time.total_seconds() / period.total_seconds()


def erlang_b(agents: int, traffic: float) -> float:
    """Blocking probability of `agents` servers offered `traffic` Erlangs (Erlang B)."""
    if agents < 0 or traffic < 0:
        raise Problem("calc.errors.agents_negative")
    blocking = 1.0
    for k in range(1, agents + 1):
        blocking = traffic * blocking / (k + traffic * blocking)
    return blocking


def _erlang_c_from_b(agents: int, traffic: float, blocking: float) -> float:
    if agents <= traffic:
        return 1.0
    return agents * blocking / (agents - traffic * (1.0 - blocking))


def erlang_c(agents: int, traffic: float) -> float:
    """Probability that a contact waits (Erlang C); 1.0 when the agents cannot keep up."""
    return _erlang_c_from_b(agents, traffic, erlang_b(agents, traffic))


def _service_level(
    agents: int, traffic: float, wait: float, threshold: float, handling: float
) -> float:
    if agents <= traffic:
        return 0.0
    return max(0.0, 1.0 - wait * math.exp(-(agents - traffic) * threshold / handling))


@dataclass(frozen=True, slots=True)
class Staffing:
    """The expected performance of a number of agents on a given load."""

    agents: int
    traffic: float
    probability_of_waiting: float
    service_level: float
    average_speed_of_answer: float
    occupancy: float

    @property
    def service_level_percent(self) -> float:
        return self.service_level * 100.0


def staffing_for(
    agents: int, traffic: float, threshold: dt.timedelta, handling_time: dt.timedelta
) -> Staffing:
    """Probability of waiting, service level within `threshold`, ASA (s) and occupancy."""
    if agents < 1:
        raise Problem("calc.errors.no_agent")
    handling = handling_time.total_seconds()
    if handling <= 0:
        raise Problem("calc.errors.handling_not_positive")
    wait = erlang_c(agents, traffic)
    level = _service_level(agents, traffic, wait, threshold.total_seconds(), handling)
    speed = wait * handling / (agents - traffic) if agents > traffic else math.inf
    return Staffing(agents, traffic, wait, level, speed, min(1.0, traffic / agents))


@dataclass(frozen=True, slots=True)
class Requirement:
    """The fewest agents meeting a target, and what that staffing achieves."""

    staffing: Staffing
    scheduled: int
    """Agents to schedule so that `staffing.agents` are on the phones after shrinkage."""
    limited_by_occupancy: bool
    """True when the occupancy ceiling, not the service level, set the number."""


def required_agents(
    traffic: float,
    target: Decimal,
    threshold: dt.timedelta,
    handling_time: dt.timedelta,
    *,
    max_occupancy: Decimal | None = None,
    shrinkage: Decimal = Decimal(0),
    strict: bool = False,
) -> Requirement:
    """The fewest agents answering `target` % within `threshold` at `traffic` Erlangs.

    `strict` asks for more than `target` % ("more than 80 % within 20 s"): a staffing whose
    service level is exactly the target does not meet it.

    `max_occupancy` (a percentage) adds agents until the busy share is at or below it;
    `shrinkage` (a percentage of paid time lost to breaks, training, absence) scales the agents
    on the phones up to the agents to schedule.
    """
    if not 0 <= traffic <= MAX_TRAFFIC:
        raise Problem(
            "calc.errors.traffic_range", traffic=Number(traffic, 0), most=Number(MAX_TRAFFIC, 0)
        )
    if not Decimal(0) <= target < Decimal(100):
        raise Problem("calc.errors.target_range")
    if max_occupancy is not None and not Decimal(0) < max_occupancy <= Decimal(100):
        raise Problem("calc.errors.occupancy_range")
    if not Decimal(0) <= shrinkage < Decimal(100):
        raise Problem("calc.errors.shrinkage_range")
    handling = handling_time.total_seconds()
    if handling <= 0:
        raise Problem("calc.errors.handling_not_positive")
    if traffic == 0:
        # No calls, no agents: nobody waits and nobody is busy.
        return Requirement(Staffing(0, 0.0, 0.0, 1.0, 0.0, 0.0), 0, False)
    goal = float(target) / 100.0
    seconds = threshold.total_seconds()
    ceiling = float(max_occupancy) / 100.0 if max_occupancy is not None else None
    # Erlang B has to be walked up from one agent (each step reuses the previous value), but the
    # service level is only worth testing once the agents exceed the traffic: fewer never keep up.
    agents, blocking = 0, 1.0
    while agents <= traffic:
        agents += 1
        blocking = traffic * blocking / (agents + traffic * blocking)
    while True:
        wait = _erlang_c_from_b(agents, traffic, blocking)
        level = _service_level(agents, traffic, wait, seconds, handling)
        if level > goal or (level == goal and not strict):
            break
        agents += 1
        blocking = traffic * blocking / (agents + traffic * blocking)
    met_at = agents
    if ceiling is not None:
        while traffic / agents > ceiling:
            agents += 1
    result = staffing_for(agents, traffic, threshold, handling_time)
    on_phones = Decimal(agents) / (1 - shrinkage / 100)
    scheduled = int(on_phones.to_integral_value(rounding="ROUND_CEILING"))
    return Requirement(result, scheduled, agents > met_at)
