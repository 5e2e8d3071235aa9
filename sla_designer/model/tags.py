"""Tags: model paths as the Word contract writes them on its content controls.

A tag is a model path in text: names, list indexes and selections, `metrics[2].objective`,
`responsibilities[party=acme]`. The exported document names the items of a list that have ids by
their id instead of their place, `metrics[platform-availability].objective`, so that a review of
the document still finds its fields after items were reordered, added or removed. Ids start with
a letter (model/ids.py), so `[2]` is always an index and `[p1]` always an id.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from sla_designer.model.paths import FieldPath

_PART = re.compile(
    r"\.?([A-Za-z_]\w*)|\[(\d+)\]|\[([A-Za-z][\w-]*)=([^\]]*)\]|\[([A-Za-z][\w.-]*)\]"
)


class ItemId(NamedTuple):
    """An item of a list named by its id: `[uptime]`."""

    value: str


class Selection(NamedTuple):
    """The items of a list whose field has a value: `[party=acme]`."""

    field: str
    value: str


Part = str | int | ItemId | Selection
"""A name, a list index, an item's id or a selection."""


class TagError(ValueError):
    """A tag that is not a model path, or names nothing in the agreement."""


def parse_tag(tag: str) -> list[Part]:
    """The parts of a tag, in order; raises TagError when it is not a model path."""
    parts: list[Part] = []
    position = 0
    while position < len(tag):
        match = _PART.match(tag, position)
        if match is None or (position == 0 and match.group(0).startswith((".", "["))):
            raise TagError(f"not a model path at character {position + 1}: {tag!r}")
        name, index, field, value, item_id = match.groups()
        if name:
            parts.append(name)
        elif index:
            parts.append(int(index))
        elif field:
            parts.append(Selection(field, value))
        else:
            parts.append(ItemId(item_id))
        position = match.end()
    if not parts:
        raise TagError("an empty tag")
    return parts


def format_tag(parts: list[Part]) -> str:
    """The text of a tag from its parts."""
    text = ""
    for part in parts:
        if isinstance(part, str):
            text += f".{part}" if text else part
        elif isinstance(part, int):
            text += f"[{part}]"
        elif isinstance(part, ItemId):
            text += f"[{part.value}]"
        else:
            text += f"[{part.field}={part.value}]"
    return text


def with_ids(root: Any, tag: str) -> str:
    """`tag` with each index of an item that has an id replaced by the id:
    'metrics[2].objective' -> 'metrics[uptime].objective'. A tag that names nothing is kept."""
    try:
        parts = parse_tag(tag)
    except TagError:
        return tag
    node = root
    out: list[Part] = []
    for part in parts:
        if isinstance(part, str):
            node = getattr(node, part, None)
        elif isinstance(part, int):
            item = node[part] if isinstance(node, list) and part < len(node) else None
            item_id = getattr(item, "id", None)
            out.append(ItemId(item_id) if isinstance(item_id, str) and item_id else part)
            node = item
            continue
        else:
            node = None  # a selection names a group: nothing under it is indexed again
        out.append(part)
        if node is None:
            out.extend(parts[len(out) :])
            break
    return format_tag(out)


def resolve_tag(root: Any, tag: str) -> FieldPath:
    """The field path that `tag` names in `root` now: ids are looked up in their lists.

    A selection (`[party=acme]`) names a group of items: the path stops at its list. Raises
    TagError when a name, index or id is not there.
    """
    node = root
    path: list[str | int] = []
    for part in parse_tag(tag):
        if isinstance(part, str):
            if node is None or not hasattr(node, part) or part.startswith("_"):
                raise TagError(f"no field {part!r} in {tag!r}")
            node = getattr(node, part)
            path.append(part)
        elif isinstance(part, int):
            if not isinstance(node, list) or part >= len(node):
                raise TagError(f"no item {part} in {tag!r}")
            node = node[part]
            path.append(part)
        elif isinstance(part, ItemId):
            if not isinstance(node, list):
                raise TagError(f"no list before [{part.value}] in {tag!r}")
            index = next(
                (i for i, item in enumerate(node) if getattr(item, "id", None) == part.value), None
            )
            if index is None:
                raise TagError(f"no item with id {part.value!r} in {tag!r}")
            node = node[index]
            path.append(index)
        else:
            if not isinstance(node, list):
                raise TagError(f"no list before [{part.field}={part.value}] in {tag!r}")
            break
    return tuple(path)
