"""Ids made from names: "Tempo de resposta" is `tempo-de-resposta`, unique in its list, and kept
in step with the name while it was made from it; the references to an id follow it.

The user names things; ids are how other items refer to them, and stay out of the way.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

from pydantic import BaseModel

from sla_designer.model.paths import FieldPath, resolve

Change = tuple[FieldPath, Any, Any]
"""A field path, its value before and its value after."""

LONGEST = 40
"""Longest id made from a name (cut at a word)."""

ID_LISTS: dict[FieldPath, tuple[str, tuple[str, ...]]] = {
    ("parties",): ("party", ("short_name", "legal_name")),
    ("service", "services"): ("service", ("name",)),
    ("calendars",): ("calendar", ("name",)),
    ("priorities",): ("P", ("name",)),
    ("metrics",): ("metric", ("name",)),
    ("reporting", "reports"): ("report", ("name",)),
    ("responsibilities",): ("duty", ()),
    ("remedies", "credit_schedules"): ("credits", ()),
}
"""The lists whose items have ids: the stem of an id made without a name, and the fields whose
text an id is made from (the first one filled in)."""

REFERENCES: dict[FieldPath, frozenset[str]] = {
    ("parties",): frozenset({"party", "prepared_by", "recipients", "participants", "provider"}),
    ("service", "services"): frozenset({"service"}),
    ("calendars",): frozenset({"calendar"}),
    ("priorities",): frozenset({"priority"}),
    ("metrics",): frozenset({"metric", "metrics"}),
}
"""The fields, anywhere in an agreement, that name an item of each list by its id."""


def slug(text: str) -> str:
    """An id written from a name: 'Tempo de resposta (P1)' -> 'tempo-de-resposta-p1'; '' when
    the name has no letter or digit. It starts with a letter, as an id must."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    words = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")
    if len(words) > LONGEST:
        words = words[:LONGEST].rsplit("-", 1)[0] if "-" in words[:LONGEST] else words[:LONGEST]
    if words and not words[0].isalpha():
        words = f"n-{words}"
    return words


def numbered(stem: str, taken: Iterable[str]) -> str:
    """`stemN` with the smallest N that no item uses ('party1')."""
    used = set(taken)
    number = 1
    while f"{stem}{number}" in used:
        number += 1
    return f"{stem}{number}"


def id_from_name(name: str, taken: Iterable[str], stem: str) -> str:
    """An id for an item called `name`, unique among `taken`: its slug, then slug-2, slug-3;
    `stemN` for an item with no name yet."""
    used = set(taken)
    base = slug(name)
    if not base:
        return numbered(stem, used)
    candidate, number = base, 2
    while candidate in used:
        candidate = f"{base}-{number}"
        number += 1
    return candidate


def name_of(item: Any, fields: Sequence[str]) -> str:
    """The text an item's id is made from: the first of `fields` filled in."""
    for field in fields:
        value = getattr(item, field, None)
        if isinstance(value, str) and value.strip():
            return value
    return ""


def id_list(path: FieldPath) -> FieldPath | None:
    """The list of items with ids that `path` points into (at an item's field), or None."""
    for list_path in ID_LISTS:
        size = len(list_path)
        if len(path) == size + 2 and path[:size] == list_path and isinstance(path[size], int):
            return list_path
    return None


def derived_id_change(agreement: Any, path: FieldPath, new: Any) -> Change | None:
    """When `path` is a name an item's id was made from, the change that keeps the id in step
    with the new name; None otherwise (the id was chosen by hand, or this is no such name)."""
    list_path = id_list(path)
    if list_path is None:
        return None
    stem, fields = ID_LISTS[list_path]
    if path[-1] not in fields:
        return None
    items = list(resolve(agreement, list_path))
    index = path[len(list_path)]
    assert isinstance(index, int)
    item = items[index]
    others = [other.id for position, other in enumerate(items) if position != index]
    before = id_from_name(name_of(item, fields), others, stem)
    placeholder = re.fullmatch(rf"{re.escape(stem)}\d+", item.id) is not None
    if item.id != before and not placeholder:
        return None
    after_item = item.model_copy(update={str(path[-1]): new})
    after = id_from_name(name_of(after_item, fields), others, stem)
    if after == item.id:
        return None
    return ((*path[:-1], "id"), item.id, after)


def reference_changes(agreement: Any, list_path: FieldPath, old: str, new: str) -> list[Change]:
    """The changes that make every reference to `old`, an id of `list_path`, name `new`.

    None when another item of that list still has the id `old`: the references stay with it."""
    fields = REFERENCES.get(list_path)
    if not fields or old == new:
        return []
    if sum(getattr(item, "id", None) == old for item in resolve(agreement, list_path)) != 1:
        return []
    changes: list[Change] = []

    def walk(node: Any, path: FieldPath) -> None:
        if isinstance(node, BaseModel):
            for name in type(node).model_fields:
                value = getattr(node, name)
                if name in fields and value == old:
                    changes.append(((*path, name), old, new))
                elif name in fields and isinstance(value, list) and old in value:
                    renamed = [new if v == old else v for v in value]
                    changes.append(((*path, name), list(value), renamed))
                else:
                    walk(value, (*path, name))
        elif isinstance(node, list):
            for index, item in enumerate(node):
                if isinstance(item, BaseModel):
                    walk(item, (*path, index))

    walk(agreement, ())
    return changes
