"""Time targets: one per priority, urgent priorities stricter, response before resolution."""

from __future__ import annotations

from typing import Any

import pytest

from sla_designer.model import ClockDuration
from sla_designer.validation.targets import certainly_longer
from tests.validation.builders import (
    build,
    findings_of,
    only,
    valid_data,
    valid_data_pt,
    with_code,
)

CODES = [
    "duplicate-target",
    "duplicate-all-tickets-target",
    "targets-mixed-scope",
    "missing-priority-target",
    "metric-without-targets",
    "target-percentile-missing",
    "target-percentile-ignored",
    "target-attainment-ignored",
    "priority-order-inverted",
    "response-after-resolution",
]


@pytest.mark.parametrize("code", CODES)
def test_quiet_on_complete_agreements(code: str) -> None:
    assert with_code(valid_data(), code) == []
    assert with_code(valid_data_pt(), code) == []


@pytest.mark.parametrize(
    ("a", "b", "longer"),
    [
        ("5h business", "4h business", True),
        ("4h business", "4h business", False),
        ("5h business", "4h calendar", True),
        ("5h calendar", "4h business", False),  # depends on the calendar: not certain
        ("3h calendar", "4h business", False),
    ],
)
def test_certainly_longer(a: str, b: str, longer: bool) -> None:
    assert certainly_longer(ClockDuration.parse(a), ClockDuration.parse(b)) is longer


def test_two_targets_for_one_priority() -> None:
    data = valid_data()
    data["metrics"][1]["targets"].append({"priority": "P2", "target": "2h business"})
    finding = only(data, "duplicate-target")
    assert (finding.severity, finding.path) == ("error", ("metrics", 1, "targets", 3, "priority"))
    assert "“High”" in finding.message("en")


def test_priority_without_target() -> None:
    data = valid_data()
    data["metrics"][2]["targets"].pop()
    finding = only(data, "missing-priority-target")
    assert (finding.severity, finding.path) == ("warning", ("metrics", 2, "targets"))
    assert "“Normal”" in finding.message("en")


def test_metric_without_any_target_is_an_error_said_once() -> None:
    data = valid_data()
    data["metrics"][2]["targets"] = []
    finding = only(data, "metric-without-targets")
    assert (finding.severity, finding.path) == ("error", ("metrics", 2, "targets"))
    assert with_code(data, "missing-priority-target") == []
    assert "não tem meta" in finding.message("pt-BR")


def test_metric_without_targets_or_priorities_is_still_an_error() -> None:
    data = valid_data()
    data["metrics"][2]["targets"] = []
    data["priorities"] = []
    for metric in data["metrics"]:
        metric["targets"] = [] if "targets" in metric else metric.get("targets")
        if metric["targets"] is None:
            del metric["targets"]
    assert with_code(data, "metric-without-targets") != []


def test_urgent_priority_with_looser_target() -> None:
    data = valid_data()
    data["metrics"][1]["targets"][1]["target"] = "5h business"  # P2 looser than P3's 4h
    finding = only(data, "priority-order-inverted")
    assert (finding.severity, finding.path) == ("warning", ("metrics", 1, "targets", 1, "target"))
    assert "“High”" in finding.message("en") and "“Normal”" in finding.message("en")
    assert "5 horas úteis" in finding.message("pt-BR")


def test_equal_targets_for_two_priorities_are_accepted() -> None:
    data = valid_data()
    data["metrics"][1]["targets"][1]["target"] = "4h business"
    assert with_code(data, "priority-order-inverted") == []


def test_order_follows_the_priority_list_not_the_target_list() -> None:
    data = valid_data()
    data["metrics"][1]["targets"].reverse()
    assert with_code(data, "priority-order-inverted") == []


def test_response_longer_than_resolution() -> None:
    data = valid_data()
    data["metrics"][1]["targets"][0]["target"] = "5h calendar"  # P1 resolution is 4h calendar
    finding = only(data, "response-after-resolution")
    assert (finding.severity, finding.path) == ("error", ("metrics", 1, "targets", 0, "target"))
    assert "“Critical”" in finding.message("en")


def test_response_on_another_service_is_not_compared() -> None:
    data = valid_data()
    data["service"]["services"].append({"id": "mail", "name": "Mail"})
    data["metrics"][1]["service"] = "mail"
    data["metrics"][2]["service"] = "hosting"
    data["metrics"][1]["targets"][0]["target"] = "5h calendar"
    assert with_code(data, "response-after-resolution") == []


def test_next_reply_may_be_longer_than_resolution() -> None:
    data = valid_data()
    data["metrics"][1]["event"] = "periodic_update"
    data["metrics"][1]["targets"][0]["target"] = "5h calendar"
    assert with_code(data, "response-after-resolution") == []


# --- a target for all tickets, and what a target measures ------------------------------------


def _all_tickets(data: dict[str, Any], index: int, **target: Any) -> None:
    """Replace the targets of metric `index` by one target for all its tickets."""
    data["metrics"][index]["targets"] = [{"target": "8h business", **target}]


def test_one_target_for_all_tickets_is_complete() -> None:
    data = valid_data()
    _all_tickets(data, 2, measure="average")
    found = {f.code for f in findings_of(data)}
    assert not found & set(CODES)  # no priority is missing a target, nothing is ambiguous


