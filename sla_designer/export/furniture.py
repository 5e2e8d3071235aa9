"""Word-only parts of the contract: table of contents, page header and footer."""

from __future__ import annotations

from sla_designer.export import ooxml
from sla_designer.export.builder import Inline
from sla_designer.export.context import ExportContext
from sla_designer.export.docx_target import DocxTarget
from sla_designer.export.ooxml import Element

# Built from styles, not outline levels: untitled numbered paragraphs (1.1, 1.2) share the
# headings' list, and LibreOffice would give them outline levels and list them too.
TOC_INSTRUCTION = 'TOC \\h \\z \\t "Heading 1,1,Heading 2,2,Annex Heading,1"'


def table_of_contents(ctx: ExportContext, target: DocxTarget) -> list[Element]:
    """A TOC field whose shown entries already list the clauses; page numbers come on update.

    Built after the clauses (it needs their numbers) and inserted by the caller after the cover.
    """
    blocks = [ooxml.paragraph("TOCHeading", [ctx.t("cover.contents")], page_break_before=True)]
    entries = [
        (
            "TOC2" if level == 2 else "TOC1",
            f"{number}\t{title}" if level else f"{number} \u2013 {title}",
        )
        for level, number, title in target.headings
        if level <= 2
    ]
    return blocks + contents_paragraphs(entries)


def contents_paragraphs(entries: list[tuple[str, str]]) -> list[Element]:
    """The TOC field over one paragraph per entry (its style, its text), the field's result."""
    runs = ooxml.field(TOC_INSTRUCTION, "")
    begin, end = runs[:3], runs[4]
    if not entries:
        return [ooxml.paragraph("TOC1", [*begin, end])]
    blocks = []
    for index, (style, text) in enumerate(entries):
        content: list[Inline] = list(begin) if index == 0 else []
        content.append(text)
        if index == len(entries) - 1:
            content.append(end)
        blocks.append(ooxml.paragraph(style, content))
    return blocks


def fill_header(ctx: ExportContext, header: Element, draft: bool, text_width: int) -> None:
    """Title on the left; version, and DRAFT while the agreement is not final, on the right."""
    a, t = ctx.agreement, ctx.t
    _clear(header)
    content: list[Inline] = [a.title, "\t", t("header.version", version=a.version)]
    if draft:
        content += ["  ", ooxml.run(t("header.draft"), style="Draft")]
    header.append(_with_tabs(ooxml.paragraph("Header", content), text_width))


def fill_footer(ctx: ExportContext, footer: Element, text_width: int) -> None:
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
    footer.append(_with_tabs(ooxml.paragraph("Footer", content), text_width))


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
