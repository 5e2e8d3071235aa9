"""Accepting a reviewer's change: the edit of the document it becomes, one undo step.

A review is read against the agreement as it was when it was imported; the user edits on while
the review panel is open, accepts some changes, undoes some. So each change keeps what its field
held at import (`ReviewEntry.before`) and is placed again on the agreement as it is now each
time it is shown or accepted: items named by id are found by their id, items named by their
place (a line of a list, an item with no id) by that value near their place, so that removing an
earlier item does not shift a later change onto its neighbour. What a change is now (to accept,
accepted, overtaken by another edit) is worked out from the agreement, never remembered, so that
undo and redo keep the panel true without it having to follow them.

Value changes become `set_value`, removed items `remove_item`, moved items `move_item` (the
item put next to the one the reviewer put it next to, both found by their value). A change of
wording (a sentence rewritten, a paragraph deleted or added) is kept as the reviewer's wording of
the paragraph in `Agreement.reviewed_wording`, made by `sla_designer.review.apply.apply_change`.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from sla_designer.model import Agreement
from sla_designer.model.paths import FieldPath, resolve
from sla_designer.model.tags import TagError, parse_tag, resolve_tag
from sla_designer.review.apply import apply_change
from sla_designer.review.reading import ProposedChange, moved_to
from sla_designer.text.values import problem_text
from sla_designer.ui.document import AgreementDocument
from sla_designer.ui.i18n import current_language

WORDING_KINDS = frozenset({"wording", "deleted", "added"})
"""Changes to the words of a paragraph rather than to a value."""

OPEN, ACCEPTED, OVERTAKEN, BLOCKED, COMMENT = "open", "accepted", "overtaken", "blocked", "comment"
"""What a change is now: to accept; in the agreement; its field changed since the import;
cannot be applied (the reason says why); a comment, to read."""


class _Missing:
    def __repr__(self) -> str:
        return "<missing>"


MISSING: Any = _Missing()


@dataclass(eq=False)
class ReviewEntry:
    """One proposed change, with what its field held when the review was imported."""

    change: ProposedChange
    before: Any = MISSING
    """The field's value (value changes) or the item (removed items) at import."""
    refusal: str = ""
    """Why the model refused the change when it was last accepted ('' when it was not)."""


def entry_of(agreement: Agreement, change: ProposedChange) -> ReviewEntry:
    """The entry of a change read against `agreement` just now."""
    before = MISSING
    if change.kind in ("value", "item_removed") and change.path is not None:
        before = copy.deepcopy(_at(agreement, change.path))
    elif change.kind == "moved" and change.path is not None and isinstance(change.value, tuple):
        side, near = change.value
        items = _at(agreement, change.path[:-1])
        index = change.path[-1]
        if isinstance(items, list) and isinstance(index, int) and 0 <= near < len(items):
            before = (copy.deepcopy(items[index]), side, copy.deepcopy(items[near]))
    return ReviewEntry(change, before)


def state_of(agreement: Agreement, entry: ReviewEntry) -> tuple[str, str]:
    """What the change is now and, for one that cannot be accepted, why."""
    change = entry.change
    if change.kind == "comment":
        return COMMENT, ""
    if change.problem is not None:
        return BLOCKED, change.problem.text(current_language())
    if change.kind in WORDING_KINDS:
        return (ACCEPTED, "") if _wording_kept(agreement, change) else (OPEN, entry.refusal)
    if change.kind == "item_removed":
        found = locate(agreement, change, entry.before)
        return (OPEN, entry.refusal) if found is not None else (ACCEPTED, "")
    if change.kind == "moved":
        places = _move_places(agreement, change, entry)
        if places is None:
            return OVERTAKEN, _overtaken()
        _, now, target = places
        return (ACCEPTED, "") if now == target else (OPEN, entry.refusal)
    if locate(agreement, change, change.value) is not None:
        return ACCEPTED, ""
    if locate(agreement, change, entry.before) is not None:
        return OPEN, entry.refusal
    return OVERTAKEN, _overtaken()


def _overtaken() -> str:
    return QCoreApplication.translate(
        "ReviewEdits", "The field was changed after the review was imported."
    )


