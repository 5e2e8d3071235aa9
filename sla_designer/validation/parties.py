"""Parties: enough of them in the right roles, named, represented, and properly qualified."""

from __future__ import annotations

import re
from collections.abc import Iterator

from sla_designer.validation.codes import make
from sla_designer.validation.context import Context
from sla_designer.validation.findings import Finding

# Since July 2026 the Receita Federal also issues alphanumeric CNPJs: the twelve base characters
# may be letters, the two check digits stay digits, and each character counts as its ASCII code
# minus 48 (so digits keep their value).
_CNPJ_FORMAT = re.compile(r"^[0-9A-Z]{2}\.[0-9A-Z]{3}\.[0-9A-Z]{3}/[0-9A-Z]{4}-[0-9]{2}$")
_FIRST_WEIGHTS = (5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)
_SECOND_WEIGHTS = (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)


def _check_digit(values: list[int], weights: tuple[int, ...]) -> int:
    remainder = sum(v * w for v, w in zip(values, weights, strict=True)) % 11
    return 0 if remainder < 2 else 11 - remainder


def cnpj_valid(text: str) -> bool:
    """Whether `text` is a CNPJ written 00.000.000/0000-00 whose two check digits are right."""
    if not _CNPJ_FORMAT.match(text):
        return False
    characters = re.sub(r"[./-]", "", text)
    base = [ord(c) - 48 for c in characters[:12]]
    if len(set(characters)) == 1:
        return False  # 00.000.000/0000-00 and the like pass the arithmetic but are not issued
    first = _check_digit(base, _FIRST_WEIGHTS)
    second = _check_digit([*base, first], _SECOND_WEIGHTS)
    return characters[12:] == f"{first}{second}"


def roles(ctx: Context) -> Iterator[Finding]:
    """Two parties at least; a customer SLA has a provider and a customer."""
    a = ctx.agreement
    if len(a.parties) < 2:
        yield make("too-few-parties", ("parties",), count=len(a.parties))
    if a.kind == "customer_sla":
        present = {p.role for p in a.parties}
        if "provider" not in present:
            yield make("missing-provider", ("parties",))
        if "customer" not in present:
            yield make("missing-customer", ("parties",))


def names_and_representatives(ctx: Context) -> Iterator[Finding]:
    """Every party has a legal name and a representative who signs for it."""
    for i, party in enumerate(ctx.agreement.parties):
        shown = party.display_name or party.id
        if not party.legal_name.strip():
            yield make("missing-party-name", ("parties", i, "legal_name"), party=shown)
        if party.representative is None or not party.representative.name.strip():
            yield make("missing-representative", ("parties", i, "representative"), party=shown)


def brazilian_qualification(ctx: Context) -> Iterator[Finding]:
    """On a pt-BR agreement: valid CNPJs, and two witnesses on the signature page (not in an
    internal agreement, which departments approve without witnesses)."""
    a = ctx.agreement
    if a.language != "pt-BR":
        return
    for i, party in enumerate(a.parties):
        tax_id = party.tax_id.strip()
        if tax_id and not cnpj_valid(tax_id):
            yield make(
                "invalid-cnpj",
                ("parties", i, "tax_id"),
                value=tax_id,
                party=party.display_name or party.id,
            )
    if len(a.signing.witnesses) < 2 and not a.internal:
        yield make("missing-witnesses", ("signing", "witnesses"), count=len(a.signing.witnesses))


RULES = (roles, names_and_representatives, brazilian_qualification)
