"""The paragraphs and table rows of two exports of a contract, read and paired for a redline
(export/redline.py).

Both versions' bodies are read as a review reads a document (review/wordml.py), and paired as a
review pairs an export with a reviewed document (review/align.py: by the controls' tags, which
name list items by id, then by text). The new version is read whole (its reading is also the
review part's record). Of the old version, a paragraph or row written exactly as one of the new
version, the numbers that every export counts aside (the ids of controls and bookmarks, the names
of bookmarks, the numbers of lists), reads as that one does: only the others are read. Most of a
negotiation round's contract stays as it was, and reading is most of what pairing costs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from sla_designer.export import ooxml
from sla_designer.export.docx_target import bookmark_name
from sla_designer.export.ooxml import Element
from sla_designer.review.align import Pair, align
from sla_designer.review.wordml import Paragraph, Segment, paragraphs

_TBL, _TR, _TC, _GRID_COL = ooxml.w("tbl"), ooxml.w("tr"), ooxml.w("tc"), ooxml.w("gridCol")
_CONTENTS_STYLES = {"TOC1", "TOC2"}
_STYLE = ooxml.w("pStyle")
_NUMBERS = re.compile(r'="\d+"')
_BOOKMARKS = re.compile(re.escape(bookmark_name(0).rstrip("0")) + r"\d+")
"""What tells apart two paragraphs written alike in two exports: numeric attributes (ids of
controls, bookmarks and revisions, numbers of lists, widths) and bookmark names. A reading
(review/wordml.py) depends on none of them. (Two expressions: one with two branches takes
three times as long.)"""


@dataclass(slots=True)
class Unit:
    """A paragraph of the body or a row of one of its tables, as the pairing sees it."""

    element: Element
    table: Element | None
    """The table of a row; None for a paragraph."""
    reading: Paragraph
    """Its text and tags (a row: its cells' paragraphs, one after another)."""
    contents: bool = False
    """An entry of the table of contents: the new version's stand, the old one's go."""


def written(element: Element) -> str:
    """The XML of `element` without what every export counts: equal for two paragraphs or rows
    that read the same and show the same words, whichever export wrote them."""
    # As text, not bytes: lxml writes it a third faster.
    xml = etree.tostring(element, encoding="unicode", with_tail=False)
    return _BOOKMARKS.sub("", _NUMBERS.sub("", xml))


def units_of(blocks: list[Element], read: list[Paragraph] | None = None) -> list[Unit]:
    """The paragraphs and table rows of body `blocks`, in document order (`read`: their
    paragraphs as review/wordml.py reads them, when read already)."""
    read = paragraphs(blocks) if read is None else read
    found: list[Unit] = []
    at = 0
    for element, table, contents in _elements(blocks):
        if table is None:
            found.append(Unit(element, None, read[at], contents))
            at += 1
        else:
            count = sum(1 for _ in element.iter(ooxml.P))
            found.append(Unit(element, table, _joined(read[at : at + count], table)))
            at += count
    return found


def old_units(blocks: list[Element], new: list[Unit]) -> list[Unit]:
    """The paragraphs and table rows of the old version's body `blocks` but its table of
    contents, in document order: read as the unit of `new` written the same, else read here."""
    by_writing = {written(u.element): u.reading for u in new if not u.contents}
    found: list[Unit] = []
    unread: list[Unit] = []
    for element, table, contents in _elements(blocks):
        if contents:
            continue
        reading = by_writing.get(written(element))
        unit = Unit(element, table, Paragraph() if reading is None else reading)
        found.append(unit)
        if reading is None:
            unread.append(unit)
    read = paragraphs([u.element for u in unread])
    at = 0
    for unit in unread:
        count = 1 if unit.table is None else sum(1 for _ in unit.element.iter(ooxml.P))
        unit.reading = _joined(read[at : at + count], unit.table)
        at += count
    return found


def _elements(blocks: list[Element]) -> list[tuple[Element, Element | None, bool]]:
    """(paragraph or row, its table, whether an entry of the table of contents) of `blocks`."""
    found: list[tuple[Element, Element | None, bool]] = []
    for block in blocks:
        if block.tag == ooxml.P:
            found.append((block, None, is_contents(block)))
        elif block.tag == _TBL:
            found += [(tr, block, False) for tr in block.iterfind(_TR)]
    return found


def is_contents(block: Element) -> bool:
    """Whether body block `block` is an entry of the table of contents."""
    return block.tag == ooxml.P and _style(block) in _CONTENTS_STYLES


def _style(p: Element) -> str | None:
    """The paragraph's style: its properties come first, their style first (ooxml.paragraph)."""
    if len(p) and p[0].tag == ooxml.PPR and len(p[0]) and p[0][0].tag == _STYLE:
        return str(p[0][0].get(ooxml.VAL))
    return None


def _joined(cells: list[Paragraph], table: Element | None) -> Paragraph:
    """A paragraph's reading; a row's: its cells' paragraphs, each followed by a tab."""
    if table is None:
        return cells[0]
    tab = Segment(None, None, before="\t", after="\t")
    return Paragraph(segments=[s for cell in cells for s in [*cell.segments, tab]])


def pair_units(old: list[Unit], new: list[Unit]) -> list[Pair]:
    """Every old and new unit once, paired where they are the same paragraph or row; a
    paragraph never pairs with a row, nor rows of tables with different columns."""
    pairs: list[Pair] = []
    columns: dict[int, int] = {}
    for i, j in align([u.reading for u in old], [u.reading for u in new]):
        if i is not None and j is not None and not _alike(old[i], new[j], columns):
            pairs += [(i, None), (None, j)]
        else:
            pairs.append((i, j))
    return pairs


def _alike(old: Unit, new: Unit, columns: dict[int, int]) -> bool:
    if (old.table is None) != (new.table is None):
        return False
    if old.table is None or new.table is None:
        return not new.contents
    return len(old.element.findall(_TC)) == len(new.element.findall(_TC)) and _columns(
        old.table, columns
    ) == _columns(new.table, columns)


def same_text(old: Unit, new: Unit) -> bool:
    """Whether two paired paragraphs read the same, what fields show aside: the new one then
    stays as it is (read once for the pairing, this spares comparing their words)."""
    return old.reading is new.reading or old.reading.text(fields=False) == new.reading.text(
        fields=False
    )


def _columns(table: Element, known: dict[int, int]) -> int:
    """The number of columns of `table` (`known`: the tables counted, by id)."""
    found = known.get(id(table))
    if found is None:
        found = known[id(table)] = sum(1 for _ in table.iter(_GRID_COL))
    return found