def accept(document: AgreementDocument, entry: ReviewEntry, text: str) -> str | None:
    """Make the change in the document as one undo step labelled `text`; None when it was
    made, else the reason it was not (the document is unchanged)."""
    state, reason = state_of(document.agreement, entry)
    if state != OPEN:
        return reason or None
    change = entry.change
    if change.kind in WORDING_KINDS:
        refusal = _keep_wording(document, change, text)
    elif change.kind == "moved":
        places = _move_places(document.agreement, change, entry)
        assert places is not None  # state_of found them
        list_path, now, target = places
        document.move_item(list_path, now, target, text)
        refusal = None
    else:
        path = locate(document.agreement, change, entry.before)
        assert path is not None  # state_of found it
        if change.kind == "item_removed":
            refusal = _remove(document, path, text)
        else:
            refusal = document.set_value(path, change.value, text)
    entry.refusal = refusal or ""
    return refusal


def locate(agreement: Agreement, change: ProposedChange, wanted: Any) -> FieldPath | None:
    """Where the change's field (or item) is now, if it holds `wanted` there; None if not.

    An item named by its place in the tag may have moved when an earlier item of its list was
    removed: it is looked for in its list, nearest first."""
    if change.path is None or wanted is MISSING:
        return None
    path, movable = _current(agreement, change)
    if path is None:
        return None
    if _at(agreement, path) == wanted:
        return path
    for place in reversed(movable):
        items = _at(agreement, path[:place])
        if not isinstance(items, list):
            break
        start = path[place]
        assert isinstance(start, int)
        for index in sorted(range(len(items)), key=lambda i: abs(i - start)):
            trial = (*path[:place], index, *path[place + 1 :])
            if _at(agreement, trial) == wanted:
                return trial
        break  # only the innermost list is searched: the others are named as they were
    return None


def _current(agreement: Agreement, change: ProposedChange) -> tuple[FieldPath | None, list[int]]:
    """The change's path on the agreement now, and the places in it that are list indexes
    written in the tag (items found by their place, not by an id)."""
    assert change.path is not None
    if not change.tag:
        return change.path, [i for i, part in enumerate(change.path) if isinstance(part, int)]
    try:
        parts = parse_tag(change.tag)
        path = resolve_tag(agreement, change.tag)
    except TagError:
        return None, []
    return path, [i for i, part in enumerate(parts[: len(path)]) if isinstance(part, int)]


def _move_places(
    agreement: Agreement, change: ProposedChange, entry: ReviewEntry
) -> tuple[FieldPath, int, int] | None:
    """(the list, the moved item's index in it now, the index it has once moved) on the
    agreement as it is now; None when the item or the one it goes next to is no longer there."""
    if entry.before is MISSING or change.path is None:
        return None
    item, side, near_item = entry.before
    path, _ = _current(agreement, change)
    if path is None:
        return None
    list_path = path[:-1]
    items = _at(agreement, list_path)
    if not isinstance(items, list) or item not in items or near_item not in items:
        return None
    now, near = items.index(item), items.index(near_item)
    target = moved_to(now, (side, near))
    return list_path, now, target


def _at(agreement: Agreement, path: FieldPath) -> Any:
    try:
        return resolve(agreement, path)
    except (AttributeError, IndexError, KeyError, TypeError):
        return MISSING


def _remove(document: AgreementDocument, path: FieldPath, text: str) -> str | None:
    *list_path, index = path
    assert isinstance(index, int)
    try:
        document.remove_item(tuple(list_path), index, text)
    except ValueError as error:  # the model refused the shorter list
        return str(error)
    return None


# --- the reviewer's wording ---------------------------------------------------------------------


def _wording_kept(agreement: Agreement, change: ProposedChange) -> bool:
    """Whether the agreement keeps the reviewer's wording this change proposes."""
    return any(
        (kept.clause, kept.generated, kept.text)
        == (change.tag, change.generated, change.replacement)
        for kept in agreement.reviewed_wording
    )


def _keep_wording(document: AgreementDocument, change: ProposedChange, text: str) -> str | None:
    try:
        changed = apply_change(document.agreement, change)
    except ValueError as error:  # a Problem: why the wording cannot be kept
        return problem_text(error, current_language())
    return document.set_value(("reviewed_wording",), list(changed.reviewed_wording), text)