def test_two_targets_for_all_tickets() -> None:
    data = valid_data()
    _all_tickets(data, 2)
    data["metrics"][2]["targets"].append({"target": "4h business", "measure": "median"})
    finding = only(data, "duplicate-all-tickets-target")
    assert (finding.severity, finding.path) == ("error", ("metrics", 2, "targets", 1, "priority"))
    assert "“Resolution time” has two targets for all its tickets" in finding.message("en")
    assert "duas metas para todos os seus chamados" in finding.message("pt-BR")


def test_all_tickets_beside_targets_per_priority_is_ambiguous() -> None:
    data = valid_data()
    data["metrics"][2]["targets"].append({"target": "16h business", "measure": "average"})
    found = with_code(data, "targets-mixed-scope")
    # Each per-priority target is pointed at, so the editor can show the conflict on any row.
    assert [f.path for f in found] == [("metrics", 2, "targets", j, "priority") for j in range(3)]
    assert all(f.severity == "error" for f in found)
    assert "one for priority “Critical”" in found[0].message("en")
    assert with_code(data, "missing-priority-target") == []


def test_a_percentile_target_says_which_percentile() -> None:
    data = valid_data()
    _all_tickets(data, 2, measure="percentile")
    finding = only(data, "target-percentile-missing")
    assert (finding.severity, finding.path) == (
        "error",
        ("metrics", 2, "targets", 0, "percentile"),
    )
    data["metrics"][2]["targets"][0]["percentile"] = 90
    assert with_code(data, "target-percentile-missing") == []


def test_a_percentile_beside_another_measure_is_ignored() -> None:
    data = valid_data()
    data["metrics"][2]["targets"][1].update(measure="median", percentile=90)
    finding = only(data, "target-percentile-ignored")
    assert finding.severity == "warning"
    assert "measures “Median”, so the percentile 90 entered is ignored" in finding.message("en")
    assert "mede “Mediana”" in finding.message("pt-BR")


@pytest.mark.parametrize("measure", ["average", "median", "percentile"])
def test_an_attainment_applies_to_each_ticket_only(measure: str) -> None:
    data = valid_data()
    _all_tickets(data, 2, measure=measure, percentile=95 if measure == "percentile" else None)
    data["metrics"][2]["targets"][0]["attainment"] = "90"
    finding = only(data, "target-attainment-ignored")
    assert finding.path == ("metrics", 2, "targets", 0, "attainment")
    assert "attainment of 90 % applies to nothing" in finding.message("en")
    data["metrics"][2]["targets"][0]["attainment"] = "100"
    assert with_code(data, "target-attainment-ignored") == []


def test_an_each_target_keeps_its_attainment() -> None:
    data = valid_data()
    _all_tickets(data, 2, attainment="95")
    assert with_code(data, "target-attainment-ignored") == []


def test_priority_order_compares_only_what_is_measured_alike() -> None:
    data = valid_data()
    # P2's average may be longer than P3's time for each ticket: they measure different things.
    data["metrics"][1]["targets"][1].update(target="5h business", measure="average")
    assert with_code(data, "priority-order-inverted") == []
    data["metrics"][1]["targets"][2]["measure"] = "average"
    assert len(with_code(data, "priority-order-inverted")) == 1


def test_a_response_for_all_tickets_after_a_priority_s_resolution() -> None:
    data = valid_data()
    _all_tickets(data, 1)
    data["metrics"][1]["targets"][0]["target"] = "5h calendar"  # P1 is resolved in 4h calendar
    finding = only(data, "response-after-resolution")
    assert finding.path == ("metrics", 1, "targets", 0, "target")
    assert finding.message("en").startswith("For priority “Critical”, the response target 5 hours")


def test_a_priority_s_response_after_the_resolution_of_all_tickets() -> None:
    data = valid_data()
    _all_tickets(data, 2, target="30m calendar")
    found = with_code(data, "response-after-resolution")
    # P2 (1h business) and P3 (4h business) outlast 30 minutes; P1 (15 minutes) does not.
    assert [f.path[3] for f in found] == [1, 2]
    high = found[0].message("en")
    assert high.startswith("For priority “High”, the response target 1 business hour")


def test_a_response_for_all_tickets_after_their_resolution() -> None:
    data = valid_data()
    _all_tickets(data, 1, target="1h business")
    _all_tickets(data, 2, target="30m calendar")
    finding = only(data, "response-after-resolution")
    assert finding.path == ("metrics", 1, "targets", 0, "target")
    assert finding.message("en").startswith("For all tickets, the response target 1 business hour")
    assert finding.message("pt-BR").startswith("Para todos os chamados, a meta")


def test_a_response_is_not_compared_with_a_resolution_measured_otherwise() -> None:
    data = valid_data()
    _all_tickets(data, 2, target="30m calendar", measure="average")
    assert with_code(data, "response-after-resolution") == []


def test_a_target_for_all_tickets_counts_on_its_own_calendar_or_the_metric_s() -> None:
    data = valid_data()
    _all_tickets(data, 2)
    agreement = build(data)
    # P1's own calendar (round the clock) does not apply under a target for all tickets.
    assert agreement.calendar_for("resolution", "P1").id == "office"
    assert agreement.calendar_for("resolution").id == "office"
    data["metrics"][2]["targets"][0]["calendar"] = "always"
    assert build(data).calendar_for("resolution", "P2").id == "always"
