"""What a time metric's credit reads: each priority or all tickets together, from how many
tickets; pooled attainments that disagree; ticket rules on other metrics; schedules that stack."""

from __future__ import annotations

from typing import Any

from sla_designer.validation.calc_rules import calc_findings
from tests.validation.builders import build, findings_of, only, valid_data, with_code

RESOLUTION = 1  # the resolution time's credit schedule in the valid agreement
TIERS = [
    {"at_least": "85", "below": "90", "credit": 5},
    {"below": "85", "credit": 10},
]


def _tiered(data: dict[str, Any], attainments: list[str], **fields: Any) -> dict[str, Any]:
    """The resolution time's targets asking `attainments`, its schedule on tiers."""
    for target, attainment in zip(data["metrics"][2]["targets"], attainments, strict=True):
        target["attainment"] = attainment
    data["remedies"]["credit_schedules"][RESOLUTION] = {
        "id": "resolution-credits",
        "metric": "resolution",
        "tiers": TIERS,
        "minimum_tickets": 10,
        **fields,
    }
    return data


def test_the_valid_agreement_reads_its_time_credits_from_ten_tickets() -> None:
    data = _tiered(valid_data(), ["90", "90", "90"])
    assert [f for f in findings_of(data) if f.severity != "info"] == []


def test_pooled_attainment_over_priorities_asking_different_attainments_is_ambiguous() -> None:
    data = _tiered(valid_data(), ["95", "90", "90"], attainment="pooled")
    finding = only(data, "credit-pooled-attainment-ambiguous")
    assert finding.severity == "warning"
    assert finding.path == ("remedies", "credit_schedules", RESOLUTION, "attainment")
    assert "different attainments (95 % and 90 %)" in finding.message("en")
    assert "percentuais diferentes (95 % e 90 %)" in finding.message("pt-BR")
    # Read per priority, or with one attainment for all, the pooled result is not in doubt.
    assert with_code(_tiered(valid_data(), ["95", "90", "90"]), finding.code) == []
    pooled = _tiered(valid_data(), ["90", "90", "90"], attainment="pooled")
    assert with_code(pooled, finding.code) == []


def test_attainment_counted_from_the_first_ticket_is_flagged() -> None:
    for minimum in (0, 1):
        data = _tiered(valid_data(), ["90", "90", "90"], minimum_tickets=minimum)
        finding = only(data, "credit-counts-single-ticket")
        assert finding.path == ("remedies", "credit_schedules", RESOLUTION, "minimum_tickets")
        assert "one missed ticket out of one reads as 0 %" in finding.message("en")
        assert "tickets a month needs" in finding.message("en")
        assert "que um mês precisa ter" in finding.message("pt-BR")
    data = _tiered(valid_data(), ["90", "90", "90"], minimum_tickets=2)
    assert with_code(data, "credit-counts-single-ticket") == []


def test_ticket_rules_on_a_metric_not_measured_on_tickets_are_ignored_and_said() -> None:
    for field, value in (("attainment", "pooled"), ("minimum_tickets", 20)):
        data = valid_data()
        data["remedies"]["credit_schedules"][0][field] = value
        finding = only(data, "credit-ticket-rules-ignored")
        assert finding.path == ("remedies", "credit_schedules", 0, field)
        assert "and “Availability” does not, so they are ignored" in finding.message("en")
        assert "e “Availability” não o faz" in finding.message("pt-BR")


def test_two_schedules_on_the_same_fee_stack() -> None:
    data = valid_data()
    schedules = data["remedies"]["credit_schedules"]
    schedules.append({**schedules[0], "id": "uptime-credits-2"})
    finding = only(data, "credit-schedules-stack")
    assert finding.path == ("remedies", "credit_schedules", 2, "metric")
    assert "has 2 credit schedules on the same fee" in finding.message("en")
    # On another fee (the total of all services) the two credits are meant to add up.
    schedules[2]["basis"] = "monthly_fee_total"
    schedules[2].pop("service")
    assert with_code(data, "credit-schedules-stack") == []


# --- credits at the objective, on attainment ---------------------------------------------


def test_a_tier_that_pays_at_a_priority_s_own_attainment_is_flagged() -> None:
    # P3 asks 85 %: its attainment of 85 % meets its target yet falls in the 5 % tier.
    data = _tiered(valid_data(), ["90", "90", "85"])
    findings = [f for f in calc_findings(build(data)) if f.code == "credit-while-objective-met"]
    assert len(findings) == 1
    assert findings[0].path == ("remedies", "credit_schedules", RESOLUTION, "tiers", 0)
    assert "an attainment of 85 % for priority “Normal” meets the objective" in (
        findings[0].message("en")
    )
    assert "um resultado de 85 % na prioridade “Normal”" in findings[0].message("pt-BR")


def test_a_pooled_tier_that_pays_at_the_common_attainment_is_flagged() -> None:
    data = _tiered(valid_data(), ["85", "85", "85"], attainment="pooled")
    findings = [f for f in calc_findings(build(data)) if f.code == "credit-while-objective-met"]
    assert [f.path for f in findings] == [("remedies", "credit_schedules", RESOLUTION, "tiers", 0)]
    assert "an attainment of 85 % over all tickets" in findings[0].message("en")
    # Different attainments pooled are ambiguous: no objective to read the tiers at.
    data = _tiered(valid_data(), ["95", "85", "85"], attainment="pooled")
    assert [f for f in calc_findings(build(data)) if f.code == "credit-while-objective-met"] == []


def test_a_tier_gap_below_the_common_attainment_is_an_error() -> None:
    # Every priority asks 95 %: 90 % to 95 % misses the target but no tier gives a credit.
    data = _tiered(valid_data(), ["95", "95", "95"])
    finding = only(data, "tier-gap")
    assert finding.severity == "error"
    assert "from 90 to below 95" in finding.message("en")
