"""A credit tier's bound holds its value or not ('at least' / 'more than', 'below' / 'at most'),
so the objective's boundary value falls on the side the objective puts it: exact in the model,
the calculator, validation and the contract."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from sla_designer.calc.credits import compute_credit, rule_outcome
from sla_designer.export.preview import preview_html
from sla_designer.model import CreditSchedule, CreditTier, Money
from tests.validation.builders import build, only, valid_data, with_code

D = Decimal
TIERS = ("remedies", "credit_schedules", 0, "tiers")


def _tier(**bounds: str) -> CreditTier:
    return CreditTier.model_validate({**bounds, "credit": "10"})


@pytest.mark.parametrize(
    ("bounds", "inside", "outside"),
    [
        ({"at_least": "99", "below": "99.9"}, ["99", "99.899"], ["98.999", "99.9"]),
        ({"more_than": "99", "at_most": "99.9"}, ["99.001", "99.9"], ["99", "99.901"]),
        ({"at_least": "99", "at_most": "99.9"}, ["99", "99.9"], ["98.999", "99.901"]),
        ({"more_than": "99", "below": "99.9"}, ["99.001", "99.899"], ["99", "99.9"]),
        ({"at_most": "5"}, ["-1", "5"], ["5.001"]),
        ({"more_than": "5"}, ["5.001", "100"], ["5"]),
    ],
)
def test_a_tier_holds_exactly_the_values_its_bounds_say(
    bounds: dict[str, str], inside: list[str], outside: list[str]
) -> None:
    tier = _tier(**bounds)
    assert all(tier.contains(D(v)) for v in inside)
    assert not any(tier.contains(D(v)) for v in outside)
    example = tier.example()
    assert example is not None and tier.contains(example)


@pytest.mark.parametrize(("first", "second"), [("at_least", "more_than"), ("below", "at_most")])
def test_a_tier_has_one_bound_at_each_end(first: str, second: str) -> None:
    with pytest.raises(ValueError, match=r"one (lower|upper) bound"):
        _tier(**{first: "1", second: "2"})


def test_the_calculator_and_its_explanation_say_the_bound_as_it_is() -> None:
    schedule = CreditSchedule.model_validate(
        {
            "id": "s",
            "metric": "m",
            "tiers": [
                {"more_than": "99", "at_most": "99.9", "credit": "10"},
                {"at_most": "99", "credit": "25"},
            ],
        }
    )
    assert rule_outcome(schedule, D("99.9")).index == 0
    assert rule_outcome(schedule, D("99")).index == 1
    assert rule_outcome(schedule, D("99.95")).kind == "none"
    result = compute_credit(schedule, D("99.9"), Money(amount=D(1000), currency="EUR"))
    assert "is in tier 1 (more than 99 %, at most 99.9 %)" in result.text("en")
    assert "está na faixa 1 (acima de 99 %, até 99,9 %)" in result.text("pt-BR")


def _strict_availability(*tiers: dict[str, Any]) -> dict[str, Any]:
    data = valid_data()
    data["metrics"][0]["comparison"] = "more_than"
    data["remedies"]["credit_schedules"][0]["tiers"] = list(tiers)
    return data


def test_a_more_than_objective_needs_a_tier_at_most_its_value() -> None:
    # "More than 99.9 %" is missed at 99.9: a tier below 99.9 leaves that one value uncovered.
    data = _strict_availability(
        {"at_least": "99.0", "below": "99.9", "credit": "10"}, {"below": "99.0", "credit": "50"}
    )
    finding = only(data, "tier-gap")
    assert finding.path == (*TIERS, 0, "below")
    assert "no tier covers the value 99.9:" in finding.message("en")
    assert "nenhuma faixa cobre o valor 99,9:" in finding.message("pt-BR")
    data = _strict_availability(
        {"more_than": "99.0", "at_most": "99.9", "credit": "10"},
        {"at_most": "99.0", "credit": "50"},
    )
    codes = {f.code for f in with_code(data, "tier-gap") + with_code(data, "tier-overlap")}
    assert codes == set()
    assert with_code(data, "credit-while-objective-met") == []


def test_an_at_least_objective_with_a_tier_at_most_its_value_pays_while_met() -> None:
    data = valid_data()
    data["remedies"]["credit_schedules"][0]["tiers"][0] = {
        "at_least": "99.0",
        "at_most": "99.9",
        "credit": "10",
    }
    finding = only(data, "credit-while-objective-met")
    assert finding.path == (*TIERS, 0)
    assert "a result of 99.9 % meets the objective" in finding.message("en")


def test_tiers_meeting_at_one_value_overlap_or_leave_it_uncovered() -> None:
    overlap = valid_data()
    overlap["remedies"]["credit_schedules"][0]["tiers"][1] = {
        "at_least": "95.0",
        "at_most": "99.0",
        "credit": "25",
    }
    finding = only(overlap, "tier-overlap")
    assert "two tiers both cover the value 99," in finding.message("en")
    gap = valid_data()
    gap["remedies"]["credit_schedules"][0]["tiers"][0] = {
        "more_than": "99.0",
        "below": "99.9",
        "credit": "10",
    }
    finding = only(gap, "tier-gap")
    assert finding.path == (*TIERS, 0, "more_than")
    assert "no tier covers the value 99:" in finding.message("en")


def test_a_lower_is_better_objective_of_at_most_starts_its_credits_above_it() -> None:
    data = valid_data()
    data["remedies"]["credit_schedules"][0].update(
        metric="abandoned",
        tiers=[
            {"more_than": "5", "at_most": "10", "credit": "5"},
            {"more_than": "10", "credit": "10"},
        ],
    )
    for code in ("tier-gap", "tier-overlap", "credit-while-objective-met"):
        assert with_code(data, code) == [], code
    # "At least 5" credits would pay at 5, which "at most 5" meets.
    data["remedies"]["credit_schedules"][0]["tiers"][0] = {
        "at_least": "5",
        "at_most": "10",
        "credit": "5",
    }
    assert len(with_code(data, "credit-while-objective-met")) == 1


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "at most 99.9 % but more than 99.0 %"),
        ("pt-BR", "igual ou inferior a 99,9 % e superior a 99,0 %"),
    ],
)
def test_the_contract_says_which_side_each_bound_holds(language: str, said: str) -> None:
    data = _strict_availability(
        {"more_than": "99.0", "at_most": "99.9", "credit": "10"},
        {"at_most": "99.0", "credit": "50"},
    )
    data["language"] = language
    text = preview_html(build(data), language=language).replace("\u00a0", " ")
    assert said in text
    assert ("at most 99.0 %" if language == "en" else "igual ou inferior a 99,0 %") in text
