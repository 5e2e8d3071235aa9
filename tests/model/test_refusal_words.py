"""Every value the model refuses is refused in words of the text layer, in both languages:
pydantic's own English ("String should match pattern '^[A-Z]{3}$'") never reaches a user."""

from __future__ import annotations

import typing
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pydantic
import pytest
from pydantic import BaseModel, ValidationError

from sla_designer.catalog import load_catalog, load_template
from sla_designer.model import Agreement
from sla_designer.model.refusals import field_refusal, file_refusal
from sla_designer.text import texts

BAD: tuple[Any, ...] = (
    "x!",
    "",
    "  ",
    -1,
    -0.5,
    10**12,
    1.5,
    "abc",
    None,
    [1],
    {"a": 1},
    True,
    "99:99",
    "1900-13-01",
    Decimal("NaN"),
    [],
    "toolong" * 20,
    "usd",
    "B",
    0,
)
"""Wrong values of every sort: a field refuses those that are wrong for it."""
PYDANTIC = ("should", "Input", "pattern", "Value error", "Extra inputs", "valid ")


def _model_classes() -> set[type[BaseModel]]:
    """Every model class an agreement is made of."""
    found: set[type[BaseModel]] = set()

    def walk(annotation: Any) -> None:
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            if annotation in found:
                return
            found.add(annotation)
            for field in annotation.model_fields.values():
                walk(field.annotation)
        for argument in typing.get_args(annotation):
            walk(argument)

    walk(Agreement)
    return found


def _instances() -> dict[type[BaseModel], BaseModel]:
    """One instance of each model class, from the starter templates."""
    found: dict[type[BaseModel], BaseModel] = {}

    def walk(node: Any) -> None:
        if isinstance(node, BaseModel):
            found.setdefault(type(node), node)
            for name in type(node).model_fields:
                walk(getattr(node, name))
        elif isinstance(node, list):
            for item in node:
                walk(item)

    for entry in load_catalog():
        walk(load_template(entry.name))
    return found


def _refusals() -> Iterator[tuple[str, dict[str, Any]]]:
    for cls, item in _instances().items():
        for name in cls.model_fields:
            for bad in BAD:
                trial = item.model_copy()
                try:
                    setattr(trial, name, bad)
                except ValidationError as error:
                    for problem in error.errors(include_url=False):
                        yield f"{cls.__name__}.{name} = {bad!r}", dict(problem)


def test_the_templates_hold_nearly_every_model_class() -> None:
    missing = _model_classes() - set(_instances())
    assert len(missing) <= 3, sorted(c.__name__ for c in missing)


@pytest.mark.parametrize("language", ["en", "pt-BR"])
def test_every_refusal_of_every_field_is_said_in_words(language: str) -> None:
    said = 0
    known = {str(v) for v in texts(language).section("values").tree.values()}
    for where, problem in _refusals():
        own = problem.get("ctx", {}).get("error")
        for text in (field_refusal(problem, language), file_refusal(problem, language)):
            assert text, where
            if not isinstance(own, pydantic.ValidationError):
                assert not any(word in text for word in PYDANTIC), (where, problem, text)
            assert text != problem["msg"] or text in known, (where, text)
        said += 1
    assert said > 500
