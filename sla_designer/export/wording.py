"""Clause wording per language, read from resources/clauses/<language>.yaml.

A legal team adjusts the contract's sentences in those files without touching code. Templates
are `str.format` patterns: only the template is interpreted, so braces or markup in the
agreement's own text are inserted as they are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

import yaml

from sla_designer.resources import resource


class WordingError(ValueError):
    """A clause file is missing, malformed, or lacks a phrase the exporter needs."""


@dataclass(frozen=True)
class Wording:
    """The phrases of one language, looked up by dotted key ('term.renewal.automatic')."""

    language: str
    phrases: dict[str, Any]
    defaults: dict[str, str] = field(default_factory=dict, compare=False)
    """Values every phrase may use, e.g. {provider}: how this contract names the provider."""

    def raw(self, key: str) -> Any:
        """The value stored under a dotted key (a string, list or mapping)."""
        node: Any = self.phrases
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                raise WordingError(f"clauses/{self.language}.yaml has no phrase {key!r}")
            node = node[part]
        return node

    def __call__(self, key: str, **values: object) -> str:
        """The phrase under `key` with `values` filled in."""
        template = self.raw(key)
        if not isinstance(template, str):
            raise WordingError(f"clauses/{self.language}.yaml: {key!r} is not a phrase")
        try:
            return template.format_map({**self.defaults, **values})
        except (KeyError, IndexError, ValueError) as error:
            raise WordingError(
                f"clauses/{self.language}.yaml: phrase {key!r} uses an unknown value {error}"
            ) from None

    def split(self, key: str, placeholder: str, **values: object) -> tuple[str, str]:
        """The phrase around one placeholder, for a value that goes in its own run or control."""
        marker = "\x00"
        text = self(key, **{placeholder: marker}, **values)
        before, _, after = text.partition(marker)
        return before, after


@cache
def load_wording(language: str) -> Wording:
    """The wording for 'en' or 'pt-BR'."""
    node = resource("clauses", f"{language}.yaml")
    if not node.is_file():
        raise WordingError(f"no clause wording for language {language!r}")
    data = yaml.safe_load(node.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise WordingError(f"clauses/{language}.yaml must hold a mapping")
    return Wording(language, data)
