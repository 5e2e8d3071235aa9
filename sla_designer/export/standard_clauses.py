"""The standard clauses: order of precedence (with the term), nature of service credits, and the
general provisions (measurement disputes, monitoring failure, notices, confidentiality, force
majeure, signature, data protection, no waiver, anti-corruption).

Each clause is written from the agreement's facts in the words of `clauses.standard`, unless the
agreement switched it off or reworded it (`Agreement.clauses`): a reworded clause is its own text,
tagged with its model path, after the same lead-in. Agreements between departments get only the
clauses that fit (`INTERNAL_CLAUSES`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from sla_designer.export.builder import Inline
from sla_designer.export.context import ExportContext
from sla_designer.model import Agreement
from sla_designer.model.standard_clauses import StandardClause
from sla_designer.validation.findings import FieldPath

MEASUREMENT_KEY = "clause:measurement-disputes"
"""The clause a disputed claim is settled under (cited by the claims clause when present)."""

_MARK = re.compile("\x00(\\d+)\x00")


def fill(
    ctx: ExportContext,
    key: str,
    inlines: Mapping[str, Inline],
    count: int | None = None,
    **plain: object,
) -> list[Inline]:
    """The phrase `key` with each placeholder of `inlines` replaced by its piece (a tagged value,
    a citation) and the others by plain text."""
    names = list(inlines)
    marked = {name: f"\x00{i}\x00" for i, name in enumerate(names)}
    text = ctx.t(key, count, **plain, **marked)
    content: list[Inline] = []
    for position, piece in enumerate(_MARK.split(text)):
        if position % 2:
            found = inlines[names[int(piece)]]
            content += found if isinstance(found, list) else [found]
        elif piece:
            content.append(piece)
    return content


def master_name(ctx: ExportContext) -> str:
    """The master agreement's name without the article the sentences already put before it."""
    master = ctx.agreement.master_agreement
    for prefix in ctx.t.raw("term.master_strip_prefixes"):
        if master.lower().startswith(str(prefix).lower()):
            return master[len(prefix) :]
    return master


def master_value(ctx: ExportContext) -> Inline:
    return ctx.value(("master_agreement",), master_name(ctx))


def active(ctx: ExportContext, name: str) -> StandardClause | None:
    """The standard clause `name` when the document holds it: on, and fitting the agreement."""
    a = ctx.agreement
    return a.clauses.in_document(name, internal=a.internal)


def holds_measurement_disputes(agreement: Agreement) -> bool:
    """Whether the contract holds the measurement-disputes clause (`MEASUREMENT_KEY`): on, and
    the agreement has service levels to measure. A clause settling disputed claims under it cites
    it only then (else the escalation clause)."""
    clauses = agreement.clauses
    held = clauses.in_document("measurement_disputes", internal=agreement.internal)
    return held is not None and bool(agreement.metrics)


def clause_path(name: str, *rest: str) -> FieldPath:
    return ("clauses", name, *rest)


def own_words(ctx: ExportContext, name: str, clause: StandardClause) -> list[Inline]:
    return [ctx.value(clause_path(name, "text"), clause.text)]


def title_of(ctx: ExportContext, name: str) -> Inline:
    return ctx.builder.bold(ctx.t(f"standard.titles.{name}") + " ")


def precedence(ctx: ExportContext) -> None:
    """Which text prevails over which, and the term ending with the master agreement's: clauses
    of the parties-and-term chapter, said only where there is a master agreement (or own words)."""
    clause = active(ctx, "precedence")
    if clause is None:
        return
    b = ctx.builder
    if clause.reworded:
        b.clause(
            [title_of(ctx, "precedence"), *own_words(ctx, "precedence", clause)],
            key="clause:precedence",
        )
        return
    if not ctx.agreement.master_agreement:
        return
    content = [
        title_of(ctx, "precedence"),
        *fill(ctx, "standard.precedence.master", {"master": master_value(ctx)}),
    ]
    if ctx.agreement.clauses.precedence.term_follows_master:
        content += [" ", ctx.t("standard.precedence.term")]
    b.clause(content, key="clause:precedence")


def credit_nature(ctx: ExportContext) -> None:
    """Service credits are a price adjustment, not a penalty; their relation to the master
    agreement's limit of liability; their payment after the end: a subclause of the credits
    chapter, where the agreement has service credits."""
    a, b, t = ctx.agreement, ctx.builder, ctx.t
    clause = active(ctx, "credit_nature")
    if clause is None or not a.remedies.credit_schedules:
        return
    nature = a.clauses.credit_nature
    b.heading(2, t("standard.credit_nature.heading"), key="clause:credit-nature")
    with b.control("clauses.credit_nature", t("standard.credit_nature.heading")):
        if clause.reworded:
            b.clause(own_words(ctx, "credit_nature", clause))
            return
        b.clause([t("standard.credit_nature.price")])
        if a.master_agreement:
            key = "counted" if nature.counts_towards_liability_cap else "not_counted"
            b.clause(fill(ctx, f"standard.credit_nature.cap.{key}", {"master": master_value(ctx)}))
        if nature.paid_after_termination:
            b.clause([t("standard.credit_nature.after_termination")])
