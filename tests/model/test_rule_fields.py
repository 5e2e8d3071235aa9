"""The fields of one rule per subject: old files load with defaults that keep their meaning,
and each generated clause states its subject once, its free text after it."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from pydantic import ValidationError

from sla_designer.model import Agreement, ChronicFailure, EarnBack
from sla_designer.model.metrics import AvailabilityMetric
from sla_designer.model.remedies import ClaimProcedure, Remedies
from tests.export.reviewed import LANGUAGES, agreement_of, text_of


def test_old_files_load_with_the_old_meaning() -> None:
    chronic = ChronicFailure.model_validate({"breaches": 3, "within_months": 6})
    assert chronic.terminates == "agreement" and chronic.notice_days is None
    assert chronic.metrics == [] and chronic.threshold is None
    assert not chronic.refund_prepaid and not chronic.waive_early_termination
    claim = ClaimProcedure.model_validate({"deadline_days": 30, "method": "By e-mail."})
    assert (claim.runs_from, claim.answer_business_days) == ("window_end", None)
    assert Remedies().credits_applied == "on_claim"
    assert EarnBack(months_met=3).metrics == []
    metric = AvailabilityMetric.model_validate({"id": "a", "name": "A", "objective": "99.9"})
    assert metric.emergency_maintenance == "downtime"
    assert metric.emergency_notice is None and metric.emergency_limit is None


@pytest.mark.parametrize(
    ("model", "data"),
    [
        (ChronicFailure, {"breaches": 3, "within_months": 6, "terminates": "everything"}),
        (ChronicFailure, {"breaches": 3, "within_months": 6, "notice_days": -1}),
        (ClaimProcedure, {"runs_from": "tomorrow"}),
        (ClaimProcedure, {"answer_business_days": 0}),
        (Remedies, {"credits_applied": "sometimes"}),
    ],
)
def test_bad_values_are_refused(model: type, data: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        model.model_validate(data)


def _with(agreement: Agreement, **remedies: object) -> Agreement:
    return agreement.model_copy(update={"remedies": agreement.remedies.model_copy(update=remedies)})


@pytest.mark.parametrize("language", LANGUAGES)
def test_one_month_and_one_day_read_in_the_singular(language: str) -> None:
    agreement = agreement_of("managed-services")
    chronic = ChronicFailure(breaches=1, within_months=1, notice_days=1)
    text = text_of(
        _with(agreement, chronic_failure=chronic, earn_back=EarnBack(months_met=1)), language
    )
    if language == "en":
        assert "in 1 measurement window within any one Month" in text
        assert "on 1 day's written notice" in text
        assert "met in the Month following the Month of the credit" in text
    else:
        assert "em 1 período de apuração dentro de um mesmo Mês" in text
        assert "com 1 dia de antecedência" in text
        assert "cumprido no Mês seguinte ao do crédito" in text
    assert " 1 months" not in text and " 1 meses" not in text


def test_automatic_credits_have_no_claim_and_the_additional_terms_follow_the_clause() -> None:
    agreement = agreement_of("saas-availability")
    automatic = text_of(_with(agreement, credits_applied="automatically"), "en")
    assert "shall claim a Service Credit" not in automatic
    assert "applies them without a claim" in automatic
    assert "accounts@ledgerline.co.uk" not in automatic  # the claim's own terms go with it
    on_claim = text_of(agreement, "en")
    generated = on_claim.index("shall claim a Service Credit")
    assert on_claim.index("Additional terms: A claim is sent by e-mail") > generated


def test_a_disputed_claim_is_settled_only_under_a_clause_the_document_holds() -> None:
    agreement = agreement_of("saas-availability")
    # The measurement-disputes clause (11.1) when the document holds it, else escalation (10).
    assert "settled under clause 11.1" in text_of(agreement, "en")
    clauses = agreement.clauses.model_copy(
        update={
            "measurement_disputes": agreement.clauses.measurement_disputes.model_copy(
                update={"enabled": False}
            )
        }
    )
    without_disputes = agreement.model_copy(update={"clauses": clauses})
    assert "settled under clause 10." in text_of(without_disputes, "en")
    alone = without_disputes.model_copy(update={"escalation": []})
    assert "A claim disputed" not in text_of(alone, "en")


@pytest.mark.parametrize("language", LANGUAGES)
def test_emergency_maintenance_is_stated_once(language: str) -> None:
    agreement = agreement_of("managed-services")
    text = text_of(agreement, language)
    excluded = (
        "is not Downtime when the Provider announces it as soon as it is planned"
        if language == "en"
        else "não é considerada Indisponibilidade quando a CONTRATADA a comunicar assim que for"
    )
    assert text.count(excluded) == 1
    metric = agreement.metrics[0]
    assert isinstance(metric, AvailabilityMetric)
    noticed = metric.model_copy(update={"emergency_notice": timedelta(hours=4)})
    changed = agreement.model_copy(update={"metrics": [noticed, *agreement.metrics[1:]]})
    notice = "at least 4 hours in advance" if language == "en" else "antecedência mínima de 4 horas"
    assert notice in text_of(changed, language)


def test_a_threshold_names_the_metric_and_its_bound() -> None:
    text = text_of(agreement_of("saas-availability"), "en")
    assert (
        "If the measured result of the service level in clause 6.1 is less than 99.0 % in 3 "
        "measurement windows within any 6 consecutive Months, the Customer may terminate the "
        "master agreement of which this Agreement forms part on 30 days' written notice."
    ) in text.replace("\u00a0", " ")
    assert ChronicFailure(breaches=3, within_months=6, threshold=Decimal("99")).threshold == 99
