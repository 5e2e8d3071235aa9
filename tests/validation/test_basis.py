"""The fee a credit is a percentage of is identifiable."""

from __future__ import annotations

from typing import Any

from tests.validation.builders import only, valid_data, valid_data_pt, with_code

CODE = "credit-service-ambiguous"


def _two_services() -> dict[str, Any]:
    data = valid_data()
    data["service"]["services"].append({"id": "mail", "name": "Hosted mail"})
    return data


def test_quiet_on_complete_agreements() -> None:
    assert with_code(valid_data(), CODE) == []
    assert with_code(valid_data_pt(), CODE) == []


def test_affected_service_unknown_among_two() -> None:
    data = _two_services()
    finding = only(data, CODE)  # resolution-credits names no service, nor does its metric
    path = ("remedies", "credit_schedules", 1, "service")
    assert (finding.severity, finding.path) == ("error", path)
    assert "2 services" in finding.message("en")


def test_the_metric_service_names_the_affected_service() -> None:
    data = _two_services()
    data["metrics"][2]["service"] = "mail"
    assert with_code(data, CODE) == []


def test_a_total_fee_basis_needs_no_service() -> None:
    data = _two_services()
    data["remedies"]["credit_schedules"][1]["basis"] = "monthly_fee_total"
    assert with_code(data, CODE) == []
