"""Reports: coverage of metrics, content, recipients and due date."""

from __future__ import annotations

import pytest

from tests.validation.builders import only, valid_data, valid_data_pt, with_code

CODES = [
    "metric-not-reported",
    "report-without-metrics",
    "report-without-recipients",
    "report-due-before-period-end",
]


@pytest.mark.parametrize("code", CODES)
def test_quiet_on_complete_agreements(code: str) -> None:
    assert with_code(valid_data(), code) == []
    assert with_code(valid_data_pt(), code) == []


def test_metric_in_no_report() -> None:
    data = valid_data()
    data["reporting"]["reports"][0]["metrics"].remove("csat")
    finding = only(data, "metric-not-reported")
    assert (finding.severity, finding.path) == ("warning", ("metrics", 5))
    assert "“Customer satisfaction”" in finding.message("en")


def test_metric_in_a_second_report_is_covered() -> None:
    data = valid_data()
    data["reporting"]["reports"][0]["metrics"].remove("csat")
    data["reporting"]["reports"].append(
        {"id": "survey", "name": "Survey results", "metrics": ["csat"], "recipients": ["customer"]}
    )
    assert with_code(data, "metric-not-reported") == []


def test_no_report_at_all_is_said_once_by_the_section_rule() -> None:
    data = valid_data()
    data["reporting"]["reports"] = []
    assert with_code(data, "metric-not-reported") == []
    assert len(with_code(data, "missing-reports")) == 1


def test_report_without_metrics_or_recipients() -> None:
    data = valid_data()
    data["reporting"]["reports"].append({"id": "extra", "name": "Extra report"})
    metrics, recipients = (
        only(data, "report-without-metrics"),
        only(data, "report-without-recipients"),
    )
    assert (metrics.severity, metrics.path) == ("warning", ("reporting", "reports", 1, "metrics"))
    assert (recipients.severity, recipients.path) == (
        "warning",
        ("reporting", "reports", 1, "recipients"),
    )


def test_report_due_before_its_period_ends() -> None:
    data = valid_data()
    data["reporting"]["reports"][0]["due_days"] = -3
    finding = only(data, "report-due-before-period-end")
    assert (finding.severity, finding.path) == ("error", ("reporting", "reports", 0, "due_days"))
    assert "3 days before" in finding.message("en")


def test_report_due_the_day_its_period_ends() -> None:
    data = valid_data()
    data["reporting"]["reports"][0]["due_days"] = 0
    assert with_code(data, "report-due-before-period-end") == []
