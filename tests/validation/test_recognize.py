"""Free text read in every language: the number words and patterns of
resources/text/<language>/recognize.yaml, and the plural of a defined term."""

from __future__ import annotations

import re
from typing import Any

import pytest

from sla_designer.model.remedies import ChronicFailure
from sla_designer.text import LANGUAGES, texts
from sla_designer.validation import validate
from tests.export.reviewed import PAIRS, agreement_of
from tests.validation.builders import valid_data, valid_data_pt, with_code

CODE = "free-text-contradicts-rule"
PATTERNS = ("days", "business_days", "months", "termination", "fees_waived", "refund", "notice")


def _recognize(language: str) -> dict[str, Any]:
    data = texts(language).raw("recognize")
    assert isinstance(data, dict)
    return data


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_has_every_pattern_with_examples(language: str) -> None:
    from sla_designer.validation import recognize

    patterns = _recognize(language)["patterns"]
    assert sorted(patterns) == sorted(PATTERNS)
    for name, entry in patterns.items():
        assert entry["finds"] and entry["misses"], (language, name)
        assert recognize.pattern(name).pattern.count("(?:") >= len(LANGUAGES)
    plural = _recognize(language)["terms"]["plural"]
    assert plural["words"] in ("all", "last") and isinstance(plural["acronyms"], bool)


def test_number_words_have_one_value_in_every_language() -> None:
    from sla_designer.validation import recognize

    words = recognize.number_words()
    assert words["thirty"] == words["trinta"] == 30
    assert words["quarenta e cinco"] == words["forty-five"] == 45
    assert recognize.number("Três") == 3
    assert recognize.number("90") == 90
    for language in LANGUAGES:
        for value, spelled in _recognize(language)["numbers"].items():
            assert all(words[w.lower()] == int(value) for w in spelled), (language, value)


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_pattern_finds_its_examples_whole_and_misses_the_others(language: str) -> None:
    from sla_designer.validation import recognize

    for name, entry in _recognize(language)["patterns"].items():
        for example in entry["finds"]:
            assert recognize.search(name, example) == example, (language, name, example)
            assert recognize.search(name, f"Text before. {example}, after.") == example
        for example in entry["misses"]:
            assert recognize.search(name, example) is None, (language, name, example)


def test_a_notice_is_read_in_hours_in_both_languages() -> None:
    from sla_designer.validation import recognize

    said = "at least 7 days in advance; com antecedência mínima de quatro horas"
    assert [(f.number, f.unit, f.hours) for f in recognize.numbers("notice", said)] == [
        (7, "days", 168),
        (4, "hours", 4),
    ]


# Every subject in each language, through the rules: the words the fields do not hold are named.
SUBJECTS = [
    ("chronic", "en", "On sixty days' notice, after four consecutive months, without the "
     "early-termination fee, with a refund.",
     ["sixty days", "four consecutive months", "without the early-termination", "refund"]),
    ("chronic", "pt-BR", "Com aviso de sessenta dias, após quatro meses, sem ônus e com "
     "devolução dos valores pagos.",
     ["sessenta dias", "quatro meses", "sem ônus", "devolução dos valores"]),
    ("claim", "en", "Within 45 days; answered in 10 working days, or the Customer may terminate.",
     ["45 days", "10 working days", "terminate"]),
    ("claim", "pt-BR", "Em até 45 dias; resposta em dez dias úteis, sob pena de rescisão.",
     ["45 dias", "dez dias úteis", "rescisão"]),
    ("earn_back", "en", "After six months met, or termination.", ["six months", "termination"]),
    ("earn_back", "pt-BR", "Após seis meses cumpridos, sem direito de rescindir.",
     ["seis meses", "rescindir"]),
    ("maintenance", "en", "Announced at least 3 days in advance or 12 hours' notice.",
     ["3 days in advance", "12 hours' notice"]),
    ("maintenance", "pt-BR", "Com aviso prévio de três dias ou antecedência mínima de 12 horas.",
     ["aviso prévio de três dias", "antecedência mínima de 12 horas"]),
]  # fmt: skip


def _with_words(subject: str, data: dict[str, Any], words: str) -> dict[str, Any]:
    rem = data["remedies"]
    if subject == "chronic":
        rem["chronic_failure"] = {"breaches": 3, "within_months": 6, "description": words}
    elif subject == "claim":
        rem["claim"] = {"deadline_days": 30, "answer_business_days": 5, "method": words}
    elif subject == "earn_back":
        rem["earn_back"] = {"months_met": 3, "description": words}
    else:
        data["metrics"][0]["exclusions"] = [words]
    return data


@pytest.mark.parametrize(
    ("subject", "language", "words", "said"),
    SUBJECTS,
    ids=[f"{s}-{lang}" for s, lang, *_ in SUBJECTS],
)
def test_each_subject_is_read_in_both_languages(
    subject: str, language: str, words: str, said: list[str]
) -> None:
    data = _with_words(subject, valid_data_pt() if language == "pt-BR" else valid_data(), words)
    assert [dict(f.params)["said"] for f in with_code(data, CODE)] == said


SAYS = {
    "en": ("On {days} days' written notice, after {months} consecutive months.", "terminate"),
    "pt-BR": (
        "Mediante aviso prévio de {days} dias, após {months} meses consecutivos.",
        "rescindir",
    ),
}


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_every_template_reads_its_own_words_in_both_languages(name: str, language: str) -> None:
    agreement = agreement_of(name)
    agreement.language = language  # type: ignore[assignment]
    said, termination = SAYS[language]

    def findings(description: str) -> list[str]:
        agreement.remedies.chronic_failure = ChronicFailure(
            breaches=3, within_months=6, notice_days=30, description=description
        )
        return [str(dict(f.params)["said"]) for f in validate(agreement) if f.code == CODE]

    if agreement.internal:
        assert findings(f"The parties agree; {termination}.") == [termination]
        return
    assert findings(said.format(days=30, months=6)) == []
    expected = said.format(days=60, months=4)
    found = findings(expected)
    assert len(found) == 2 and all(part in expected for part in found)
    assert re.match(r"60 (days|dias)$", found[0]) and found[1].startswith("4 ")


def test_the_plural_of_a_defined_term_by_the_language_s_endings() -> None:
    from sla_designer.validation.terms import spellings_of

    assert spellings_of("Nível de Serviço", "pt-BR")[1] == "Níveis de Serviço"
    assert spellings_of("Ordem", "pt-BR")[1] == "Ordens"
    assert spellings_of("Fator", "pt-BR")[1] == "Fatores"
    assert spellings_of("Índice", "pt-BR")[1] == "Índices"
    assert spellings_of("Janela Trimestral", "pt-BR")[1] == "Janelas Trimestrais"
    assert spellings_of("SLA", "pt-BR") == ["SLA"]
    assert spellings_of("SLA", "en") == ["SLA", "SLAs"]
    assert spellings_of("Service Credit", "en") == ["Service Credit", "Service Credits"]
    assert spellings_of("Business Hours", "en") == ["Business Hours"]
