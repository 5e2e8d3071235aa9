"""Clause wording per language: the `clauses` namespace of the text layer.

A legal team adjusts the contract's sentences in resources/text/<language>/clauses.yaml without
touching code (see `sla_designer.text`).
"""

from __future__ import annotations

from sla_designer.text import TextError, Texts, texts

Wording = Texts
WordingError = TextError

__all__ = ["Wording", "WordingError", "load_wording"]


def load_wording(language: str) -> Wording:
    """The contract wording for 'en' or 'pt-BR'."""
    return texts(language).section("clauses")
