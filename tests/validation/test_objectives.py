"""Objectives and measurement windows."""

from __future__ import annotations

import pytest

from tests.validation.builders import build, only, valid_data, valid_data_pt, with_code

CODES = [
    "comparison-against-direction",
    "objective-unattainable",
    "budget-below-minimum-outage",
    "maintenance-without-notice",
    "rolling-window-without-days",
    "window-days-ignored",
    "satisfaction-scale-inverted",
    "satisfaction-objective-outside-scale",
]


@pytest.mark.parametrize("code", CODES)
def test_quiet_on_complete_agreements(code: str) -> None:
    assert with_code(valid_data(), code) == []
    assert with_code(valid_data_pt(), code) == []


def test_budget_shorter_than_minimum_outage() -> None:
    data = valid_data()
    # 99.99 % of a 30-day month allows 4 min 19 s; an outage counts from 5 minutes on
    data["metrics"][0]["objective"] = "99.99"
    data["metrics"][0]["minimum_outage"] = "5m"
    finding = only(data, "budget-below-minimum-outage")
    assert (finding.severity, finding.path) == ("warning", ("metrics", 0, "objective"))
    assert "at least 99.99 % per month allows only 4 min 19.2 s" in finding.message("en")
    assert "(5 min)" in finding.message("en")
    assert "99,99 % por mês" in finding.message("pt-BR")


def test_budget_just_long_enough() -> None:
    data = valid_data()
    data["metrics"][0]["objective"] = "99.99"
    data["metrics"][0]["minimum_outage"] = "4m19s"
    assert with_code(data, "budget-below-minimum-outage") == []


@pytest.mark.parametrize(
    ("window", "fires"),
    [
        ({"kind": "quarter"}, False),  # 99.99 % of 91 days: 13 min
        ({"kind": "rolling_days", "days": 7}, True),  # 1 min
    ],
)
def test_budget_follows_the_window(window: dict[str, object], fires: bool) -> None:
    data = valid_data()
    data["metrics"][0]["objective"] = "99.99"
    data["metrics"][0]["minimum_outage"] = "5m"
    data["metrics"][0]["window"] = window
    assert bool(with_code(data, "budget-below-minimum-outage")) is fires


def test_budget_counts_only_open_hours_when_measured_within_calendar() -> None:
    data = valid_data()
    # 99.9 % of a month is 43 min round the clock, but 9 h x 5 days only leaves 11.6 min
    data["metrics"][0]["minimum_outage"] = "15m"
    data["metrics"][0]["calendar"] = "office"
    assert with_code(data, "budget-below-minimum-outage") == []
    data["metrics"][0]["measured_within_calendar"] = True
    assert only(data, "budget-below-minimum-outage").path == ("metrics", 0, "objective")


def test_rolling_window_without_days() -> None:
    data = valid_data()
    data["metrics"][3]["window"] = {"kind": "rolling_days"}
    finding = only(data, "rolling-window-without-days")
    assert (finding.severity, finding.path) == ("error", ("metrics", 3, "window", "days"))


def test_days_on_a_monthly_window() -> None:
    data = valid_data()
    data["metrics"][3]["window"] = {"kind": "month", "days": 45}
    finding = only(data, "window-days-ignored")
    assert (finding.severity, finding.path) == ("warning", ("metrics", 3, "window", "days"))
    assert "per month" in finding.message("en")


def test_rolling_window_with_days_is_quiet() -> None:
    data = valid_data()
    data["metrics"][3]["window"] = {"kind": "rolling_days", "days": 28}
    assert with_code(data, "rolling-window-without-days") == []
    assert with_code(data, "window-days-ignored") == []


def test_inverted_satisfaction_scale() -> None:
    data = valid_data()
    data["metrics"][5]["scale_min"] = 5
    data["metrics"][5]["scale_max"] = 1
    finding = only(data, "satisfaction-scale-inverted")
    assert (finding.severity, finding.path) == ("error", ("metrics", 5, "scale_max"))


@pytest.mark.parametrize(("objective", "fires"), [("5.5", True), ("0.5", True), ("5", False)])
def test_satisfaction_objective_on_its_scale(objective: str, fires: bool) -> None:
    data = valid_data()
    data["metrics"][5]["objective"] = objective
    found = with_code(data, "satisfaction-objective-outside-scale")
    assert [(f.severity, f.path) for f in found] == (
        [("error", ("metrics", 5, "objective"))] if fires else []
    )


