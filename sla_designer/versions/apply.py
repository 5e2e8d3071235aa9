"""Apply a diff: apply_diff(a, diff_agreements(a, b)) == b.

The old agreement is rebuilt from the top: a changed value is replaced, a list is laid out again
with its removed items left out, its moved and added items at their new places and the other
items in their old order in the places left. Only the parts a change is under are rebuilt; the
rest is shared with the old agreement (models are never changed in place).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, TypeVar

from pydantic import BaseModel

from sla_designer.model.paths import FieldPath
from sla_designer.versions.diff import Change

T = TypeVar("T")


class DiffError(ValueError):
    """Changes that do not fit the agreement they are applied to."""


class _Plan:
    """The changes by where they apply."""

    def __init__(self, changes: list[Change]) -> None:
        self.replaced: dict[FieldPath, Change] = {}
        self.added: dict[FieldPath, dict[int, Any]] = defaultdict(dict)
        self.removed: dict[FieldPath, set[int]] = defaultdict(set)
        self.moved: dict[FieldPath, dict[int, int]] = defaultdict(dict)
        self.under_new: set[FieldPath] = set()
        self.under_old: set[FieldPath] = set()
        for change in changes:
            if change.kind == "changed":
                self.replaced[change.path] = change
            elif change.kind == "added":
                self.added[change.path[:-1]][_index(change.path)] = change.new
            elif change.kind == "removed":
                self.removed[change.path[:-1]].add(_index(change.path))
            else:
                old_path = change.old_path or change.path
                self.moved[old_path[:-1]][_index(old_path)] = _index(change.path)
            # A removal's path is where the item stood in the old agreement.
            new_path = None if change.kind == "removed" else change.path
            for path, under in ((new_path, self.under_new), (change.old_path, self.under_old)):
                if path is not None:
                    under.update(path[:length] for length in range(len(path) + 1))

    def touches(self, old_path: FieldPath, new_path: FieldPath) -> bool:
        return new_path in self.under_new or old_path in self.under_old


def _index(path: FieldPath) -> int:
    if not path or not isinstance(path[-1], int):
        raise DiffError(f"not an item of a list: {path!r}")
    return path[-1]


def apply_diff(old: T, changes: list[Change]) -> T:
    """`old` with `changes` (from diff_agreements(old, new)) applied: a copy equal to `new`.

    Raises DiffError when a change names a place `old` does not have.
    """
    plan = _Plan(changes)
    result: T = _rebuild(old, (), (), plan)
    return result


def _rebuild(node: Any, old_path: FieldPath, new_path: FieldPath, plan: _Plan) -> Any:
    replaced = plan.replaced.get(new_path)
    if replaced is not None and replaced.old_path == old_path:
        return replaced.new
    if not plan.touches(old_path, new_path):
        return node
    if isinstance(node, BaseModel):
        update = {}
        for name in type(node).model_fields:
            value = getattr(node, name)
            rebuilt = _rebuild(value, (*old_path, name), (*new_path, name), plan)
            if rebuilt is not value:
                update[name] = rebuilt
        return node.model_copy(update=update) if update else node
    if isinstance(node, list):
        return _rebuild_list(node, old_path, new_path, plan)
    raise DiffError(f"a change under {new_path!r}, which holds a single value")


def _rebuild_list(
    items: list[Any], old_path: FieldPath, new_path: FieldPath, plan: _Plan
) -> list[Any]:
    removed = plan.removed.get(old_path, set())
    added = plan.added.get(new_path, {})
    moved = plan.moved.get(old_path, {})
    if any(i >= len(items) for i in (*removed, *moved)):
        raise DiffError(f"no such item in {old_path!r}")
    kept = [i for i in range(len(items)) if i not in removed]
    size = len(kept) + len(added)
    slots: list[tuple[str, Any] | None] = [None] * size
    for j, value in added.items():
        slots[_slot(j, size, new_path)] = ("new", value)
    for i, j in moved.items():
        slots[_slot(j, size, new_path)] = ("old", i)
    staying = iter(i for i in kept if i not in moved)
    rebuilt: list[Any] = []
    for j, slot in enumerate(slots):
        origin, value = slot if slot is not None else ("old", next(staying))
        if origin == "new":
            rebuilt.append(value)
        else:
            rebuilt.append(_rebuild(items[value], (*old_path, value), (*new_path, j), plan))
    return rebuilt


def _slot(j: int, size: int, path: FieldPath) -> int:
    if not 0 <= j < size:
        raise DiffError(f"no place {j} in {path!r}")
    return j
