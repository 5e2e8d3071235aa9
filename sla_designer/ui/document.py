"""The document controller: one agreement, its undo stack and its file.

Widgets never change the model themselves. They ask the document, which checks the new value on
a copy of the parent model (pydantic's validate_assignment), refuses an invalid value with a
message, and otherwise pushes a small QUndoCommand. Views listen to `changed(path)` only, so undo
and redo never have to poke widgets.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from sla_designer.model import Agreement, paths
from sla_designer.model.ids import derived_id_change, id_list, reference_changes
from sla_designer.model.paths import resolve
from sla_designer.model.refusals import field_refusal
from sla_designer.text.values import problem_text
from sla_designer.ui.follow_ups import Change, metric_follow_ups
from sla_designer.ui.i18n import current_language

FieldPath = paths.FieldPath
"""Where in the agreement a value stands (the model's field path)."""

# Commands with this id merge with the one before them when both set the same field, so typing
# a word is one undo step, not one per letter.
_MERGE_ID = 1


def refusal_message(error: ValidationError) -> str:
    """One sentence for the account manager out of pydantic's first complaint, in the
    interface language."""
    text = field_refusal(error.errors(include_url=False)[0], current_language())
    return text[:1].upper() + text[1:]


"""A field path, its value before and its value after."""


class SetValueCommand(QUndoCommand):
    """Set one field (or one list item, or a whole list) to a new value.

    `follow` are the changes that go with it in the same step, such as the targets that name a
    renamed priority.
    """

    def __init__(
        self,
        document: AgreementDocument,
        path: FieldPath,
        old: Any,
        new: Any,
        *,
        text: str,
        merge: bool,
        follow: Sequence[Change] = (),
    ) -> None:
        super().__init__(text)
        self._document = document
        self.path = path
        self.old = old
        self.new = new
        self._merge = merge
        self.follow: list[Change] = list(follow)
        # A step that changes nothing is dropped by the stack instead of marking it modified.
        self.setObsolete(not self._changes())

    def _changes(self) -> bool:
        return self.old != self.new or any(old != new for _, old, new in self.follow)

    def id(self) -> int:
        return _MERGE_ID if self._merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetValueCommand) or other.path != self.path:
            return False
        self.new = other.new
        mine = {path: index for index, (path, _, _) in enumerate(self.follow)}
        for path, old, new in other.follow:
            if path in mine:
                first_old = self.follow[mine[path]][1]
                self.follow[mine[path]] = (path, first_old, new)
            else:
                self.follow.append((path, old, new))
        # Typing back to where the field started: the merged step changes nothing any more.
        self.setObsolete(not self._changes())
        return True

    def redo(self) -> None:
        self._document._store(self.path, self.new)
        for path, _, new in self.follow:
            self._document._store(path, new)

    def undo(self) -> None:
        for path, old, _ in reversed(self.follow):
            self._document._store(path, old)
        self._document._store(self.path, self.old)


