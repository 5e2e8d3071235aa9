"""Penalised metrics protected by a customer duty that pauses the clock or excludes events."""

from __future__ import annotations

from tests.validation.builders import only, valid_data, valid_data_pt, with_code

CODE = "penalised-metric-without-customer-duty"


def test_quiet_on_complete_agreements() -> None:
    assert with_code(valid_data(), CODE) == []
    assert with_code(valid_data_pt(), CODE) == []


def test_penalised_metric_without_duty() -> None:
    data = valid_data()
    data["responsibilities"][2]["effect"] = "none"  # uptime loses its exclusion
    finding = only(data, CODE)
    path = ("remedies", "credit_schedules", 0, "metric")
    assert (finding.severity, finding.path) == ("warning", path)
    assert "“Availability”" in finding.message("en")


def test_one_finding_per_metric_even_with_two_schedules() -> None:
    data = valid_data()
    data["responsibilities"][2]["effect"] = "none"
    second = dict(data["remedies"]["credit_schedules"][0], id="uptime-credits-2")
    data["remedies"]["credit_schedules"].append(second)
    assert len(with_code(data, CODE)) == 1


def test_a_duty_naming_no_metric_protects_them_all() -> None:
    data = valid_data()
    data["responsibilities"] = [
        {
            "id": "access",
            "party": "customer",
            "text": "Give the provider access to the systems it supports.",
            "effect": "pauses_clock",
        }
    ]
    assert with_code(data, CODE) == []
