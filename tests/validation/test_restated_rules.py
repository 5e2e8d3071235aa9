"""Free text that contradicts the rule of its own subject (issue 13, section 1)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.validation.builders import valid_data, valid_data_pt, with_code

CODE = "free-text-contradicts-rule"


def _chronic(data: dict[str, Any], **fields: Any) -> dict[str, Any]:
    data["remedies"]["chronic_failure"] = {"breaches": 3, "within_months": 6, **fields}
    return data


def _said(data: dict[str, Any]) -> list[str]:
    return [dict(f.params)["said"] for f in with_code(data, CODE)]


def test_quiet_on_complete_agreements() -> None:
    assert with_code(valid_data(), CODE) == []
    assert with_code(valid_data_pt(), CODE) == []


def test_quiet_when_the_additional_terms_agree_with_the_fields() -> None:
    data = _chronic(
        valid_data(),
        notice_days=30,
        threshold=99.0,
        metrics=["uptime"],
        refund_prepaid=True,
        waive_early_termination=True,
        description=(
            "Below 99.0 % in three months of any six, on 30 days' notice, without the "
            "early-termination fee, with a refund."
        ),
    )
    assert with_code(data, CODE) == []


def test_a_notice_in_days_that_the_fields_do_not_hold() -> None:
    data = _chronic(valid_data(), notice_days=30, description="On 60 days' written notice.")
    (finding,) = with_code(data, CODE)
    assert finding.severity == "warning"
    assert finding.path == ("remedies", "chronic_failure", "description")
    assert "“60 days”" in finding.message("en")
    assert "30 days" in finding.message("en")
    assert "30 dias" in finding.message("pt-BR")


def test_numbers_in_words_in_both_languages() -> None:
    english = _chronic(valid_data(), notice_days=30, description="On sixty days' notice.")
    assert _said(english) == ["sixty days"]
    portuguese = _chronic(
        valid_data_pt(), notice_days=30, description="Com aviso prévio de sessenta dias."
    )
    assert _said(portuguese) == ["sessenta dias"]


def test_a_percentage_months_fees_and_refund_the_fields_do_not_say() -> None:
    data = _chronic(
        valid_data_pt(),
        description=(
            "Resultado inferior a 99,5 % em quatro meses, sem multa, com reembolso dos valores."
        ),
    )
    assert _said(data) == ["quatro meses", "99,5 %", "sem multa", "reembolso"]


def test_a_termination_right_between_departments() -> None:
    data = _chronic(valid_data(), description="Sales may terminate the arrangement.")
    data["kind"] = "internal_sla"
    assert _said(data) == ["terminate"]


@pytest.mark.parametrize(
    ("method", "said"),
    [
        ("Claims are made within 45 days after the report.", ["45 days"]),
        ("A solicitação é feita em até quarenta e cinco dias.", ["quarenta e cinco dias"]),
        ("The Provider answers within 10 business days.", ["10 business days"]),
        ("A CONTRATADA responde em 5 dias úteis.", ["5 dias úteis"]),
        ("A missed claim lets the Customer terminate.", ["terminate"]),
        ("Claims go to billing@example.com within 30 days.", []),
    ],
)
def test_the_claim_method_against_the_deadline(method: str, said: list[str]) -> None:
    data = valid_data()
    data["remedies"]["claim"] = {"deadline_days": 30, "method": method}
    assert _said(data) == said


def test_claims_are_not_checked_when_credits_apply_without_a_claim() -> None:
    data = valid_data()
    data["remedies"]["claim"] = {"deadline_days": 30, "method": "Within 45 days."}
    data["remedies"]["credits_applied"] = "automatically"
    assert _said(data) == []


def test_earn_back_months() -> None:
    data = valid_data()
    data["remedies"]["earn_back"] = {"months_met": 3, "description": "After six months met."}
    (finding,) = with_code(data, CODE)
    assert finding.path == ("remedies", "earn_back", "description")
    assert "3 months" in finding.message("en")


def test_a_maintenance_notice_in_the_metric_s_own_words() -> None:
    data = valid_data()
    uptime = data["metrics"][0]
    uptime["downtime_definition"] = "Maintenance announced at least 7 days in advance is excluded."
    (finding,) = with_code(data, CODE)
    assert finding.path == ("metrics", 0, "downtime_definition")
    uptime["downtime_definition"] = "Maintenance announced at least 2 days in advance is excluded."
    assert with_code(data, CODE) == []
    uptime["emergency_maintenance"] = "excluded"
    uptime["emergency_notice"] = "4h"
    uptime["exclusions"] = ["Emergency work announced at least 4 hours in advance."]
    assert with_code(data, CODE) == []


def test_a_threshold_needs_exactly_one_metric() -> None:
    data = _chronic(valid_data(), threshold=99.0)
    (finding,) = with_code(data, "chronic-threshold-ignored")
    assert finding.path == ("remedies", "chronic_failure", "threshold")
    data["remedies"]["chronic_failure"]["metrics"] = ["uptime"]
    assert with_code(data, "chronic-threshold-ignored") == []


def test_earn_back_names_metrics_with_credits() -> None:
    data = valid_data()
    credited = data["remedies"]["credit_schedules"][0]["metric"]
    other = next(m["id"] for m in data["metrics"] if m["id"] != credited)
    data["remedies"]["earn_back"] = {"months_met": 3, "metrics": [credited, other]}
    (finding,) = with_code(data, "earn-back-without-credits")
    assert finding.path == ("remedies", "earn_back", "metrics", 1)
    data["remedies"]["earn_back"]["metrics"] = ["nowhere"]
    assert with_code(data, "unknown-reference")[0].path == ("remedies", "earn_back", "metrics", 0)
