"""Clause wording per language: the `clauses` namespace of the text layer.

A legal team adjusts the contract's sentences in resources/text/<language>/clauses.yaml without
touching code (see `sla_designer.text`). An English contract is written in British or American
style (`Agreement.date_style`): the American wording is the British one with the date patterns
and the spelling table of `clauses.date_styles.american` applied to every phrase, never to the
agreement's own text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any

from sla_designer.text import TextError, Texts, texts

Wording = Texts
WordingError = TextError

__all__ = ["Wording", "WordingError", "load_wording", "respell"]


def respell(text: str, spelling: Mapping[str, str]) -> str:
    """`text` with each whole word of `spelling` replaced, keeping a capital initial:
    'Authorised representatives' -> 'Authorized representatives'."""
    if not spelling:
        return text
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, spelling)) + r")\b", re.IGNORECASE)

    def replace(match: re.Match[str]) -> str:
        word = match.group(0)
        new = spelling[word.lower()]
        return new[0].upper() + new[1:] if word[0].isupper() else new

    return pattern.sub(replace, text)


def _respelled(node: Any, spelling: Mapping[str, str]) -> Any:
    if isinstance(node, str):
        return respell(node, spelling)
    if isinstance(node, Mapping):
        return {key: _respelled(value, spelling) for key, value in node.items()}
    if isinstance(node, list):
        return [_respelled(item, spelling) for item in node]
    return node


@cache
def load_wording(language: str, date_style: str = "british") -> Wording:
    """The contract wording for 'en' or 'pt-BR', in an English contract's date style
    ('british' or 'american'; a Portuguese contract has one style)."""
    wording = texts(language).section("clauses")
    if date_style == "british" or not wording.raw("date_styles.choosable"):
        return wording
    style = wording.raw(f"date_styles.{date_style}")
    spelling = {str(k).lower(): str(v) for k, v in (style["spelling"] or {}).items()}
    tree = dict(_respelled(wording.tree, spelling))
    formats = {**tree["formats"], **style["formats"]}
    tree["formats"] = {key: value for key, value in formats.items() if value is not None}
    return Texts(wording.language, tree, wording.prefix)
