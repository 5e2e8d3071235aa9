"""Parties: roles, names, representatives, CNPJs and witnesses."""

from __future__ import annotations

import pytest

from sla_designer.validation.parties import cnpj_valid
from tests.validation.builders import (
    PROVIDER_CNPJ,
    only,
    valid_data,
    valid_data_pt,
    with_code,
)

CODES = [
    "too-few-parties",
    "missing-provider",
    "missing-customer",
    "missing-party-name",
    "missing-representative",
    "invalid-cnpj",
    "missing-witnesses",
]


@pytest.mark.parametrize("code", CODES)
def test_quiet_on_complete_agreements(code: str) -> None:
    assert with_code(valid_data(), code) == []
    assert with_code(valid_data_pt(), code) == []


def test_one_party_is_too_few() -> None:
    data = valid_data()
    data["parties"] = data["parties"][:1]
    finding = only(data, "too-few-parties")
    assert (finding.severity, finding.path) == ("error", ("parties",))
    assert "has 1" in finding.message("en")


def test_customer_sla_needs_a_provider_and_a_customer() -> None:
    data = valid_data()
    data["parties"][0]["role"] = "supplier"
    data["parties"][1]["role"] = "other"
    provider, customer = only(data, "missing-provider"), only(data, "missing-customer")
    assert (provider.severity, provider.path) == ("error", ("parties",))
    assert (customer.severity, customer.path) == ("error", ("parties",))


def test_internal_agreement_may_name_departments_other() -> None:
    data = valid_data()
    data["kind"] = "internal_sla"
    data["parties"][0]["role"] = "other"
    data["parties"][1]["role"] = "other"
    assert with_code(data, "missing-provider") == []
    assert with_code(data, "missing-customer") == []


def test_party_without_legal_name() -> None:
    data = valid_data()
    data["parties"][1]["legal_name"] = " "
    finding = only(data, "missing-party-name")
    assert (finding.severity, finding.path) == ("error", ("parties", 1, "legal_name"))
    assert "“customer”" in finding.message("en")


def test_party_without_representative() -> None:
    data = valid_data()
    del data["parties"][0]["representative"]
    finding = only(data, "missing-representative")
    assert (finding.severity, finding.path) == ("warning", ("parties", 0, "representative"))
    assert "Cloudworks Inc." in finding.message("en")


def test_wrong_cnpj_check_digit_on_a_brazilian_contract() -> None:
    data = valid_data_pt()
    data["parties"][0]["tax_id"] = PROVIDER_CNPJ[:-1] + "2"
    finding = only(data, "invalid-cnpj")
    assert (finding.severity, finding.path) == ("warning", ("parties", 0, "tax_id"))
    assert "00.000.000/0000-00" in finding.message("pt-BR")


def test_cnpj_is_not_checked_on_an_english_contract() -> None:
    data = valid_data()
    data["parties"][0]["tax_id"] = "EIN 12-3456789"
    assert with_code(data, "invalid-cnpj") == []


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("11.222.333/0001-81", True),
        ("12.ABC.345/01DE-35", True),  # alphanumeric CNPJ, issued from July 2026
        ("11.222.333/0001-18", False),
        ("11222333000181", False),  # digits right, format not
        ("00.000.000/0000-00", False),
        ("12.abc.345/01de-35", False),
    ],
)
def test_cnpj_check_digits(text: str, valid: bool) -> None:
    assert cnpj_valid(text) is valid


def test_brazilian_contract_with_one_witness() -> None:
    data = valid_data_pt()
    data["signing"]["witnesses"] = data["signing"]["witnesses"][:1]
    finding = only(data, "missing-witnesses")
    assert (finding.severity, finding.path) == ("info", ("signing", "witnesses"))
    assert "tem 1" in finding.message("pt-BR")


def test_english_contract_needs_no_witnesses() -> None:
    data = valid_data()
    data["signing"]["witnesses"] = []
    assert with_code(data, "missing-witnesses") == []
