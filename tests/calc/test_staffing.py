"""Erlang C staffing, checked against published worked examples."""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sla_designer.calc.staffing import (
    erlang_b,
    erlang_c,
    required_agents,
    staffing_for,
    traffic_intensity,
)

SECONDS = dt.timedelta(seconds=1)


def naive_erlang_c(agents: int, traffic: float) -> float:
    """The textbook factorial form, for comparison where it does not overflow."""
    top = traffic**agents / math.factorial(agents) * agents / (agents - traffic)
    bottom = sum(traffic**k / math.factorial(k) for k in range(agents)) + top
    return top / bottom


def test_call_centre_helper_worked_example() -> None:
    # Call Centre Helper, "Erlang C Formula - Made Simple With an Easy Worked Example":
    # 100 calls in 30 minutes, AHT 180 s, target 80 % answered in 20 s -> 10 Erlangs;
    # 14 agents needed (13 give 79.6 %), probability of waiting 0.1741, service level 88.8 %,
    # ASA 7.8 s, occupancy 71.4 %; with 30 % shrinkage 20 agents are scheduled.
    traffic = traffic_intensity(100, 30 * 60 * SECONDS, 180 * SECONDS)
    assert traffic == pytest.approx(10.0)
    found = required_agents(
        traffic, Decimal(80), 20 * SECONDS, 180 * SECONDS, shrinkage=Decimal(30)
    )
    assert found.staffing.agents == 14
    assert found.scheduled == 20
    assert found.staffing.probability_of_waiting == pytest.approx(0.1741, abs=5e-5)
    assert found.staffing.service_level_percent == pytest.approx(88.83, abs=0.01)
    assert found.staffing.average_speed_of_answer == pytest.approx(7.8, abs=0.05)
    assert found.staffing.occupancy == pytest.approx(0.7143, abs=5e-5)
    assert staffing_for(13, traffic, 20 * SECONDS, 180 * SECONDS).service_level < 0.80
    assert erlang_c(11, traffic) == pytest.approx(0.6821, abs=5e-5)


def test_westbay_worked_example() -> None:
    # Westbay Engineers, "The Erlang-C formula": 360 calls per half hour, 4 minute calls,
    # 55 agents, 15 s answer target -> 48 Erlangs, occupancy 87.3 %, probability of waiting
    # 24 %, ASA 8.2 s, service level 84.6 %.
    traffic = traffic_intensity(360, 30 * 60 * SECONDS, 240 * SECONDS)
    result = staffing_for(55, traffic, 15 * SECONDS, 240 * SECONDS)
    assert traffic == pytest.approx(48.0)
    assert result.occupancy == pytest.approx(0.873, abs=5e-4)
    assert result.probability_of_waiting == pytest.approx(0.24, abs=0.005)
    assert result.average_speed_of_answer == pytest.approx(8.2, abs=0.05)
    assert result.service_level_percent == pytest.approx(84.6, abs=0.05)


def test_erlang_b_table_value() -> None:
    # Classic Erlang B table: 10 circuits offered 5 Erlangs block 1.84 % of calls.
    assert erlang_b(10, 5.0) == pytest.approx(0.01838, abs=1e-5)


def test_large_loads_do_not_overflow() -> None:
    # 1,900 Erlangs: the factorial form overflows a float; the recursion does not.
    with pytest.raises(OverflowError):
        naive_erlang_c(2000, 1900.0)
    value = erlang_c(2000, 1900.0)
    assert 0.0 < value < 0.05
    assert required_agents(1900.0, Decimal(80), 20 * SECONDS, 180 * SECONDS).staffing.agents > 1900


def test_maximum_occupancy_adds_agents() -> None:
    traffic = 10.0
    free = required_agents(traffic, Decimal(80), 20 * SECONDS, 180 * SECONDS)
    capped = required_agents(
        traffic, Decimal(80), 20 * SECONDS, 180 * SECONDS, max_occupancy=Decimal(60)
    )
    assert not free.limited_by_occupancy
    assert capped.limited_by_occupancy
    assert capped.staffing.agents == 17  # 10 / 17 = 58.8 % <= 60 % < 10 / 16
    assert capped.staffing.occupancy <= 0.60


def test_overloaded_and_invalid_inputs() -> None:
    assert erlang_c(5, 5.0) == 1.0
    overloaded = staffing_for(5, 6.0, 20 * SECONDS, 180 * SECONDS)
    assert overloaded.service_level == 0.0
    assert math.isinf(overloaded.average_speed_of_answer)
    with pytest.raises(ValueError, match="negative"):
        traffic_intensity(-1, 30 * 60 * SECONDS, 180 * SECONDS)
    with pytest.raises(ValueError, match="handling time"):
        traffic_intensity(10, 30 * 60 * SECONDS, 0 * SECONDS)
    with pytest.raises(ValueError, match="below 100"):
        required_agents(10.0, Decimal(100), 20 * SECONDS, 180 * SECONDS)
    with pytest.raises(ValueError, match="shrinkage"):
        required_agents(10.0, Decimal(80), 20 * SECONDS, 180 * SECONDS, shrinkage=Decimal(100))
    # No traffic needs no agent at all.
    idle = required_agents(0.0, Decimal(80), 20 * SECONDS, 180 * SECONDS, shrinkage=Decimal(30))
    assert (idle.staffing.agents, idle.scheduled) == (0, 0)
    assert idle.staffing.service_level == 1.0


@settings(max_examples=200, deadline=None)
@given(
    traffic=st.floats(min_value=0.1, max_value=150.0),
    target=st.integers(min_value=50, max_value=99),
    threshold=st.integers(min_value=5, max_value=120),
)
def test_required_agents_is_the_fewest(traffic: float, target: int, threshold: int) -> None:
    found = required_agents(traffic, Decimal(target), threshold * SECONDS, 180 * SECONDS)
    agents = found.staffing.agents
    assert found.staffing.service_level >= target / 100
    fewer = (
        staffing_for(agents - 1, traffic, threshold * SECONDS, 180 * SECONDS)
        if agents > 1
        else None
    )
    assert fewer is None or fewer.service_level < target / 100


@settings(max_examples=100, deadline=None)
@given(traffic=st.floats(min_value=0.5, max_value=60.0), extra=st.integers(1, 40))
def test_recursion_matches_factorial_form(traffic: float, extra: int) -> None:
    agents = math.floor(traffic) + extra
    assert erlang_c(agents, traffic) == pytest.approx(naive_erlang_c(agents, traffic), rel=1e-9)


def test_an_absurd_load_is_refused_at_once() -> None:
    # 1e10 calls of 3 min per half hour is a billion Erlangs: refused, not searched agent by agent.
    traffic = traffic_intensity(1e10, 30 * 60 * SECONDS, 180 * SECONDS)
    with pytest.raises(ValueError, match="split the volume"):
        required_agents(traffic, Decimal(80), 20 * SECONDS, 180 * SECONDS)


def test_the_search_starting_at_the_traffic_finds_the_fewest_agents() -> None:
    # The search skips the agents that cannot keep up; the agent before the answer misses the goal.
    found = required_agents(250.5, Decimal(80), 20 * SECONDS, 180 * SECONDS)
    agents = found.staffing.agents
    assert agents > 250.5
    assert found.staffing.service_level >= 0.8
    assert staffing_for(agents - 1, 250.5, 20 * SECONDS, 180 * SECONDS).service_level < 0.8
