"""Exported in another language: the free-text fields still in the agreement's language, listed."""

from __future__ import annotations

import typing
from collections.abc import Iterator
from typing import Any

import pytest
from pydantic import BaseModel
from sla_designer.resources import templates_folder

from sla_designer.catalog import load_catalog
from sla_designer.export.foreign_text import (
    FREE_TEXT,
    NOT_FREE_TEXT,
    excerpt,
    foreign_fields,
    free_text_fields,
    language_of_text,
)
from sla_designer.io import load_agreement
from sla_designer.model import Agreement
from sla_designer.model.units import Name, Text

TEMPLATES = [entry.name for entry in load_catalog()]
LANGUAGES = ("en", "pt-BR")
_TEXT_METADATA = {type(typing.get_args(Text)[1]), type(typing.get_args(Name)[1])}


def _template(name: str) -> Agreement:
    return load_agreement(str(templates_folder() / f"{name}.yaml"))


def _other(language: str) -> str:
    return "pt-BR" if language == "en" else "en"


def _holds_text(annotation: Any) -> bool:
    """Whether a field's type is Text or Name, alone, optional or in a list."""
    if any(type(m) in _TEXT_METADATA for m in getattr(annotation, "__metadata__", ())):
        return True
    return any(_holds_text(arg) for arg in typing.get_args(annotation))


def _model_classes(cls: type[BaseModel]) -> Iterator[type[BaseModel]]:
    yield cls
    for info in cls.model_fields.values():
        for inner in _flatten(info.annotation):
            if isinstance(inner, type) and issubclass(inner, BaseModel):
                yield from _model_classes(inner)


def _flatten(annotation: Any) -> Iterator[Any]:
    yield annotation
    for arg in typing.get_args(annotation):
        yield from _flatten(arg)


def test_every_text_field_of_the_model_is_sorted_as_free_text_or_not() -> None:
    """A text field added to the model is either listed when foreign or said not to be."""
    unsorted = []
    for cls in set(_model_classes(Agreement)):
        declared: set[str] = set()
        for base in cls.__mro__:
            declared |= set(FREE_TEXT.get(base, ())) | set(NOT_FREE_TEXT.get(base, ()))
        for name, info in cls.model_fields.items():
            text = _holds_text(info.annotation) or any(
                type(m) in _TEXT_METADATA for m in info.metadata
            )
            if text and name not in declared:
                unsorted.append(f"{cls.__name__}.{name}")
            elif name in declared:
                assert text, f"{cls.__name__}.{name} is not text"
    assert sorted(unsorted) == []


@pytest.mark.parametrize("name", TEMPLATES)
def test_every_template_exported_in_the_other_language_lists_its_free_text(name: str) -> None:
    agreement = _template(name)
    other = _other(agreement.language)
    every = list(free_text_fields(agreement))
    listed = foreign_fields(agreement, other, other)
    assert len(every) > 40
    # The templates' texts are all in their own language: every one is listed, once.
    assert [f.path for f in listed] == [path for path, *_ in every]
    assert all(f.text.strip() for f in listed)
    # Names of companies and people, addresses and e-mails are not free text.
    assert not {("parties", i, field) for i in range(9) for field in ("legal_name", "address")} & {
        f.path for f in listed
    }
    assert not any(f.path[-1] in ("email", "phone", "tax_id") for f in listed)
    assert foreign_fields(agreement, agreement.language, "en") == []


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", TEMPLATES)
def test_each_field_is_labelled_where_a_person_finds_it(name: str, language: str) -> None:
    agreement = _template(name)
    listed = foreign_fields(agreement, _other(agreement.language), language)
    labels = [f.label for f in listed]
    assert all(label and "{" not in label and label[0].isupper() for label in labels)
    assert len(set(labels)) == len(labels), "two fields share a label"
    metric_names = [f.label for f in listed if f.path[0] == "metrics" and f.path[-1] == "name"]
    start = "Metric “" if language == "en" else "Indicador “"
    assert metric_names and all(label.startswith(start) for label in metric_names)


def test_the_language_reading_never_mistakes_a_template_text_for_the_other_language() -> None:
    """Measured over every free-text field of the templates: no text reads as the other
    language (which would drop a field from the warning); most long texts read as their own."""
    read: dict[str, list[str | None]] = {"en": [], "pt-BR": []}
    for name in TEMPLATES:
        agreement = _template(name)
        for _path, text, _cls, _field in free_text_fields(agreement):
            read[agreement.language].append(language_of_text(text))
    for language, results in read.items():
        assert _other(language) not in results
        recognised = results.count(language) / len(results)
        assert recognised > {"en": 0.5, "pt-BR": 0.75}[language], (language, recognised)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The provider shall restore the service within four hours.", "en"),
        ("A CONTRATADA deverá restabelecer o serviço em até quatro horas.", "pt-BR"),
        ("Business hours (São Paulo)", None),  # one accent is not Portuguese
        ("P1 – Critical", None),
        # Words of e-mail and web addresses do not count.
        ("suporte@the-firm.com.br, https://www.the-status.com/of/the/service", None),
    ],
)
def test_language_of_a_text(text: str, language: str | None) -> None:
    assert language_of_text(text) == language


def test_a_translated_field_is_not_listed_and_an_untranslated_one_is() -> None:
    agreement = _template("saas-availability")
    service = agreement.service.services[0]
    translated = service.model_copy(
        update={"description": "Plataforma de contas a pagar na nuvem, com a sua API e o portal."}
    )
    service_description = agreement.service.model_copy(
        update={"services": [translated, *agreement.service.services[1:]]}
    )
    changed = agreement.model_copy(update={"service": service_description})
    before = {f.path for f in foreign_fields(agreement, "pt-BR", "en")}
    after = {f.path for f in foreign_fields(changed, "pt-BR", "en")}
    assert before - after == {("service", "services", 0, "description")}


def test_labels_in_both_languages() -> None:
    agreement = _template("it-service-desk")
    english = {f.path: f.label for f in foreign_fields(agreement, "en", "en")}
    portuguese = {f.path: f.label for f in foreign_fields(agreement, "en", "pt-BR")}
    assert english.keys() == portuguese.keys()
    path = ("metrics", 2, "clock", "pauses", 0)
    assert english[path].endswith("› when the clock pauses, item 1")
    assert portuguese[path].endswith("› quando a contagem é suspensa, item 1")
    assert english[("parties", 0, "representative", "title")] == (
        "Party “Serra Azul” › representative's title"
    )
    assert english[("service", "exclusions", 1)] == "Exclusions from the service, item 2"


def test_excerpt_cuts_at_a_word() -> None:
    assert excerpt("Short text.") == "Short text."
    long = "word " * 30
    assert excerpt(long).endswith(" …") and len(excerpt(long)) <= 62
    assert excerpt("two\nlines") == "two lines"
