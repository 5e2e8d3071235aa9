"""Currencies and money in internal agreements."""

from __future__ import annotations

import pytest

from tests.validation.builders import only, valid_data, valid_data_pt, with_code


@pytest.mark.parametrize(
    "code", ["unknown-currency", "currency-mismatch", "internal-credit-in-money"]
)
def test_quiet_on_complete_agreements(code: str) -> None:
    assert with_code(valid_data(), code) == []
    assert with_code(valid_data_pt(), code) == []


def test_unknown_agreement_currency() -> None:
    data = valid_data()
    data["currency"] = "ABC"
    found = with_code(data, "unknown-currency")
    assert [(f.severity, f.path) for f in found] == [("error", ("currency",))]


def test_unknown_currency_of_an_amount() -> None:
    data = valid_data()
    data["remedies"]["minimum_credit"]["currency"] = "QQQ"
    finding = only(data, "unknown-currency")
    assert finding.path == ("remedies", "minimum_credit", "currency")
    assert with_code(data, "currency-mismatch") == []


def test_fee_in_another_currency() -> None:
    data = valid_data_pt()
    data["service"]["services"][0]["monthly_fee"]["currency"] = "USD"
    finding = only(data, "currency-mismatch")
    path = ("service", "services", 0, "monthly_fee", "currency")
    assert (finding.severity, finding.path) == ("error", path)
    assert "em USD" in finding.message("pt-BR") and "em BRL" in finding.message("pt-BR")


def test_internal_agreement_paying_credits_in_money() -> None:
    data = valid_data()
    data["kind"] = "internal_sla"
    finding = only(data, "internal-credit-in-money")
    assert (finding.severity, finding.path) == ("warning", ("remedies", "minimum_credit"))
    del data["remedies"]["minimum_credit"]
    assert only(data, "internal-credit-in-money").path == ("remedies", "credit_schedules")


def test_internal_agreement_without_credits() -> None:
    data = valid_data()
    data["kind"] = "ola"
    data["remedies"] = {}
    assert with_code(data, "internal-credit-in-money") == []


def test_operational_agreement_with_an_outside_supplier_may_pay_money() -> None:
    data = valid_data()
    data["kind"] = "ola"
    assert only(data, "internal-credit-in-money").severity == "warning"
    data["parties"][0]["role"] = "supplier"
    assert with_code(data, "internal-credit-in-money") == []


def test_amount_finer_than_the_currency_allows() -> None:
    data = valid_data()
    data["currency"] = "JPY"
    for service in data["service"]["services"]:
        if service.get("monthly_fee"):
            service["monthly_fee"] = {"amount": "120000", "currency": "JPY"}
    data["remedies"]["minimum_credit"] = {"amount": "50.5", "currency": "JPY"}
    finding = only(data, "amount-finer-than-currency")
    assert (finding.severity, finding.path) == ("error", ("remedies", "minimum_credit", "amount"))
    assert "JPY" in finding.message("en") and "0" in finding.message("en")
    data["remedies"]["minimum_credit"]["amount"] = "50"
    assert with_code(data, "amount-finer-than-currency") == []


def test_cents_are_fine_in_a_currency_with_cents() -> None:
    data = valid_data()
    assert with_code(data, "amount-finer-than-currency") == []
