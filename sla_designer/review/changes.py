"""The changes a reviewer made, found by comparing a reviewed document with its baseline.

For each pair of paragraphs (align.py):
- a value's control whose text changed is a `value` change of that field;
- text that changed outside the values (a sentence rewritten) is a `wording` change of the
  paragraph, which can only be kept as the reviewer's wording of it;
- an exported paragraph that is gone is `deleted` (a list item's paragraph: `item_removed`,
  the item taken out of its list); a paragraph the reviewer wrote is `added`;
- a comment on a paragraph nothing else changed in is a `comment`, to read.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sla_designer.review.align import align
from sla_designer.review.baseline import BaseParagraph, BaseSegment
from sla_designer.review.package import Comment
from sla_designer.review.wordml import Paragraph, Revision, Segment

KINDS = ("value", "wording", "deleted", "item_removed", "added", "comment")


@dataclass(frozen=True, slots=True)
class Found:
    """A change as the document shows it, before it is resolved on an agreement (review.py)."""

    kind: str
    tag: str | None
    """The value's tag (value), the list item's tag (item_removed), else the paragraph's
    clause, None for a paragraph outside every clause."""
    old: str
    new: str
    revisions: tuple[Revision, ...]
    comments: tuple[Comment, ...]
    generated: str | None = None
    """The whole exported paragraph (wording, deleted, added: the paragraph before the new
    one), the key of the reviewer's wording of it."""
    replacement: str | None = None
    """What the reviewer's wording of `generated` becomes when the change is accepted."""


def find_changes(
    exported: list[BaseParagraph], document: list[Paragraph], comments: dict[str, Comment]
) -> tuple[list[Found], str]:
    """The changes, in document order, and the method that matched the controls: 'tags' when
    the document kept the controls' tags, 'text' when they were aligned by their text."""
    kept = [p for p in document if p.compared(after=False) or p.compared()]
    tagged = any(s.tag for p in kept for s in p.segments if s.control is not None)
    found: list[Found] = []
    previous: tuple[BaseParagraph, str] | None = None  # the last exported paragraph, as now
    added: list[Paragraph] = []
    for old_index, new_index in align(exported, kept):
        if old_index is None:
            assert new_index is not None
            if kept[new_index].text().strip():
                added.append(kept[new_index])
            continue
        found += _added(previous, added, comments)
        added = []
        old = exported[old_index]
        new = None if new_index is None else kept[new_index]
        if new is None:
            found.append(_deleted(old, (), ()))
            previous = (old, "")
        elif not new.compared():
            found.append(_deleted(old, _revisions(new.segments), _comments(new, comments)))
            previous = (old, "")
        else:
            found += _compare(old, new, comments, tagged=tagged)
            previous = (old, new.text().strip())
    found += _added(previous, added, comments)
    return found, "tags" if tagged else "text"


def _added(
    previous: tuple[BaseParagraph, str] | None,
    added: list[Paragraph],
    comments: dict[str, Comment],
) -> list[Found]:
    """Paragraphs the reviewer wrote after `previous`: kept as the reviewer's wording of that
    paragraph (itself as it is now, then the new ones), the only place they can go."""
    if not added:
        return []
    texts = [p.text().strip() for p in added]
    generated = replacement = tag = None
    if previous is not None:
        paragraph, now = previous
        generated, tag = paragraph.text(), paragraph.clause
        replacement = "\n\n".join([now, *texts] if now else texts)
    return [
        Found(
            "added",
            tag,
            "",
            text,
            _revisions(p.segments),
            _comments(p, comments),
            generated,
            replacement,
        )
        for p, text in zip(added, texts, strict=True)
    ]


def _deleted(
    old: BaseParagraph, revisions: tuple[Revision, ...], comments: tuple[Comment, ...]
) -> Found:
    values = [s for s in old.segments if s.value]
    words = [s for s in old.segments if not s.value and not s.field and s.text.strip()]
    item = _item_of(values[0].tag) if len(values) == 1 and values[0].tag else None
    if item is not None and not any(_is_words(s.text) for s in words):
        return Found("item_removed", item, old.text().strip(), "", revisions, comments)
    return Found("deleted", old.clause, old.text().strip(), "", revisions, comments, old.text(), "")


def _is_words(text: str) -> bool:
    """Text other than a list's label or punctuation: '(a)', '1.', '–', ';'."""
    return sum(c.isalpha() for c in text) > 1


def _item_of(tag: str) -> str | None:
    """The list item a value's tag is in: 'service.included[2]' and 'x.tiers[0].credit' name
    the items 'service.included[2]' and 'x.tiers[0]'; None when the value is in no list."""
    end = tag.rfind("]")
    return tag[: end + 1] if end > 0 else None


def _compare(
    old: BaseParagraph, new: Paragraph, comments: dict[str, Comment], *, tagged: bool
) -> list[Found]:
    if new.compared() == old.compared():
        noted = _comments(new, comments)
        if not noted:
            return []
        tag = next((s.tag for s in old.segments if s.value), old.clause)
        text = old.text().strip()
        return [Found("comment", tag, text, text, (), noted)]
    controls = _controls(new, old, tagged=tagged)
    found: list[Found] = []
    substituted: list[str] = []
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
        substituted.append(after)
        if after.strip() != before.strip():
            found.append(
                Found(
                    "value",
                    segment.tag,
                    before.strip(),
                    after.strip(),
                    _revisions(theirs),
                    _comments_of(theirs, comments),
                )
            )
    if "".join(substituted).strip() != new.compared():
        found.append(
            Found(
                "wording",
                old.clause,
                old.text().strip(),
                new.text().strip(),
                _revisions(new.segments),
                _comments(new, comments),
                old.text(),
                new.text().strip(),
            )
        )
    return found


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


def _revisions(segments: Iterable[Segment]) -> tuple[Revision, ...]:
    return tuple(r for s in segments for r in s.revisions)


def _comments(paragraph: Paragraph, comments: dict[str, Comment]) -> tuple[Comment, ...]:
    return _comments_of(paragraph.segments, comments)


def _comments_of(segments: Iterable[Segment], comments: dict[str, Comment]) -> tuple[Comment, ...]:
    ids = [c for s in segments for c in s.comments]
    return tuple(comments[c] for c in dict.fromkeys(ids) if c in comments)
