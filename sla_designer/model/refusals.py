"""Why the model refused a value, in a sentence for an account manager, in either language.

Pydantic reports each problem as a dictionary; the model's own checks raise a Problem (a phrase
of the text layer), which pydantic keeps in the problem's context. Both are said here: in a
field of the editor ("the value must be at least 0") and for a line of a file ("required field
is missing (found …)").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from sla_designer.text import texts
from sla_designer.text.values import Problem, render

# Pydantic's complaints that have a sentence of their own; the values come from its context.
_KINDS = {
    "literal_error": "one_of",
    "enum": "one_of",
    "too_short": "too_few",
    "string_too_short": "too_short_text",
    "string_too_long": "too_long_text",
    "int_parsing": "whole_number",
    "int_type": "whole_number",
    "int_from_float": "whole_number",
    "decimal_parsing": "number",
    "decimal_type": "number",
    "float_parsing": "number",
    "finite_number": "number",
    "bool_type": "true_false",
    "bool_parsing": "true_false",
    "string_type": "text",
    "date_parsing": "date",
    "date_from_datetime_parsing": "date",
    "date_from_datetime_inexact": "date",
    "date_type": "date",
    "time_delta_type": "duration",
    "time_delta_parsing": "duration",
    "extra_forbidden": "extra",
    "list_type": "list",
    "model_type": "group",
    "model_attributes_type": "group",
    "dict_type": "group",
    "union_tag_invalid": "group",
    "union_tag_not_found": "group",
}
# Patterns of the model's text fields, by what they ask for.
_PATTERNS = {r"^[A-Z]{3}$": "currency", r"^[A-Z]{2}$": "country"}

_LIMITS = {
    "greater_than_equal": ("at_least", "ge"),
    "greater_than": ("more_than", "gt"),
    "less_than_equal": ("at_most", "le"),
    "less_than": ("less_than", "lt"),
}


def _choices(expected: str, language: str) -> str:
    """Pydantic's "'a', 'b' or 'c'" as the language lists choices: 'a, b e c'."""
    items = [item.strip("'\" ") for item in re.split(r",\s*|\s+or\s+", expected) if item]
    if len(items) < 2:
        return "".join(items)
    words = texts(language).section("values")
    return words("refusal.or", head=", ".join(items[:-1]), last=items[-1])


def _own(problem: Mapping[str, Any], language: str) -> str | None:
    """The model's own Problem behind a pydantic complaint, in `language`."""
    error = problem.get("ctx", {}).get("error")
    return error.text(language) if isinstance(error, Problem) else None


def field_refusal(problem: Mapping[str, Any], language: str) -> str:
    """Why a value typed into a field was refused (lower case; the editor makes it a sentence).

    Always in words of the text layer: pydantic's own English never reaches the editor; a
    complaint with no sentence of its own is said as an invalid value.
    """
    words = texts(language).section("values")
    if problem.get("type", "") == "missing":
        return words("refusal.required")
    return _common(problem, language) or words("refusal.invalid")


def _common(problem: Mapping[str, Any], language: str) -> str | None:
    """The model's own reason, or a sentence for one of pydantic's usual complaints."""
    own = _own(problem, language)
    if own is not None:
        return own
    words = texts(language).section("values")
    kind = problem.get("type", "")
    ctx = problem.get("ctx", {})
    if kind in _LIMITS:
        key, limit = _LIMITS[kind]
        return words(f"refusal.{key}", limit=render(ctx.get(limit, ""), language))
    if kind == "string_pattern_mismatch":
        if "A-Za-z" in str(ctx.get("pattern", "")):
            return words("refusal.identifier")
        asked = _PATTERNS.get(str(ctx.get("pattern", "")), "form")
        return words(f"refusal.pattern.{asked}")
    if kind in _KINDS:
        return words(
            f"refusal.{_KINDS[kind]}",
            expected=_choices(str(ctx.get("expected", "")), language),
            count=ctx.get("min_length", ""),
            limit=ctx.get("max_length", ""),
        )
    return None


def file_refusal(problem: Mapping[str, Any], language: str = "en") -> str:
    """Why a value in a file was refused, with what was found where that helps."""
    words = texts(language).section("values")
    kind = problem["type"]
    if kind == "missing":
        return words("refusal.missing")
    if kind == "extra_forbidden":
        return words("refusal.extra")
    value = problem.get("input")
    if kind in ("model_type", "dict_type"):
        return words("refusal.expected_mapping", kind=found(value, language))
    if kind == "list_type":
        return words("refusal.expected_list", kind=found(value, language))
    message = _common(problem, language) or words("refusal.invalid")
    if isinstance(value, str | int | float) and repr(value) not in message:
        return words("refusal.found", message=message, value=repr(value))
    if isinstance(value, list | dict):
        return words("refusal.found", message=message, value=found(value, language))
    return message


def found(value: Any, language: str = "en") -> str:
    """What a value turned out to be: 'a list', 'nothing', 'the value 3'."""
    words = texts(language).section("files")
    if isinstance(value, list):
        return words("found.list")
    if isinstance(value, dict):
        return words("found.mapping")
    if value is None:
        return words("found.nothing")
    return words("found.value", value=repr(value))
