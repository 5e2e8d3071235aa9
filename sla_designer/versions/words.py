"""The changes between two agreements in words: the field and its editor step, the old and new
value as the contract writes them, and the clauses of the document each one touches.

    compared = compare(old, new, "en")
    compared.shown()[0].line()   # 'Clause 6.3, Metrics and targets › … : 8 Business Hours → …'

Field and step are said in the language asked (the command's --language, the editor's interface
language); values as the contract of each version writes them, in the contract's own language
(what the other side reads), else formatted in the language asked; the clauses are those of
the version each change is in: the new one, the old one for a removal.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

from pydantic import BaseModel

from sla_designer.model import Agreement
from sla_designer.model.paths import FieldPath, format_path
from sla_designer.model.units import format_duration
from sla_designer.text import texts
from sla_designer.text.formats import formatter
from sla_designer.validation.path_words import NAME_FIELDS, path_words, place_words, step_key
from sla_designer.versions.diff import Change, diff_agreements
from sla_designer.versions.places import DocumentPlaces, Place, document_places

LONGEST_ITEM = 120
"""An added or removed item is said by its values up to about this many characters."""


@dataclass(frozen=True, slots=True)
class ChangeWords:
    """One change, said."""

    change: Change
    step: str
    """The key of the editor's step where the field is edited ('metrics')."""
    field: str
    """The step and the field in words ('Metrics and targets › Metric «Uptime» › Objective')."""
    field_alone: str
    """The field in words without its step ('Metric «Uptime» › Objective')."""
    old: str
    new: str
    places: tuple[Place, ...]
    clauses: str
    """The places in words ('Clauses 6.3 and 6.4'); '' when the document does not show it."""
    language: str

    def line(self) -> str:
        """The change on one line: 'Clause 6.4, <field>: <old> → <new>'."""
        t = texts(self.language).section("versions")
        where = t("where", clauses=self.clauses, field=self.field) if self.clauses else self.field
        kind = self.change.kind
        named = kind in ("added", "removed") and not (self.new or self.old)
        key = f"line.{kind}_named" if named else f"line.{kind}"  # the field names the item
        return t(key, where=where, old=self.old, new=self.new)

    def data(self) -> dict[str, Any]:
        """The change as JSON data: model values JSON-safe (decimals as strings)."""
        change = self.change
        return {
            "path": format_path(change.path),
            "old_path": format_path(change.old_path) if change.old_path is not None else None,
            "kind": change.kind,
            "old": _json(change.old),
            "new": _json(change.new),
            "old_text": self.old,
            "new_text": self.new,
            "field": self.field,
            "step": self.step,
            "clauses": [_place_words(place, self.language) for place in self.places],
            "follows": change.follows,
        }


@dataclass(frozen=True, slots=True)
class Comparison:
    """Two agreements and what changed between them."""

    old: Agreement
    new: Agreement
    changes: tuple[ChangeWords, ...]

    def shown(self) -> list[ChangeWords]:
        """The changes a reader is shown: not those that only follow a renamed item."""
        return [c for c in self.changes if not c.change.follows]


def compare(
    old: Agreement, new: Agreement, language: str, old_places: DocumentPlaces | None = None
) -> Comparison:
    """What changed from `old` to `new`, said in `language`; `old_places`: the places of the
    old agreement's contract, when known (a comparison kept up to date as the new one is
    edited works them out once)."""
    changes = diff_agreements(old, new)
    if not changes:
        return Comparison(old, new, ())
    return Comparison(old, new, tuple(describe(old, new, changes, language, old_places)))


def describe(
    old: Agreement,
    new: Agreement,
    changes: list[Change],
    language: str,
    old_places: DocumentPlaces | None = None,
) -> list[ChangeWords]:
    """Each change in words (see the module's docstring)."""
    before = old_places if old_places is not None else document_places(old)
    after = document_places(new)
    return [_said((old, new), (before, after), change, language) for change in changes]


def _said(
    versions: tuple[Agreement, Agreement],
    documents: tuple[DocumentPlaces, DocumentPlaces],
    change: Change,
    language: str,
) -> ChangeWords:
    (old, new), (before, after) = versions, documents
    kind, path, old_path = change.kind, change.path, change.old_path
    removed = kind == "removed"
    field = place_words(path, old if removed else new, language)
    field_alone = path_words(path, old if removed else new, language)
    t = texts(language).section("versions")
    if kind == "moved":
        old_text = t("position", number=int(change.old) + 1)
        new_text = t("position", number=int(change.new) + 1)
    elif kind == "changed" and old_path is not None:
        old_text, new_text = _texts_of_change(change, old_path, documents, language)
        if old_text == new_text:  # the contract reads the same: say the values as filed
            old_text, new_text = _as_filed(change.old), _as_filed(change.new)
    else:
        old_text = _text(change.old, old_path, before, language) if old_path is not None else ""
        new_text = "" if removed else _text(change.new, path, after, language)
    if removed:
        places = before.places_of(path)
    else:
        places = after.places_of(path)
        if not places and old_path is not None:
            places = before.places_of(old_path)
    return ChangeWords(
        change,
        step_key(path),
        field,
        field_alone,
        old_text,
        new_text,
        tuple(places),
        places_words(places, language),
        language,
    )


