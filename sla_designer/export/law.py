"""The governing-law and forum clause: two fields, each stated as its language's contracts do.

English: "This Agreement is governed by the laws of England and Wales. The courts of England and
Wales have exclusive jurisdiction." Portuguese: "Fica eleito o foro da Comarca de …", with the
law stated only where it is not Brazil's. Courts and counties have no law of their own, so the
law is never inferred from the forum. Departments of one organisation do not go to court
against each other: an internal agreement has no such clause.
"""

from __future__ import annotations

from sla_designer.export.builder import Inline
from sla_designer.export.context import ExportContext
from sla_designer.model.law import comarca, is_brazilian_law


def _without_prefix(text: str, prefixes: list[str]) -> str:
    """`text` without the first of `prefixes` it starts with (any case): the sentence says it."""
    for prefix in prefixes:
        if text.lower().startswith(str(prefix).lower()):
            return text[len(prefix) :].strip()
    return text


def _law(ctx: ExportContext) -> list[Inline]:
    """The governing-law sentence; none where the language's own law goes without saying."""
    a, t = ctx.agreement, ctx.t
    law = a.governing_law.strip()
    # Blank: Brazilian law in Portuguese; in English a gap to fill once there is a forum.
    if not law and (a.language == "pt-BR" or not a.forum.strip()):
        return []
    if is_brazilian_law(law):
        if a.language == "pt-BR":
            return []
        law = t("jurisdiction.brazil")  # "Brasil" typed in a Portuguese template reads "Brazil"
    named = _without_prefix(law, t.raw("jurisdiction.law_strip_prefixes"))
    before, after = t.split("jurisdiction.law", "law")
    value = ctx.value(("governing_law",), named) if named else t("jurisdiction.blank")
    return [before, value, after]


def _forum(ctx: ExportContext) -> list[Inline]:
    """The forum sentence: the comarca's foro, the courts of a place, or a court named."""
    a, t = ctx.agreement, ctx.t
    forum = a.forum.strip()
    # Only a Brazilian contract has a sentence for a comarca (and requires one).
    by_comarca = t.raw("jurisdiction.comarca") is not None
    if not forum:
        if not by_comarca:
            return []
        before, after = t.split("jurisdiction.comarca", "place")
        return [before, t("jurisdiction.blank"), after]
    elected = comarca(forum) if by_comarca else None
    if elected is not None:
        place = elected
        before, after = t.split("jurisdiction.comarca", "place")
    else:
        place = _without_prefix(forum, t.raw("jurisdiction.strip_prefixes"))
        lowered = place.lower()
        if any(str(word) in lowered for word in t.raw("jurisdiction.court_words")):
            # A place naming its own court ("District Court of Midden-Nederland") is not
            # preceded by "the courts of"; the verb agrees with it ("courts ... have").
            place = _without_prefix(place, ["the "])
            plural = any(str(word) in lowered for word in t.raw("jurisdiction.plural_words"))
            before, after = t.split_counted("jurisdiction.named_court", "place", 2 if plural else 1)
        else:
            before, after = t.split("jurisdiction.courts_of", "place")
    return [before, ctx.value(("forum",), place), after]


def law_and_forum(ctx: ExportContext) -> None:
    """The clause, when the agreement is a contract and has something to state."""
    a, b, t = ctx.agreement, ctx.builder, ctx.t
    if a.internal:
        return
    law, forum = _law(ctx), _forum(ctx)
    if not law and not forum:
        return
    heading = "jurisdiction." + (
        "heading" if not law else "heading_with_law" if forum else "heading_law"
    )
    b.heading(1, t(heading), key="clause:jurisdiction", section="jurisdiction")
    sentences = [*law, " ", *forum] if law and forum else law or forum
    # The last clause stays on the signature page: signatures alone on a page are a page
    # that could be attached to any other text.
    b.clause(sentences, keep_next=True)
