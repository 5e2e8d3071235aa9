"""The standard clauses: a notices clause needs somewhere to send each party's notices; a notice
address names a party of the agreement; a data-protection clause names a law."""

from __future__ import annotations

from collections.abc import Iterator

from sla_designer.validation.codes import make
from sla_designer.validation.context import Context
from sla_designer.validation.findings import Finding


def notice_addresses(ctx: Context) -> Iterator[Finding]:
    """Every party can be reached under the notices clause the document holds, and every
    notice address is of a party of the agreement."""
    a = ctx.agreement
    notices = a.clauses.notices
    if a.clauses.in_document("notices", internal=a.internal) is None or notices.reworded:
        return
    ids = {p.id for p in a.parties}
    named = {}
    for i, address in enumerate(notices.addresses):
        path = ("clauses", "notices", "addresses", i)
        if address.party not in ids:
            yield make("notice-address-unknown-party", (*path, "party"), party=address.party)
        elif address.party not in named and (address.email or address.address).strip():
            named[address.party] = i
    for i, party in enumerate(a.parties):
        has_own = party.address.strip() or any(c.email.strip() for c in party.contacts)
        if party.id not in named and not has_own:
            shown = party.display_name or party.id
            yield make("notice-address-missing", ("parties", i, "address"), party=shown)


def data_protection_law(ctx: Context) -> Iterator[Finding]:
    """A data-protection clause that can name no law says only 'the laws that apply'."""
    a = ctx.agreement
    clause = a.clauses.data_protection
    if a.clauses.in_document("data_protection", internal=a.internal) is None:
        return
    if not clause.processes_personal_data or clause.reworded:
        return
    if not a.data_laws():
        yield make("data-protection-no-law", ("clauses", "data_protection", "laws"))


RULES = (notice_addresses, data_protection_law)
