"""Governing law and forum: a contract names what its language's clause needs.

A Brazilian contract elects the foro of a comarca and states the law only where it is not
Brazil's; an English one states the governing law. An internal agreement has neither (services).
"""

from __future__ import annotations

from collections.abc import Iterator

from sla_designer.model.law import comarca
from sla_designer.validation.codes import make
from sla_designer.validation.context import Context
from sla_designer.validation.findings import Finding


def law_and_forum(ctx: Context) -> Iterator[Finding]:
    """A Portuguese contract names a comarca, an English one a governing law."""
    a = ctx.agreement
    if a.internal:
        return
    if a.language == "pt-BR":
        if not a.forum.strip():
            yield make("forum-missing", ("forum",))
        elif comarca(a.forum) is None:
            yield make("forum-not-comarca", ("forum",), forum=a.forum)
    elif not a.governing_law.strip():
        yield make("governing-law-missing", ("governing_law",))


RULES = (law_and_forum,)
