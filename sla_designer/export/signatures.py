"""Signature page (every party; two witnesses in Brazilian contracts), header and footer."""

from __future__ import annotations

from sla_designer.export import ooxml
from sla_designer.export.context import ExportContext
from sla_designer.export.ooxml import Element, Inline

SIGNATURE_LINE = "_" * 42
BRAZILIAN_WITNESSES = 2


def signatures(ctx: ExportContext) -> None:
    """Closing words, place and date, then a block for each party and for the witnesses."""
    a, b, t = ctx.agreement, ctx.builder, ctx.t
    b.add(ooxml.paragraph("AnnexHeading", [t("signatures.heading")]))
    with b.control("signing", t("signatures.heading")):
        b.add(ooxml.paragraph("Normal", [t("signatures.closing")]))
        signing = a.signing
        place = signing.place or t("signatures.blank_place")
        date = ctx.f.date(signing.date) if signing.date else t("signatures.blank_date")
        b.add(
            ooxml.paragraph(
                "Normal",
                [
                    ctx.value(("signing", "place"), place),
                    ", ",
                    ctx.value(("signing", "date"), date),
                    ".",
                ],
            )
        )
        for index, party in enumerate(a.parties):
            lines: list[list[Inline]] = [
                [ctx.label(party.id).upper() if a.language == "pt-BR" else ctx.label(party.id)],
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
        if a.language == "pt-BR":
            b.add(ooxml.paragraph("Signature", []))
            b.add(ooxml.paragraph("Signature", [ooxml.run(t("signatures.witnesses"), bold=True)]))
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


def _block(ctx: ExportContext, lines: list[list[Inline]]) -> None:
    """Space to sign, the line, then the signatory's details, kept on one page."""
    b = ctx.builder
    for _ in range(3):
        b.add(ooxml.paragraph("Signature", []))
    b.add(ooxml.paragraph("Signature", [SIGNATURE_LINE]))
    for line in lines:
        b.add(ooxml.paragraph("Signature", line))
    last = b.blocks[-1] if b.blocks else None
    if last is not None and last.tag == ooxml.P:
        # The final line of a block need not stay with what follows.
        keep = last.find(f"{ooxml.PPR}/{ooxml.w('keepNext')}")
        if keep is not None:
            keep.set(ooxml.VAL, "0")


def fill_header(ctx: ExportContext, header: Element, draft: bool) -> None:
    """Title on the left; version, and DRAFT while the agreement is not final, on the right."""
    a, t = ctx.agreement, ctx.t
    _clear(header)
    content: list[Inline] = [a.title, "\t", t("header.version", version=a.version)]
    if draft:
        content += ["  ", ooxml.run(t("header.draft"), style="Draft")]
    header.append(_with_tabs(ooxml.paragraph("Header", content), ctx.text_width))


def fill_footer(ctx: ExportContext, footer: Element) -> None:
    """Reference on the left, 'Page X of Y' on the right."""
    t = ctx.t
    page_before, rest = t.split("footer.page", "page", total="\x01")
    between, after = rest.split("\x01")
    content: list[Inline] = [ctx.agreement.reference, "\t", page_before]
    content += ooxml.field("PAGE", "1")
    content.append(between)
    content += ooxml.field("NUMPAGES", "1")
    content.append(after)
    _clear(footer)
    footer.append(_with_tabs(ooxml.paragraph("Footer", content), ctx.text_width))


def _clear(part_root: Element) -> None:
    for child in list(part_root):
        part_root.remove(child)


def _with_tabs(p: Element, text_width: int) -> Element:
    """One right tab stop at the real text width (A4 and Letter differ), the style's cleared."""
    ppr = p.find(ooxml.PPR)
    tabs = ooxml.el("tabs")
    ooxml.sub(tabs, "tab", val="clear", pos="4536")
    ooxml.sub(tabs, "tab", val="clear", pos="9072")
    ooxml.sub(tabs, "tab", val="right", pos=str(text_width))
    ppr.insert(1, tabs)
    return p
