"""Whether the export still writes the paragraphs a reviewer's wording names, after an edit,
without writing the contract again when the edit cannot have touched them.

Validation asks after every edit (the reviewed-wording-stale rule). Writing the large agreement's
contract takes about 90 ms, ten times what every other rule takes together; most edits are typing in
a text field whose value the contract prints as it is, in its own tagged value (a control whose
tag is the field's path), somewhere far from the reworded paragraphs. So the last contract
written is kept with the value tags each of its paragraphs holds, and an edit is answered from
it when every field changed since is such a text: one of TEXT_FIELDS, blank neither before
nor after (a blank one may drop a sentence), using the terms the generator defines as often
(they are defined when the text uses them) and, for the title, naming the agreement's kind as before
(the cover then adds no subtitle). A paragraph that holds none of the changed values is then
written as before; one that holds one is not known without writing, nor is one not written
before whose text has the new value: both write the contract again, as does any other edit.
tests/export/test_wording_edits.py checks each text field of every template in both languages:
changing it changes only the paragraphs that hold its value.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from sla_designer.export.defined_terms import KEYS, forms, uses
from sla_designer.export.reviewed_wording import Key, keyed_paragraphs
from sla_designer.model import Agreement
from sla_designer.model.paths import FieldPath, format_path
from sla_designer.model.tags import with_ids

TEXT_FIELDS = frozenset(
    {
        "calendars[*].closed_dates[*].name",
        "calendars[*].holidays[*].city_holidays[*].name",
        "escalation[*].contacts[*].email",
        "escalation[*].contacts[*].function",
        "escalation[*].contacts[*].name",
        "escalation[*].contacts[*].phone",
        "escalation[*].name",
        "metrics[*].data_source",
        "metrics[*].description",
        "metrics[*].downtime_definition",
        "metrics[*].exclusions[*]",
        "metrics[*].maintenance[*].name",
        "parties[*].address",
        "parties[*].contacts[*].email",
        "parties[*].contacts[*].function",
        "parties[*].contacts[*].name",
        "parties[*].contacts[*].phone",
        "parties[*].legal_name",
        "parties[*].representative.name",
        "parties[*].representative.title",
        "priorities[*].definition",
        "priorities[*].examples[*]",
        "priorities[*].name",
        "reference",
        "remedies.chronic_failure.description",
        "reporting.reports[*].content",
        "reporting.reports[*].name",
        "reporting.reviews[*].agenda",
        "reporting.reviews[*].name",
        "responsibilities[*].text",
        "revisions[*].description",
        "service.exclusions[*]",
        "service.limitations[*]",
        "service.scope[*]",
        "service.services[*].description",
        "signing.place",
        "signing.witnesses[*].name",
        "title",
    }
)
"""The text fields (items as [*]) that the contract prints only as the field's own value, where
it prints them. Names of services, metrics and calendars are not among them: clauses of other
items say them in their own sentences."""

_MOST_CHANGES = 8
_DATA_PATH = re.compile(r'data-path="([^"]*)"')
_ITEMS = re.compile(r"\[\d+\]")


@dataclass(frozen=True, slots=True)
class _Written:
    """A contract written: the agreement as plain data (less its reviewed wording), its
    paragraphs, and the value tags (items by id) each one holds."""

    data: dict[str, Any]
    keys: frozenset[Key]
    holds: dict[Key, frozenset[str]]


_LOCK = threading.Lock()
_LAST: list[_Written] = []
"""The last contract written for this check."""


class _Structural(Exception):
    """An edit other than new text in existing fields."""


def wordings_written(agreement: Agreement) -> list[bool]:
    """For each reviewed wording of `agreement`, whether its paragraph is among those the Word
    contract writes (as `generated_keys` would say); raises ExportError as the export does."""
    entries = agreement.reviewed_wording
    data = agreement.model_dump(exclude={"reviewed_wording"})
    with _LOCK:
        last = _LAST[0] if _LAST else None
    if last is not None:
        known = _without_writing(agreement, data, last)
        if known is not None:
            return known
    written = _write(agreement, data)
    with _LOCK:
        _LAST[:] = [written]
    return [(e.clause, e.generated) in written.keys for e in entries]


def _write(agreement: Agreement, data: dict[str, Any]) -> _Written:
    from sla_designer.export.contract import write_contract
    from sla_designer.export.html_target import HtmlTarget, Markup

    target = HtmlTarget()
    ctx = write_contract(agreement, target)
    ids: dict[str, str] = {}

    def named(tag: str) -> str:
        return ids.get(tag) or ids.setdefault(tag, with_ids(agreement, tag))

    contents: Key = (None, ctx.t("cover.contents"))
    keys: set[Key] = {contents}
    holds: dict[Key, set[str]] = {contents: set()}
    for said, key in keyed_paragraphs(agreement, target):
        keys.add(key)
        held = holds.setdefault(key, set())
        for piece in said.pieces:
            if isinstance(piece, Markup) and piece.kind == "value":
                held.update(named(path) for path in _DATA_PATH.findall(piece.html))
    frozen = {key: frozenset(tags) for key, tags in holds.items()}
    return _Written(data, frozenset(keys), frozen)


def _without_writing(
    agreement: Agreement, data: dict[str, Any], last: _Written
) -> list[bool] | None:
    """The answer from the last contract written, or None when the edits since need a new one."""
    try:
        changes = list(_changes(last.data, data, ()))
    except _Structural:
        return None
    if len(changes) > _MOST_CHANGES:
        return None
    tags: list[str] = []
    new_texts: list[str] = []
    for path, old, new in changes:
        if not _plain_text_edit(agreement, path, old, new):
            return None
        tags.append(with_ids(agreement, format_path(path)))
        new_texts.append(new.casefold())
    found: list[bool] = []
    for entry in agreement.reviewed_wording:
        key = (entry.clause, entry.generated)
        if key in last.keys:
            held = last.holds.get(key, frozenset())
            if entry.clause is not None:
                held |= {entry.clause}  # its clause's text may say any field of the clause
            if any(_holds(held, tag) for tag in tags):
                return None
            found.append(True)
        else:
            generated = entry.generated.casefold()
            if any(text in generated for text in new_texts):
                return None
            found.append(False)
    return found


def _changes(old: Any, new: Any, path: FieldPath) -> Iterator[tuple[FieldPath, Any, Any]]:
    """The leaves of `new` that differ from `old`; _Structural when the two differ otherwise
    (an item added, removed or moved, a field set or cleared, another type)."""
    if old == new:
        return
    if type(old) is not type(new):
        raise _Structural
    if isinstance(old, dict):
        if old.keys() != new.keys():
            raise _Structural
        for name, value in old.items():
            yield from _changes(value, new[name], (*path, name))
    elif isinstance(old, list):
        if len(old) != len(new):
            raise _Structural
        for index, (before, after) in enumerate(zip(old, new, strict=True)):
            yield from _changes(before, after, (*path, index))
    else:
        yield path, old, new


def _plain_text_edit(agreement: Agreement, path: FieldPath, old: Any, new: Any) -> bool:
    """Whether changing `old` to `new` at `path` only changes the paragraphs that print it."""
    if not isinstance(old, str) or not isinstance(new, str) or not old.strip() or not new.strip():
        return False
    if _ITEMS.sub("[*]", format_path(path)) not in TEXT_FIELDS:
        return False
    if not _same_term_uses(agreement.language, old, new):
        return False
    if path == ("title",):
        from sla_designer.export.front import _title_names_kind as names_kind

        return names_kind(old, agreement.kind) == names_kind(new, agreement.kind)
    return True


def _holds(held: frozenset[str], tag: str) -> bool:
    """Whether a paragraph holding the value tags `held` prints the field `tag` (its own value
    or a value made of the item or section around it)."""
    return any(tag == h or tag.startswith((f"{h}.", f"{h}[")) for h in held)


def _same_term_uses(language: str, old: str, new: str) -> bool:
    """Whether the contract uses each term the generator may define as often with `new` printed
    where `old` was: as often inside the two texts, and neither begins or ends with a word of a
    term, which could join the words around it into one."""
    spellings, words = _terms(language)
    for text in (old, new):
        if any(edge in words for edge in _EDGES.findall(text)):
            return False
    return all(uses(old, forms) == uses(new, forms) for forms in spellings)


_EDGES = re.compile(r"^\w+|\w+$")


@cache
def _terms(language: str) -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
    """The spellings of each term the generator may define, and every word of them as written
    (the defined terms are found in the text in the same case)."""
    from sla_designer.export.wording import load_wording

    t = load_wording(language)
    spellings = tuple(tuple(forms(t, key)) for key in KEYS)
    words = frozenset(re.findall(r"\w+", " ".join(" ".join(s) for s in spellings)))
    return spellings, words
