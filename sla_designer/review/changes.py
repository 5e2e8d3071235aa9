"""The changes a reviewer made, found by comparing a reviewed document with its baseline.

For each pair of paragraphs (align.py):
- a value's control whose text changed is a `value` change of that field;
- text that changed outside the values (a sentence rewritten) is a `wording` change of the
  paragraph, which can only be kept as the reviewer's wording of it;
- an exported paragraph that is gone is `deleted` (a list item's paragraph: `item_removed`,
  the item taken out of its list); a paragraph the reviewer wrote is `added`;
- a comment on a paragraph nothing else changed in is a `comment`, to read (a comment on a
  table of contents' entry is read on the heading the entry names: review/joins.py);
- a list item's paragraph gone from its place and found again elsewhere in the same list is
  `moved` (review/moves.py), not removed and added;
- two paragraphs joined (the first one's mark deleted, tracked or not) are a `wording` change of
  the first, which now holds both texts, and the second one `deleted` (review/joins.py);
- a control written from several values (a credit tier's bounds: review/values.py COMPOSITE)
  whose text changed is a `wording` change of its paragraph, read back as values where it can be
  (review/reading.py).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from sla_designer.review.added import added_after, unambiguous
from sla_designer.review.align import align
from sla_designer.review.baseline import BaseParagraph, BaseSegment
from sla_designer.review.found import (
    KINDS,
    Found,
    comments_of,
    comments_on,
    revisions_of,
    tags_of,
)
from sla_designer.review.joins import Note, joined, section_of, toc_comments
from sla_designer.review.moves import find_moves, item_of, paragraph_item
from sla_designer.review.package import Comment
from sla_designer.review.values import COMPOSITE
from sla_designer.review.wordml import Paragraph, Revision, Segment

__all__ = ["KINDS", "Found", "find_changes", "is_composite"]


def find_changes(
    exported: list[BaseParagraph], document: list[Paragraph], comments: dict[str, Comment]
) -> tuple[list[Found], str]:
    """The changes, in document order, and the method that matched the controls: 'tags' when
    the document kept the controls' tags, 'text' when they were aligned by their text."""
    places = [i for i, p in enumerate(document) if p.compared(after=False) or p.compared()]
    kept = [document[i] for i in places]
    tagged = any(s.tag for p in kept for s in p.segments if s.control is not None)
    pairs = align(exported, kept)
    now, absorbed = joined(kept, places, document)
    moves = find_moves(exported, kept, pairs)
    targets = {j: i for i, (j, _) in moves.items()}
    notes = toc_comments(exported, document, places, comments)
    found: list[Found] = []
    previous: tuple[BaseParagraph, str] | None = None  # the last exported paragraph, as now
    added: list[Paragraph] = []
    for old_index, new_index in pairs:
        if new_index is not None:
            while notes and notes[0].place < places[new_index]:
                found.append(_noted(notes.pop(0)))
        if old_index is None:
            assert new_index is not None
            if kept[new_index].text().strip() and new_index not in targets:
                added.append(kept[new_index])
            continue
        old = exported[old_index]
        new = None if new_index is None else now.get(new_index, kept[new_index])
        section = section_of(exported, old_index - 1) if added else None
        later = added_after(previous, added, comments, (old, section))
        if not later or not later[0].before_next:
            found += later
            later = []
        added = []
        first = len(found)
        if old_index in moves:
            j, anchor = moves[old_index]
            found += _moved(old, kept[j], new, anchor, comments, tagged=tagged)
            previous = (old, "")
        elif new is None:
            found.append(_deleted(old, (), ()))
            previous = (old, "")
        elif new_index in absorbed or not new.compared():
            joining = absorbed.get(new_index) if new_index is not None else None
            mark = tuple(m for m in (new.mark, joining) if m is not None)
            revisions = revisions_of(new.segments) + mark
            found.append(_deleted(old, revisions, comments_on(new, comments)))
            previous = (old, "")
        else:
            found += _compare(old, new, comments, tagged=tagged)
            previous = (old, new.text().strip())
        if len(found) > first and not tags_of(old):
            # Words no control holds (a heading): opened where the section they open starts.
            section = section_of(exported, old_index)
            found[first:] = [
                dataclasses.replace(f, place=section) if f.tag is None and not f.place else f
                for f in found[first:]
            ]
        # Paragraphs added before this one are its wording too: after its own change, which
        # they keep (document order would have them replaced by it when both are accepted).
        if later:
            texts = [f.new for f in later]
            replacement = "\n\n".join([*texts, previous[1]] if previous[1] else texts)
            found += [dataclasses.replace(f, replacement=replacement) for f in later]
    found += added_after(previous, added, comments, (None, None))
    found += [_noted(note) for note in notes]
    return unambiguous(found, exported), "tags" if tagged else "text"


def _noted(note: Note) -> Found:
    return Found("comment", note.tag, note.text, note.text, (), note.comments, place=note.section)


