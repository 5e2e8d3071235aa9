"""Accepting a reviewer's changes: the agreement with each change made, or the reason it cannot be.

    changed = apply_change(agreement, change)          # one change; raises Problem
    changed, refused = apply_changes(agreement, review.changes)

Both are pure: the agreement given is never changed. A value change sets its field to the value
read from the document, checked again by the model on the agreement as it is (an earlier change
may make it refuse what it accepted alone); a removed list item is taken out of its list; a
moved one is put after the item it now follows (or first); a change of words (a sentence
rewritten, a paragraph deleted or added) is kept as the reviewer's wording of that paragraph
(Agreement.reviewed_wording), which the next export prints instead of the generated one.
Comments change nothing.

Changes name their fields by the path they had when the review was read, so removals are made
after the edits, deepest first and from the highest index down: removing an item never moves a
field that another change names. Moves come last, their places counted again without the items
removed before them. Ids are not renamed when a name changes (the editor offers that; here a
later review of the same document must still find its fields by the ids its tags name).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from pydantic import BaseModel, ValidationError

from sla_designer.model import Agreement
from sla_designer.model.paths import FieldPath, resolve
from sla_designer.model.reviewed_wording import ReviewedWording, replaced
from sla_designer.review.reading import ProposedChange, moved_to
from sla_designer.review.values import Refusal, checked
from sla_designer.text.values import Problem

WORDING_KINDS = frozenset({"wording", "deleted", "added"})
"""Changes to the words of a paragraph, kept as the reviewer's wording of it."""


def apply_change(
    agreement: Agreement, change: ProposedChange, *, accepted: dt.date | None = None
) -> Agreement:
    """A copy of `agreement` with `change` made; raises Problem with the reason when it cannot
    be. `accepted` dates a kept wording (today by default)."""
    changed = agreement.model_copy(deep=True)
    _make(changed, change, accepted or dt.date.today())
    return changed


def apply_changes(
    agreement: Agreement, changes: Iterable[ProposedChange], *, accepted: dt.date | None = None
) -> tuple[Agreement, list[tuple[ProposedChange, Problem]]]:
    """A copy of `agreement` with every change that applies made, and those that could not be,
    each with its reason, in the order given. Comments are in neither."""
    changed = agreement.model_copy(deep=True)
    today = accepted or dt.date.today()
    listed = list(changes)
    refused: dict[int, Problem] = {}
    removed: set[FieldPath] = set()
    for place in _in_order(listed):
        change = listed[place]
        if change.kind == "item_removed" and change.path in removed:
            continue  # the same item found twice
        try:
            _make(changed, change, today, removed)
        except Problem as problem:
            refused[place] = problem
        else:
            if change.kind == "item_removed" and change.path is not None:
                removed.add(change.path)
    return changed, [(listed[place], refused[place]) for place in sorted(refused)]


def _in_order(changes: list[ProposedChange]) -> list[int]:
    """The places of the changes to make, in a safe order: field edits and wordings first, in
    document order, then removals, deepest and highest index first."""
    later = ("item_removed", "moved", "comment")
    edits = [i for i, c in enumerate(changes) if c.kind not in later]
    removals = [i for i, c in enumerate(changes) if c.kind == "item_removed"]
    removals.sort(key=lambda i: _sort_key(changes[i].path or ()), reverse=True)
    moves = [i for i, c in enumerate(changes) if c.kind == "moved"]
    return edits + removals + moves


def _sort_key(path: FieldPath) -> tuple[tuple[int, int, str], ...]:
    """A path as a sort key: at one place of two paths there are either names or indexes."""
    return tuple((1, p, "") if isinstance(p, int) else (0, 0, p) for p in path)