def test_maintenance_without_notice() -> None:
    data = valid_data()
    del data["metrics"][0]["maintenance_notice"]
    finding = only(data, "maintenance-without-notice")
    assert (finding.severity, finding.path) == ("warning", ("metrics", 0, "maintenance_notice"))


def test_no_maintenance_needs_no_notice() -> None:
    data = valid_data()
    del data["metrics"][0]["maintenance_notice"]
    data["metrics"][0]["maintenance"] = []
    assert with_code(data, "maintenance-without-notice") == []


# --- the comparison of an objective ---------------------------------------------------------


@pytest.mark.parametrize(
    ("index", "comparison"),
    [(0, "at_most"), (0, "less_than"), (3, "less_than"), (4, "at_least"), (5, "at_most")],
)
def test_a_comparison_against_the_metric_s_direction_is_an_error(
    index: int, comparison: str
) -> None:
    data = valid_data()
    data["metrics"][index]["comparison"] = comparison
    finding = only(data, "comparison-against-direction")
    assert (finding.severity, finding.path) == ("error", ("metrics", index, "comparison"))
    english = finding.message("en")
    assert "rewards the wrong results" in english
    better, choices = (
        ("lower", "“at most” or “less than”")
        if index == 4
        else ("higher", "“at least” or “more than”")
    )
    assert f"a {better} result is better" in english
    assert english.endswith(f"Choose {choices}.")


@pytest.mark.parametrize(
    ("index", "comparison"),
    [(0, "more_than"), (3, "more_than"), (4, "less_than"), (5, "more_than")],
)
def test_a_comparison_with_the_direction_is_quiet(index: int, comparison: str) -> None:
    data = valid_data()
    data["metrics"][index]["comparison"] = comparison
    assert with_code(data, "comparison-against-direction") == []
    assert with_code(data, "objective-unattainable") == []


def test_a_custom_metric_compares_with_its_own_direction() -> None:
    data = valid_data()
    custom = {"kind": "custom", "id": "fcr", "name": "FCR", "unit": "%", "objective": "70"}
    data["metrics"].append({**custom, "direction": "lower_is_better", "comparison": "at_least"})
    data["reporting"]["reports"][0]["metrics"].append("fcr")
    finding = only(data, "comparison-against-direction")
    assert finding.path == ("metrics", 6, "comparison")
    assert "Em “FCR”, um resultado menor é melhor" in finding.message("pt-BR")
    # Without a comparison, the file means the inclusive one of its direction.
    del data["metrics"][6]["comparison"]
    assert build(data).metrics[6].comparison == "at_most"
    assert with_code(data, "comparison-against-direction") == []


@pytest.mark.parametrize(
    ("index", "field", "objective", "comparison"),
    [
        (0, "objective", "100", "more_than"),  # no availability is more than 100 %
        (5, "objective", "5", "more_than"),  # the top of a 1-5 scale
        (4, "objective", "0", "less_than"),  # no abandonment rate is below 0 %
    ],
)
def test_an_objective_no_result_can_meet(
    index: int, field: str, objective: str, comparison: str
) -> None:
    data = valid_data()
    data["metrics"][index].update({field: objective, "comparison": comparison})
    finding = only(data, "objective-unattainable")
    assert (finding.severity, finding.path) == ("error", ("metrics", index, "objective"))
    assert "so the objective can never be met" in finding.message("en")
    data["metrics"][index]["comparison"] = "at_least" if index != 4 else "at_most"
    assert with_code(data, "objective-unattainable") == []


def test_a_strict_objective_allows_less_downtime_than_the_inclusive_one() -> None:
    data = valid_data()
    # 99.9 % of a 30-day month allows 43m12s; "more than 99.9 %" only less than that.
    data["metrics"][0].update(objective="99.9", comparison="more_than", minimum_outage="43m12s")
    finding = only(data, "budget-below-minimum-outage")
    assert "more than 99.9 % per month allows less than 43 min 12 s" in finding.message("en")
    assert "superior a 99,9 % por mês permite menos de 43 min 12 s" in finding.message("pt-BR")
    data["metrics"][0]["comparison"] = "at_least"  # 43m12s of downtime still meets it
    assert with_code(data, "budget-below-minimum-outage") == []
