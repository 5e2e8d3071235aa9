"""Defined terms as a legal reviewer checks them, in every template's contract in both languages:
every defined term is used, capitalised; every term the generator writes capitalised is defined,
and not also written in lower case; one spelling of "Agreement"."""

from __future__ import annotations

import re
from functools import cache

import pytest
from hypothesis import HealthCheck, assume, given, settings

from sla_designer.export.builder import ExportError
from sla_designer.export.defined_terms import CALENDAR_TERMS, KEYS, forms
from sla_designer.export.preview import preview_html
from sla_designer.export.wording import load_wording
from sla_designer.model import Agreement
from sla_designer.validation.terms import spellings_of, uses
from tests.export.reviewed import PAIRS, agreement_of, plain, template_text, text_of
from tests.strategies import agreements

DEFINITION = re.compile(r"(?<![\d.])\d+\.\d+ “([^”]+)”: ")
"""The head of a definition: '2.3 “Downtime”: '."""

LOWER_CASE_CHECKED = {
    "en": (
        "business_hours",
        "business_day",
        "contract_year",
        "monthly_fee",
        "downtime",
        "scheduled_maintenance",
        "service_credit",
        "incident",
    ),
    "pt-BR": (
        "business_hours",
        "business_day",
        "contract_year",
        "monthly_fee",
        "scheduled_maintenance",
        "service_credit",
    ),
}
"""Terms whose lower-case spelling means the same thing: written so, the reader cannot tell
whether the definition applies. ('month' and 'indisponibilidade' have ordinary uses too.)"""

AGREEMENT_IN_LOWER_CASE = {
    # "the agreement of the directors" is consent, not this Agreement.
    "en": re.compile(r"\b(?:[Tt]his agreement|[Tt]he agreement(?! of))\b"),
    "pt-BR": re.compile(r"\b(?:[Ee]ste|[Dd]este|[Nn]este|[Pp]resente|[Oo]|[Dd]o|[Nn]o) acordo\b"),
}


def defined(text: str) -> list[str]:
    return DEFINITION.findall(text)


def elsewhere(text: str, term: str, language: str) -> str:
    """The contract without the definition of `term` and without the interpretation clause,
    which state how the term is read rather than use it."""
    t = load_wording(language)
    service = text.index(f" {t('service.heading')} ")
    head = re.search(rf"(?<![\d.])\d+\.\d+ “{re.escape(term)}”: ", text)
    assert head is not None
    following = re.compile(r" \d+\.\d+ ").search(text, head.end())
    end = min(following.start() if following else service, service)
    text = text[: head.start()] + text[end:]
    interpretation = text.find(f" {t('interpretation.intro')} ")
    if interpretation != -1 and interpretation < text.index(f" {t('service.heading')} "):
        text = text[:interpretation] + text[text.index(f" {t('service.heading')} ") :]
    return text


def spellings(term: str) -> list[str]:
    return [*spellings_of(term, "en"), *spellings_of(term, "pt-BR")]


@cache
def body_text(name: str, language: str) -> str:
    """The contract without its headings, which may speak of a subject in ordinary words."""
    html = preview_html(agreement_of(name), language)
    return plain(re.sub(r"<h\d[^>]*>.*?</h\d>", " ", html, flags=re.S))


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_every_defined_term_is_used_capitalised(name: str, language: str) -> None:
    text = template_text(name, language)
    # An agreement's own terms are in the language it is written in, whatever the export's.
    unused = [
        term for term in defined(text) if not uses(elsewhere(text, term, language), spellings(term))
    ]
    assert not unused, unused


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_every_generated_term_used_is_defined(name: str, language: str) -> None:
    text = template_text(name, language)
    t = load_wording(language)
    terms = {s.casefold() for term in defined(text) for s in spellings(term)}
    missing = [
        forms(t, key)[0]
        for key in KEYS
        if uses(text, forms(t, key)) and not {f.casefold() for f in forms(t, key)} & terms
    ]
    assert not missing, missing


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_a_defined_term_is_not_also_written_in_lower_case(name: str, language: str) -> None:
    text = body_text(name, language)
    t = load_wording(language)
    terms = {term.casefold() for term in defined(text)}
    written = [
        spelling.lower()
        for key in LOWER_CASE_CHECKED[language]
        if forms(t, key)[0].casefold() in terms
        for spelling in forms(t, key)
        if uses(text, [spelling.lower()])
    ]
    assert not written, written


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_agreement_is_spelled_one_way(name: str, language: str) -> None:
    text = template_text(name, language)
    found = AGREEMENT_IN_LOWER_CASE[language].findall(text)
    assert not found, found


@settings(max_examples=15, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(agreements())
def test_random_agreements_define_exactly_the_generated_terms_they_use(
    agreement: Agreement,
) -> None:
    try:
        text = text_of(agreement)
    except ExportError:
        assume(False)  # refused by the exporter (two clauses claim one reference): not this test
    t = load_wording(agreement.language)
    own = {s.casefold() for d in agreement.definitions for s in spellings(d.term)}
    heads = defined(text)
    for key in KEYS:
        spellings_ = forms(t, key)
        generated = f"“{spellings_[0]}”: " in text
        if generated:
            # A generated definition is used outside itself and the interpretation clause.
            assert uses(elsewhere(text, spellings_[0], agreement.language), spellings_), key
        elif key in CALENDAR_TERMS and not agreement.business_time_calendars():
            # Business time counted on no calendar: an error of validation, not defined.
            continue
        elif spellings_[0].casefold() not in own and spellings_[0] not in heads:
            # Used (outside the agreement's own definitions' terms) only when defined.
            in_terms = sum(uses(d.term, spellings_) for d in agreement.definitions)
            assert uses(text, spellings_) <= in_terms, key
