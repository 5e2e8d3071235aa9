"""Annex B: worked service-credit examples for tier tables, linear rules and downtime bands."""

from __future__ import annotations

import io
from datetime import timedelta
from decimal import Decimal

import docx
import pytest
from sla_designer.resources import templates_folder

from sla_designer.calc.credits import compute_credit
from sla_designer.export import build_docx
from sla_designer.export.annexes import linear_example_steps
from sla_designer.export.formatting import Formats
from sla_designer.export.wording import load_wording
from sla_designer.io import load_agreement
from sla_designer.model import Agreement, LinearCreditRule, Money

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _load(name: str) -> Agreement:
    return load_agreement(str(templates_folder() / name))


def _rows(data: bytes) -> list[list[str]]:
    body = docx.Document(io.BytesIO(data)).element.body
    return [
        ["".join(tc.xpath(".//w:t/text()")) for tc in tr.xpath("./w:tc")]
        for tr in body.xpath(".//w:tr")
    ]


def _fee(agreement: Agreement, service_id: str) -> Money:
    service = agreement.service_by_id(service_id)
    assert service is not None and service.monthly_fee is not None
    return service.monthly_fee


@pytest.mark.parametrize("language", ["en", "pt-BR"])
def test_linear_rule_examples_show_the_computed_credit(language: str) -> None:
    agreement = _load("contact-centre.yaml")
    schedule = next(s for s in agreement.remedies.credit_schedules if s.rule == "linear")
    rows = _rows(build_docx(agreement, language=language))
    f = Formats(load_wording(language))
    fee = _fee(agreement, str(schedule.service))
    # Abandonment: lower is better, so the examples lie above the rule's start of 5 %.
    for measured, percent in [("6", "1.5"), ("7", "3"), ("9", "6"), ("10", "6")]:
        result = compute_credit(
            schedule, Decimal(measured), fee, remedies=agreement.remedies, higher_is_better=False
        )
        assert result.percent == Decimal(percent)
        amount = f.money(fee.model_copy(update={"amount": result.amount}))
        row = next(r for r in rows if r[:1] == [f.percent(Decimal(measured))] and len(r) == 4)
        assert row[1:3] == [f.percent(Decimal(percent)), amount]
    by_value = {r[0]: r for r in rows if len(r) == 4}
    expected_amount = "R$\u00a02.797,50" if language == "pt-BR" else "R$2,797.50"
    assert by_value[f.percent(Decimal(6))][2] == expected_amount
    maximum = "máximo de 6\u00a0% da regra" if language == "pt-BR" else "maximum of 6\u00a0%"
    assert maximum in by_value[f.percent(Decimal(10))][3]
    assert maximum not in by_value[f.percent(Decimal(9))][3]


@pytest.mark.parametrize("language", ["en", "pt-BR"])
def test_downtime_band_examples_start_each_band(language: str) -> None:
    agreement = _load("managed-services.yaml")
    schedule = next(s for s in agreement.remedies.credit_schedules if s.rule == "downtime_bands")
    rows = [r for r in _rows(build_docx(agreement, language=language)) if len(r) == 4]
    f = Formats(load_wording(language))
    fee = _fee(agreement, str(schedule.service))
    for band in schedule.downtime_bands:
        result = compute_credit(schedule, band.over, fee, remedies=agreement.remedies)
        # The lower bound belongs to the band: its own credit, not the band below's.
        assert result.percent == band.credit
        amount = f.money(fee.model_copy(update={"amount": result.amount}))
        assert [f.duration(band.over), f.percent(band.credit), amount] in [r[:3] for r in rows]
    # The first band starts at the first whole second above the largest allowance.
    first = next(r for r in rows if r[0] == f.duration(timedelta(minutes=53, seconds=17)))
    assert first[2] == ("US$\u00a0317,50" if language == "pt-BR" else "$317.50")
    assert first[3] == (
        "igual ou superior a 53 minutos e 17 segundos e inferior a 2 horas"
        if language == "pt-BR"
        else "53 minutes and 17 seconds or more but less than 2 hours"
    )


def test_caps_and_minimum_are_explained() -> None:
    agreement = _load("contact-centre.yaml")
    remedies = agreement.remedies.model_copy(
        update={
            "monthly_cap": Decimal(2),
            "minimum_credit": Money(amount=Decimal("3000.00"), currency="BRL"),
        }
    )
    agreement = agreement.model_copy(update={"remedies": remedies, "language": "en"})
    rows = [r for r in _rows(build_docx(agreement)) if len(r) == 4]
    # 6 % abandonment: 1.5 % of R$186,500.00 is R$2,797.50, under the R$3,000.00 minimum.
    six = next(r for r in rows if r[0] == "6\u00a0%" and r[1] == "1.5\u00a0%")
    assert six[2] == "R$0.00"
    assert "below the minimum credit of R$3,000.00" in six[3]
    # 7 %: 3 % would be R$5,595.00; the monthly cap is 2 % of the monthly fees of all services
    # in total (R$186,500.00 + R$42,800.00), as the clause says, and leaves R$4,586.00, not
    # 2 % of this service's fee alone (R$3,730.00).
    seven = next(r for r in rows if r[0] == "7\u00a0%")
    assert seven[2] == "R$4,586.00"
    assert "the monthly cap lowers the credit to R$4,586.00" in seven[3]


def test_linear_examples_reach_the_maximum_and_one_step_past() -> None:
    rule = LinearCreditRule(
        start=Decimal("99.5"),
        step=Decimal("0.1"),
        credit_per_step=Decimal(4),
        maximum=Decimal(10),
    )
    assert linear_example_steps(rule) == [1, 2, 3, 4]
    no_maximum = rule.model_copy(update={"maximum": None})
    assert linear_example_steps(no_maximum) == [1, 2, 3]


@pytest.mark.parametrize(
    ("language", "phrase", "credit"),
    [
        (
            "en",
            "For each full 1\u00a0% by which the measured result exceeds 5\u00a0%",
            "credits the Customer 1.5\u00a0% of the Monthly Fee of",
        ),
        (
            "pt-BR",
            "Para cada 1\u00a0% inteiro em que o resultado apurado exceder 5\u00a0%",
            "concederá à CONTRATANTE crédito de 1,5\u00a0% do Valor Mensal de",
        ),
    ],
)
def test_linear_rule_wording_follows_the_metric_direction(
    language: str, phrase: str, credit: str
) -> None:
    data = build_docx(_load("contact-centre.yaml"), language=language)
    text = "\n".join(
        "".join(p.xpath(".//w:t/text()"))
        for p in docx.Document(io.BytesIO(data)).element.body.iter(f"{{{W}}}p")
    )
    assert phrase in text
    assert credit in text


def test_a_linear_schedule_without_its_rule_exports_as_a_draft_without_examples() -> None:
    agreement = _load("saas-availability.yaml")
    first = agreement.remedies.credit_schedules[0]
    broken = first.model_copy(update={"rule": "linear", "linear": None})
    schedules = [broken, *agreement.remedies.credit_schedules[1:]]
    remedies = agreement.remedies.model_copy(update={"credit_schedules": schedules})
    data = build_docx(agreement.model_copy(update={"remedies": remedies}), draft=True)
    text = " ".join(" ".join(row) for row in _rows(data))
    assert text  # the document is written; the broken schedule has no worked examples
