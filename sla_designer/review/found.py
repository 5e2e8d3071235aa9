"""A change as the document shows it, before it is resolved on an agreement (reading.py), and
what the readings of a paragraph share: its revisions, comments and tags."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sla_designer.review.baseline import BaseParagraph
from sla_designer.review.package import Comment
from sla_designer.review.wordml import Paragraph, Revision, Segment
from sla_designer.text.values import Problem

KINDS = ("value", "wording", "deleted", "item_removed", "moved", "added", "comment")


@dataclass(frozen=True, slots=True)
class Found:
    """A change as the document shows it, before it is resolved on an agreement (reading.py)."""

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
    place: str | None = None
    """Where the change is opened when `tag` names no field: the value a paragraph outside every
    clause holds, the list a paragraph was added to, the composite control that was changed."""
    anchor: tuple[str, str] | None = None
    """A moved item: ('after' or 'before', the item of its list it is now next to)."""
    before_next: bool = False
    """An added paragraph kept as written before the next exported one (a heading's)."""
    composite: tuple[str, str, str] | None = None
    """A wording change made only inside a composite control: its tag, text before and after,
    which the reading tries to read back as values."""
    problem: Problem | None = None
    """Why it cannot be applied, known from the document alone."""


def tags_of(paragraph: BaseParagraph) -> list[str]:
    """The tags of a paragraph's controls, in order (a control cut by a field repeats)."""
    return [s.tag for s in paragraph.segments if s.tag]


def revisions_of(segments: Iterable[Segment]) -> tuple[Revision, ...]:
    return tuple(r for s in segments for r in s.revisions)


def comments_on(paragraph: Paragraph, comments: dict[str, Comment]) -> tuple[Comment, ...]:
    return comments_of(paragraph.segments, comments)


def comments_of(segments: Iterable[Segment], comments: dict[str, Comment]) -> tuple[Comment, ...]:
    ids = [c for s in segments for c in s.comments]
    return tuple(comments[c] for c in dict.fromkeys(ids) if c in comments)
