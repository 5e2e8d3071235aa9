"""Why the model refused a value, in a sentence for an account manager, in either language.

Pydantic reports each problem as a dictionary; the model's own checks raise a Problem (a phrase
of the text layer), which pydantic keeps in the problem's context. Both are said here: in a
field of the editor ("the value must be at least 0") and for a line of a file ("required field
is missing (found …)").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sla_designer.text import texts
from sla_designer.text.values import Problem

_LIMITS = {
    "greater_than_equal": ("at_least", "ge"),
    "greater_than": ("more_than", "gt"),
    "less_than_equal": ("at_most", "le"),
    "less_than": ("less_than", "lt"),
}


def _own(problem: Mapping[str, Any], language: str) -> str | None:
    """The model's own Problem behind a pydantic complaint, in `language`."""
    error = problem.get("ctx", {}).get("error")
    return error.text(language) if isinstance(error, Problem) else None


def _pydantic_text(problem: Mapping[str, Any]) -> str:
    message = str(problem.get("msg", ""))
    for prefix in ("Value error, ", "Assertion failed, "):
        message = message.removeprefix(prefix)
    return message


def field_refusal(problem: Mapping[str, Any], language: str) -> str:
    """Why a value typed into a field was refused (lower case; the editor makes it a sentence)."""
    words = texts(language).section("values")
    kind = problem.get("type", "")
    ctx = problem.get("ctx", {})
    if kind == "string_pattern_mismatch" and "A-Za-z" in str(ctx):
        return words("refusal.identifier")
    if kind == "missing":
        return words("refusal.required")
    if kind in _LIMITS:
        key, limit = _LIMITS[kind]
        return words(f"refusal.{key}", limit=ctx.get(limit, ""))
    own = _own(problem, language)
    if own is not None:
        return own
    return _pydantic_text(problem) or words("refusal.invalid")


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
    message = _own(problem, language) or _pydantic_text(problem)
    if isinstance(value, str | int | float) and repr(value) not in message:
        return words("refusal.found", message=message, value=repr(value))
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
