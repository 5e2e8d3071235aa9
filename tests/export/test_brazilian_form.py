"""The Brazilian form a lawyer signs, and the cover, checked on every template in both languages:
a preamble in Portuguese, the razão social in capitals, credits not called penalties, time zones,
channels and holidays as a reader knows them, singular and plural in agreement, a cover that
neither repeats the title nor runs the parties together."""

from __future__ import annotations

import re

import pytest

from sla_designer.export.preview import preview_html
from sla_designer.model import Agreement
from sla_designer.text import texts
from sla_designer.validation import validate
from tests.export.reviewed import PAIRS, agreement_of, plain, template_text, text_of

PREAMBLE = "Pelo presente instrumento particular, de um lado "
AGREED = "têm entre si justo e contratado o presente "


def _internal(name: str) -> bool:
    return agreement_of(name).internal


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_a_portuguese_contract_opens_with_its_preamble(name: str, language: str) -> None:
    text = template_text(name, language)
    brazilian = language == "pt-BR" and not _internal(name)
    assert (PREAMBLE in text) is brazilian
    assert (AGREED in text) is brazilian
    if brazilian:
        # The preamble comes before clause 1, and clause 1 no longer qualifies the parties.
        assert text.index(PREAMBLE) < text.index(" 1 Da vigência ")
        assert not re.search(r"1\.\d [^ ]+[^.]*doravante denominada", text)
        agreement = agreement_of(name)
        preamble = text[text.index(PREAMBLE) : text.index(AGREED)]
        for party in agreement.parties:
            assert f"doravante denominada {_label(agreement, party.id, language)}" in preamble
            rep = party.representative
            if rep is not None and rep.tax_id:
                assert f"{rep.name}, {rep.title}, CPF nº {rep.tax_id}" in preamble
        assert "na forma de seu " in preamble or "na forma de seus atos constitutivos" in preamble


def _label(agreement: Agreement, party_id: str, language: str) -> str:
    role = next(p.role for p in agreement.parties if p.id == party_id)
    return texts(language)(f"clauses.roles.{role}")


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_the_razao_social_is_in_capitals_in_portuguese(name: str, language: str) -> None:
    text = template_text(name, language)
    brazilian = language == "pt-BR" and not _internal(name)
    for party in agreement_of(name).parties:
        shown = party.legal_name.upper() if brazilian else party.legal_name
        assert shown in text
        if brazilian and party.legal_name != shown:
            assert party.legal_name not in text


def test_the_capitals_are_formatting_so_the_value_stays_as_typed() -> None:
    """In Word the control holds the name as typed, shown in capitals (w:caps): a reviewer who
    leaves it alone gives back the name as the model has it."""
    import io
    import zipfile

    from lxml import etree

    from sla_designer.export import build_docx

    agreement = agreement_of("contact-centre")
    with zipfile.ZipFile(io.BytesIO(build_docx(agreement))) as package:
        body = etree.fromstring(package.read("word/document.xml"))
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    held = [
        (
            "".join(sdt.itertext()),
            sdt.find(f"{w}sdtContent/{w}r/{w}rPr/{w}caps") is not None,
        )
        for sdt in body.iter(f"{w}sdt")
        if sdt.find(f"{w}sdtPr/{w}tag").get(f"{w}val")
        == f"parties[{agreement.parties[1].id}].legal_name"
    ]
    assert held and all(h == ("Alvorada Contact Center S.A.", True) for h in held)


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_credits_are_not_called_penalties(name: str, language: str) -> None:
    text = template_text(name, language)
    sentences = re.split(r"(?<=[.;:])\s+", text)
    if language == "pt-BR":
        assert not re.search(r"penalidade", text, re.IGNORECASE)
        # A termination "sem multa" speaks of a termination fee; a credit is never a multa.
        credit_fines = [
            s
            for s in sentences
            if re.search(r"\bmultas?\b", s) and "crédito" in s and not re.search("rescis", s)
        ]
        assert not credit_fines
        assert "Dos créditos de serviço e demais remédios" in text
    else:
        # Only the clause that says what credits are may speak of a penalty, to deny it.
        penalties = [s for s in sentences if re.search(r"\bpenalt(y|ies)\b", s, re.I)]
        assert all(re.search(r"\bnot a penalty\b", s) for s in penalties), penalties


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_time_zones_are_named_as_a_reader_knows_them(name: str, language: str) -> None:
    text = template_text(name, language)
    zones = {c.timezone for c in agreement_of(name).calendars}
    if language == "pt-BR":
        assert "America/Sao_Paulo" not in text
        assert "fuso horário America/" not in text and "fuso horário Europe/" not in text
        if "America/Sao_Paulo" in zones:
            assert "seguem o horário de Brasília." in text
    else:
        assert "the time zone America/" not in text and "the time zone Europe/" not in text


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_channels_are_named_in_the_contract_language(name: str, language: str) -> None:
    text = template_text(name, language)
    channels = {getattr(m, "channel", None) for m in agreement_of(name).metrics} - {None}
    if language == "pt-BR":
        assert not re.search(r"\bcanal (phone|email|telephone)\b", text)
    words = texts(language).raw("clauses.channels")
    for channel in channels:
        shown = words.get(str(channel).casefold(), channel)
        if language == "pt-BR":
            assert f"canal {shown}" in text
        else:
            assert f"the {shown} channel" in text


