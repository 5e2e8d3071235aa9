"""Findings of the standard clauses: notices need an address per party and name parties of the
agreement; a data-protection clause that can name no law says so."""

from __future__ import annotations

import pytest

from tests.validation.builders import only, valid_data, valid_data_pt, with_code

CODES = ["notice-address-missing", "notice-address-unknown-party", "data-protection-no-law"]


@pytest.mark.parametrize("code", CODES)
def test_quiet_on_complete_agreements(code: str) -> None:
    assert with_code(valid_data(), code) == []
    assert with_code(valid_data_pt(), code) == []


def _unreachable(data: dict) -> dict:
    party = data["parties"][1]
    party["address"] = ""
    for contact in party.get("contacts", []):
        contact["email"] = ""
    return data


def test_a_party_without_address_or_email_is_unreachable_by_notices() -> None:
    data = _unreachable(valid_data())
    finding = only(data, "notice-address-missing")
    assert finding.path == ("parties", 1, "address")
    assert finding.severity == "warning"


def test_a_notice_address_reaches_the_party() -> None:
    data = _unreachable(valid_data())
    party = data["parties"][1]["id"]
    data["clauses"] = {"notices": {"addresses": [{"party": party, "email": "legal@example.com"}]}}
    assert with_code(data, "notice-address-missing") == []


@pytest.mark.parametrize(
    "clauses",
    [
        {"notices": {"enabled": False}},
        {"notices": {"text": "Notices go by carrier pigeon."}},
    ],
)
def test_no_notices_clause_no_finding(clauses: dict) -> None:
    data = _unreachable(valid_data())
    data["clauses"] = clauses
    assert with_code(data, "notice-address-missing") == []


def test_internal_agreements_have_no_notices_clause() -> None:
    data = _unreachable(valid_data())
    data["kind"] = "internal_sla"
    assert with_code(data, "notice-address-missing") == []


def test_a_notice_address_names_a_party_of_the_agreement() -> None:
    data = valid_data()
    data["clauses"] = {"notices": {"addresses": [{"party": "nobody", "email": "a@example.com"}]}}
    finding = only(data, "notice-address-unknown-party")
    assert finding.path == ("clauses", "notices", "addresses", 0, "party")
    assert finding.severity == "error"


def _us_only(data: dict) -> dict:
    for party in data["parties"]:
        party["country"] = "US"
    data["clauses"] = {"data_protection": {"processes_personal_data": True}}
    return data


def test_personal_data_with_no_law_to_name() -> None:
    finding = only(_us_only(valid_data()), "data-protection-no-law")
    assert finding.path == ("clauses", "data_protection", "laws")
    assert finding.severity == "info"


def test_a_chosen_law_or_a_country_names_one() -> None:
    chosen = _us_only(valid_data())
    chosen["clauses"]["data_protection"]["laws"] = ["hipaa"]
    assert with_code(chosen, "data-protection-no-law") == []
    british = _us_only(valid_data())
    british["parties"][0]["country"] = "GB"
    assert with_code(british, "data-protection-no-law") == []
    # A Portuguese document names the LGPD whatever the countries.
    portuguese = _us_only(valid_data_pt())
    assert with_code(portuguese, "data-protection-no-law") == []
