"""The body of the contract under construction: clause numbers, bookmarks, references, controls.

Word numbers the headings itself (numbering.xml); the builder counts along with it so that every
cross-reference field can carry the number Word will show, before any field update. References
may point forward: their shown text is filled in by `finish()` once every target is known.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

from sla_designer.export import ooxml
from sla_designer.export.ooxml import Element, Inline, sub

CLAUSE_NUM_ID = 1
LETTERED_ABSTRACT_ID = 2
HEADING_STYLES = {1: "Heading1", 2: "Heading2", 3: "Heading3"}


class ExportError(RuntimeError):
    """The document could not be built or written."""


class DocumentBuilder:
    """Collects body blocks and keeps clause numbering, bookmarks and control ids consistent."""

    def __init__(self, numbering: Element) -> None:
        self.blocks: list[Element] = []
        self._containers: list[list[Element] | Element] = [self.blocks]
        self._numbering = numbering
        self._next_num_id = 1 + max(
            (int(n.get(ooxml.w("numId"))) for n in numbering.iter(ooxml.w("num"))), default=0
        )
        self._levels = [0, 0, 0]
        self._depth = 0  # level of the last heading: untitled clauses number one level below
        self._after_table = False
        self._next_id = 1
        # key -> (bookmark name, text shown, whether Word shows it as a paragraph number)
        self._anchors: dict[str, tuple[str, str, bool]] = {}
        self._pending: list[tuple[str, Element]] = []
        self.headings: list[tuple[int, str, str]] = []

    # --- plumbing ------------------------------------------------------------------------------

    def new_id(self) -> int:
        """A fresh id for a bookmark or content control."""
        self._next_id += 1
        return self._next_id

    def add(self, block: Element) -> Element:
        """Append a paragraph or table to the current container."""
        if self._after_table and block.tag == ooxml.P:
            # Air between a table and the text after it; tables have no spacing of their own.
            ppr = block.find(ooxml.PPR)
            if ppr is None:
                ppr = sub(block, "pPr")
                block.insert(0, ppr)
            if ppr.find(ooxml.w("spacing")) is None:
                sub(ppr, "spacing", before="160")
        self._after_table = block.tag == ooxml.w("tbl")
        target = self._containers[-1]
        target.append(block)
        return block

    @contextmanager
    def control(self, tag: str, alias: str) -> Iterator[None]:
        """Everything added inside sits in a block content control tagged with `tag`."""
        sdt, content = ooxml.block_control(tag, alias, self.new_id())
        self.add(sdt)
        self._containers.append(content)
        try:
            yield
        finally:
            self._containers.pop()
            if len(content) == 0:
                # A content control must hold at least one block.
                content.append(ooxml.paragraph("BodyText"))

    def value(self, tag: str, alias: str, text: str, *, bold: bool = False) -> Element:
        """An inline content control holding one value a reviewer may change."""
        return ooxml.inline_control(
            tag, alias, [ooxml.run(text, bold=bold)], self.new_id(), multiline="\n" in text
        )

    # --- numbered clauses ----------------------------------------------------------------------

    def _count(self, level: int) -> str:
        self._levels[level - 1] += 1
        for lower in range(level, len(self._levels)):
            self._levels[lower] = 0
        return ".".join(str(n) for n in self._levels[:level])

    def heading(self, level: int, title: str, *, key: str | None = None) -> str:
        """A numbered heading (1, 1.1, 1.1.1); `key` lets other clauses refer to it."""
        number = self._count(level)
        self._depth = level
        p = ooxml.paragraph(HEADING_STYLES[level], [title])
        self._anchor(p, key, number, numbered=True)
        self.add(p)
        self.headings.append((level, number, title))
        return number

    def clause(self, content: Iterable[Inline], *, key: str | None = None) -> str:
        """A numbered paragraph without a title, one level below the last heading (1.1, 6.2.1)."""
        level = min(self._depth + 1, 3)
        number = self._count(level)
        # The numbering is also in the style; repeating it on the paragraph is what LibreOffice
        # needs to show it (it only follows numbering.xml's links from the heading styles).
        style = "ClauseText3" if level == 3 else "ClauseText2"
        p = ooxml.paragraph(style, content, num=(CLAUSE_NUM_ID, level - 1))
        self._anchor(p, key, number, numbered=True)
        self.add(p)
        return number

    def annex(self, label: str, title: str, *, key: str) -> None:
        """An annex heading ('Annex A – Downtime budget'); references show the label."""
        p = ooxml.paragraph("AnnexHeading", [label])
        self._anchor(p, key, label, numbered=False)
        p.append(ooxml.run(f" \u2013 {title}"))
        self.add(p)
        self.headings.append((0, label, title))

    def _anchor(self, p: Element, key: str | None, shown: str, *, numbered: bool) -> None:
        if key is None:
            return
        if key in self._anchors:
            raise ExportError(f"two clauses claim the reference {key!r}")
        name = f"_RefSla{len(self._anchors) + 1:05d}"
        self._anchors[key] = (name, shown, numbered)
        ooxml.bookmark(p, name, self.new_id())

    def ref(self, key: str) -> list[Element]:
        """A REF field showing the number (or annex label) of the clause bookmarked as `key`."""
        runs = ooxml.field("REF", "\u2026")
        self._pending.append((key, runs))
        return runs

    # --- body text -----------------------------------------------------------------------------

    def body(self, content: Iterable[Inline], *, keep_next: bool = False) -> Element:
        """A body paragraph, aligned with the text of the clause above."""
        return self.add(ooxml.paragraph("BodyText", content, keep_next=keep_next))

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
        self,
        header: Sequence[str],
        rows: Iterable[Sequence[ooxml.Cell]],
        fractions: Sequence[float],
        text_width: int,
        indent: int,
    ) -> Element:
        """A table across the text width (less `indent`), columns in the given proportions."""
        usable = text_width - indent
        total = sum(fractions)
        widths = [int(usable * f / total) for f in fractions]
        return self.add(ooxml.table(header, rows, widths, indent=indent))

    def cell(self, content: Iterable[Inline]) -> list[Element]:
        """Cell content from runs and controls."""
        return [ooxml.paragraph("TableText", content)]

    # --- finishing -----------------------------------------------------------------------------

    def finish(self) -> list[Element]:
        """Fill in every reference's shown number; the blocks of the body, in order."""
        for key, runs in self._pending:
            if key not in self._anchors:
                raise ExportError(f"a clause refers to {key!r}, which the document does not hold")
            name, shown, numbered = self._anchors[key]
            # \r shows the paragraph number; without it REF shows the bookmarked text.
            switches = "\\r \\h" if numbered else "\\h"
            runs[1].find(ooxml.w("instrText")).text = f" REF {name} {switches} "
            text = runs[3].find(ooxml.T)
            text.text = shown
        return self.blocks
