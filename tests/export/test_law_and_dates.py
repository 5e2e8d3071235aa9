"""A reviewer's checks of the governing-law and forum clause, of the date style and of the
escalation table, over every template in both languages."""

from __future__ import annotations

import re

import pytest

from sla_designer.export.owing import party_labels
from sla_designer.export.preview import preview_html
from sla_designer.export.wording import load_wording, respell
from sla_designer.model import Agreement
from sla_designer.model.law import BRAZILIAN_STATES, comarca
from tests.export.reviewed import PAIRS, TEMPLATES, agreement_of, plain, template_text, text_of


def label_of(agreement: Agreement, party: str) -> str:
    return party_labels(agreement, load_wording(agreement.language))[party]


MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_LONG = "|".join(MONTHS)
_SHORT = "|".join(m[:3] for m in MONTHS if m != "May") + "|Sept"
DATE_FORMS = {
    "british": re.compile(rf"\b\d{{1,2}} (?:{_LONG}) \d{{4}}\b"),
    "american": re.compile(rf"\b(?:{_LONG}) \d{{1,2}}, \d{{4}}\b"),
    "abbreviated": re.compile(
        rf"\b(?:\d{{1,2}} (?:{_SHORT})\.? \d{{4}}|(?:{_SHORT})\.? \d{{1,2}}, \d{{4}})\b"
    ),
    "numeric": re.compile(r"\b(?:\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2})\b"),
}
"""Every way an English text may write a day: a document uses its style's form only."""


def dates_by_form(text: str) -> dict[str, list[str]]:
    return {form: pattern.findall(text) for form, pattern in DATE_FORMS.items()}


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_courts_have_no_law_of_their_own(name: str, language: str) -> None:
    text = template_text(name, language)
    assert "whose law governs" not in text
    assert re.search(r"(?i)comarca de (?:foro|comarca)\b", text) is None
    assert "courts of the courts" not in text.lower() and "The the " not in text


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_a_portuguese_forum_is_a_brazilian_comarca(name: str, language: str) -> None:
    """'Comarca de' is always followed by a city and a Brazilian state's code: never
    'foro da Comarca de England and Wales'."""
    text = template_text(name, language)
    for place in re.findall(r"(?i)comarca de ([^,.;]*)", text):
        assert comarca(place.split(" para ")[0]) is not None, place


@pytest.mark.parametrize("name", TEMPLATES)
def test_the_law_is_stated_where_the_language_needs_it(name: str) -> None:
    agreement = agreement_of(name)
    english, portuguese = template_text(name, "en"), template_text(name, "pt-BR")
    if agreement.internal:
        assert "governed by the laws" not in english and "Fica eleito" not in portuguese
        return
    assert english.count("This Agreement is governed by the laws of ") == 1
    assert "have exclusive jurisdiction." in english or "has exclusive jurisdiction." in english
    # Brazilian law goes without saying in a Brazilian contract; any other law is stated.
    brazilian = agreement.governing_law in ("", "Brasil")
    assert ("Este Acordo rege-se pelas leis de" in portuguese) is not brazilian
    if agreement.language == "pt-BR":
        assert "Fica eleito o foro da Comarca de " in portuguese
        assert (
            "com renúncia expressa a qualquer outro, por mais privilegiado que seja." in portuguese
        )


def test_the_reviewers_sentences_read_as_a_lawyer_writes_them() -> None:
    saas = template_text("saas-availability", "en")
    assert (
        "This Agreement is governed by the laws of England and Wales. The courts of England and "
        "Wales have exclusive jurisdiction." in saas
    )
    new_york = template_text("managed-services", "en")
    assert (
        "governed by the laws of the State of New York. The state and federal courts " in new_york
    )
    assert (
        "Fica eleito o foro da Comarca de Belo Horizonte/MG para dirimir quaisquer questões "
        in (template_text("it-service-desk", "pt-BR"))
    )


@pytest.mark.parametrize("name", TEMPLATES)
def test_an_english_contract_writes_every_date_in_its_one_style(name: str) -> None:
    agreement = agreement_of(name)
    found = dates_by_form(template_text(name, "en"))
    style = agreement.date_style
    assert found[style], "no date in the contract: the check would not see a second style"
    others = {form: dates for form, dates in found.items() if form != style and dates}
    assert others == {}


def test_american_style_writes_american_dates_and_spelling() -> None:
    agreement = agreement_of("saas-availability")
    british = text_of(agreement, "en")
    american = text_of(agreement.model_copy(update={"date_style": "american"}), "en")
    assert "February 22, 2027" in american and "22 February 2027" not in american.replace(
        "dated 22 February 2027",
        "",  # the agreement's own text is printed as typed
    )
    assert "authorised representatives" in british and "authorized representatives" in american
    # Portuguese has one style: the choice changes nothing.
    portuguese = agreement.model_copy(update={"date_style": "american", "language": "pt-BR"})
    assert text_of(portuguese) == text_of(agreement, "pt-BR")


def test_an_american_contract_uses_no_british_spelling_of_the_table() -> None:
    spelling = load_wording("en").raw("date_styles.american.spelling")
    text = template_text("managed-services", "en")
    used = [word for word in spelling if re.search(rf"(?i)\b{word}\b", text)]
    assert used == []
    assert agreement_of("managed-services").date_style == "american"


def test_respelling_is_exact() -> None:
    table = {"authorised": "authorized", "organisation": "organization"}
    assert respell("Authorised by the organisation", table) == "Authorized by the organization"
    # Whole words only: a longer word is not a British spelling of the table.
    assert respell("reorganisations", table) == "reorganisations"
    assert respell("nothing here", table) == "nothing here"


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_the_escalation_table_says_what_its_times_count_from(name: str, language: str) -> None:
    agreement = agreement_of(name)
    text = template_text(name, language)
    t = load_wording(language)
    assert agreement.escalation
    header = " ".join(
        t(f"escalation.col_{c}") for c in ("level", "role", "party", "after", "contacts")
    )
    assert header in text
    start = t.raw(f"escalation.after.{agreement.escalation_counted_from}")
    timed = [level for level in agreement.escalation if level.after]
    assert len(re.findall(re.escape(start.split("{duration}")[1]), text)) == len(timed)
    # Role and party are two cells, never run together ("Support Duty Manager the Provider").
    changed = agreement.model_copy(update={"language": language})
    cells = [plain(c) for c in re.findall(r"<td\b.*?</td>", preview_html(changed), flags=re.S)]
    for level in agreement.escalation:
        at = cells.index(level.name)
        assert cells[at + 1] == label_of(changed, level.party)


def test_times_counted_from_the_previous_level_say_so() -> None:
    agreement = agreement_of("saas-availability")
    changed = agreement.model_copy(update={"escalation_counted_from": "previous_level"})
    text = text_of(changed, "en")
    assert "2 hours after the previous level is reached" in text
    assert "after the Incident is logged" not in text
    assert "8 horas após o acionamento do nível anterior" in text_of(changed, "pt-BR")


def test_brazilian_states_are_the_27() -> None:
    assert len(BRAZILIAN_STATES) == 27