def _texts_of_change(
    change: Change,
    old_path: FieldPath,
    documents: tuple[DocumentPlaces, DocumentPlaces],
    language: str,
) -> tuple[str, str]:
    """The old and new text of a changed value. A part of a value the contract writes whole (a
    window's kind, in "each calendar quarter") is said by that whole value, where it reads
    differently."""
    before, after = documents
    if isinstance(change.old, BaseModel):
        return value_words(change.old, language), value_words(change.new, language)
    old_text = _text(change.old, old_path, before, language)
    new_text = _text(change.new, change.path, after, language)
    if before.text_of(old_path) is None and after.text_of(change.path) is None:
        depth = len(change.path) - 1
        while depth > 0 and isinstance(change.path[depth], str):
            whole_old = before.text_of(old_path[:depth])
            whole_new = after.text_of(change.path[:depth])
            if whole_old is not None and whole_new is not None:
                if whole_old != whole_new:
                    return _one_line(whole_old), _one_line(whole_new)
                break
            depth -= 1
    return old_text, new_text


def _text(value: Any, path: Any, places: DocumentPlaces, language: str) -> str:
    """A value as the contract writes it at `path`, else formatted in `language`."""
    written = places.text_of(path)
    if written is not None and not isinstance(value, BaseModel | list):
        return _one_line(written)
    if isinstance(value, BaseModel):
        if _name(value):
            return ""  # an item with a name: the field's words name it
        said = places.texts_under(path)
        if said:
            return _cut("; ".join(_one_line(s) for s in said))
    return value_words(value, language)


def _name(item: BaseModel) -> str:
    for name in NAME_FIELDS:
        value = getattr(item, name, None)
        if isinstance(value, str) and value.strip():
            return _one_line(value)
    return ""


def value_words(value: Any, language: str) -> str:
    """A model value in words of `language` where the contract does not write it."""
    t = texts(language).section("versions")
    f = formatter(language)
    if value is None or value in ("", []):
        return str(t("blank"))
    if isinstance(value, bool):
        return str(t("yes" if value else "no"))
    if isinstance(value, Decimal | int | float):
        return f.number(value)
    if isinstance(value, dt.date):
        return f.date(value)
    if isinstance(value, dt.timedelta):
        return f.duration(value)
    if isinstance(value, str):
        return _one_line(_choice(value, language) or value)
    if isinstance(value, list):
        return f.join([value_words(item, language) for item in value])
    if isinstance(value, BaseModel):
        name = _name(value)
        if name:
            return name
        filled = [
            value_words(part, language)
            for part in (getattr(value, n) for n in type(value).model_fields)
            if part not in (None, "", [])
        ]
        return _cut("; ".join(filled))
    return _one_line(str(value))


@cache
def _choices(language: str) -> dict[str, set[str]]:
    """Each stored choice's labels in the editor (choices.yaml), by stored value."""
    labels: dict[str, set[str]] = {}
    tree = texts(language).raw("choices")
    for group in tree.values():
        if isinstance(group, dict):
            for stored, shown in group.items():
                if isinstance(shown, str):
                    labels.setdefault(str(stored), set()).add(shown)
    return labels


def _choice(value: str, language: str) -> str | None:
    """The label of a stored choice ('in_review' -> 'In review') when only one label has it."""
    shown = _choices(language).get(value)
    return next(iter(shown)) if shown is not None and len(shown) == 1 else None


def places_words(places: list[Place] | tuple[Place, ...], language: str) -> str:
    """'Clause 6.4', 'Clauses 6.3 and 6.4, Annex A', 'Cover'."""
    t = texts(language).section("versions")
    numbers = [number for kind, number in places if kind == "clause"]
    parts = []
    others = [_place_words(place, language) for place in places if place[0] != "clause"]
    if numbers:
        joined = formatter(language).join(numbers)
        parts.append(t("clauses", count=len(numbers), numbers=joined))
    if places and places[0][0] == "cover":
        parts.insert(0, others.pop(0))
    return ", ".join([*parts, *others])


def _place_words(place: Place, language: str) -> str:
    kind, shown = place
    t = texts(language).section("versions")
    if kind == "clause":
        return t("clauses", count=1, numbers=shown)
    if kind == "cover":
        return t("cover")
    return shown


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _cut(text: str) -> str:
    return text if len(text) <= LONGEST_ITEM else text[: LONGEST_ITEM - 1].rstrip() + "…"


def _as_filed(value: Any) -> str:
    """A value as the agreement file writes it; text quoted, so that spaces show."""
    data = _json(value)
    return repr(data) if isinstance(data, str) else json.dumps(data, ensure_ascii=False)


def _json(value: Any) -> Any:
    """A model value as JSON data: decimals and durations as text, models as their file data."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, list):
        return [_json(item) for item in value]
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return format_duration(value)  # as the YAML file writes it: '4h', '1h30m'
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)
