"""Time targets: one per priority, urgent priorities stricter, response before resolution."""

from __future__ import annotations

import pytest

from sla_designer.model import ClockDuration
from sla_designer.validation.targets import certainly_longer
from tests.validation.builders import only, valid_data, valid_data_pt, with_code

CODES = [
    "duplicate-target",
    "missing-priority-target",
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
