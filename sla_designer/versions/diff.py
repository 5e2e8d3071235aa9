"""What changed between two versions of an agreement, field by field.

    changes = diff_agreements(old, new)    # [] exactly when old == new
    apply_diff(old, changes) == new        # versions/apply.py

Models are compared field by field down to the values that differ. Items of lists whose items
have ids (parties, metrics, duties...: model/ids.py) are matched by id, so a reordered list is a
move and not a removal and an addition; an item whose id changed with its name (a renamed party)
is still the same item when most of its other fields are unchanged. Items of other lists (tiers,
lines of text) are matched by their place, after the runs of equal items are paired (difflib), so
removing a middle tier removes that tier instead of shifting every tier below it.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, replace
from typing import Any, Literal

from pydantic import BaseModel

from sla_designer.model.ids import REFERENCES
from sla_designer.model.paths import FieldPath

ChangeKind = Literal["changed", "added", "removed", "moved"]

SAME_ITEM = 0.5
"""An unmatched old and new item of the same kind are one item whose id changed (a renamed
party) when at least this share of their other fields are equal."""

_REFERENCE_FIELDS = frozenset().union(*REFERENCES.values())


@dataclass(frozen=True, slots=True)
class Change:
    """One difference between two agreements."""

    kind: ChangeKind
    path: FieldPath
    """Where it stands in the new agreement; for a removal, where it stood in the old one."""
    old_path: FieldPath | None
    """Where it stood in the old agreement (None for an addition)."""
    old: Any
    """The old value (None for an addition); for a move, the item's old index."""
    new: Any
    """The new value (None for a removal); for a move, the item's new index."""
    follows: bool = False
    """Only follows another change: the id of a renamed item, made from its name, and the
    references to it. Listed for completeness (apply_diff needs it), not shown to a reader."""


def diff_agreements(old: Any, new: Any) -> list[Change]:
    """Every change that turns `old` into `new` (two agreements, or any two model values)."""
    differ = _Differ()
    differ.diff(old, new, (), ())
    if not differ.renamed:
        return differ.found
    return [_follows(change, differ.renamed) for change in differ.found]


class _Differ:
    """The changes found so far, and the ids of the items found renamed."""

    def __init__(self) -> None:
        self.found: list[Change] = []
        self.renamed: dict[str, str] = {}

    def diff(self, a: Any, b: Any, pa: FieldPath, pb: FieldPath) -> None:
        if type(a) is type(b) and a == b:
            return
        if isinstance(a, BaseModel) and type(a) is type(b):
            for name in type(a).model_fields:
                self.diff(getattr(a, name), getattr(b, name), (*pa, name), (*pb, name))
            return
        if isinstance(a, list) and isinstance(b, list):
            self.diff_list(a, b, pa, pb)
            return
        self.found.append(Change("changed", pb, pa, a, b))

    def diff_list(self, a: list[Any], b: list[Any], pa: FieldPath, pb: FieldPath) -> None:
        ids_a, ids_b = _ids(a), _ids(b)
        if ids_a is not None and ids_b is not None:
            pairs = _pairs_by_id(a, b, ids_a, ids_b)
            for i, j in pairs:
                if ids_a[i] != ids_b[j]:
                    self.renamed[ids_a[i]] = ids_b[j]
            moved = _moved(pairs)
        else:
            pairs = _pairs_by_place(a, b)
            moved = set()
        paired_old = {i for i, _ in pairs}
        new_of = {j: i for i, j in pairs}
        out = self.found
        for i, item in enumerate(a):
            if i not in paired_old:
                out.append(Change("removed", (*pa, i), (*pa, i), item, None))
        for j, item in enumerate(b):
            k = new_of.get(j)
            if k is None:
                out.append(Change("added", (*pb, j), None, None, item))
                continue
            if (k, j) in moved:
                out.append(Change("moved", (*pb, j), (*pa, k), k, j))
            self.diff(a[k], item, (*pa, k), (*pb, j))


