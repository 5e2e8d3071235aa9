"""A Word redline: the new version of an agreement's contract with tracked changes against the
old one, as a lawyer expects to receive a negotiation round.

Both versions are exported the same way (the same document model, the same language and
paper). Their paragraphs and tables written alike pair first, in order; between them, their
body paragraphs and table rows are paired as a review pairs an export with a reviewed document
(review/align.py: by the controls' tags, which name list items by id, then by text;
redline_units.py reads and pairs them). Then, in the new version's body:
- a paragraph or row that shows the same words stays as it is;
- a paired paragraph that changed is diffed word by word (word_diff.py);
- a paragraph or row of the new version alone is inserted whole, one of the old version alone
  is deleted whole (tracked.py), where it stood among its neighbours;
- the numbering, cross-references and table of contents are the new version's: an old list item
  deleted is numbered in the list it was in, its fields show the text they showed.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from sla_designer.export import ooxml
from sla_designer.export.ooxml import Element
from sla_designer.export.redline_units import (
    is_contents,
    old_units,
    pair_units,
    same_text,
    units_of,
    written,
)
from sla_designer.export.tracked import Marker
from sla_designer.export.word_diff import diff_paragraph
from sla_designer.review import likeness
from sla_designer.review.align import ALIKE, Pair, align
from sla_designer.review.wordml import Paragraph, paragraphs

_TBL, _TR, _TC = ooxml.w("tbl"), ooxml.w("tr"), ooxml.w("tc")
_NUM_ID, _NUM = ooxml.w("numId"), ooxml.w("num")


def mark_changes(
    old_blocks: list[Element],
    new_blocks: list[Element],
    marker: Marker,
    numbering: Element,
    old_numbering: Element,
    *,
    new_reading: list[Paragraph] | None = None,
    keys: tuple[list[object], list[object]] | None = None,
    finish_old: Callable[[list[Element]], None] | None = None,
) -> list[Element]:
    """The body of the redline: `new_blocks` (changed in place) with the changes since
    `old_blocks` tracked. `numbering` is the new document's numbering part, which gains the
    old version's lists that only deleted paragraphs are in (`old_numbering` defines them).
    `new_reading`: the paragraphs of `new_blocks` as review/wordml.py reads them, if read.
    `keys`: the old and new blocks' `block_keys`, if worked out (before their text was tagged:
    then `finish_old` tags the old blocks of a stretch before they are read).

    Paragraphs and whole tables written alike in both versions (the numbers every export counts
    aside) pair first, in order, as difflib pairs equal runs; they read the same and stay as
    they are. Only the stretches between them are read, paired and marked unit by unit: most of
    a negotiation round's contract is as it was."""
    read = paragraphs(new_blocks) if new_reading is None else new_reading
    old_keys, new_keys = keys or (block_keys(old_blocks), block_keys(new_blocks))
    # The old table of contents goes: its entries' keys are tuples (block_keys).
    kept = [k for k, key in enumerate(old_keys) if not isinstance(key, tuple)]
    old = [old_blocks[k] for k in kept]
    starts = [0]
    for block in new_blocks:
        starts.append(starts[-1] + (1 if block.tag == ooxml.P else _paragraph_count(block)))
    old_text, new_text = likeness.as_texts([old_keys[k] for k in kept], new_keys)
    lists = _Lists(numbering, old_numbering)
    # Every pair is known before a paragraph is deleted: its list is its old neighbours'.
    changes = likeness.opcodes(likeness.matching_blocks(old_text, new_text))
    stretches: list[_Stretch | None] = []
    for operation, i1, i2, j1, j2 in changes:
        if operation == "equal":
            for old_block, new_block in zip(old[i1:i2], new_blocks[j1:j2], strict=True):
                if new_block.tag == ooxml.P:
                    lists.paired(old_block, new_block)
            stretches.append(None)
        else:
            if finish_old is not None:
                finish_old(old[i1:i2])
            stretch = _Stretch(old[i1:i2], new_blocks[j1:j2], read[starts[j1] : starts[j2]])
            stretch.pair(lists)
            stretches.append(stretch)
    body = _Body(marker, lists, {})
    for (_, _, _, j1, j2), marked in zip(changes, stretches, strict=True):
        if marked is None:
            for block in new_blocks[j1:j2]:
                body.add(block)
        else:
            marked.mark(body)
    return body.blocks


