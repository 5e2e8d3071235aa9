"""Signature page: every party, and two witnesses in Brazilian contracts."""

from __future__ import annotations

from sla_designer.export.builder import Inline
from sla_designer.export.context import ExportContext

SIGNATURE_LINE = "_" * 42
BRAZILIAN_WITNESSES = 2


def signatures(ctx: ExportContext) -> None:
    """Closing words, place and date, then a block for each party and for the witnesses."""
    a, b, t = ctx.agreement, ctx.builder, ctx.t
    # The signatures follow the last clause on its page, and the closing words and the first
    # block stay together, so that no page holds signatures without the text they sign.
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
        for index, party in enumerate(a.parties):
            lines: list[list[Inline]] = [
                [_signatory(ctx, party.id)],
                [ctx.value(("parties", index, "legal_name"), party.legal_name, bold=True)],
            ]
            rep = party.representative
            if rep is not None:
                path = ("parties", index, "representative")
                lines.append([t("signatures.name"), ctx.value((*path, "name"), rep.name)])
                if rep.title:
                    lines.append([t("signatures.title"), ctx.value((*path, "title"), rep.title)])
            else:
                lines.append([t("signatures.name")])
            _block(ctx, lines)
        if a.language == "pt-BR" and not a.internal:
            b.styled("Signature", [])
            b.styled("Signature", [b.bold(t("signatures.witnesses"))])
            witnesses = list(signing.witnesses)
            for index in range(max(BRAZILIAN_WITNESSES, len(witnesses))):
                witness_path: tuple[str | int, ...] = ("signing", "witnesses", index)
                if index < len(witnesses):
                    w = witnesses[index]
                    lines = [
                        [t("signatures.name"), ctx.value((*witness_path, "name"), w.name)],
                        [t("signatures.cpf"), ctx.value((*witness_path, "tax_id"), w.tax_id)],
                    ]
                else:
                    lines = [[t("signatures.name")], [t("signatures.cpf")]]
                _block(ctx, lines)


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


def _block(ctx: ExportContext, lines: list[list[Inline]]) -> None:
    """Space to sign, the line, then the signatory's details, kept on one page."""
    b = ctx.builder
    for _ in range(3):
        b.styled("Signature", [])
    b.styled("Signature", [SIGNATURE_LINE])
    for position, line in enumerate(lines, start=1):
        b.styled("Signature", line, last=position == len(lines))
