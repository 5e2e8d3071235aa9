"""Caps: not below a promised credit, and no uncapped linear rule past the whole fee."""

from __future__ import annotations

import pytest

from tests.validation.builders import only, valid_data, valid_data_pt, with_code

SCHEDULES = ("remedies", "credit_schedules")


@pytest.mark.parametrize("code", ["cap-below-tier-credit", "cap-above-100"])
def test_quiet_on_complete_agreements(code: str) -> None:
    assert with_code(valid_data(), code) == []
    assert with_code(valid_data_pt(), code) == []


def test_schedule_cap_below_its_largest_tier_credit() -> None:
    data = valid_data()
    data["remedies"]["credit_schedules"][0]["cap"] = "30"  # the worst tier promises 50 %
    finding = only(data, "cap-below-tier-credit")
    assert (finding.severity, finding.path) == ("error", (*SCHEDULES, 0, "cap"))
    assert "30 %" in finding.message("en") and "50 %" in finding.message("en")


def test_monthly_cap_below_a_linear_maximum() -> None:
    data = valid_data()
    data["remedies"]["monthly_cap"] = "15"
    tiers = data["remedies"]["credit_schedules"][0]["tiers"]
    for tier, credit in zip(tiers, ["5", "10", "15"], strict=True):
        tier["credit"] = credit
    data["remedies"]["credit_schedules"][0]["cap"] = "15"
    finding = only(data, "cap-below-tier-credit")  # the linear rule's maximum is 20 %
    assert (finding.severity, finding.path) == ("error", ("remedies", "monthly_cap"))
    assert "“Resolution time”" in finding.message("en")


def test_cap_equal_to_the_largest_credit_is_quiet() -> None:
    data = valid_data()
    data["remedies"]["monthly_cap"] = "50"
    data["remedies"]["credit_schedules"][0]["cap"] = "50"
    assert with_code(data, "cap-below-tier-credit") == []


def test_linear_rule_without_maximum_passes_the_whole_fee() -> None:
    data = valid_data()
    del data["remedies"]["monthly_cap"]
    del data["remedies"]["credit_schedules"][1]["linear"]["maximum"]
    # 2 % per point below 95 % of tickets: 190 % at 0 %
    finding = only(data, "cap-above-100")
    path = (*SCHEDULES, 1, "linear", "maximum")
    assert (finding.severity, finding.path) == ("error", path)
    assert "190 %" in finding.message("en")


def test_uncapped_linear_rule_on_an_unbounded_metric() -> None:
    data = valid_data()
    del data["remedies"]["monthly_cap"]
    data["metrics"].append(
        {"kind": "average_speed_of_answer", "id": "asa", "name": "ASA", "objective": "30s"}
    )
    data["reporting"]["reports"][0]["metrics"].append("asa")
    data["remedies"]["credit_schedules"][1].update(
        metric="asa", linear={"start": "30", "step": "10", "credit_per_step": "1"}
    )
    finding = only(data, "cap-above-100")
    assert "more than 100 %" in finding.message("en")


def test_linear_rule_that_stays_within_the_fee() -> None:
    data = valid_data()
    del data["remedies"]["monthly_cap"]
    data["remedies"]["credit_schedules"][1]["linear"] = {
        "start": "95",
        "step": "1",
        "credit_per_step": "1",
    }
    assert with_code(data, "cap-above-100") == []


def test_a_schedule_cap_keeps_a_linear_rule_within_the_fee() -> None:
    data = valid_data()
    del data["remedies"]["monthly_cap"]
    del data["remedies"]["credit_schedules"][1]["linear"]["maximum"]
    data["remedies"]["credit_schedules"][1]["cap"] = "40"
    assert with_code(data, "cap-above-100") == []
