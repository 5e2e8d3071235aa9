"""An objective states its comparison; the boundary is exact for each of the four."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sla_designer.io import dumps_agreement, loads_agreement
from sla_designer.model import KINDS, Metric, describe
from sla_designer.model.comparisons import (
    COMPARISONS,
    Comparison,
    comparisons_for,
    default_comparison,
    fits,
    flipped,
    is_met,
    is_strict,
    nearest_met,
)
from tests.validation.builders import build, valid_data

D = Decimal
# The smallest step a Decimal of 28 digits can take next to 99.9.
EPSILON = D("1E-26")


@pytest.mark.parametrize(
    ("comparison", "below", "at", "above"),
    [
        ("at_least", False, True, True),
        ("more_than", False, False, True),
        ("at_most", True, True, False),
        ("less_than", True, False, False),
    ],
)
def test_each_comparison_puts_the_boundary_on_its_side(
    comparison: Comparison, below: bool, at: bool, above: bool
) -> None:
    objective = D("99.9")
    assert is_met(objective - EPSILON, objective, comparison) is below
    assert is_met(D("99.900"), objective, comparison) is at  # trailing zeros change nothing
    assert is_met(objective + EPSILON, objective, comparison) is above


def test_an_exact_fraction_is_compared_without_rounding() -> None:
    # 1 - 1/3000 of the time is 99.96666...%: never equal to a decimal objective.
    uptime = Fraction(100) - Fraction(1, 30)
    assert is_met(uptime, D("99.966666666666666666666666666"), "more_than")
    assert not is_met(uptime, D("99.966666666666666666666666667"), "at_least")


@given(
    st.decimals(min_value=-1000, max_value=1000, places=6),
    st.decimals(min_value=-1000, max_value=1000, places=6),
)
def test_strict_and_inclusive_differ_only_at_the_objective(value: D, objective: D) -> None:
    for inclusive, strict in (("at_least", "more_than"), ("at_most", "less_than")):
        same = is_met(value, objective, inclusive) == is_met(value, objective, strict)
        assert same is (value != objective)
    assert is_met(value, objective, "at_least") is not is_met(value, objective, "less_than")
    assert is_met(value, objective, "at_most") is not is_met(value, objective, "more_than")


def test_directions_and_defaults() -> None:
    assert comparisons_for(True) == ("at_least", "more_than")
    assert comparisons_for(False) == ("at_most", "less_than")
    assert [default_comparison(h) for h in (True, False)] == ["at_least", "at_most"]
    assert [c for c in COMPARISONS if is_strict(c)] == ["more_than", "less_than"]
    for comparison in COMPARISONS:
        assert flipped(flipped(comparison)) == comparison
        assert fits(comparison, True) is not fits(flipped(comparison), True)
        assert is_strict(comparison) is is_strict(flipped(comparison))


@pytest.mark.parametrize("kind", [kind for kind, described in KINDS.items() if described.compared])
def test_a_metric_without_a_comparison_keeps_the_meaning_it_had(kind: str) -> None:
    """Files written before comparisons were stated: the inclusive one of the direction."""
    data = valid_data()
    metric: dict[str, Any] = {"kind": kind, "id": "m", "name": "M", "objective": "3"}
    if kind == "custom":
        metric["unit"] = "tickets"
    if kind == "service_level":
        metric["threshold"] = "20s"
    if kind == "average_speed_of_answer":
        metric["objective"] = "30s"
    data["metrics"] = [metric]
    built: Metric = build(data).metrics[0]
    described = describe(built)
    assert described.comparison_of(built) == default_comparison(described.higher_is_better(built))


def test_a_custom_metric_that_is_better_lower_means_at_most_unless_it_says_otherwise() -> None:
    data = valid_data()
    custom = {"kind": "custom", "id": "c", "name": "C", "unit": "u", "objective": "3"}
    data["metrics"] = [{**custom, "direction": "lower_is_better"}]
    assert build(data).metrics[0].comparison == "at_most"
    data["metrics"] = [{**custom, "direction": "lower_is_better", "comparison": "less_than"}]
    assert build(data).metrics[0].comparison == "less_than"


def test_the_comparison_is_saved_next_to_the_objective_and_read_back() -> None:
    agreement = build(valid_data())
    agreement.metrics[0].comparison = "more_than"
    text = dumps_agreement(agreement)
    assert "  comparison: more_than\n  objective: 99.9\n" in text
    assert "  comparison: at_most\n  objective: 5\n" in text  # the abandonment rate
    again = loads_agreement(text)
    assert again == agreement


def test_a_comparison_the_model_does_not_know_is_refused() -> None:
    data = valid_data()
    data["metrics"][0]["comparison"] = "above"
    with pytest.raises(ValueError, match="comparison"):
        build(data)


@pytest.mark.parametrize(
    ("comparison", "numbers", "expected"),
    [
        ("at_least", [D("99.5")], D("99.9")),
        ("at_most", [D("99.5")], D("99.9")),
        ("more_than", [D("99.0"), D("99.95")], D("99.90001")),
        ("less_than", [D("1")], D("99.8999")),
        ("more_than", [D(10) ** 9, D("0.001")], D("99.900001")),
    ],
)
def test_the_met_result_nearest_the_objective(
    comparison: Comparison, numbers: list[D], expected: D
) -> None:
    probe = nearest_met(D("99.9"), comparison, numbers)
    assert probe == expected
    assert is_met(probe, D("99.9"), comparison)
    # Nothing the schedule compares with lies between the objective and the probe.
    assert not any(min(probe, D("99.9")) < n < max(probe, D("99.9")) for n in numbers)