def block_keys(blocks: list[Element]) -> list[object]:
    """What pairs a body block with one of the other version's: its XML as `written`; an entry
    of the table of contents pairs with none (a key of its own, a tuple)."""
    return [(k,) if is_contents(block) else written(block) for k, block in enumerate(blocks)]


class _Stretch:
    """Blocks of the two versions between those written alike: their paragraphs and table rows
    read, paired and marked one by one."""

    def __init__(self, old_blocks: list[Element], new_blocks: list[Element], read: list[Paragraph]):
        self.new_blocks = new_blocks
        self.new = units_of(new_blocks, read)
        self.old = old_units(old_blocks, self.new)
        self.pairs = pair_units(self.old, self.new)

    def pair(self, lists: _Lists) -> None:
        """Tell `lists` the paragraphs paired."""
        old, new = self.old, self.new
        for i, j in self.pairs:
            if i is not None and j is not None and old[i].table is None:
                lists.paired(old[i].element, new[j].element)

    def mark(self, body: _Body) -> None:
        """Add the stretch's blocks to `body`, marked."""
        old, new = self.old, self.new
        for block in self.new_blocks:
            if block.tag == _TBL:
                for tr in block.findall(_TR):
                    block.remove(tr)
        body.tables.update(
            (id(old[i].table), new[j].table)
            for i, j in self.pairs
            if i is not None and j is not None and old[i].table is not None
        )
        for i, j in self.pairs:
            old_unit = None if i is None else old[i]
            new_unit = None if j is None else new[j]
            if new_unit is not None and new_unit.contents:
                body.add(new_unit.element)
            elif new_unit is not None and new_unit.table is not None:
                same = old_unit is not None and same_text(old_unit, new_unit)
                body.row(old_unit and old_unit.element, new_unit.element, new_unit.table, same=same)
            elif old_unit is not None and old_unit.table is not None:
                body.old_row(old_unit.element, old_unit.table)
            else:
                old_p, new_p = old_unit and old_unit.element, new_unit and new_unit.element
                same = (
                    old_unit is not None and new_unit is not None and same_text(old_unit, new_unit)
                )
                for p in body.paragraphs(old_p, new_p, same=same):
                    body.add(p)


def _paragraph_count(table: Element) -> int:
    return sum(1 for _ in table.iter(ooxml.P))


class _Lists:
    """Which numbering an old paragraph deleted takes in the new document."""

    def __init__(self, numbering: Element, old_numbering: Element) -> None:
        self.numbering = numbering
        self.old = {n.get(_NUM_ID): n for n in old_numbering.iter(_NUM)}
        self.mapped: dict[str, str] = {}
        self.pairs: list[tuple[Element, Element]] | None = []
        self.next_id = 1 + max((int(n.get(_NUM_ID)) for n in numbering.iter(_NUM)), default=0)

    def paired(self, old: Element, new: Element) -> None:
        """Old and new paragraphs are the same: the old one's list is the new one's (looked at
        when a paragraph is first deleted: most redlines delete none in a list)."""
        assert self.pairs is not None, "paired after a paragraph was renumbered"
        self.pairs.append((old, new))

    def _map_paired(self) -> None:
        for old, new in self.pairs or ():
            mine, theirs = _num_id(old), _num_id(new)
            if mine is not None and theirs is not None:
                self.mapped.setdefault(mine.get(ooxml.VAL), str(theirs.get(ooxml.VAL)))
        self.pairs = None

    def renumber(self, p: Element) -> None:
        """Give the deleted copy `p` of an old paragraph its list in the new document: the
        list its old neighbours are now in, else a copy of its old list."""
        num_id = _num_id(p)
        if num_id is None:
            return
        if self.pairs is not None:
            self._map_paired()
        old = str(num_id.get(ooxml.VAL))
        new = self.mapped.get(old)
        if new is None:
            definition = self.old.get(old)
            if definition is None:
                return
            new = self.mapped[old] = str(self.next_id)
            self.next_id += 1
            copied = copy.deepcopy(definition)
            copied.set(_NUM_ID, new)
            self.numbering.append(copied)
        num_id.set(ooxml.VAL, new)


