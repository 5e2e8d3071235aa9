"""A party's tax number is named after its country, and no generated label wraps another label."""

from __future__ import annotations

import html
import re

import pytest
from sla_designer.resources import templates_folder

from sla_designer.catalog import load_catalog
from sla_designer.export.preview import preview_html
from sla_designer.io import load_agreement
from sla_designer.model import Agreement, Party
from sla_designer.model.tax_ids import read_tax_id, scheme_of
from sla_designer.text import texts

TEMPLATES = [entry.name for entry in load_catalog()]
LANGUAGES = ("en", "pt-BR")
SCHEMES = ("cnpj", "cpf", "company_number", "ein", "nipc", "kvk", "registration")

EXPECTED = {
    ("saas-availability", "en"): "Ledgerline Software Ltd (Company No. 11482093)",
    ("saas-availability", "pt-BR"): (
        "LEDGERLINE SOFTWARE LTD, registrada na Companies House sob o nº 11482093,"
    ),
    ("managed-services", "en"): "Tidewell Managed IT, Inc. (EIN 84-3920517)",
    ("supplier-ola", "en"): "Polderstack B.V. (KvK number 74512398)",
    ("supplier-ola", "pt-BR"): (
        "POLDERSTACK B.V., registrada na Câmara de Comércio dos Países Baixos (KvK) sob o nº"
        " 74512398,"
    ),
    ("it-service-desk", "en"): "Laticínios Serra Azul S.A. (CNPJ no. 54.144.683/0001-80)",
    ("it-service-desk", "pt-BR"): (
        "LATICÍNIOS SERRA AZUL S.A., inscrita no CNPJ sob o nº 54.144.683/0001-80,"
    ),
}


def _labels_wrapped(sentence: str, language: str) -> list[str]:
    """The labels typed after one of the product's own labels in a sentence: ['Company No.'] for
    'com registro nº Company No. 11482093'."""
    phrases = texts(language).section("clauses")
    wrapped = []
    for scheme in SCHEMES:
        before, _after = phrases.split(f"parties.tax_ids.{scheme}", "tax_id")
        # The label itself, without the comma or parenthesis that joins it to the party's name.
        label = before.lstrip(" ,(")
        for match in re.finditer(re.escape(label), sentence):
            typed = re.split(r"[,)]\s|\)$|,$", sentence[match.end() :])[0]
            if read_tax_id(typed).label:
                wrapped.append(read_tax_id(typed).label)
    return wrapped


def test_the_check_finds_the_defect_it_is_for() -> None:
    assert _labels_wrapped("Acme Ltd, registrada sob o nº Company No. 11482093, com sede", "pt-BR")
    assert _labels_wrapped("Acme Ltd (registration number EIN 84-3920517), whose", "en")
    assert not _labels_wrapped("Acme Ltd (Company No. 11482093), whose", "en")


def _template(name: str) -> Agreement:
    return load_agreement(str(templates_folder() / f"{name}.yaml"))


