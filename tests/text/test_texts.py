"""The text layer: both languages say the same things, with the same placeholders."""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from typing import Any

import pytest

from sla_designer.text import TextError, Texts, language_of, texts, walk


def _placeholders(value: Any) -> set[str]:
    """The {names} a phrase (or each of its plural forms, or list items) fills in."""
    if isinstance(value, Mapping):
        return set().union(*(_placeholders(v) for v in value.values()))
    if isinstance(value, list):
        return set().union(set(), *(_placeholders(v) for v in value))
    if not isinstance(value, str):
        return set()
    return {name for _, name, _, _ in string.Formatter().parse(value) if name}


# Data that differs by language by nature: the article before each country's name; the styles
# an English contract chooses from (Portuguese has one).
LANGUAGE_DATA = (
    "clauses.countries.articles.",
    "clauses.countries.subdivisions.",
    "clauses.date_styles.",
)


def _phrases(language: str) -> dict[str, Any]:
    return {k: v for k, v in walk(texts(language).tree) if not k.startswith(LANGUAGE_DATA)}


def test_both_languages_have_the_same_keys() -> None:
    english, portuguese = _phrases("en"), _phrases("pt-BR")
    assert sorted(set(english) - set(portuguese)) == []
    assert sorted(set(portuguese) - set(english)) == []


def test_both_languages_fill_in_the_same_placeholders() -> None:
    english, portuguese = _phrases("en"), _phrases("pt-BR")
    differing = {
        key: (_placeholders(english[key]), _placeholders(portuguese[key]))
        for key in english
        # null: the language has no such phrase (English numbers a clause's only subclause).
        if key in portuguese
        and None not in (english[key], portuguese[key])
        and _placeholders(english[key]) != _placeholders(portuguese[key])
    }
    assert differing == {}


def _plural(value: Any) -> bool:
    return isinstance(value, Mapping) and bool(value) and set(value) <= {"one", "other"}


def test_a_phrase_has_plural_forms_in_both_languages_or_in_neither() -> None:
    english, portuguese = _phrases("en"), _phrases("pt-BR")
    differing = [
        key
        for key in english
        if key in portuguese
        and None not in (english[key], portuguese[key])
        and _plural(english[key]) != _plural(portuguese[key])
    ]
    assert differing == []


def test_every_phrase_is_a_valid_pattern() -> None:
    for language in ("en", "pt-BR"):
        for key, value in _phrases(language).items():
            for phrase in value.values() if isinstance(value, Mapping) else [value]:
                if isinstance(phrase, str):
                    list(string.Formatter().parse(phrase))  # raises on a broken brace
                else:
                    assert phrase is None or isinstance(phrase, list | int | float), key


def test_phrases_fill_in_values_and_plural_forms() -> None:
    pt = texts("pt-BR")
    assert pt("terms.units.hour", count=1, n="1") == "1 hora"
    assert pt("terms.units.hour", count=3, n="3") == "3 horas"
    assert pt.section("terms")("windows.month") == "mês"
    with pytest.raises(TextError, match="plural"):
        pt("terms.units.hour", n="2")


def test_a_missing_phrase_or_value_is_named() -> None:
    en = texts("en")
    with pytest.raises(TextError, match=r"'terms\.nothing'"):
        en("terms.nothing")
    with pytest.raises(TextError, match="unknown value"):
        en("terms.units.join", head="a")


def test_values_are_inserted_as_they_are() -> None:
    words = Texts("en", {"a": "say {x}"})
    assert words("a", x="{braces} and {0}") == "say {braces} and {0}"
    assert words.split("a", "x") == ("say ", "")


@pytest.mark.parametrize(
    ("tag", "expected"), [("pt", "pt-BR"), ("pt_BR", "pt-BR"), ("en", "en"), (None, "en")]
)
def test_language_tags(tag: str | None, expected: str) -> None:
    assert language_of(tag) == expected


def test_no_portuguese_in_the_english_files() -> None:
    accented = re.compile(r"[ãõçáéíóúâêô]", re.IGNORECASE)
    # Portuguese place names (São Paulo) may stand in examples; a language is named in itself.
    found = [
        key
        for key, value in _phrases("en").items()
        if isinstance(value, str)
        and accented.search(value)
        and "São" not in value
        and key != "choices.languages.pt-BR"
    ]
    assert found == []
