"""Where a finding stands, in words: "Party 1 › Tax number", "Metric «Uptime» › Target P1 ›
Within", instead of the model's path parties[0].tax_id.

Field names come from the text layer (resources/text/<language>/fields.yaml): a field by its
model name, or by what it is called inside one part of the agreement (a closed date's name is
its reason). An item of a list is named by its name where it has one, else numbered from 1.
"""

from __future__ import annotations

from typing import Any

from sla_designer.model.paths import FieldPath
from sla_designer.text import texts

NAME_FIELDS = ("name", "short_name", "legal_name", "term", "version")
"""The fields that name an item of a list, in order of preference."""
STEP_ROOTS: dict[str, frozenset[str]] = {
    "agreement": frozenset(
        {
            "title",
            "reference",
            "kind",
            "language",
            "version",
            "status",
            "effective_date",
            "term",
            "currency",
            "master_agreement",
            "governing_law",
            "forum",
            "date_style",
            "notes",
            "revisions",
        }
    ),
    "parties": frozenset({"parties"}),
    "service": frozenset({"service"}),
    "calendars": frozenset({"calendars"}),
    "priorities": frozenset({"priorities"}),
    "metrics": frozenset({"metrics"}),
    "responsibilities": frozenset({"responsibilities"}),
    "reporting": frozenset({"reporting"}),
    "remedies": frozenset({"remedies"}),
    "escalation": frozenset({"escalation", "escalation_counted_from", "definitions"}),
    "clauses": frozenset({"clauses"}),
    "review": frozenset({"signing", "reviewed_wording"}),
}
"""The guided editor's steps in order, by key, with the first names of the paths each one edits
(ui/steps.py adds their titles); their names in words are the text layer's `cli.review.steps`."""
LONGEST_NAME = 40
"""Longer item names are cut, with an ellipsis: the words name a place, not the whole text."""
CONTAINERS = frozenset({"service", "remedies", "reporting"})
"""Parts of the agreement that only hold lists: left out before the list they hold."""


def _name_of(item: Any, agreement: Any) -> str:
    """How an item of a list is called: its name, a target its priority's name, or ''."""
    for field in NAME_FIELDS:
        value = getattr(item, field, None)
        if isinstance(value, str) and value.strip():
            return _short(value.strip())
    priority = getattr(item, "priority", None)
    if isinstance(priority, str) and priority:
        for known in getattr(agreement, "priorities", ()):
            if known.id == priority:
                return _short(known.name or known.id)
        return priority
    return ""


def _short(text: str) -> str:
    """A name on one line, cut when long."""
    line = " ".join(text.split())
    return line if len(line) <= LONGEST_NAME else line[: LONGEST_NAME - 1].rstrip() + "…"


def _field(words: Any, parent: str | None, field: str) -> str:
    if parent and words.has(f"within.{parent}.{field}"):
        return str(words(f"within.{parent}.{field}"))
    if words.has(f"names.{field}"):
        return str(words(f"names.{field}"))
    return field.replace("_", " ").capitalize()


def path_words(path: FieldPath, agreement: Any, language: str) -> str:
    """The place `path` points to in `agreement`, in words of `language`.

    Every step of the path is said: a field by its name, an item of a list by its noun and its
    name or number. A path that no longer resolves (the item was removed) is still said, by
    numbers.
    """
    words = texts(language).section("fields")
    parts: list[str] = []
    node: Any = agreement
    parent: str | None = None
    index = 0
    while index < len(path):
        step = path[index]
        following = path[index + 1] if index + 1 < len(path) else None
        if isinstance(step, int):
            index += 1  # an index without its list's name (not made by the model): skip it
            continue
        child = getattr(node, step, None) if node is not None else None
        if step in CONTAINERS and isinstance(following, str):
            node, index = child, index + 1
            continue
        if isinstance(following, int):
            item = _item(child, following)
            if words.has(f"items.{step}"):
                noun = words(f"items.{step}")
                name = _name_of(item, agreement) if item is not None else ""
                parts.append(
                    words("named", noun=noun, name=name)
                    if name
                    else words("numbered", noun=noun, number=following + 1)
                )
            else:  # a list of lines or of references: "In scope, item 2"
                parts.append(words("line", field=_field(words, parent, step), number=following + 1))
            node, parent, index = item, step, index + 2
            continue
        parts.append(_field(words, parent, step))
        node, parent, index = child, step, index + 1
    return str(words("separator")).join(parts) if parts else str(words("whole"))


def _item(items: Any, index: int) -> Any:
    try:
        return items[index]
    except (IndexError, KeyError, TypeError):
        return None


def step_key(path: FieldPath) -> str:
    """The key of the editor's step where the field at `path` is edited; the last step (Review
    and export) for the agreement as a whole."""
    root = str(path[0]) if path else ""
    return next((key for key, roots in STEP_ROOTS.items() if root in roots), "review")


def step_words(key: str, language: str) -> str:
    """The name of the editor's step `key` in `language` ("Metrics and targets")."""
    return str(texts(language)(f"cli.review.steps.{key}"))


def place_words(path: FieldPath, agreement: Any, language: str) -> str:
    """Where `path` is edited, in words: its step, then its field ("Metrics and targets › Metric
    «Uptime» › Objective"); a field that is its step (a party's duties) names the step once."""
    step = step_words(step_key(path), language)
    field = path_words(path, agreement, language)
    separator = str(texts(language)("fields.separator"))
    return field if field.split(separator)[0] == step else f"{step}{separator}{field}"