def _num_id(p: Element) -> Element | None:
    """The paragraph's w:numId: the first in it, as only its properties hold one (lxml walks
    the paragraph in C faster than it takes three finds)."""
    return next(p.iter(_NUM_ID), None)


class _Body:
    """The redline's blocks, built in document order."""

    def __init__(self, marker: Marker, lists: _Lists, tables: dict[int, Element]) -> None:
        self.marker = marker
        self.lists = lists
        self.tables = tables  # id of an old table -> the new table it is
        self.blocks: list[Element] = []
        self.table: Element | None = None  # the table receiving rows
        self.source: Element | None = None  # the table (old or new) it stands for
        self.started: set[int] = set()

    def add(self, block: Element) -> None:
        self.table = self.source = None
        self.blocks.append(block)

    def paragraphs(
        self, old: Element | None, new: Element | None, *, last: bool = False, same: bool = False
    ) -> list[Element]:
        """The paragraphs of the redline for a pair: `new` marked against `old`, or either
        alone; two paragraphs paired that have less than half their words in common (a list
        reordered, whose items are named by their place) as the old one deleted and the new one
        inserted. The `last` paragraph of a table cell keeps its mark: a cell ends with one.
        `same`: the two are known to read the same."""
        if old is not None and new is not None:
            if not same and diff_paragraph(old, new, self.marker, least=ALIKE) == "apart":
                return [self._one(old, None), self._one(None, new, last=last)]
            return [new]
        return [self._one(old, new, last=last)]

    def _one(self, old: Element | None, new: Element | None, *, last: bool = False) -> Element:
        if new is None:
            assert old is not None
            deleted = copy.deepcopy(old)
            self.lists.renumber(deleted)
            self.marker.deleted(deleted)
            if not last:
                self.marker.mark_paragraph(deleted, "del")
            return deleted
        if old is None:
            self.marker.inserted(new)
            if not last:
                self.marker.mark_paragraph(new, "ins")
        return new

    def row(self, old: Element | None, new: Element, table: Element, *, same: bool) -> None:
        """A row of a new table, marked inserted or against its old row (unless `same`: they
        read the same)."""
        self._into(table, new=True)
        if old is None:
            self.marker.inserted(new)
            self.marker.mark_row(new, "ins")
        elif not same:
            for old_cell, new_cell in zip(old.findall(_TC), new.findall(_TC), strict=True):
                self._cell(old_cell, new_cell)
        self._append(new)

    def old_row(self, old: Element, table: Element) -> None:
        """A row of an old table, deleted: in the new table that old table became, else in a
        table of its own shaped as the old one."""
        now = self.tables.get(id(table))
        if now is not None:
            self._into(now, new=True)
        elif self.source is not table:
            self._into(table, new=False)
        deleted = copy.deepcopy(old)
        self.marker.deleted(deleted)
        self.marker.mark_row(deleted, "del")
        self._append(deleted)

    def _into(self, table: Element, *, new: bool) -> None:
        """Rows now go into `table`: a new table, itself the first time; else a copy of it
        without rows."""
        if self.source is table:
            return
        if new and id(table) not in self.started:
            self.started.add(id(table))
            receiving = table
        else:
            receiving = copy.deepcopy(table)
            for tr in receiving.findall(_TR):
                receiving.remove(tr)
        self.blocks.append(receiving)
        self.table, self.source = receiving, table

    def _append(self, tr: Element) -> None:
        assert self.table is not None
        self.table.append(tr)

    def _cell(self, old: Element, new: Element) -> None:
        """Cell `new` marked against cell `old`, paragraph by paragraph."""
        olds, news = old.findall(ooxml.P), new.findall(ooxml.P)
        if len(olds) == len(news):
            pairs: list[Pair] = [(k, k) for k in range(len(news))]
        else:
            pairs = align(paragraphs(olds), paragraphs(news))
        for p in news:
            new.remove(p)
        for position, (i, j) in enumerate(pairs):
            last = position == len(pairs) - 1
            old_p = None if i is None else olds[i]
            new_p = None if j is None else news[j]
            # A cell's paragraph written alike shows the same words: nothing to diff.
            same = old_p is not None and new_p is not None and written(old_p) == written(new_p)
            new.extend(self.paragraphs(old_p, new_p, last=last, same=same))