class AgreementDocument(QObject):
    """Owns the agreement being edited, its QUndoStack and the file it came from."""

    changed = Signal(object)
    """A field path whose value changed; everything under it may have changed too."""
    refused = Signal(object, str)
    """A path and the reason an edit of it was refused; the model is unchanged."""
    reset = Signal()
    """The whole agreement was replaced (new, open, restore)."""
    file_path_changed = Signal(object)

    def __init__(self, agreement: Agreement, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._agreement = agreement
        self._file_path: Path | None = None
        self.undo_stack = QUndoStack(self)

    # --- state -------------------------------------------------------------------------------

    @property
    def agreement(self) -> Agreement:
        """The agreement; read it freely, change it only through this document."""
        return self._agreement

    @property
    def file_path(self) -> Path | None:
        return self._file_path

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def get(self, path: Sequence[str | int]) -> Any:
        """The current value at a field path."""
        return resolve(self._agreement, path)

    def replace(self, agreement: Agreement, file_path: Path | None) -> None:
        """Start over on another agreement: the undo history goes with the old one."""
        self._agreement = agreement
        self.undo_stack.clear()
        self.set_file_path(file_path)
        self.reset.emit()

    def set_file_path(self, file_path: Path | None) -> None:
        self._file_path = file_path
        self.file_path_changed.emit(file_path)

    def mark_saved(self, file_path: Path) -> None:
        """The agreement as it is now was written to `file_path`."""
        self.undo_stack.setClean()
        self.set_file_path(file_path)

    # --- edits -------------------------------------------------------------------------------

    def set_value(
        self, path: Sequence[str | int], value: Any, text: str = "", merge: bool = False
    ) -> str | None:
        """Set the field at `path`; return None, or the reason the value was refused."""
        key = tuple(path)
        try:
            checked = self._check(key, value)
        except ValidationError as error:
            reason = refusal_message(error)
            self.refused.emit(key, reason)
            return reason
        except (ValueError, TypeError) as error:
            self.refused.emit(key, problem_text(error, current_language()))
            return problem_text(error, current_language())
        old = self.get(key)
        if old == checked:
            return None
        label = text or QCoreApplication.translate("Undo", "Edit %1").replace("%1", _describe(key))
        follow = self._follow_ups(key, old, checked)
        self.undo_stack.push(
            SetValueCommand(self, key, old, checked, text=label, merge=merge, follow=follow)
        )
        return None

    def insert_item(self, list_path: Sequence[str | int], index: int, item: Any, text: str) -> None:
        """Insert `item` at `index` of the list at `list_path` (-1 appends)."""
        items = list(self.get(list_path))
        items.insert(len(items) if index < 0 else index, item)
        self._set_list(list_path, items, text)

    def remove_item(self, list_path: Sequence[str | int], index: int, text: str) -> None:
        items = list(self.get(list_path))
        del items[index]
        self._set_list(list_path, items, text)

    def move_item(
        self, list_path: Sequence[str | int], source: int, target: int, text: str
    ) -> None:
        """Move one item to position `target` (counted in the list after the move)."""
        items = list(self.get(list_path))
        items.insert(target, items.pop(source))
        self._set_list(list_path, items, text)

    def duplicate_item(self, list_path: Sequence[str | int], index: int, text: str) -> Any:
        """Insert a deep copy of an item right after it; return the copy."""
        twin = copy.deepcopy(self.get((*list_path, index)))
        self.insert_item(list_path, index + 1, twin, text)
        return twin

    @contextmanager
    def macro(self, text: str) -> Iterator[None]:
        """Group the edits made inside the block into one undo step."""
        self.undo_stack.beginMacro(text)
        try:
            yield
        finally:
            self.undo_stack.endMacro()

    def _set_list(self, list_path: Sequence[str | int], items: list[Any], text: str) -> None:
        reason = self.set_value(list_path, items, text)
        if reason is not None:
            raise ValueError(reason)

    def _follow_ups(self, path: FieldPath, old: Any, new: Any) -> list[Change]:
        """The changes another field's edit carries with it: the references to a renamed id,
        the id made from a renamed name (and its references), and those that keep a metric
        consistent (`follow_ups`)."""
        list_path = id_list(path)
        if list_path is not None and path[-1] == "id":
            return reference_changes(self._agreement, list_path, old, new)
        if list_path is not None:
            renamed = derived_id_change(self._agreement, path, new)
            if renamed is not None:
                _, old_id, new_id = renamed
                return [renamed, *reference_changes(self._agreement, list_path, old_id, new_id)]
        return metric_follow_ups(self._agreement, path, new)

    # --- storage (only the undo commands call these) -----------------------------------------

    def _check(self, path: FieldPath, value: Any) -> Any:
        """The value as the model would store it, or a ValidationError; the model is untouched."""
        if not path:
            raise ValueError("the whole agreement is replaced with replace(), not set_value()")
        *parent_path, last = path
        parent = self.get(parent_path)
        if isinstance(last, int):
            items = list(parent)
            items[last] = value
            checked_list = self._check(tuple(parent_path), items)
            return checked_list[last]
        if not isinstance(parent, BaseModel):
            raise TypeError(f"{_describe(path)} is not a field")
        trial = parent.model_copy()
        setattr(trial, str(last), value)
        return getattr(trial, str(last))

    def _store(self, path: FieldPath, value: Any) -> None:
        self._assign(path, value)
        self.changed.emit(path)

    def _assign(self, path: FieldPath, value: Any) -> None:
        *parent_path, last = path
        parent = self.get(parent_path)
        if isinstance(last, int):
            items = list(parent)
            items[last] = value
            self._assign(tuple(parent_path), items)
            return
        setattr(parent, str(last), value)


def _describe(path: FieldPath) -> str:
    names = [str(p).replace("_", " ") for p in path if isinstance(p, str)]
    return names[-1] if names else "item"
