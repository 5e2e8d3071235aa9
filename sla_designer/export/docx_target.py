"""The Word target: clauses as WordprocessingML blocks with bookmarks, fields and controls.

Content controls are all inline and plain-text, so that LibreOffice 7.4 and 25.2 keep them;
controls.py says why and how a clause's text is tagged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager

from sla_designer.export import ooxml
from sla_designer.export.builder import Cell, ContractTarget, Inline, Style
from sla_designer.export.controls import tag_generated_text
from sla_designer.export.ooxml import Element, sub

CLAUSE_NUM_ID = 1
LETTERED_ABSTRACT_ID = 2
HEADING_STYLES = {1: "Heading1", 2: "Heading2", 3: "Heading3"}
# Body text is indented to align with clause headings (resources/word/build_reference.py).
CLAUSE_INDENT = 680


class DocxTarget(ContractTarget):
    """Collects body blocks and keeps bookmarks and control ids consistent."""

    def __init__(
        self, numbering: Element, text_width: int, names: Callable[[str], str] | None = None
    ) -> None:
        """`names`: a tag's name for a model path ('metrics[3]' -> 'metrics[m-availability]',
        review_part.ItemNames), given to every control as it is made."""
        super().__init__()
        self._names = names
        self.blocks: list[Element] = []
        self._sections: list[tuple[str, str]] = []  # (tag, alias) of the open controls
        # The blocks added inside a control whose text is not yet tagged, by id, in order: each
        # with the tag and alias of its text.
        self._untagged: dict[int, tuple[Element, str, str]] = {}
        self._numbering = numbering
        self._text_width = text_width
        self._next_num_id = 1 + max(
            (int(n.get(ooxml.w("numId"))) for n in numbering.iter(ooxml.w("num"))), default=0
        )
        self._after_table = False
        self._next_id = 1
        self._pending: list[tuple[str, list[Element], bool]] = []
        self._headings: dict[str, tuple[Element, int | None]] = {}  # number -> paragraph, anchor
        self._clauses: dict[str, Element] = {}  # number of an untitled clause -> its paragraph
        self._late_anchors = 0  # headings bookmarked only because a citation needs them

    # --- plumbing ------------------------------------------------------------------------------

    def new_id(self) -> int:
        """A fresh id for a bookmark or content control."""
        self._next_id += 1
        return self._next_id

    def add(self, block: Element) -> Element:
        """Append a paragraph or table to the body."""
        if self._after_table and block.tag == ooxml.P:
            # Air between a table and the text after it; tables have no spacing of their own.
            ppr = block.find(ooxml.PPR)
            if ppr is None:
                ppr = sub(block, "pPr")
                block.insert(0, ppr)
            if ppr.find(ooxml.w("spacing")) is None:
                sub(ppr, "spacing", before="160")
        self._after_table = block.tag == ooxml.w("tbl")
        self.blocks.append(block)
        if self._sections:
            self._untagged[id(block)] = (block, *self._sections[-1])
        return block

    @contextmanager
    def control(self, tag: str, alias: str) -> Iterator[None]:
        """The generated text of everything added inside is tagged with `tag` (controls.py)."""
        named = self._named(tag)
        self._sections.append((named, named if alias == tag else alias))
        try:
            yield
        finally:
            self._sections.pop()

    def value(self, tag: str, text: str, *, bold: bool = False, caps: bool = False) -> Element:
        """An inline content control holding one value a reviewer may change; `caps` is run
        formatting (w:caps), so the control holds the value as typed."""
        named = self._named(tag)
        return ooxml.inline_control(
            named,
            named,
            [ooxml.run(text, bold=bold, caps=caps)],
            self.new_id(),
            multiline="\n" in text,
        )

    def _named(self, tag: str) -> str:
        """The tag of a control for model path `tag` (Word takes 255 characters)."""
        return (tag if self._names is None else self._names(tag))[:255]

    def bold(self, text: str) -> Element:
        """A bold run."""
        return ooxml.run(text, bold=True)

    # --- numbered clauses ----------------------------------------------------------------------

    def _heading(
        self,
        level: int,
        number: str,
        title: str,
        *,
        anchor: int | None,
        key: str | None,
        section: str | None,
    ) -> None:
        p = ooxml.paragraph(HEADING_STYLES[level], [title])
        self._bookmark(p, anchor)
        self._headings[number] = (p, anchor)
        self.add(p)

    def _clause(
        self,
        level: int,
        number: str,
        content: Iterable[Inline],
        *,
        anchor: int | None,
        key: str | None,
        keep_next: bool,
    ) -> None:
        # The numbering is also in the style; repeating it on the paragraph is what LibreOffice
        # needs to show it (it only follows numbering.xml's links from the heading styles).
        style = "ClauseText3" if level == 3 else "ClauseText2"
        p = ooxml.paragraph(style, content, keep_next=keep_next, num=(CLAUSE_NUM_ID, level - 1))
        self._bookmark(p, anchor)
        self._clauses[number] = p
        self.add(p)

    def _annex(
        self, label: str, title: str, *, anchor: int | None, key: str, section: str | None
    ) -> None:
        p = ooxml.paragraph("AnnexHeading", [label])
        self._bookmark(p, anchor)
        p.append(ooxml.run(f" \u2013 {title}"))
        self.add(p)

    def unnumbered_heading(
        self, title: str, *, section: str | None = None, new_page: bool = True
    ) -> None:
        """An annex-style heading, left out of the table of contents' numbering."""
        p = self.add(ooxml.paragraph("AnnexHeading", [title]))
        if not new_page:
            # The style starts a page, as annexes do; pStyle comes first in the schema's order.
            p.find(ooxml.PPR).insert(1, ooxml.el("pageBreakBefore", val="0"))

    def _bookmark(self, p: Element, anchor: int | None) -> None:
        if anchor is not None:
            ooxml.bookmark(p, bookmark_name(anchor), self.new_id())

    def ref(self, key: str) -> list[Element]:
        """A REF field; its instruction and shown number are filled in by `finish()`."""
        return self._reference(key, cited=False)

    def cite(self, key: str) -> list[Element]:
        """The citation's words around a REF field, all filled in by `finish()`."""
        return self._reference(key, cited=True)

    def _reference(self, key: str, *, cited: bool) -> list[Element]:
        # The words around the number are known only at the end (a subclause may stand alone),
        # so they are empty runs kept on either side of the field.
        runs = [ooxml.el("r"), *ooxml.field("REF", "\u2026"), ooxml.el("r")]
        self._pending.append((key, runs, cited))
        return runs

    # --- body text -----------------------------------------------------------------------------

    def styled(
        self,
        style: Style,
        content: Iterable[Inline],
        *,
        last: bool = False,
        keep_next: bool = False,
    ) -> None:
        """A paragraph in a style of the reference document; `last` lets the page break after."""
        p = self.add(ooxml.paragraph(style, content, keep_next=keep_next))
        if last:
            # The style keeps its lines with the next; the final line of a group need not.
            ppr = p.find(ooxml.PPR)
            ppr.insert(1, ooxml.el("keepNext", val="0"))

    def body(self, content: Iterable[Inline], *, keep_next: bool = False) -> None:
        """A body paragraph, aligned with the text of the clause above."""
        self._text_under_heading()
        self.add(ooxml.paragraph("BodyText", content, keep_next=keep_next))

    def bullets(self, items: Iterable[Sequence[Inline]]) -> None:
        """A bulleted list."""
        for item in items:
            self.add(ooxml.paragraph("ListBullet", item))

    def lettered(self, items: Iterable[Sequence[Inline]]) -> None:
        """A list (a), (b), (c) that starts again at (a), whatever list came before."""
        num_id = self._restarted_list()
        for item in items:
            self.add(ooxml.paragraph("ListNumber", item, num=(num_id, 0)))

    def _restarted_list(self) -> int:
        num_id = self._next_num_id
        self._next_num_id += 1
        num = sub(self._numbering, "num", numId=str(num_id))
        sub(num, "abstractNumId", val=str(LETTERED_ABSTRACT_ID))
        override = sub(num, "lvlOverride", ilvl="0")
        sub(override, "startOverride", val="1")
        return num_id

    def table(
        self, header: Sequence[str], rows: Iterable[Sequence[Cell]], fractions: Sequence[float]
    ) -> None:
        """A table across the text width less the clause indent, in the given proportions."""
        usable = self._text_width - CLAUSE_INDENT
        total = sum(fractions)
        widths = [int(usable * f / total) for f in fractions]
        prepared = [[_cell(c) for c in row] for row in rows]
        self.add(ooxml.table(header, prepared, widths, indent=CLAUSE_INDENT))

    # --- finishing -----------------------------------------------------------------------------

    def finish(self, *, tag: bool = True) -> list[Element]:
        """Settle sole paragraphs, fill in every reference, and (unless not `tag`) tag the
        generated text; the blocks of the body, in order."""
        sole = self.sole_paragraphs()
        for number in sole:
            self._unnumber(self._clauses[number])
        for key, runs, cited in self._pending:
            anchor = self._resolve(key)
            before, number, after = self.citation(anchor, sole, cited=cited)
            if anchor.shown in sole:
                # A paragraph without a number: the field shows the number of its clause.
                serial, switches = self._heading_anchor(anchor.parent), "\\r \\h"
            else:
                # \r shows the paragraph number; without it REF shows the bookmarked text.
                serial, switches = anchor.serial, "\\r \\h" if anchor.numbered else "\\h"
            runs[2].find(ooxml.w("instrText")).text = f" REF {bookmark_name(serial)} {switches} "
            runs[4].find(ooxml.T).text = number
            for run, words in ((runs[0], before), (runs[-1], after)):
                parent = run.getparent()
                if parent is None:
                    continue
                if words:
                    parent.replace(run, ooxml.run(words))
                else:
                    parent.remove(run)
        if tag:
            self.tag_text()
        return self.blocks

    def tag_text(self, blocks: Iterable[Element] | None = None) -> None:
        """Tag the generated text of every block (of `blocks` only, when given) added inside a
        control (controls.py); once a block."""
        if blocks is None:
            chosen = list(self._untagged.values())
            self._untagged.clear()
        else:
            found = (self._untagged.pop(id(block), None) for block in blocks)
            chosen = [entry for entry in found if entry is not None]
        for block, tag, alias in chosen:
            for p in block.iter(ooxml.P):
                tag_generated_text(p, tag, alias, self.new_id)

    def _unnumber(self, p: Element) -> None:
        """A clause's only subclause: body text led by the sole-paragraph label, no number."""
        ppr = p.find(ooxml.PPR)
        ppr.find(ooxml.w("pStyle")).set(ooxml.VAL, "BodyText")
        ppr.remove(ppr.find(ooxml.w("numPr")))
        label = self.citations.sole_label or ""
        p.insert(1, ooxml.run(label + " ", bold=True))

    def _heading_anchor(self, number: str) -> int:
        """The bookmark serial of heading `number`, bookmarking it now if no key did."""
        p, serial = self._headings[number]
        if serial is None:
            self._late_anchors += 1
            serial = len(self._anchors) + self._late_anchors
            self._bookmark(p, serial)
            self._headings[number] = (p, serial)
        return serial


def bookmark_name(serial: int) -> str:
    """The bookmark of the n-th anchor (Word hides bookmarks whose names start with '_')."""
    return f"_RefSla{serial:05d}"


def _cell(content: Cell) -> str | list[Element]:
    """Text stays text; a list of inlines is one paragraph; a list of lists, several."""
    if isinstance(content, str):
        return content
    if content and all(isinstance(item, list) for item in content):
        return [ooxml.paragraph("TableText", item) for item in content]
    return [ooxml.paragraph("TableText", content)]
