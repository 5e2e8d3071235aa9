"""Parties: enough of them in the right roles, named, represented, and properly qualified."""

from __future__ import annotations

from collections.abc import Iterator

from sla_designer.model import Party
from sla_designer.model.tax_ids import (
    Scheme,
    TaxId,
    cnpj_valid,
    cpf_valid,
    read_tax_id,
    scheme_of,
)
from sla_designer.validation.codes import make
from sla_designer.validation.context import Context
from sla_designer.validation.findings import FieldPath, Finding


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


def tax_ids(ctx: Context) -> Iterator[Finding]:
    """Tax numbers typed without their label; Brazilian CNPJs and CPFs with valid check digits.

    The document names a number after the party's country, so a label typed with it would be
    printed twice; the check digits are checked wherever the number is Brazilian.
    """
    for i, party in enumerate(ctx.agreement.parties):
        shown = party.display_name or party.id
        tax_id = read_tax_id(party.tax_id)
        scheme = scheme_of(party.country, tax_id)
        yield from _tax_id(party, tax_id, scheme, ("parties", i, "tax_id"), shown)
        rep = party.representative
        brazilian = party.country == "BR" or scheme in ("cnpj", "cpf")
        if (
            rep is not None
            and rep.tax_id.strip()
            and brazilian
            and not cpf_valid(rep.tax_id.strip())
        ):
            path = ("parties", i, "representative", "tax_id")
            yield make("invalid-cpf", path, value=rep.tax_id.strip(), person=rep.name or shown)


def _tax_id(
    party: Party, tax_id: TaxId, scheme: Scheme | None, path: FieldPath, shown: str
) -> Iterator[Finding]:
    if not party.tax_id.strip():
        return
    if tax_id.label and tax_id.known_label:
        yield make("tax-id-label", path, party=shown, label=tax_id.label, number=tax_id.number)
    if scheme == "cnpj" and not cnpj_valid(tax_id.number):
        yield make("invalid-cnpj", path, value=tax_id.number, party=shown)
    elif scheme == "cpf" and not cpf_valid(tax_id.number):
        yield make("invalid-cpf", path, value=tax_id.number, person=shown)
    elif scheme is None and party.country is None and tax_id.known_label:
        yield make("party-country-missing", ("parties", path[1], "country"), party=shown)


def brazilian_qualification(ctx: Context) -> Iterator[Finding]:
    """On a pt-BR agreement: two witnesses on the signature page, with valid CPFs (not in an
    internal agreement, which departments approve without witnesses)."""
    a = ctx.agreement
    if a.language != "pt-BR":
        return
    for i, witness in enumerate(a.signing.witnesses):
        tax_id = witness.tax_id.strip()
        if tax_id and not cpf_valid(tax_id):
            path = ("signing", "witnesses", i, "tax_id")
            yield make("invalid-cpf", path, value=tax_id, person=witness.name or str(i + 1))
    if len(a.signing.witnesses) < 2 and not a.internal:
        yield make("missing-witnesses", ("signing", "witnesses"), count=len(a.signing.witnesses))


RULES = (roles, names_and_representatives, tax_ids, brazilian_qualification)
