"""Defined terms: a definition the document never uses, and a capitalised term used but not
defined."""

from __future__ import annotations

import copy

import pytest

from sla_designer.catalog import load_catalog, load_template
from sla_designer.validation import validate
from sla_designer.validation.terms import capitalised_terms, spellings_of
from tests.validation.builders import build, valid_data, valid_data_pt, with_code

CODES = ("definition-unused", "term-not-defined")
VOCABULARY = frozenset(
    {"customer", "data", "work", "order", "business", "central", "nível", "serviço"}
)


def test_a_definition_the_document_never_uses() -> None:
    data = valid_data()
    data["definitions"] = [
        {"term": "Customer Data", "meaning": "The data the customer stores in the service."},
        {"term": "Work Order", "meaning": "A request for on-site work."},
    ]
    data["service"]["scope"].append("Restores of Customer Data within one day.")
    found = with_code(data, "definition-unused")
    assert [(f.severity, f.path) for f in found] == [("warning", ("definitions", 1, "term"))]
    assert "“Work Order”" in found[0].message("en")
    assert "nunca usa o termo" in found[0].message("pt-BR")


def test_a_use_in_lower_case_or_in_the_definition_itself_is_not_a_use() -> None:
    data = valid_data()
    data["definitions"] = [{"term": "Work Order", "meaning": "A request; a Work Order is sent."}]
    data["service"]["scope"].append("Every work order is answered.")
    assert len(with_code(data, "definition-unused")) == 1
    data["service"]["scope"].append("Work Orders are answered within the targets.")
    assert with_code(data, "definition-unused") == []


def test_a_term_the_generated_text_uses_is_used() -> None:
    # The credit clauses speak of Service Credits: the agreement's own definition is used.
    data = valid_data()
    data["definitions"] = [{"term": "Service Credit", "meaning": "A reduction of the fee."}]
    assert with_code(data, "definition-unused") == []


def test_a_capitalised_term_used_but_not_defined() -> None:
    data = valid_data()
    data["service"]["scope"].append("Daily backups of Customer Data, kept for 35 days.")
    found = with_code(data, "term-not-defined")
    assert [(f.path, f.params) for f in found] == [
        (("service", "scope", 1), (("term", "Customer Data"),))
    ]
    assert "does not define it" in found[0].message("en")
    assert "o acordo não o define" in found[0].message("pt-BR")
    data["definitions"] = [{"term": "Customer Data", "meaning": "The data the customer stores."}]
    assert with_code(data, "term-not-defined") == []


def test_a_term_the_generator_defines_is_defined() -> None:
    # Business Days counted on a calendar: the document defines the term itself.
    data = valid_data()
    data["service"]["scope"].append("Restores are made within two Business Days of a request.")
    assert with_code(data, "term-not-defined") == []
    data["calendars"] = []
    for metric in data["metrics"]:
        metric.pop("calendar", None)
        for target in metric.get("targets", []):
            target["target"] = target["target"].replace("business", "calendar")
            target.pop("calendar", None)
    for priority in data["priorities"]:
        priority.pop("calendar", None)
    found = with_code(data, "term-not-defined")
    assert [f.params for f in found] == [(("term", "Business Days"),)]


def test_portuguese_terms_joined_by_de() -> None:
    data = valid_data_pt()
    data["service"]["scope"].append("O relatório mostra o Tempo de Espera de cada fila.")
    found = with_code(data, "term-not-defined")
    assert [f.params for f in found] == [(("term", "Tempo de Espera"),)]
    data["definitions"] = [{"term": "Tempo de Espera", "meaning": "O tempo na fila."}]
    assert with_code(data, "term-not-defined") == []


@pytest.mark.parametrize(
    "text",
    [
        "Second-line support for the Customer's named administrators.",  # a party's label
        "Faults in Microsoft Dynamics 365 Business Central.",  # part of a product's name
        "The calendar closes on Christmas Eve and in the United Kingdom.",  # proper names
        "Work with the Sales and Marketing teams.",  # names joined by "and"
        "Customer Data is restored daily.",  # the start of a sentence
    ],
)
def test_names_and_sentence_starts_are_not_terms(text: str) -> None:
    assert capitalised_terms(text, "en", VOCABULARY | {"sales", "marketing", "eve"}) == []


def test_a_run_inside_a_sentence_is_found() -> None:
    assert capitalised_terms("Backups of Customer Data.", "en", VOCABULARY) == ["Customer Data"]
    assert capitalised_terms("Um Nível de Serviço por fila.", "pt-BR", VOCABULARY) == [
        "Nível de Serviço"
    ]


def test_names_the_agreement_holds_are_not_terms() -> None:
    data = valid_data()
    data["service"]["services"][0]["name"] = "Cloud Hosting"
    data["service"]["scope"].append("Backups of the Cloud Hosting databases.")
    data["service"]["scope"].append("Changes to this Service Level Agreement are agreed.")
    assert with_code(data, "term-not-defined") == []
    data = valid_data_pt()
    data["service"]["scope"].append("Alterações deste Acordo de Nível de Serviço são acordadas.")
    assert with_code(data, "term-not-defined") == []


def test_plurals() -> None:
    assert spellings_of("Work Order", "en") == ["Work Order", "Work Orders"]
    assert spellings_of("Statement of Work", "en") == ["Statement of Work", "Statements of Work"]
    assert spellings_of("Crédito de Serviço", "pt-BR") == [
        "Crédito de Serviço",
        "Créditos de Serviço",
    ]
    assert spellings_of("Dia Útil", "pt-BR") == ["Dia Útil", "Dias Úteis"]
    assert spellings_of("Chamada Oferecida", "pt-BR")[1] == "Chamadas Oferecidas"
    assert spellings_of("Requisição", "pt-BR")[1] == "Requisições"


def test_a_draft_whose_contract_cannot_be_written_is_not_checked() -> None:
    # Two metrics of one id claim the same clause: other rules say so; these say nothing.
    data = valid_data()
    data["definitions"] = [{"term": "Work Order", "meaning": "A request."}]
    data["metrics"].append(copy.deepcopy(data["metrics"][0]))
    findings = validate(build(data))
    assert findings
    assert [f for f in findings if f.code in CODES] == []


@pytest.mark.parametrize("name", [entry.name for entry in load_catalog()])
def test_templates_have_no_term_findings(name: str) -> None:
    findings = validate(load_template(name))
    assert [f for f in findings if f.code in CODES] == []