def _ids(items: list[Any]) -> list[str] | None:
    """The ids of a list's items when every item has one and no two the same; else None."""
    ids = [getattr(item, "id", None) for item in items]
    if all(isinstance(i, str) and i for i in ids) and len(set(ids)) == len(ids):
        return ids  # type: ignore[return-value]
    return None


def _pairs_by_id(
    a: list[Any], b: list[Any], ids_a: list[str], ids_b: list[str]
) -> list[tuple[int, int]]:
    """(old index, new index) of the items with the same id, then of those renamed."""
    where = {item_id: j for j, item_id in enumerate(ids_b)}
    pairs = [(i, where[item_id]) for i, item_id in enumerate(ids_a) if item_id in where]
    taken = {j for _, j in pairs}
    gone = [i for i, item_id in enumerate(ids_a) if item_id not in where]
    for i in gone:
        j = next(
            (
                j
                for j in range(len(b))
                if j not in taken and ids_b[j] not in ids_a and _same_item(a[i], b[j])
            ),
            None,
        )
        if j is not None:
            pairs.append((i, j))
            taken.add(j)
    return sorted(pairs)


def _same_item(a: Any, b: Any) -> bool:
    """Whether two items with different ids are one item renamed: same kind, most other fields
    equal."""
    if type(a) is not type(b) or not isinstance(a, BaseModel):
        return False
    names = [name for name in type(a).model_fields if name != "id"]
    if not names:
        return False
    equal = sum(1 for name in names if getattr(a, name) == getattr(b, name))
    return equal / len(names) >= SAME_ITEM


def _moved(pairs: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The pairs that changed place: all but a longest run whose order the new list keeps,
    among such runs one keeping most items at their rank (reversing three items moves two)."""
    order = [j for _, j in sorted(pairs)]
    ranked = sorted(order)
    fixed = [ranked[k] == j for k, j in enumerate(order)]
    # best[k]: (length, items at their rank) of the best increasing run ending at order[k]
    best: list[tuple[int, int]] = []
    before: list[int | None] = []
    for k, value in enumerate(order):
        score, link = (1, int(fixed[k])), None
        for m in range(k):
            if order[m] < value:
                candidate = (best[m][0] + 1, best[m][1] + int(fixed[k]))
                if candidate > score:
                    score, link = candidate, m
        best.append(score)
        before.append(link)
    kept: set[int] = set()
    at = max(range(len(order)), key=best.__getitem__, default=None)
    while at is not None:
        kept.add(order[at])
        at = before[at]
    return {(i, j) for i, j in pairs if j not in kept}


def _pairs_by_place(a: list[Any], b: list[Any]) -> list[tuple[int, int]]:
    """(old index, new index) of the items of a list without ids: equal runs paired first, the
    items between them by their place."""
    matcher = difflib.SequenceMatcher(None, [_key(x) for x in a], [_key(x) for x in b], False)
    pairs: list[tuple[int, int]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag in ("equal", "replace"):
            pairs.extend(zip(range(i1, i2), range(j1, j2), strict=False))
    return pairs


def _key(item: Any) -> str:
    if isinstance(item, BaseModel):
        return f"{type(item).__name__}:{item.model_dump_json()}"
    return f"{type(item).__name__}:{item!r}"


def _follows(change: Change, renamed: dict[str, str]) -> Change:
    """`change` marked as following a renamed item when it is that item's id or a reference to
    it that changed with it."""
    if change.kind != "changed":
        return change
    names = [part for part in change.path if isinstance(part, str)]
    field = names[-1] if names else ""
    old, new = change.old, change.new
    if field != "id" and field not in _REFERENCE_FIELDS:
        return change
    if isinstance(old, str) and renamed.get(old) == new:
        return replace(change, follows=True)  # the id, or a reference to the item
    if field in _REFERENCE_FIELDS and isinstance(old, list) and isinstance(new, list):
        return replace(change, follows=[renamed.get(x, x) for x in old] == new)
    return change
