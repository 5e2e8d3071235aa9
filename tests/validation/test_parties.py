"""Parties: roles, names, representatives, CNPJs and witnesses."""

from __future__ import annotations

import pytest

from sla_designer.model.tax_ids import cnpj_valid, cpf_valid
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
    "invalid-cpf",
    "tax-id-label",
    "party-country-missing",
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


def test_cnpj_is_not_checked_for_a_party_of_another_country() -> None:
    data = valid_data_pt()
    data["parties"][0]["country"] = "US"
    data["parties"][0]["tax_id"] = "12-3456789"
    assert with_code(data, "invalid-cnpj") == []


def test_cnpj_is_checked_for_a_brazilian_party_in_any_language() -> None:
    data = valid_data()
    data["parties"][1]["country"] = "BR"
    data["parties"][1]["tax_id"] = "11222333000181"  # the right digits, not written as a CNPJ
    finding = only(data, "invalid-cnpj")
    assert finding.path == ("parties", 1, "tax_id")
    assert "11222333000181" in finding.message("en")


def test_a_brazilian_party_may_be_a_person_with_a_cpf() -> None:
    data = valid_data()
    data["parties"][1].update(country="BR", tax_id="529.982.247-25")
    assert with_code(data, "invalid-cnpj") == with_code(data, "invalid-cpf") == []
    data["parties"][1]["tax_id"] = "529.982.247-52"
    finding = only(data, "invalid-cpf")
    assert (finding.severity, finding.path) == ("warning", ("parties", 1, "tax_id"))
    assert "529.982.247-52" in finding.message("pt-BR")


def test_the_cpf_of_a_brazilian_representative_and_of_the_witnesses_is_checked() -> None:
    data = valid_data_pt()
    data["parties"][0]["representative"]["tax_id"] = "123.456.789-00"
    data["signing"]["witnesses"][1]["tax_id"] = "987.654.321-01"
    paths = {f.path for f in with_code(data, "invalid-cpf")}
    assert paths == {
        ("parties", 0, "representative", "tax_id"),
        ("signing", "witnesses", 1, "tax_id"),
    }


def test_the_personal_number_of_a_foreign_representative_is_not_a_cpf() -> None:
    data = valid_data()
    data["parties"][0].update(country="US", tax_id="12-3456789")
    data["parties"][0]["representative"]["tax_id"] = "123-45-6789"
    assert with_code(data, "invalid-cpf") == []


@pytest.mark.parametrize(
    ("country", "typed", "label", "number"),
    [
        ("GB", "Company No. 11482093", "Company No.", "11482093"),
        ("US", "EIN 84-3920517", "EIN", "84-3920517"),
        ("NL", "KvK 74512398", "KvK", "74512398"),
        ("BR", "CNPJ nº 11.222.333/0001-81", "CNPJ nº", "11.222.333/0001-81"),
        (None, "Tax ID: 4471", "Tax ID", "4471"),
    ],
)
def test_a_tax_number_typed_with_its_label(
    country: str | None, typed: str, label: str, number: str
) -> None:
    data = valid_data()
    data["parties"][0].update(country=country, tax_id=typed)
    finding = only(data, "tax-id-label")
    assert (finding.severity, finding.path) == ("warning", ("parties", 0, "tax_id"))
    assert f"“{label}”" in finding.message("en") and f"({number})" in finding.message("en")
    assert with_code(data, "invalid-cnpj") == []


@pytest.mark.parametrize("typed", ["11482093", "SC123456", "HRB 12345"])
def test_a_number_alone_or_with_a_label_of_its_own_has_no_label_to_remove(typed: str) -> None:
    data = valid_data()
    data["parties"][0].update(country="GB", tax_id=typed)
    assert with_code(data, "tax-id-label") == []


def test_a_tax_number_without_a_country_asks_for_it() -> None:
    data = valid_data()
    data["parties"][1]["tax_id"] = "4471 2209"
    finding = only(data, "party-country-missing")
    assert (finding.severity, finding.path) == ("info", ("parties", 1, "country"))
    assert "Northwind Traders LLC" in finding.message("en")
    # A CNPJ says its country by its form; a number under a label of its own is printed as typed.
    data["parties"][1]["tax_id"] = "11.222.333/0001-81"
    assert with_code(data, "party-country-missing") == []
    data["parties"][1]["tax_id"] = "HRB 12345"
    assert with_code(data, "party-country-missing") == []


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


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("529.982.247-25", True),
        ("123.456.789-09", True),
        ("529.982.247-52", False),
        ("52998224725", False),  # digits right, format not
        ("111.111.111-11", False),
    ],
)
def test_cpf_check_digits(text: str, valid: bool) -> None:
    assert cpf_valid(text) is valid


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
