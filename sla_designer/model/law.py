"""Governing law and forum: what a Brazilian comarca and Brazilian law look like when typed."""

from __future__ import annotations

import re
from functools import cache

import yaml

BRAZILIAN_STATES = frozenset(
    [
        "AC",
        "AL",
        "AP",
        "AM",
        "BA",
        "CE",
        "DF",
        "ES",
        "GO",
        "MA",
        "MT",
        "MS",
        "MG",
        "PA",
        "PB",
        "PR",
        "PE",
        "PI",
        "RJ",
        "RN",
        "RS",
        "RO",
        "RR",
        "SC",
        "SP",
        "SE",
        "TO",
    ]
)
"""The codes (UF) of Brazil's states and Federal District."""


@cache
def _pattern(name: str) -> re.Pattern[str]:
    """A pattern of resources/data/brazilian_law.yaml, compiled with case ignored."""
    from sla_designer.resources import resource

    patterns = yaml.safe_load(resource("data", "brazilian_law.yaml").read_text(encoding="utf-8"))
    return re.compile(patterns[name], re.IGNORECASE)


def comarca(forum: str) -> str | None:
    """The comarca a forum names, as 'City/UF' ('Foro da Comarca de Campinas/SP' ->
    'Campinas/SP'); None when the forum is not a Brazilian comarca ('England and Wales')."""
    match = _pattern("comarca").match(forum)
    if match is None or match.group("uf").upper() not in BRAZILIAN_STATES:
        return None
    return f"{match.group('city')}/{match.group('uf').upper()}"


def is_brazilian_law(law: str) -> bool:
    """Whether a governing law is Brazil's ('Brasil', 'the laws of Brazil', 'Brazilian law'; the
    forms are in resources/data/brazilian_law.yaml); a Portuguese contract states only a law that
    is not."""
    return _pattern("brazilian_law").match(law) is not None
