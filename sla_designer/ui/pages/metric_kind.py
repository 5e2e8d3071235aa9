"""Changing a metric's kind: what the metric keeps, and what the user is told it loses.

A metric of the new kind keeps the fields every metric has (name, service, window, calendar...)
and every field of its own that the new kind has too: the targets and the clock of a response
time become those of a resolution time, the channel of a service level that of an average
speed of answer. The objective is the new kind's default (a percentage of uptime means nothing
as a percentage answered), and so is a name that was only the old kind's default name. What the
old metric held that the new one has no place for is named, so that the user knows it went.
"""

from __future__ import annotations

from copy import deepcopy
from typing import Any, NamedTuple

from sla_designer.model.kinds import describe
from sla_designer.text import LANGUAGES, texts
from sla_designer.text.formats import formatter
from sla_designer.ui.i18n import QT_TRANSLATE_NOOP, label

COMMON_KEYS = (
    "id",
    "name",
    "description",
    "service",
    "window",
    "calendar",
    "data_source",
    "exclusions",
)
"""The fields of every metric, kept whatever its kind."""

_OBJECTIVE = ("objective", "comparison")
"""What a value of the objective means depends on the kind: never carried over."""

_LISTS = {
    "targets": QT_TRANSLATE_NOOP("Labels", "Time targets"),
    "maintenance": QT_TRANSLATE_NOOP("Labels", "Scheduled maintenance windows"),
}
"""The lists of a metric edited in sections of their own, by the section's title."""


def default_name(kind: str, language: str) -> str:
    """The name a metric of `kind` is given when the user has not named it."""
    return texts(language)(describe(kind).label)


class KindChange(NamedTuple):
    """What a metric keeps when it becomes another kind, and what it cannot keep."""

    kept: dict[str, Any]
    """The fields of the metric of the new kind (the kind's defaults fill in the rest)."""
    dropped: tuple[str, ...]
    """The fields and lists left behind, named in the interface language ('Time targets (3)')."""


def change_kind(metric: Any, kind: str, language: str, interface: str) -> KindChange:
    """What `metric` keeps as a metric of `kind` (a name in `language`, the agreement's), and
    what it drops, named in `interface` (the interface language)."""
    old, new = describe(metric), describe(kind)
    # Copies: the metric replaced stays in the undo history as it was.
    base: dict[str, Any] = {key: deepcopy(getattr(metric, key)) for key in COMMON_KEYS}
    if metric.name in {default_name(old.kind, lang) for lang in LANGUAGES}:
        base["name"] = default_name(kind, language)
    comparison = old.comparison_of(metric)
    if comparison is not None and comparison in new.comparisons() and new.compared:
        base["comparison"] = comparison
    shared = new.model.model_fields
    dropped: list[str] = []
    for name, info in type(metric).model_fields.items():
        if name in COMMON_KEYS or name == "kind":
            continue
        value = getattr(metric, name)
        if name in shared and name not in _OBJECTIVE:
            base[name] = deepcopy(value)
        elif name == "comparison":
            continue  # said with the objective
        elif info.is_required() or value != info.get_default(call_default_factory=True):
            dropped.append(_named(old.kind, name, value, interface))
    return KindChange(base, tuple(dropped))


def _named(kind: str, name: str, value: Any, interface: str) -> str:
    """A metric's field as the editor labels it, a list with its number of items."""
    if name in _LISTS:
        count = formatter(interface).number(len(value))
        return f"{label(_LISTS[name])} ({count})"
    for described in describe(kind).fields:
        if described.name == name or described.name.startswith(name + "."):
            return texts(interface)(f"metrics.fields.{described.label}")
    return name.replace("_", " ")
