"""Signature page: every party, and two witnesses in Brazilian contracts."""

from __future__ import annotations

from sla_designer.export.builder import Inline
from sla_designer.export.context import ExportContext

SIGNATURE_LINE = "_" * 42
BRAZILIAN_WITNESSES = 2


def signatures(ctx: ExportContext) -> None:
    """Closing words, place and date, then a block for each party and for the witnesses."""
    a, b, t = ctx.agreement, ctx.builder, ctx.t
    # The signatures follow the last clause on its page; the closing words, the place and date
    # and every block are kept together (each line kept with the next but the very last), so
    # that no page holds a signature without the words it signs or the other signatures.
    b.unnumbered_heading(t("signatures.heading"), section="signing", new_page=False)
    with b.control("signing", t("signatures.heading")):
        b.styled("Normal", [_closing(ctx)], keep_next=True)
        signing = a.signing
        place = signing.place or t("signatures.blank_place")
        date = ctx.f.date(signing.date) if signing.date else t("signatures.blank_date")
        b.styled(
            "Normal",
            [
                ctx.value(("signing", "place"), place),
                ", ",
                ctx.value(("signing", "date"), date),
                ".",
            ],
            keep_next=True,
        )
        blocks = [_party_lines(ctx, index) for index in range(len(a.parties))]
        if ctx.brazilian_form:
            blocks += _witness_lines(ctx)
        for position, lines in enumerate(blocks):
            if position == len(a.parties):
                b.styled("Signature", [])
                b.styled("Signature", [b.bold(t("signatures.witnesses"))])
            _block(ctx, lines, last=position == len(blocks) - 1)


def _party_lines(ctx: ExportContext, index: int) -> list[list[Inline]]:
    """A party's block: its label, its name, its representative's name and title."""
    t, party = ctx.t, ctx.agreement.parties[index]
    lines: list[list[Inline]] = [[_signatory(ctx, party.id)], [ctx.party_name(index, party)]]
    rep = party.representative
    if rep is not None:
        path = ("parties", index, "representative")
        lines.append([t("signatures.name"), ctx.value((*path, "name"), rep.name)])
        if rep.title:
            lines.append([t("signatures.title"), ctx.value((*path, "title"), rep.title)])
    else:
        lines.append([t("signatures.name")])
    return lines


def _witness_lines(ctx: ExportContext) -> list[list[list[Inline]]]:
    """Two witnesses at least (CPC art. 784, III), each with name and CPF; blank lines to fill
    in for those the agreement does not name."""
    t, witnesses = ctx.t, list(ctx.agreement.signing.witnesses)
    blocks: list[list[list[Inline]]] = []
    for index in range(max(BRAZILIAN_WITNESSES, len(witnesses))):
        path: tuple[str | int, ...] = ("signing", "witnesses", index)
        if index < len(witnesses):
            w = witnesses[index]
            blocks.append(
                [
                    [t("signatures.name"), ctx.value((*path, "name"), w.name)],
                    [t("signatures.cpf"), ctx.value((*path, "tax_id"), w.tax_id)],
                ]
            )
        else:
            blocks.append([[t("signatures.name")], [t("signatures.cpf")]])
    return blocks


def _closing(ctx: ExportContext) -> str:
    """The closing words: in a Brazilian contract with the number of originals, one per party;
    in an internal agreement an approval, neither signed before witnesses nor in copies."""
    t, parties = ctx.t, len(ctx.agreement.parties)
    if ctx.agreement.internal:
        return t("signatures.closing_internal")
    if t.raw("signatures.closing_copies") is None:
        return t("signatures.closing")
    spelled = t.raw("numbers.spelled")
    copies = ctx.f.number(parties)
    if parties < len(spelled):
        copies = t("numbers.counted", n=copies, words=spelled[parties])
    return t("signatures.closing_copies", copies=copies)


def _signatory(ctx: ExportContext, party_id: str) -> str:
    """The party's label heading its block: 'CONTRATADA'; 'The Provider', capitalised as a
    heading though the text says 'the Provider'."""
    label = ctx.label(party_id)
    if ctx.agreement.language == "pt-BR":
        return label.upper()
    return label[:1].upper() + label[1:]


def _block(ctx: ExportContext, lines: list[list[Inline]], *, last: bool) -> None:
    """Space to sign, the line, then the signatory's details, kept with what follows; the
    `last` block ends the group kept together."""
    b = ctx.builder
    for _ in range(3):
        b.styled("Signature", [])
    b.styled("Signature", [SIGNATURE_LINE])
    for position, line in enumerate(lines, start=1):
        b.styled("Signature", line, last=last and position == len(lines))
