"""Services: their providers and recipients exist and make sense; internal agreements."""

from __future__ import annotations

from typing import Any

import pytest
from sla_designer.resources import templates_folder

from sla_designer.catalog import load_catalog
from sla_designer.io import load_agreement
from sla_designer.validation import validate
from tests.validation.builders import build, only, valid_data, valid_data_pt, with_code

CODES = [
    "service-without-provider",
    "service-without-recipients",
    "service-provider-receives",
    "service-provider-is-customer",
    "metric-service-ambiguous",
    "internal-jurisdiction-ignored",
    "internal-witnesses-ignored",
]


def _three_departments() -> dict[str, Any]:
    """The valid agreement between three departments, each service with its own parties."""
    data = valid_data()
    data["kind"] = "internal_sla"
    data["governing_law"] = data["forum"] = ""  # departments do not go to court
    data["remedies"] = {}
    for party in data["parties"]:
        party["role"] = "other"
    data["parties"].append(
        {
            "id": "care",
            "role": "other",
            "legal_name": "Customer Service",
            "representative": {"name": "Cy Lund", "title": "Director"},
        }
    )
    hosting = data["service"]["services"][0]
    del hosting["monthly_fee"]
    hosting.update(provider="provider", recipients=["customer"])
    data["service"]["services"].append(
        {"id": "care", "name": "Customer care", "provider": "care", "recipients": ["customer"]}
    )
    for metric in data["metrics"]:
        metric["service"] = "hosting"
    return data


@pytest.mark.parametrize("code", CODES)
def test_quiet_on_complete_agreements(code: str) -> None:
    assert with_code(valid_data(), code) == []
    assert with_code(valid_data_pt(), code) == []
    assert with_code(_three_departments(), code) == []


@pytest.mark.parametrize("template", [entry.name for entry in load_catalog()])
def test_quiet_on_the_templates(template: str) -> None:
    agreement = load_agreement(str(templates_folder() / f"{template}.yaml"))
    assert [f.code for f in validate(agreement) if f.code in CODES] == []


def test_a_service_names_parties_that_exist() -> None:
    data = _three_departments()
    data["service"]["services"][1].update(provider="nobody", recipients=["customer", "ghost"])
    found = with_code(data, "unknown-reference")
    paths = {f.path for f in found}
    assert ("service", "services", 1, "provider") in paths
    assert ("service", "services", 1, "recipients", 1) in paths
    assert "“nobody”" in next(f for f in found if f.path[-1] == "provider").message("en")


def test_a_service_without_a_provider_when_no_party_provides() -> None:
    data = _three_departments()
    del data["service"]["services"][1]["provider"]
    finding = only(data, "service-without-provider")
    assert (finding.severity, finding.path) == ("error", ("service", "services", 1, "provider"))
    assert "“Customer care”" in finding.message("en")
    assert "“Customer care”" in finding.message("pt-BR")


def test_a_service_without_recipients_when_no_party_is_a_customer() -> None:
    data = _three_departments()
    data["service"]["services"][1]["recipients"] = []
    finding = only(data, "service-without-recipients")
    assert (finding.severity, finding.path) == ("warning", ("service", "services", 1, "recipients"))


def test_the_defaults_need_no_input_in_a_two_party_agreement() -> None:
    data = valid_data()
    agreement = build(data)
    service = agreement.service.services[0]
    assert service.provider is None and service.recipients == []
    assert agreement.provider_of(service).id == "provider"  # type: ignore[union-attr]
    assert [p.id for p in agreement.recipients_of(service)] == ["customer"]
    assert [p.id for p in agreement.recipients_of(agreement.service_of("uptime"))] == ["customer"]


def test_a_provider_does_not_receive_its_own_service() -> None:
    data = _three_departments()
    data["service"]["services"][1]["recipients"] = ["customer", "care"]
    finding = only(data, "service-provider-receives")
    assert (finding.severity, finding.path) == ("error", ("service", "services", 1, "recipients"))
    assert "“Customer Service”" in finding.message("en")
    # The default recipients (the customers) include a customer named as provider.
    data = valid_data()
    data["service"]["services"][0]["provider"] = "customer"
    assert only(data, "service-provider-receives").path == ("service", "services", 0, "recipients")


def test_a_customer_providing_a_service_is_pointed_out() -> None:
    data = valid_data()
    data["service"]["services"][0].update(provider="customer", recipients=["provider"])
    finding = only(data, "service-provider-is-customer")
    assert (finding.severity, finding.path) == ("warning", ("service", "services", 0, "provider"))
    assert "Northwind Traders LLC" in finding.message("en")


def test_a_metric_names_its_service_where_services_have_different_parties() -> None:
    data = _three_departments()
    data["metrics"][0]["service"] = None
    finding = only(data, "metric-service-ambiguous")
    assert (finding.severity, finding.path) == ("error", ("metrics", 0, "service"))
    # With one provider and one set of recipients for every service it is clear who owes it.
    data = valid_data()
    data["service"]["services"].append({"id": "backup", "name": "Backup"})
    data["metrics"][0]["service"] = None
    assert with_code(data, "metric-service-ambiguous") == []


def test_an_internal_agreement_has_no_court_and_no_witnesses() -> None:
    data = _three_departments()
    data["language"] = "pt-BR"
    data["forum"] = "Comarca de São Paulo/SP"
    data["signing"]["witnesses"] = [{"name": "Carla Souza", "tax_id": "123.456.789-09"}]
    court = only(data, "internal-jurisdiction-ignored")
    assert (court.severity, court.path) == ("warning", ("forum",))
    assert "São Paulo" in court.message("pt-BR")
    witnesses = only(data, "internal-witnesses-ignored")
    assert (witnesses.severity, witnesses.path) == ("info", ("signing", "witnesses"))
    assert "1 testemunha," in witnesses.message("pt-BR")
    # ... and is not asked for the two witnesses of a Brazilian contract.
    data["signing"]["witnesses"] = []
    assert with_code(data, "missing-witnesses") == []


def test_an_operational_agreement_is_internal_unless_a_party_is_a_supplier() -> None:
    data = valid_data()
    data["kind"] = "ola"
    data["forum"] = ""
    data["governing_law"] = "England and Wales"
    assert build(data).internal
    assert with_code(data, "internal-jurisdiction-ignored") != []
    data["parties"][0]["role"] = "supplier"
    assert not build(data).internal
    assert with_code(data, "internal-jurisdiction-ignored") == []
    data["kind"] = "customer_sla"
    assert not build(data).internal