ONE = {
    "pt-BR": r"\b1 (dias|meses|horas|minutos|semanas|anos|chamados|vias|Dias Úteis|Horas Úteis)\b",
    "en": r"\b1 (days|months|hours|minutes|weeks|years|tickets|Business Days|Business Hours)\b",
}


def _counting_one(name: str) -> Agreement:
    """The template with every count of the term at one: a month, a day's notice."""
    agreement = agreement_of(name)
    term = agreement.term.model_copy(
        update={"months": 1, "notice_days": 1, "renewal_months": 1, "expiry_date": None}
    )
    return agreement.model_copy(update={"term": term})


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_singular_and_plural_agree(name: str, language: str) -> None:
    assert not re.search(ONE[language], template_text(name, language))
    agreement = _counting_one(name)
    assert not re.search(ONE[language], text_of(agreement, language))
    # What validation says of a one-month term that ends on another day.
    assert agreement.effective_date is not None
    term = agreement.term.model_copy(update={"expiry_date": agreement.effective_date})
    mismatched = agreement.model_copy(update={"term": term})
    said = " ".join(f.message(language) for f in validate(mismatched))
    assert "term-length" not in said
    assert re.search(r"1 (mês|month) ", said)
    assert not re.search(ONE[language], said)


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_holidays_are_a_rule_for_the_whole_term(name: str, language: str) -> None:
    text = template_text(name, language)
    agreement = agreement_of(name)
    rules = [rule for calendar in agreement.calendars for rule in calendar.holidays]
    national = "feriados nacionais" if language == "pt-BR" else "national public holidays"
    assert text.count(national) == len(rules)
    # No holiday is listed as one year's date: a closed date is a one-off closure.
    for calendar in agreement.calendars:
        for closed in calendar.closed_dates:
            assert not re.search(r"feriado|holiday", closed.name, re.IGNORECASE), closed.name
    for rule in rules:
        if rule.country == "BR" and rule.subdivision == "MG" and language == "pt-BR":
            assert (
                "nos feriados nacionais e nos do Estado de Minas Gerais e do Município de "
                "Belo Horizonte (15 de agosto e 8 de dezembro de cada ano)." in text
            )


def _cover(agreement: Agreement, language: str) -> list[str]:
    """The paragraphs of the cover, as text."""
    html = preview_html(agreement, language=language)
    return [plain(p) for p in re.findall(r'<p class="(?:title|subtitle|cover)">(.*?)</p>', html)]


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_the_cover_neither_repeats_the_title_nor_runs_the_parties_together(
    name: str, language: str
) -> None:
    agreement = agreement_of(name)
    cover = _cover(agreement, language)
    kinds = [texts(lang)(f"clauses.kinds.{agreement.kind}") for lang in ("en", "pt-BR")]
    named = sum(" ".join(cover).count(kind) for kind in kinds)
    assert named == 1, cover
    joined = texts(language)("clauses.cover.and")
    parties = [
        p for p in cover if any(x.legal_name.casefold() in p.casefold() for x in agreement.parties)
    ]
    assert len(parties) == len(agreement.parties)
    last = cover.index(parties[-1])
    assert cover[last - 1] == joined
