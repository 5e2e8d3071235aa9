"""Every finding names its field in words, in both languages: never the model's raw path."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings

from sla_designer.catalog import load_catalog, load_template
from sla_designer.model import Agreement
from sla_designer.validation import validate
from sla_designer.validation.path_words import path_words
from tests.strategies import agreements

LANGUAGES = ("en", "pt-BR")
# What a raw path looks like: an index in brackets, a snake_case name, a dotted step.
RAW = re.compile(r"\[\d+\]|\b[a-z]+_[a-z_]+\b|\b[a-z]+\.[a-z]+\b")


def _check(agreement: Agreement) -> int:
    said = 0
    for finding in validate(agreement):
        for language in LANGUAGES:
            words = path_words(finding.path, agreement, language)
            assert words, finding
            raw = RAW.search(words)
            assert raw is None or raw.group() in _item_names(agreement), (finding.path, words)
            said += 1
    return said


def _item_names(agreement: Agreement) -> str:
    """The agreement's own names, which may look like anything."""
    return repr(agreement.model_dump())


@pytest.mark.parametrize("template", [entry.name for entry in load_catalog()])
def test_every_finding_of_a_template_names_its_field_in_words(template: str) -> None:
    agreement = load_template(template)
    _check(agreement)
    # The same template with its required texts emptied: many more findings, same rule.
    agreement.title = ""
    for party in agreement.parties:
        party.legal_name = ""
    for metric in agreement.metrics:
        metric.name = ""
    assert _check(agreement) > 0


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(agreements())
def test_every_finding_of_any_agreement_names_its_field_in_words(agreement: Agreement) -> None:
    _check(agreement)


def test_the_words_say_the_item_by_its_name_or_number() -> None:
    agreement = load_template("saas-availability")
    metric = agreement.metrics[0]
    assert path_words(("parties", 0, "tax_id"), agreement, "en") == (
        f"Party «{agreement.parties[0].short_name or agreement.parties[0].legal_name}» › Tax number"
    )
    assert path_words(("metrics", 0, "name"), agreement, "pt-BR") == (
        f"Indicador “{metric.name}” › Nome"
    )
    assert path_words(("parties", 7, "tax_id"), agreement, "en") == "Party 8 › Tax number"
    assert path_words(("calendars", 0, "closed_dates", 1, "name"), agreement, "en").endswith(
        "Closed date 2 › Reason"
    )
    assert path_words(("service", "scope", 2), agreement, "pt-BR") == "Escopo, item 3"
    assert path_words((), agreement, "en") == "The agreement"
