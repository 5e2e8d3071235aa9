"""Two readings of a reviewed document that the paragraph-by-paragraph comparison misses.

- Paragraphs joined: deleting a paragraph's mark joins it with the next one. Tracked, Word and
  LibreOffice keep both paragraphs and mark the first one's mark deleted (w:pPr/w:rPr/w:del);
  the text after the changes is then one paragraph, which `joined` builds, so the first reads as
  reworded (it holds both texts) and the next one as deleted. Untracked, the document simply has
  one paragraph, which the alignment pairs with the first and leaves the second unpaired.
- Comments on a table of contents' entry: the entry is a field's result, which the review never
  compares (Word and LibreOffice rewrite it), so its paragraph is left out. Its comments are read
  on the heading the entry names, found by its text (`toc_comments`).
"""

from __future__ import annotations

import dataclasses
import re
from typing import NamedTuple

from sla_designer.review.baseline import BaseParagraph
from sla_designer.review.package import Comment
from sla_designer.review.wordml import Paragraph, Revision


def joined(
    kept: list[Paragraph], places: list[int], document: list[Paragraph]
) -> tuple[dict[int, Paragraph], dict[int, Revision | None]]:
    """The paragraphs of `kept` (at `places` in `document`) that the next one was joined to,
    each as it reads now with the next ones' text, and the kept paragraphs joined to another,
    with the tracked deletion of the mark that joined them."""
    now: dict[int, Paragraph] = {}
    absorbed: dict[int, Revision | None] = {}
    at = {place: k for k, place in enumerate(places)}
    for k, paragraph in enumerate(kept):
        if k in absorbed or not _mark_deleted(paragraph) or not paragraph.compared():
            continue
        whole = _copy(paragraph, 0)
        last = k
        while _mark_deleted(kept[last]):
            following = at.get(places[last] + 1)
            if following is None:
                break  # joined with an empty paragraph (or none): no text changes
            offset = 1 + max(
                (s.control for s in whole.segments if s.control is not None), default=-1
            )
            more = _copy(kept[following], offset)
            whole.segments += more.segments
            whole.values |= more.values
            absorbed[following] = kept[last].mark
            last = following
        if last != k:
            now[k] = whole
    return now, absorbed


def _mark_deleted(paragraph: Paragraph) -> bool:
    return paragraph.mark is not None and paragraph.mark.kind == "delete"


def _copy(paragraph: Paragraph, offset: int) -> Paragraph:
    """`paragraph` with its controls' places moved on by `offset`; the deleted mark's revision
    on its last segment, where the join is."""
    segments = [
        dataclasses.replace(
            s,
            control=None if s.control is None else s.control + offset,
            revisions=list(s.revisions),
            comments=list(s.comments),
        )
        for s in paragraph.segments
    ]
    if segments and _mark_deleted(paragraph):
        assert paragraph.mark is not None
        segments[-1].revisions.append(paragraph.mark)
    return Paragraph(
        segments,
        None,
        paragraph.block_tag,
        {place + offset for place in paragraph.values},
    )


class Note(NamedTuple):
    """Comments on a paragraph the review does not compare, read on the heading it names."""

    place: int
    """The commented paragraph's place in the document."""
    tag: str | None
    """The heading's clause (or its first control's tag); None for a heading outside them."""
    text: str
    """The heading's text; the entry's when no heading is found."""
    comments: tuple[Comment, ...]
    section: str | None
    """Where the section of a heading outside every clause starts: the tag to open."""


def toc_comments(
    exported: list[BaseParagraph],
    document: list[Paragraph],
    places: list[int],
    comments: dict[str, Comment],
) -> list[Note]:
    """The comments on paragraphs the review does not compare (a table of contents' entry), on
    the heading each entry names (or on the document when none is found), in document order."""
    compared = set(places)
    notes: list[Note] = []
    headings = [p.compared() for p in exported]
    for place, paragraph in enumerate(document):
        if place in compared:
            continue
        ids = [c for s in paragraph.segments for c in s.comments]
        noted = tuple(comments[c] for c in dict.fromkeys(ids) if c in comments)
        if not noted:
            continue
        entry = " ".join(paragraph.text().split())
        index = _heading(headings, paragraph.text())
        if index is None:
            notes.append(Note(place, None, entry, noted, None))
            continue
        heading = exported[index]
        tag = heading.clause or next((s.tag for s in heading.segments if s.tag), None)
        where = None if tag else section_of(exported, index)
        text = heading.text().strip()
        notes.append(Note(place, tag, text, noted, where))
    return notes


_NUMBER = re.compile(r"^(?:[A-Z]|\d+)(?:\.\d+)*\.?$|^\d+$")
"""A clause's number or a page's in an entry: '6', '6.1', 'A', 'A.1'."""


def _heading(headings: list[str], entry: str) -> int | None:
    """The exported paragraph an entry's text names: its title without the clause number
    before it and the page number after it (the parts are separated by tabs)."""
    parts = [p.strip() for p in entry.split("\t")]
    titles = [p for p in parts if p and not _NUMBER.match(p)]
    for title in titles:
        if title in headings:
            return headings.index(title)
    return None


def section_of(exported: list[BaseParagraph], index: int) -> str | None:
    """The first clause or value after a heading no control holds: where its section starts."""
    for paragraph in exported[index + 1 :]:
        tag = paragraph.clause or next((s.tag for s in paragraph.segments if s.tag), None)
        if tag:
            return tag
    return None
