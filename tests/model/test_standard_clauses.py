"""The standard clauses in the model: defaults, old files, the YAML round trip and the schema."""

from __future__ import annotations

import jsonschema
import pytest
import yaml

from sla_designer.io import dumps_agreement, json_schema, loads_agreement
from sla_designer.model import Agreement
from sla_designer.model.standard_clauses import (
    CLAUSE_NAMES,
    INTERNAL_CLAUSES,
    NoticeAddress,
    StandardClauses,
)
from tests.export.reviewed import agreement_of


def test_every_clause_is_on_in_generated_words_by_default() -> None:
    clauses = StandardClauses()
    for name in CLAUSE_NAMES:
        clause = getattr(clauses, name)
        assert clause.enabled and clause.text == "" and not clause.reworded
    assert clauses.measurement_disputes.expert
    assert clauses.measurement_disputes.expert_days == 30
    assert clauses.measurement_disputes.costs == "shared"
    assert clauses.measurement_disputes.monitoring_gap == "other_records"
    assert clauses.credit_nature.counts_towards_liability_cap
    assert clauses.credit_nature.paid_after_termination
    assert clauses.precedence.term_follows_master
    assert clauses.notices.method == "email_or_letter" and clauses.notices.addresses == []
    # Personal data is not assumed: the clause is printed only where the agreement says so.
    assert not clauses.data_protection.processes_personal_data
    assert clauses.data_protection.laws == []


def test_a_file_without_clauses_loads_with_the_defaults() -> None:
    text = "format_version: 3\ntitle: Old agreement\n"
    assert loads_agreement(text).clauses == StandardClauses()


def test_changed_clauses_round_trip_through_yaml_and_the_schema() -> None:
    agreement = Agreement(title="Hosting")
    clauses = agreement.clauses
    clauses.notices.enabled = False
    clauses.confidentiality.text = "Our own words on confidentiality."
    clauses.measurement_disputes.costs = "losing_party"
    clauses.measurement_disputes.monitoring_gap = "counted"
    clauses.credit_nature.counts_towards_liability_cap = False
    clauses.data_protection.processes_personal_data = True
    clauses.data_protection.laws = ["hipaa"]
    clauses.notices.addresses = [NoticeAddress(party="customer", email="legal@example.com")]
    text = dumps_agreement(agreement)
    assert loads_agreement(text) == agreement
    data = yaml.safe_load(text)
    assert data["clauses"]["confidentiality"]["text"] == "Our own words on confidentiality."
    jsonschema.Draft202012Validator(json_schema()).validate(data)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        (("measurement_disputes", "costs"), "the loser"),
        (("measurement_disputes", "expert_days"), 0),
        (("data_protection", "laws"), ["ccpa"]),
        (("notices", "method"), "fax"),
        (("confidentiality", "on"), True),
    ],
)
def test_the_schema_and_the_loader_refuse_what_is_not_a_clause(
    field: tuple[str, str], value: object
) -> None:
    data = {"format_version": 3, "title": "Hosting", "clauses": {field[0]: {field[1]: value}}}
    errors = list(jsonschema.Draft202012Validator(json_schema()).iter_errors(data))
    assert errors
    with pytest.raises(Exception):  # noqa: B017 - LoadError, whatever the field
        loads_agreement(yaml.safe_dump(data))


def test_internal_agreements_hold_only_the_clauses_that_fit() -> None:
    clauses = StandardClauses()
    held = {n for n in CLAUSE_NAMES if clauses.in_document(n, internal=True) is not None}
    assert (
        held
        == INTERNAL_CLAUSES
        == {
            "interpretation",
            "measurement_disputes",
            "precedence",
            "confidentiality",
        }
    )
    assert all(clauses.in_document(n, internal=False) for n in CLAUSE_NAMES)
    clauses.no_waiver.enabled = False
    assert clauses.in_document("no_waiver", internal=False) is None


@pytest.mark.parametrize(
    ("language", "countries", "laws"),
    [
        ("pt-BR", set(), ["lgpd"]),
        ("en", {"BR"}, ["lgpd"]),
        ("en", {"NL", "US"}, ["gdpr"]),
        ("en", {"GB"}, ["uk_gdpr"]),
        ("en", {"GB", "DE"}, ["gdpr", "uk_gdpr"]),
        ("en", {"US", "CA"}, []),
    ],
)
def test_the_laws_follow_the_language_and_countries(
    language: str, countries: set[str], laws: list[str]
) -> None:
    assert StandardClauses().data_protection.laws_for(language, countries) == laws


def test_chosen_laws_replace_those_of_the_countries() -> None:
    protection = StandardClauses().data_protection
    protection.laws = ["hipaa", "hipaa"]
    assert protection.laws_for("pt-BR", {"BR"}) == ["hipaa"]


@pytest.mark.parametrize(
    ("name", "personal_data", "laws"),
    [
        ("saas-availability", True, []),
        ("managed-services", True, ["hipaa"]),
        ("contact-centre", True, []),
        ("it-service-desk", True, []),
        ("supplier-ola", False, []),
        ("internal-departments", False, []),
    ],
)
def test_templates_say_whether_their_services_process_personal_data(
    name: str, personal_data: bool, laws: list[str]
) -> None:
    protection = agreement_of(name).clauses.data_protection
    assert protection.processes_personal_data is personal_data
    assert protection.laws == laws
