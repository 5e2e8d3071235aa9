"""Required content per section, and the term's dates."""

from __future__ import annotations

import datetime as dt

import pytest

from sla_designer.validation.required import add_months
from tests.validation.builders import findings_of, only, valid_data, valid_data_pt, with_code

CODES = [
    "missing-title",
    "missing-services",
    "missing-scope",
    "missing-calendars",
    "missing-priorities",
    "missing-metrics",
    "missing-responsibilities",
    "missing-reports",
    "missing-remedies",
    "missing-escalation",
    "missing-effective-date",
    "effective-after-expiry",
    "term-length-mismatch",
]


@pytest.mark.parametrize("code", CODES)
def test_quiet_on_complete_agreements(code: str) -> None:
    assert with_code(valid_data(), code) == []
    assert with_code(valid_data_pt(), code) == []


def test_blank_title() -> None:
    data = valid_data()
    data["title"] = "   "
    finding = only(data, "missing-title")
    assert (finding.severity, finding.path) == ("error", ("title",))


def test_no_service_and_no_scope() -> None:
    data = valid_data()
    data["service"] = {"services": [], "scope": ["  "]}
    services, scope = only(data, "missing-services"), only(data, "missing-scope")
    assert (services.severity, services.path) == ("warning", ("service", "services"))
    assert (scope.severity, scope.path) == ("warning", ("service", "scope"))


def test_no_calendar_is_only_a_remark() -> None:
    data = valid_data()
    data["calendars"] = []
    for priority in data["priorities"]:
        priority.pop("calendar", None)
    for metric in data["metrics"]:
        metric.pop("calendar", None)
        for target in metric.get("targets", []):
            target.pop("calendar", None)
            target["target"] = target["target"].replace("business", "calendar")
        for window in metric.get("maintenance", []):
            window.pop("calendar", None)
    data["metrics"][2]["targets"][2]["target"] = "5d calendar"
    finding = only(data, "missing-calendars")
    assert (finding.severity, finding.path) == ("info", ("calendars",))
    assert [f for f in findings_of(data) if f.severity != "info"] == []


def test_ticket_metrics_without_priorities() -> None:
    data = valid_data()
    data["priorities"] = []
    finding = only(data, "missing-priorities")
    assert (finding.severity, finding.path) == ("error", ("priorities",))


def test_priorities_not_needed_without_ticket_metrics() -> None:
    data = valid_data()
    data["priorities"] = []
    data["metrics"] = [m for m in data["metrics"] if "targets" not in m]
    data["responsibilities"][1]["metrics"] = ["uptime"]
    data["reporting"]["reports"][0]["metrics"] = [m["id"] for m in data["metrics"]]
    data["remedies"]["credit_schedules"].pop()
    assert with_code(data, "missing-priorities") == []


def test_no_metrics() -> None:
    data = valid_data()
    data["metrics"] = []
    finding = only(data, "missing-metrics")
    assert (finding.severity, finding.path) == ("error", ("metrics",))


def test_no_responsibilities() -> None:
    data = valid_data()
    data["responsibilities"] = []
    finding = only(data, "missing-responsibilities")
    assert (finding.severity, finding.path) == ("warning", ("responsibilities",))


def test_no_reports() -> None:
    data = valid_data()
    data["reporting"]["reports"] = []
    finding = only(data, "missing-reports")
    assert (finding.severity, finding.path) == ("warning", ("reporting", "reports"))


def test_customer_sla_without_credits() -> None:
    data = valid_data()
    data["remedies"] = {}
    finding = only(data, "missing-remedies")
    assert (finding.severity, finding.path) == ("info", ("remedies", "credit_schedules"))


def test_internal_agreement_needs_no_credits() -> None:
    data = valid_data()
    data["kind"] = "internal_sla"
    data["remedies"] = {}
    assert with_code(data, "missing-remedies") == []


def test_no_escalation() -> None:
    data = valid_data()
    data["escalation"] = []
    finding = only(data, "missing-escalation")
    assert (finding.severity, finding.path) == ("warning", ("escalation",))


def test_no_effective_date() -> None:
    data = valid_data()
    del data["effective_date"]
    finding = only(data, "missing-effective-date")
    assert (finding.severity, finding.path) == ("warning", ("effective_date",))


def test_expiry_before_effective_date() -> None:
    data = valid_data()
    data["term"]["expiry_date"] = "2027-02-28"
    finding = only(data, "effective-after-expiry")
    assert (finding.severity, finding.path) == ("error", ("term", "expiry_date"))
    assert "2027-02-28" in finding.message("en")
    assert "28/02/2027" in finding.message("pt-BR") and "01/03/2027" in finding.message("pt-BR")


def test_expiry_on_the_effective_date_is_accepted() -> None:
    data = valid_data()
    data["term"]["expiry_date"] = data["effective_date"]
    assert with_code(data, "effective-after-expiry") == []


@pytest.mark.parametrize(
    ("start", "months", "end"),
    [
        (dt.date(2027, 3, 1), 12, dt.date(2028, 3, 1)),
        (dt.date(2027, 1, 31), 1, dt.date(2027, 2, 28)),
        (dt.date(2027, 11, 30), 3, dt.date(2028, 2, 29)),
        (dt.date(2027, 12, 15), 1, dt.date(2028, 1, 15)),
    ],
)
def test_add_months(start: dt.date, months: int, end: dt.date) -> None:
    assert add_months(start, months) == end


@pytest.mark.parametrize("expiry", ["2028-02-29", "2028-03-01"])
def test_term_length_agrees_with_either_drafting_convention(expiry: str) -> None:
    data = valid_data()
    data["term"]["expiry_date"] = expiry
    assert with_code(data, "term-length-mismatch") == []


def test_term_length_disagrees_with_expiry() -> None:
    data = valid_data()
    data["term"]["months"] = 24
    finding = only(data, "term-length-mismatch")
    assert (finding.severity, finding.path) == ("warning", ("term", "expiry_date"))
    assert "ends on 2029-02-28, but the expiry date is 2028-02-29" in finding.message("en")
