"""Every party is named for what it owes, checked over the export of every template in both
languages, and of each template with a third party: the checks look for classes of defect
(a count of two parties where there are more, a party's role word that names no party, a
contract clause in an internal agreement, a service level that names no one owing it), not
for one template's wording."""

from __future__ import annotations

import html as html_lib
import re
import string

import pytest
from sla_designer.resources import templates_folder

from sla_designer.catalog import load_catalog
from sla_designer.export.owing import party_labels
from sla_designer.export.preview import preview_html
from sla_designer.export.wording import load_wording
from sla_designer.io import load_agreement
from sla_designer.model import Agreement, Party, Service
from sla_designer.text import texts, walk

LANGUAGES = ("en", "pt-BR")
TEMPLATES = [entry.name for entry in load_catalog()]
TAG = re.compile(r"<[^>]+>")
VALUE = re.compile(r'<span data-path="[^"]*">(?:(?!</span>).)*</span>', re.DOTALL)
# Words that count two parties: wrong as soon as there are three.
TWO_PARTIES = re.compile(
    r"\bboth parties\b|\beither party\b|\bboth of the parties\b|\bthe two parties\b"
    r"|\bambas as partes\b|\bduas vias\b|\bas duas partes\b|\bem 2 \(duas\) vias\b",
    re.IGNORECASE,
)


def _template(name: str) -> Agreement:
    return load_agreement(str(templates_folder() / f"{name}.yaml"))


def _with_a_third_party(agreement: Agreement) -> Agreement:
    """The agreement with one more party, which provides the first service to the others."""
    third = Party(
        id="third-party",
        role="other",
        legal_name="Third Party Holdings Ltd",
        short_name="Third Party",
    )
    parties = [*agreement.parties, third]
    services = list(agreement.service.services)
    if services:
        others = [p.id for p in agreement.parties if p.role != "other"] or [agreement.parties[0].id]
        services[0] = services[0].model_copy(update={"provider": third.id, "recipients": others})
    service = agreement.service.model_copy(update={"services": services})
    return agreement.model_copy(update={"parties": parties, "service": service})


def _text(html: str) -> str:
    return html_lib.unescape(TAG.sub("", re.sub(r"</(p|h\d|td|th|li)>", "\n", html)))


def _generated(html: str) -> str:
    """The text the exporter wrote: without the values taken from the agreement (the user's
    own words, which a variant of a template does not rewrite)."""
    return _text(VALUE.sub("", html))


def _pattern(phrase: str) -> re.Pattern[str]:
    """A clause-file phrase as a pattern, its placeholders matching any text."""
    parts = []
    for literal, name, _, _ in string.Formatter().parse(phrase):
        parts.append(re.escape(literal))
        if name is not None:
            parts.append(".+?")
    return re.compile("".join(parts))


def _labels(agreement: Agreement, language: str) -> dict[str, str]:
    """How the contract calls each party (its name in an internal agreement, else its role's
    word when no other party has that role, else its name)."""
    return party_labels(agreement, load_wording(language))


def _provider_id(agreement: Agreement, service: Service | None) -> str | None:
    party = agreement.provider_of(service)
    return party.id if party else None


CASES = [
    pytest.param(name, language, third, id=f"{name}-{language}{'-3' if third else ''}")
    for name in TEMPLATES
    for language in LANGUAGES
    for third in (False, True)
]


def _case(name: str, third: bool) -> Agreement:
    agreement = _template(name)
    return _with_a_third_party(agreement) if third else agreement


@pytest.mark.parametrize(("name", "language", "third"), CASES)
def test_no_clause_counts_two_parties_where_there_are_more(
    name: str, language: str, third: bool
) -> None:
    agreement = _case(name, third)
    html = preview_html(agreement, language=language)
    # A template's own words are checked too; a variant's are the template's.
    text = _generated(html) if third else _text(html)
    if len(agreement.parties) > 2:
        assert TWO_PARTIES.findall(text) == []
    if language == "pt-BR" and not agreement.internal:
        # The originals are counted: one per party.
        count = len(agreement.parties)
        spelled = load_wording(language).raw("numbers.spelled")[count]
        assert f"em {count} ({spelled}) vias" in text


@pytest.mark.parametrize(("name", "language", "third"), CASES)
def test_a_role_word_is_used_only_for_the_party_it_names(
    name: str, language: str, third: bool
) -> None:
    """'CONTRATADA' or 'the Provider' in the text is the label of a party of that role: never a
    fixed word where the party is a supplier, a department or one of two customers."""
    agreement = _case(name, third)
    labels = _labels(agreement, language)
    text = _generated(preview_html(agreement, language=language))
    # Party names may hold a role's word ('Customer Service'): they are not what is looked for.
    names = {*labels.values(), *(p.legal_name for p in agreement.parties)}
    for label in sorted(names, key=len, reverse=True):
        text = text.replace(label, "")
    t = load_wording(language)
    for role in ("provider", "customer", "supplier"):
        word = t(f"roles.{role}")
        # The word as the text capitalises it: 'CONTRATADA', 'Provider' (of 'the Provider').
        core = word.split()[-1]
        if word not in labels.values():
            assert re.search(rf"\b{re.escape(core)}\b", text) is None, (role, core)


