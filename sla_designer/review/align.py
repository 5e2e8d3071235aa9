"""Which paragraph of a reviewed document is which paragraph of the contract as exported.

The paragraphs are compared by their text before the tracked changes (the text the reviewer
received, when they tracked their edits): runs of equal paragraphs pair up first (difflib), then,
inside a stretch that differs, a document paragraph pairs with the exported one whose controls
carry the same tags or, where the tags are gone (LibreOffice 7.4 drops them), whose text is most
alike. What stays unpaired was deleted (exported) or added (document).
"""

from __future__ import annotations

from difflib import SequenceMatcher

from sla_designer.review.baseline import BaseParagraph
from sla_designer.review.wordml import Paragraph

ALIKE = 0.5
"""How alike (difflib's ratio) two paragraphs' texts must be to pair when no tags tell."""

Pair = tuple[int | None, int | None]
"""(exported paragraph, document paragraph); None on the side where it is missing."""


def _tags_of(paragraph: BaseParagraph | Paragraph) -> tuple[str, ...]:
    return tuple(s.tag for s in paragraph.segments if s.tag)


def align(exported: list[BaseParagraph], document: list[Paragraph]) -> list[Pair]:
    """Every exported and document paragraph once, paired where they are the same paragraph,
    in document order."""
    old: list[object] = [p.compared() for p in exported]
    new: list[object] = [p.compared(after=False) for p in document]
    if any(_tags_of(p) for p in document):
        # Where tags were kept they tell paragraphs of equal text apart: a contract repeats
        # sentences from one item to the next, and difflib, pairing the longest equal run first,
        # would pair a metric's unchanged paragraphs with another's around an edit.
        old = [(_tags_of(p), text) for p, text in zip(exported, old, strict=True)]
        new = [(_tags_of(p), text) for p, text in zip(document, new, strict=True)]
    pairs: list[Pair] = []
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    for operation, i1, i2, j1, j2 in matcher.get_opcodes():
        if operation == "equal":
            pairs += [(i1 + k, j1 + k) for k in range(i2 - i1)]
        else:
            pairs += _pair_stretch(exported, document, range(i1, i2), range(j1, j2))
    return pairs


def _pair_stretch(
    exported: list[BaseParagraph], document: list[Paragraph], olds: range, news: range
) -> list[Pair]:
    """Pairs inside a stretch that differs, keeping both sides in order."""
    pairs: list[Pair] = []
    next_new = news.start
    for i in olds:
        match = _best(exported[i], document, range(next_new, news.stop))
        if match is None:
            pairs.append((i, None))
            continue
        pairs += [(None, j) for j in range(next_new, match)]
        pairs.append((i, match))
        next_new = match + 1
    pairs += [(None, j) for j in range(next_new, news.stop)]
    return pairs


def _best(old: BaseParagraph, document: list[Paragraph], candidates: range) -> int | None:
    tags = _tags_of(old)
    text = old.compared()
    best, best_score = None, ALIKE
    for j in candidates:
        paragraph = document[j]
        theirs = _tags_of(paragraph)
        if tags and theirs == tags:
            return j
        if theirs and tags and set(theirs).isdisjoint(tags):
            continue  # tags kept, and none in common: another paragraph
        before, after = paragraph.compared(after=False), paragraph.compared()
        matcher = SequenceMatcher(None, text, before or after, autojunk=False)
        if matcher.real_quick_ratio() <= best_score or matcher.quick_ratio() <= best_score:
            continue
        score = matcher.ratio()
        if score > best_score:
            best, best_score = j, score
    return best
