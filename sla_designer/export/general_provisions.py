"""The general provisions chapter: measurement disputes and monitoring failure, notices,
confidentiality, force majeure, signature, data protection, no waiver and anti-corruption, each
a clause with a lead-in, before the changes and the law-and-forum clauses."""

from __future__ import annotations

from collections.abc import Callable

from sla_designer.export.builder import Inline
from sla_designer.export.context import ExportContext
from sla_designer.export.standard_clauses import (
    MEASUREMENT_KEY,
    active,
    clause_path,
    fill,
    holds_measurement_disputes,
    master_value,
    own_words,
    title_of,
)
from sla_designer.model.parties import Party
from sla_designer.model.standard_clauses import StandardClause


def general_provisions(ctx: ExportContext) -> None:
    """The chapter, when the document holds any of its clauses."""
    a, b, t = ctx.agreement, ctx.builder, ctx.t
    writers = [w for w in _WRITERS if w[1](ctx)]
    if not writers:
        return
    b.heading(1, t("standard.heading"), key="clause:general", section="clauses")
    for name, _, write in writers:
        clause: StandardClause = getattr(a.clauses, name)
        with b.control(f"clauses.{name}", t(f"standard.titles.{name}").rstrip(".")):
            if clause.reworded:
                key = MEASUREMENT_KEY if name == "measurement_disputes" else None
                b.clause([title_of(ctx, name), *own_words(ctx, name, clause)], key=key)
            else:
                write(ctx)


def _measurement(ctx: ExportContext) -> None:
    a, b, t = ctx.agreement, ctx.builder, ctx.t
    disputes = a.clauses.measurement_disputes
    if a.escalation:
        route = fill(
            ctx, "standard.measurement.route.escalation", {"clause": b.cite("clause:escalation")}
        )
    elif a.reporting.reviews:
        route = fill(
            ctx, "standard.measurement.route.reviews", {"clause": b.cite("clause:reporting")}
        )
    else:
        route = [t("standard.measurement.route.representatives")]
    content: list[Inline] = [
        title_of(ctx, "measurement_disputes"),
        t("standard.measurement.raise"),
        " ",
        *route,
    ]
    days = ctx.f.number(disputes.expert_days)
    shown = ctx.value(clause_path("measurement_disputes", "expert_days"), days)
    if a.internal:
        content += [
            " ",
            *fill(
                ctx, "standard.measurement.internal", {"days": shown}, count=disputes.expert_days
            ),
        ]
    elif disputes.expert:
        content += [
            " ",
            *fill(ctx, "standard.measurement.expert", {"days": shown}, count=disputes.expert_days),
        ]
        content += [" ", t(f"standard.measurement.costs.{disputes.costs}")]
    b.clause(content, key=MEASUREMENT_KEY)
    gap = disputes.monitoring_gap
    b.clause([b.bold(t("standard.titles.monitoring") + " "), t(f"standard.measurement.gap.{gap}")])


def _notice_lines(ctx: ExportContext) -> list[list[Inline]]:
    """Where each party receives notices: the addresses the clause names, else the party's
    address and the e-mail of its first contact that has one."""
    a, t = ctx.agreement, ctx.t
    named = {n.party: (i, n) for i, n in enumerate(a.clauses.notices.addresses)}
    lines: list[list[Inline]] = []
    for index, party in enumerate(a.parties):
        parts: list[Inline] = []
        if party.id in named:
            n, address = named[party.id]
            for field in ("attention", "address", "email"):
                shown = getattr(address, field)
                if shown:
                    path = ("clauses", "notices", "addresses", n, field)
                    parts.append(ctx.value(path, shown))
        else:
            parts = _party_address(ctx, index, party)
        line: list[Inline] = [t("standard.notices.to", label=ctx.label(party.id))]
        for position, part in enumerate(parts or [t("standard.notices.blank")]):
            line += ["; " if position else "", part]
        lines.append(line)
    return lines


def _party_address(ctx: ExportContext, index: int, party: Party) -> list[Inline]:
    parts: list[Inline] = []
    if party.address:
        parts.append(ctx.value(("parties", index, "address"), party.address))
    for n, contact in enumerate(party.contacts):
        if contact.email:
            parts.append(ctx.value(("parties", index, "contacts", n, "email"), contact.email))
            break
    return parts


def _notices(ctx: ExportContext) -> None:
    b, t = ctx.builder, ctx.t
    method = ctx.agreement.clauses.notices.method
    content: list[Inline] = [title_of(ctx, "notices"), t(f"standard.notices.method.{method}")]
    if method != "registered_letter":
        content += [" ", t("standard.notices.received.email")]
    if method != "email":
        content += [" ", t("standard.notices.received.letter")]
    b.clause(content)
    b.lettered(_notice_lines(ctx))


def _bymaster_value(ctx: ExportContext, name: str, key: str) -> None:
    """A clause that refers to the master agreement where there is one, else says it in full."""
    a = ctx.agreement
    lead = title_of(ctx, name)
    if a.internal and ctx.t.has(f"standard.{key}.internal"):
        ctx.builder.clause([lead, ctx.t(f"standard.{key}.internal")])
    elif a.master_agreement:
        ctx.builder.clause(
            [lead, *fill(ctx, f"standard.{key}.master", {"master": master_value(ctx)})]
        )
    else:
        ctx.builder.clause([lead, ctx.t(f"standard.{key}.plain")])


def _data_protection(ctx: ExportContext) -> None:
    t, f = ctx.t, ctx.f
    laws = ctx.agreement.data_laws()
    named = f.join([t(f"standard.data_protection.laws.{law}") for law in laws]) or t(
        "standard.data_protection.laws.applicable"
    )
    content: list[Inline] = [
        title_of(ctx, "data_protection"),
        t("standard.data_protection.text", laws=named),
    ]
    if "hipaa" in laws:
        content += [" ", t("standard.data_protection.hipaa")]
    ctx.builder.clause(content)


def _simple(name: str) -> Callable[[ExportContext], None]:
    def write(ctx: ExportContext) -> None:
        ctx.builder.clause([title_of(ctx, name), ctx.t(f"standard.{name}.text")])

    return write


def _on(name: str) -> Callable[[ExportContext], bool]:
    return lambda ctx: active(ctx, name) is not None


def _measurement_on(ctx: ExportContext) -> bool:
    return holds_measurement_disputes(ctx.agreement)


def _notices_on(ctx: ExportContext) -> bool:
    return active(ctx, "notices") is not None and bool(ctx.agreement.parties)


def _data_on(ctx: ExportContext) -> bool:
    clause = ctx.agreement.clauses.data_protection
    return active(ctx, "data_protection") is not None and (
        clause.processes_personal_data or clause.reworded
    )


_WRITERS: list[tuple[str, Callable[[ExportContext], bool], Callable[[ExportContext], None]]] = [
    ("measurement_disputes", _measurement_on, _measurement),
    ("notices", _notices_on, _notices),
    (
        "confidentiality",
        _on("confidentiality"),
        lambda ctx: _bymaster_value(ctx, "confidentiality", "confidentiality"),
    ),
    (
        "force_majeure",
        _on("force_majeure"),
        lambda ctx: _bymaster_value(ctx, "force_majeure", "force_majeure"),
    ),
    ("data_protection", _data_on, _data_protection),
    ("signature", _on("signature"), _simple("signature")),
    ("no_waiver", _on("no_waiver"), _simple("no_waiver")),
    ("anticorruption", _on("anticorruption"), _simple("anticorruption")),
]
"""Each clause of the chapter in order: its name, whether the document holds it, its writer."""
