"""Findings that use the calculators: each fires on its case and stays quiet otherwise."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from sla_designer.model import Agreement
from sla_designer.validation.calc_rules import calc_findings
from sla_designer.validation.findings import Finding

WORKDAYS = ["mon", "tue", "wed", "thu", "fri"]
BASE: dict[str, Any] = {
    "title": "Hosting",
    "effective_date": "2027-01-01",
    "calendars": [
        {
            "id": "office",
            "name": "Office hours",
            "timezone": "America/Sao_Paulo",
            "hours": [
                {"days": WORKDAYS, "start": "08:00", "end": "12:00"},
                {"days": WORKDAYS, "start": "13:00", "end": "18:00"},
            ],
            "holidays": [{"country": "BR", "subdivision": "SP"}],
        },
        {"id": "always", "name": "Round the clock", "preset": "24x7"},
    ],
    "priorities": [{"id": "P1", "name": "Critical"}, {"id": "P4", "name": "Low"}],
    "metrics": [
        {
            "kind": "availability",
            "id": "uptime",
            "name": "Platform availability",
            "objective": "99.9",
            "minimum_outage": "5m",
            "calendar": "always",
        },
        {
            "kind": "resolution_time",
            "id": "resolution",
            "name": "Resolution",
            "calendar": "office",
            "targets": [
                {"priority": "P1", "target": "4h calendar"},
                {"priority": "P4", "target": "40h business"},
            ],
        },
    ],
    "remedies": {
        "credit_schedules": [
            {
                "id": "uptime-credits",
                "metric": "uptime",
                "tiers": [
                    {"at_least": "99.0", "below": "99.9", "credit": 10},
                    {"below": "99.0", "credit": 25},
                ],
            }
        ]
    },
}


def build(change: Any = None) -> Agreement:
    data = copy.deepcopy(BASE)
    if change is not None:
        change(data)
    return Agreement.model_validate(data)


def codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings]


def test_sound_agreement_has_no_findings() -> None:
    assert calc_findings(build()) == []


def test_budget_below_minimum_in_short_months_only() -> None:
    # 99.99 % of a month: 4m1.92s in 28 days ... 4m27.84s in 31 days; a 4m15s minimum is more
    # than the budget of 28- and 29-day months only.
    def change(data: dict[str, Any]) -> None:
        data["metrics"][0].update(objective="99.99", minimum_outage="4m15s")

    findings = calc_findings(build(change))
    assert codes(findings) == ["budget-below-minimum-outage-some-windows"]
    finding = findings[0]
    assert finding.path == ("metrics", 0, "objective")
    assert "months of 28 and 29 days" in finding.message("en")
    assert "4 min 10.56 s" in finding.message("en")  # the 29-day budget, the larger of the two
    assert "meses de 28 e 29 dias" in finding.message("pt-BR")
    assert "4 min 10,56 s" in finding.message("pt-BR")


def test_budget_below_minimum_in_every_month_is_left_to_the_rough_rule() -> None:
    def change(data: dict[str, Any]) -> None:
        data["metrics"][0].update(objective="99.99", minimum_outage="10m")

    assert calc_findings(build(change)) == []


def test_budget_within_calendar_hours_per_month() -> None:
    # Office hours in São Paulo, 2027: January, February, October and November have 20 open
    # weekdays (180 h, so 99.9 % allows 10m48s); the other months have more.
    def change(data: dict[str, Any]) -> None:
        data["metrics"][0].update(
            calendar="office", measured_within_calendar=True, minimum_outage="11m"
        )

    findings = calc_findings(build(change))
    assert codes(findings) == ["budget-below-minimum-outage-some-windows"]
    months = "January 2027, February 2027, October 2027 and November 2027"
    assert f"10 min 48 s of downtime in {months}" in findings[0].message("en")
    assert (
        "indisponibilidade em janeiro de 2027, em fevereiro de 2027, em outubro de 2027 e em "
        "novembro de 2027, menos"
    ) in findings[0].message("pt-BR")


def test_business_target_longer_than_the_open_hours_of_a_month() -> None:
    def change(data: dict[str, Any]) -> None:
        data["metrics"][1]["targets"][1]["target"] = "190h business"

    findings = calc_findings(build(change))
    assert codes(findings) == ["target-longer-than-window"]
    assert findings[0].path == ("metrics", 1, "targets", 1, "target")
    assert "“Low”" in findings[0].message("en")
    assert "(180h in January 2027)" in findings[0].message("en")


def test_calendar_target_longer_than_the_shortest_month() -> None:
    def change(data: dict[str, Any]) -> None:
        data["metrics"][1]["targets"][0]["target"] = "29d calendar"

    findings = calc_findings(build(change))
    assert codes(findings) == ["target-longer-than-window"]
    assert "months of 28 days" in findings[0].message("en")


def test_tier_paying_credit_at_the_objective() -> None:
    def change(data: dict[str, Any]) -> None:
        data["remedies"]["credit_schedules"][0]["tiers"][0]["below"] = "100"

    findings = calc_findings(build(change))
    assert codes(findings) == ["credit-while-objective-met"]
    assert findings[0].path == ("remedies", "credit_schedules", 0, "tiers", 0)
    assert "a result of 99.9 %" in findings[0].message("en")
    assert "um resultado de 99,9 %" in findings[0].message("pt-BR")


def test_linear_rule_starting_above_the_objective() -> None:
    def change(data: dict[str, Any]) -> None:
        data["remedies"]["credit_schedules"][0] = {
            "id": "uptime-credits",
            "metric": "uptime",
            "rule": "linear",
            "linear": {"start": "99.95", "step": "0.01", "credit_per_step": 1},
        }

    findings = calc_findings(build(change))
    assert codes(findings) == ["credit-while-objective-met"]
    assert findings[0].path == ("remedies", "credit_schedules", 0, "linear", "start")


@pytest.mark.parametrize(
    ("first_band", "expected"),
    [
        ("40m", ["credit-while-objective-met"]),  # 99.9 % of 28 days allows 40m19.2s
        ("43m", ["credit-while-objective-met"]),  # ... and of 31 days 44m38.4s
        ("44m39s", []),  # the 31-day allowance rounded up to a whole second
        ("45m", ["downtime-band-gap-above-allowance"]),
    ],
)
def test_downtime_bands_against_the_allowance(first_band: str, expected: list[str]) -> None:
    def change(data: dict[str, Any]) -> None:
        data["remedies"]["credit_schedules"][0] = {
            "id": "uptime-credits",
            "metric": "uptime",
            "rule": "downtime_bands",
            "downtime_bands": [
                {"over": first_band, "up_to": "2h", "credit": 5},
                {"over": "2h", "credit": 10},
            ],
        }

    findings = calc_findings(build(change))
    assert codes(findings) == expected
    if first_band == "40m":
        assert "downtime of 40 min 19.2 s in months of 28 days" in findings[0].message("en")
    if first_band == "43m":
        assert "downtime of 43 min 12 s in months of 30 days" in findings[0].message("en")
    if first_band == "45m":
        assert findings[0].severity == "info"
        assert "above 44 min 38.4 s" in findings[0].message("en")


def test_calculators_that_cannot_run_stay_silent() -> None:
    def change(data: dict[str, Any]) -> None:
        data["calendars"][0]["holidays"] = [{"country": "BR", "subdivision": "ZZ"}]
        data["metrics"][1]["targets"][1]["target"] = "900h business"

    assert calc_findings(build(change)) == []


@pytest.mark.parametrize("effective", ["1899-01-01", "1900-06-01", "2200-01-01", "2300-12-31"])
def test_years_the_calculators_do_not_cover_skip_the_exact_window_checks(effective: str) -> None:
    # Windows of those years (and a rolling window's reach into the year before) fall outside
    # the calculators' years: no crash, and no finding that would need them.
    def change(data: dict[str, Any]) -> None:
        data["effective_date"] = effective
        data["metrics"][0].update(
            calendar="office", measured_within_calendar=True, minimum_outage="11m"
        )
        data["metrics"][1]["targets"][1]["target"] = "190h business"

    assert calc_findings(build(change)) == []


def test_target_in_business_days_longer_than_the_business_days_of_a_month() -> None:
    def change(data: dict[str, Any]) -> None:
        data["metrics"][1]["targets"][1]["target"] = "22 business days"

    findings = calc_findings(build(change))
    assert codes(findings) == ["target-longer-than-window"]
    assert findings[0].path == ("metrics", 1, "targets", 1, "target")
    message = findings[0].message("en")
    assert "target 22 business days is longer" in message
    assert "(20 business days in January 2027)" in message
    assert "(20 dias úteis em janeiro de 2027)" in findings[0].message("pt-BR")

    def fits(data: dict[str, Any]) -> None:
        data["metrics"][1]["targets"][1]["target"] = "20 business days by close of business"

    assert calc_findings(build(fits)) == []