def _text(agreement: Agreement, language: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", preview_html(agreement, language=language)))


def _qualifications(agreement: Agreement, language: str) -> list[str]:
    """The sentence of clause 1 that qualifies each party with a tax number."""
    text = _text(agreement, language)
    found = []
    for party in agreement.parties:
        if not party.tax_id:
            continue
        # The name in capitals in a Brazilian contract (its razão social).
        match = re.search(
            "(?i:"
            + re.escape(party.legal_name)
            + ")"
            + r"[ ,(][^\n]*?"
            + re.escape(read_tax_id(party.tax_id).number),
            text,
        )
        assert match is not None, (party.legal_name, language)
        found.append(match.group(0))
    return found


def _phrase(language: str, party: Party) -> str:
    """What the product says before the number, for the party's country."""
    scheme = scheme_of(party.country, read_tax_id(party.tax_id)) or "registration"
    before, _after = texts(language).section("clauses").split(f"parties.tax_ids.{scheme}", "tax_id")
    return before


def _relabelled(agreement: Agreement, keep_country: bool) -> Agreement:
    """The template as a user may have typed it: each number with its label before it."""
    labels = {"GB": "Company No. ", "US": "EIN ", "NL": "KvK ", "BR": "CNPJ: "}
    parties = [
        p.model_copy(
            update={
                "tax_id": labels.get(p.country or "", "") + p.tax_id if p.tax_id else "",
                "country": p.country if keep_country else None,
            }
        )
        for p in agreement.parties
    ]
    return agreement.model_copy(update={"parties": parties})


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", TEMPLATES)
def test_every_template_names_each_tax_number_after_its_country(name: str, language: str) -> None:
    agreement = _template(name)
    assert all(p.country for p in agreement.parties)
    sentences = _qualifications(agreement, language)
    for party, sentence in zip([p for p in agreement.parties if p.tax_id], sentences, strict=True):
        assert _phrase(language, party) + party.tax_id in sentence
    if (name, language) in EXPECTED:
        assert EXPECTED[name, language] in _text(agreement, language)


@pytest.mark.parametrize("keep_country", [True, False])
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", TEMPLATES)
def test_no_label_wraps_another_label(name: str, language: str, keep_country: bool) -> None:
    """Typed with their labels, with or without the parties' countries, the numbers are named
    once, as the template names them."""
    template = _template(name)
    relabelled = _relabelled(template, keep_country)
    for sentence in _qualifications(relabelled, language):
        assert _labels_wrapped(sentence, language) == [], sentence
    assert _qualifications(relabelled, language) == _qualifications(template, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_template_sentence_wraps_a_label_in_another(language: str) -> None:
    for name in TEMPLATES:
        text = _text(_template(name), language)
        for party in _template(name).parties:
            start = text.rfind(party.legal_name)
            sentence = text[start : text.find("\n", start)]
            assert _labels_wrapped(sentence, language) == [], sentence


@pytest.mark.parametrize(
    ("country", "typed", "en", "pt"),
    [
        # A number whose label the product does not know is printed as typed, in no label.
        ("DE", "HRB 12345", "Acme GmbH (HRB 12345)", "ACME GMBH (HRB 12345)"),
        (None, "SIREN 552 100 554", "Acme GmbH (SIREN 552 100 554)", "ACME GMBH (SIREN"),
        # A country whose scheme the product does not name: a neutral label around the number.
        ("DE", "12345", "Acme GmbH (registration number 12345)", "ACME GMBH, registrada sob o nº"),
        ("DE", "Reg. No. 12345", "Acme GmbH (registration number 12345)", "sob o nº 12345,"),
        ("PT", "501 234 567", "Acme GmbH (NIPC 501 234 567)", "(NIPC) nº 501 234 567,"),
        ("BR", "529.982.247-25", "Acme GmbH (CPF no. 529.982.247-25)", "no CPF sob o nº 529"),
        # A label names its scheme, whatever the country says.
        ("GB", "EIN 84-3920517", "Acme GmbH (EIN 84-3920517)", "(EIN) sob o nº 84-3920517,"),
    ],
)
def test_other_countries_and_labels(country: str | None, typed: str, en: str, pt: str) -> None:
    agreement = _template("saas-availability")
    first = agreement.parties[0].model_copy(
        update={"legal_name": "Acme GmbH", "country": country, "tax_id": typed}
    )
    agreement = agreement.model_copy(update={"parties": [first, *agreement.parties[1:]]})
    english, portuguese = _text(agreement, "en"), _text(agreement, "pt-BR")
    assert en in english
    assert pt in portuguese
    for text, language in ((english, "en"), (portuguese, "pt-BR")):
        start = text.casefold().rfind("acme gmbh")
        assert _labels_wrapped(text[start : text.find("\n", start)], language) == []