def _make(
    agreement: Agreement,
    change: ProposedChange,
    accepted: dt.date,
    removed: set[FieldPath] | None = None,
) -> None:
    """Make `change` in `agreement`; raises Problem, leaving it as it was, when it cannot.
    `removed`: the items taken out before it (a move counts its places without them)."""
    if change.problem is not None:
        raise change.problem
    if change.kind == "comment":
        raise Problem("files.review.only_comment")
    if change.kind == "moved":
        _move(agreement, change, removed or set())
        return
    if change.kind in WORDING_KINDS:
        _keep_wording(agreement, change, accepted)
        return
    gone = Problem("files.review.field_gone", field=change.tag or "")
    if not change.path:
        raise gone
    try:
        resolve(agreement, change.path)
    except (AttributeError, IndexError, KeyError, TypeError):
        raise gone from None
    if change.kind == "value":
        _assign(agreement, change.path, checked(agreement, change.path, change.value, change.new))
    else:
        assert change.kind == "item_removed", change.kind
        *list_path, index = change.path
        if not isinstance(index, int):
            raise gone
        items = list(resolve(agreement, list_path))
        del items[index]
        try:
            shorter = checked(agreement, tuple(list_path), items, change.old)
        except Problem as problem:
            reason = problem.values.get("reason", problem)
            raise Problem("files.review.not_removed", reason=reason) from None
        _assign(agreement, tuple(list_path), shorter)


def _move(agreement: Agreement, change: ProposedChange, removed: set[FieldPath]) -> None:
    """Move the item `change` names after (or before) the item its value names, both counted
    again without the items of its list in `removed` (taken out before it)."""
    gone = Problem("files.review.field_gone", field=change.tag or "")
    anchor = change.value
    if not change.path or not isinstance(change.path[-1], int) or not isinstance(anchor, tuple):
        raise gone
    *list_path, index = change.path
    assert isinstance(index, int)
    side, near = anchor
    taken = [int(p[-1]) for p in removed if list(p[:-1]) == list_path and isinstance(p[-1], int)]
    if index in taken:
        raise gone
    try:
        items = list(resolve(agreement, list_path))
    except (AttributeError, IndexError, KeyError, TypeError):
        raise gone from None
    now = index - sum(1 for t in taken if t < index)
    if near in taken:
        # The item it was next to was taken out: next to its neighbour on that side.
        side, near = ("before", near) if side == "after" else ("after", near - 1)
    near -= sum(1 for t in taken if t < near)
    if not 0 <= now < len(items) or not -1 <= near <= len(items):
        raise gone
    place = moved_to(now, (side, near))
    item = items.pop(now)
    items.insert(max(0, min(place, len(items))), item)
    try:
        reordered = checked(agreement, tuple(list_path), items, change.old)
    except Problem as problem:
        reason = problem.values.get("reason", problem)
        raise Problem("files.review.not_moved", reason=reason) from None
    _assign(agreement, tuple(list_path), reordered)


def _assign(agreement: Agreement, path: FieldPath, value: object) -> None:
    """Store `value`, already checked by the model (values.checked), at `path`."""
    *parent_path, last = path
    parent = resolve(agreement, parent_path)
    if isinstance(last, int):
        items = list(parent)
        items[last] = value
        _assign(agreement, tuple(parent_path), items)
        return
    assert isinstance(parent, BaseModel)
    setattr(parent, last, value)


def _keep_wording(agreement: Agreement, change: ProposedChange, accepted: dt.date) -> None:
    """Keep the reviewer's wording `change` proposes: the paragraph the export wrote
    (`generated`) printed as `replacement` (an earlier wording of it is replaced)."""
    if change.generated is None or change.replacement is None:
        raise Problem("files.review.no_place")
    try:
        entry = ReviewedWording(
            clause=change.tag,
            generated=change.generated,
            text=change.replacement,
            author=change.author,
            accepted=accepted,
        )
        agreement.reviewed_wording = replaced(agreement.reviewed_wording, entry)
    except ValidationError as error:
        reason = Refusal(error.errors(include_url=False)[0])
        raise Problem("files.review.wording_refused", reason=reason) from None