@pytest.mark.parametrize(("name", "language", "third"), CASES)
def test_each_service_level_names_the_party_that_owes_it(
    name: str, language: str, third: bool
) -> None:
    agreement = _case(name, third)
    html = preview_html(agreement, language=language)
    labels = _labels(agreement, language)
    t = load_wording(language)
    services = [agreement.service_of(m.id) for m in agreement.metrics]
    owners = {_provider_id(agreement, s) for s in [*services, *agreement.service.services]}
    clauses = dict(re.findall(r'<div data-path="metrics\[(\d+)\]">(.*?)</div>', html, re.DOTALL))
    for index, metric in enumerate(agreement.metrics):
        provider = agreement.provider_of(agreement.service_of(metric.id))
        if provider is None or (metric.service is None and len(owners) > 1):
            continue  # validation reports a service level nobody owes
        label = labels[provider.id]
        if len(owners) == 1:
            # One provider owes them all: the clause's introduction says so.
            intro = _pattern(t("metrics.intro", Provider="{Provider}"))
            found = intro.search(_text(html))
            assert found is not None and label.casefold() in found.group(0).casefold()
        else:
            clause = _text(clauses[str(index)]).casefold()
            assert label.casefold() in clause, (metric.id, label)


@pytest.mark.parametrize(("name", "language"), [(n, lang) for n in TEMPLATES for lang in LANGUAGES])
def test_an_internal_agreement_reads_as_an_internal_commitment(name: str, language: str) -> None:
    """Made internal, every template leaves out what only a contract between legal persons
    has, and says once what it is instead."""
    agreement = _template(name).model_copy(update={"kind": "internal_sla"})
    assert agreement.internal
    t = load_wording(language, agreement.date_style)
    # The words the exporter wrote (the template's own may speak of "the Provider").
    text = _generated(preview_html(agreement, language=language))
    for word in ("CONTRATANTE", "CONTRATADA", "FORNECEDORA", "the Provider", "the Customer"):
        assert word not in text
    absent = [
        t("jurisdiction.heading"),
        t("jurisdiction.heading_law"),
        t("jurisdiction.heading_with_law"),
        t("signatures.witnesses"),
        t("signatures.cpf").strip(),
        *(
            t.raw(key)
            for key in ("signatures.closing", "signatures.closing_copies")
            if t.raw(key) is not None
        ),
    ]
    for phrase in absent:
        assert _pattern(phrase).search(text) is None, phrase
    for key in [
        "jurisdiction.law",
        "jurisdiction.courts_of",
        "jurisdiction.comarca",
        "jurisdiction.named_court.one",
    ]:
        if t.raw(key) is not None:
            assert _pattern(t.raw(key)).search(text) is None, key
    # No termination on notice: the chronic-failure clause's notice forms are absent.
    notice = t.raw("credits.chronic_parts.notice")
    for phrase in (t.raw("credits.chronic_parts.notice_none"), *notice.values()):
        assert _pattern(phrase).search(text) is None, phrase
    assert text.count(t("parties.internal")) == 1
    if agreement.remedies.chronic_failure is not None:
        assert _pattern(t.raw("credits.chronic_internal")).search(text) is not None


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_contract_between_legal_persons_keeps_its_legal_clauses(language: str) -> None:
    """The same checks fail on a customer contract: they can find what they look for."""
    agreement = _template("saas-availability")
    t = load_wording(language)
    text = _text(preview_html(agreement, language=language))
    assert t("parties.internal") not in text
    assert _pattern(t.raw("credits.chronic")).search(text) is not None
    assert t("jurisdiction.heading_with_law") in text
    if language == "pt-BR":
        assert t("signatures.witnesses") in text
        assert "em 2 (duas) vias" in text
        assert TWO_PARTIES.search(text) is not None  # the count the first check looks for


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_phrase_writes_a_party_s_role_word_itself(language: str) -> None:
    """Parties are named through their labels ({provider}, {customer}...): a phrase writing
    'CONTRATADA' itself would name a party that may not be the one meant, or not exist."""
    t = load_wording(language)
    words = [t(f"roles.{role}").split()[-1] for role in ("provider", "customer", "supplier")]
    found = [
        key
        for key, phrase in walk(texts(language).raw("clauses"))
        if not key.startswith("roles.")
        and isinstance(phrase, str)
        and any(re.search(rf"\b{word}\b", re.sub(r"{\w+}", "", phrase)) for word in words)
    ]
    assert found == []
