"""Governing law and forum: what a Brazilian comarca and Brazilian law look like when typed."""

from __future__ import annotations

import re

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

_COMARCA = re.compile(
    r"^\s*(?:(?:o\s+)?foro\s+(?:da\s+comarca\s+)?d[aeo]s?\s+|comarca\s+d[aeo]s?\s+)?"
    r"(?P<city>[^/,;]+?)\s*/\s*(?P<uf>[A-Za-z]{2})\s*$",
    re.IGNORECASE,
)
_BRAZILIAN_LAW = re.compile(
    r"^\s*(?:(?:as\s+)?leis\s+(?:da|do)\s+|(?:the\s+)?laws?\s+of\s+(?:the\s+)?)?"
    r"(?:brasil|brazil|rep[úu]blica\s+federativa\s+do\s+brasil|federative\s+republic\s+of\s+brazil"
    r"|lei\s+brasileira|leis\s+brasileiras|legisla[çc][ãa]o\s+brasileira|brazilian\s+law)\s*$",
    re.IGNORECASE,
)


def comarca(forum: str) -> str | None:
    """The comarca a forum names, as 'City/UF' ('Foro da Comarca de Campinas/SP' ->
    'Campinas/SP'); None when the forum is not a Brazilian comarca ('England and Wales')."""
    match = _COMARCA.match(forum)
    if match is None or match.group("uf").upper() not in BRAZILIAN_STATES:
        return None
    return f"{match.group('city')}/{match.group('uf').upper()}"


def is_brazilian_law(law: str) -> bool:
    """Whether a governing law is Brazil's ('Brasil', 'leis da República Federativa do Brasil',
    'Brazilian law'); a Portuguese contract states only a law that is not."""
    return _BRAZILIAN_LAW.match(law) is not None