def _moved(
    old: BaseParagraph,
    new: Paragraph,
    left: Paragraph | None,
    anchor: tuple[str, str],
    comments: dict[str, Comment],
    *,
    tagged: bool,
) -> list[Found]:
    """An item's paragraph moved in its list, and what changed in it on the way."""
    item = paragraph_item(old)
    assert item is not None
    revisions = revisions_of(new.segments)
    if left is not None:
        revisions += revisions_of(left.segments)
    noted = comments_on(new, comments)
    move = Found(
        "moved", item, old.text().strip(), new.text().strip(), revisions, noted, anchor=anchor
    )
    edits = [] if new.compared() == old.compared() else _compare(old, new, {}, tagged=tagged)
    return [move, *edits]


def _deleted(
    old: BaseParagraph, revisions: tuple[Revision, ...], comments: tuple[Comment, ...]
) -> Found:
    values = [s for s in old.segments if s.value]
    words = [s for s in old.segments if not s.value and not s.field and s.text.strip()]
    item = item_of(values[0].tag) if len(values) == 1 and values[0].tag else None
    if item is not None and not any(_is_words(s.text) for s in words):
        return Found("item_removed", item, old.text().strip(), "", revisions, comments)
    place = None if old.clause else next(iter(tags_of(old)), None)
    return Found(
        "deleted",
        old.clause,
        old.text().strip(),
        "",
        revisions,
        comments,
        old.text(),
        "",
        place=place,
    )


def _is_words(text: str) -> bool:
    """Text other than a list's label or punctuation: '(a)', '1.', '–', ';'."""
    return sum(c.isalpha() for c in text) > 1


def _compare(
    old: BaseParagraph, new: Paragraph, comments: dict[str, Comment], *, tagged: bool
) -> list[Found]:
    if new.compared() == old.compared():
        noted = comments_on(new, comments)
        if not noted:
            return []
        tag = next((s.tag for s in old.segments if s.value), old.clause)
        text = old.text().strip()
        return [Found("comment", tag, text, text, (), noted)]
    controls = _controls(new, old, tagged=tagged)
    found: list[Found] = []
    substituted: list[str] = []
    composites: list[tuple[str, str, str]] = []
    seen: set[int] = set()
    for segment in old.segments:
        if segment.field:
            continue
        if not segment.value or segment.control is None:
            substituted.append(segment.text)
            continue
        if segment.control in seen:
            continue
        seen.add(segment.control)
        before = _control_text(old.segments, segment.control)
        theirs = controls.get(segment.control)
        if theirs is None:
            substituted.append(before)
            continue
        after = "".join(s.after for s in theirs if not s.field)
        if after.strip() != before.strip() and is_composite(segment.tag or ""):
            # Written from several values: a change of words, read back as values where the
            # reading can (reading.py).
            composites.append((segment.tag or "", before.strip(), after.strip()))
            substituted.append(before)
            continue
        substituted.append(after)
        if after.strip() != before.strip():
            found.append(
                Found(
                    "value",
                    segment.tag,
                    before.strip(),
                    after.strip(),
                    revisions_of(theirs),
                    comments_of(theirs, comments),
                )
            )
    if "".join(substituted).strip() != new.compared():
        alone = composites[0] if len(composites) == 1 else None
        if alone is not None:
            # Only the composite changed when its new text in its place gives the paragraph.
            written = "".join(substituted).replace(alone[1], alone[2], 1).strip()
            alone = alone if written == new.compared() else None
        place = composites[0][0] if composites else None
        if place is None and old.clause is None:
            place = next(iter(tags_of(old)), None)
        found.append(
            Found(
                "wording",
                old.clause,
                old.text().strip(),
                new.text().strip(),
                revisions_of(new.segments),
                comments_on(new, comments),
                old.text(),
                new.text().strip(),
                place=place,
                composite=alone,
            )
        )
    return found


def is_composite(tag: str) -> bool:
    """Whether the control tagged `tag` is written from several values (values.COMPOSITE)."""
    return re.sub(r"\[[^\]]*\]", "[]", tag) in COMPOSITE


def _control_text(segments: Iterable[BaseSegment], control: int) -> str:
    return "".join(s.text for s in segments if s.control == control and not s.field)


def _controls(new: Paragraph, old: BaseParagraph, *, tagged: bool) -> dict[int, list[Segment]]:
    """The document's segments of each exported control, by the exported control's place:
    matched by tag and occurrence where tags were kept, else by place when the paragraph has
    as many controls as it had."""
    mine: dict[int, list[Segment]] = {}
    for segment in new.segments:
        if segment.control is not None:
            mine.setdefault(segment.control, []).append(segment)
    exported = sorted({s.control for s in old.segments if s.control is not None})
    if not tagged:
        if len(mine) != len(exported):
            return {}
        return dict(zip(exported, mine.values(), strict=True))
    by_tag: dict[str, list[int]] = {}
    for place, segments in mine.items():
        by_tag.setdefault(segments[0].tag or "", []).append(place)
    matched: dict[int, list[Segment]] = {}
    for place in exported:
        tag = next(s.tag for s in old.segments if s.control == place) or ""
        waiting = by_tag.get(tag)
        if waiting:
            matched[place] = mine[waiting.pop(0)]
    return matched
