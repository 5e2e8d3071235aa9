"""Which paragraph of a reviewed document is which paragraph of the contract as exported.

The paragraphs are compared by their text before the tracked changes (the text the reviewer
received, when they tracked their edits): runs of equal paragraphs pair up first (difflib), then,
inside a stretch that differs, a document paragraph pairs with the exported one whose controls
carry the same tags or, where the tags are gone (LibreOffice 7.4 drops them), whose text is most
alike. What stays unpaired was deleted (exported) or added (document).
"""

from __future__ import annotations

from collections.abc import Sequence

from sla_designer.review import likeness
from sla_designer.review.baseline import BaseParagraph
from sla_designer.review.wordml import Paragraph

ALIKE = 0.5
"""How alike (difflib's ratio) two paragraphs' texts must be to pair when no tags tell."""
NEAR = 50
"""How many document paragraphs after the last pair an exported one's text is compared with:
a stretch where every paragraph differs (another contract pasted in, a foreign document
carrying the review part) would otherwise cost exported × document comparisons of texts,
minutes for a few thousand paragraphs. Tags are looked for over the whole stretch."""

Pair = tuple[int | None, int | None]
"""(exported paragraph, document paragraph); None on the side where it is missing."""
Exported = BaseParagraph | Paragraph
"""A paragraph as exported: from the record of the export, or read from an exported body (a
redline pairs two exports)."""


def _tags_of(paragraph: BaseParagraph | Paragraph) -> tuple[str, ...]:
    return tuple(s.tag for s in paragraph.segments if s.tag)


def align(exported: Sequence[Exported], document: Sequence[Paragraph]) -> list[Pair]:
    """Every exported and document paragraph once, paired where they are the same paragraph,
    in document order."""
    tags = [_tags_of(p) for p in document]
    old: list[object] = [p.compared() for p in exported]
    new: list[object] = [p.compared(after=False) for p in document]
    if any(tags):
        # Where tags were kept they tell paragraphs of equal text apart: a contract repeats
        # sentences from one item to the next, and difflib, pairing the longest equal run first,
        # would pair a metric's unchanged paragraphs with another's around an edit.
        old = [(_tags_of(p), text) for p, text in zip(exported, old, strict=True)]
        new = [(t, text) for t, text in zip(tags, new, strict=True)]
    pairs: list[Pair] = []
    # difflib's opcodes, each paragraph's key a character (likeness.py: faster, the same).
    old_text, new_text = likeness.as_texts(old, new)
    for operation, i1, i2, j1, j2 in likeness.opcodes(likeness.matching_blocks(old_text, new_text)):
        if operation == "equal":
            pairs += [(i1 + k, j1 + k) for k in range(i2 - i1)]
        else:
            pairs += _pair_stretch(exported, document, tags, range(i1, i2), range(j1, j2))
    return pairs


def _pair_stretch(
    exported: Sequence[Exported],
    document: Sequence[Paragraph],
    tags: list[tuple[str, ...]],
    olds: range,
    news: range,
) -> list[Pair]:
    """Pairs inside a stretch that differs, keeping both sides in order."""
    pairs: list[Pair] = []
    next_new = news.start
    for i in olds:
        match = _best(exported[i], document, tags, range(next_new, news.stop))
        if match is None:
            pairs.append((i, None))
            continue
        pairs += [(None, j) for j in range(next_new, match)]
        pairs.append((i, match))
        next_new = match + 1
    pairs += [(None, j) for j in range(next_new, news.stop)]
    return pairs


def _best(
    old: Exported,
    document: Sequence[Paragraph],
    document_tags: list[tuple[str, ...]],
    candidates: range,
) -> int | None:
    """The document paragraph with the same tags as `old`, else the one whose text is most
    alike among the NEAR first candidates."""
    tags = _tags_of(old)
    if tags and tags in document_tags[candidates.start : candidates.stop]:
        return document_tags.index(tags, candidates.start, candidates.stop)
    text = old.compared()
    best, best_score = None, ALIKE
    for j in candidates[:NEAR]:
        paragraph = document[j]
        theirs = document_tags[j]
        if theirs and tags and set(theirs).isdisjoint(tags):
            continue  # tags kept, and none in common: another paragraph
        before, after = paragraph.compared(after=False), paragraph.compared()
        theirs_text = before or after
        if (
            likeness.real_quick_ratio(text, theirs_text) <= best_score
            or likeness.quick_ratio(text, theirs_text) <= best_score
        ):
            continue
        score = likeness.ratio(text, theirs_text)
        if score > best_score:
            best, best_score = j, score
    return best
