"""The free-text fields an export in another language prints as typed, in the agreement's language.

The document's own wording follows the export language; what the user typed (descriptions,
definitions, duties, exclusions …) is printed as it is. An agreement written in one language has
its free text in that language unless the user translated it, so a field is listed unless its
text reads clearly as the export language (see `language_of_text`): a field too short to tell is
listed, because by construction it is in the agreement's language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sla_designer.model import (
    Agreement,
    ChronicFailure,
    ClaimProcedure,
    EarnBack,
    Representative,
    ServiceDescription,
)
from sla_designer.model.free_text import FREE_TEXT, NOT_FREE_TEXT, free_text_fields

__all__ = ["FREE_TEXT", "NOT_FREE_TEXT", "ForeignField", "foreign_fields", "free_text_fields"]
from sla_designer.model.paths import FieldPath, resolve
from sla_designer.text import LANGUAGES, Texts, texts

_KEYS: dict[tuple[type, str], str] = {
    (Agreement, "title"): "agreement_title",
    (ServiceDescription, "exclusions"): "service_exclusions",
    (Representative, "title"): "job_title",
    (ClaimProcedure, "method"): "claim_method",
    (ChronicFailure, "description"): "chronic_failure",
    (EarnBack, "description"): "earn_back",
}
"""Field labels that differ from the field's name (the key in foreign.fields)."""

_OWNERS = {
    "parties": ("party", ("short_name", "legal_name", "id")),
    "contacts": ("contact", ("name",)),
    "services": ("service", ("name", "id")),
    "calendars": ("calendar", ("name", "id")),
    "closed_dates": ("closed_date", ("date",)),
    "priorities": ("priority", ("name", "id")),
    "metrics": ("metric", ("name", "id")),
    "maintenance": ("maintenance", ("name",)),
    "responsibilities": ("duty", ()),
    "reports": ("report", ("name", "id")),
    "reviews": ("review", ("name",)),
    "escalation": ("escalation", ("level",)),
    "definitions": ("definition", ("term",)),
    "revisions": ("revision", ("version",)),
}
"""List fields whose items name the place of a field: key in foreign.owners, item's name."""


@dataclass(frozen=True)
class ForeignField:
    """A free-text field printed as typed in a document of another language."""

    path: FieldPath
    text: str
    label: str
    """Where the field is, for a person: "Metric “Availability” › Description"."""


# --- which language a text reads as ------------------------------------------------------------


@cache
def _marks(language: str) -> tuple[frozenset[str], re.Pattern[str] | None]:
    """The words frequent in a language and rare in the others, and the letters only it writes
    (`foreign.detect` in the language's text file)."""
    detect = texts(language).raw("foreign.detect")
    letters = str(detect.get("letters") or "")
    return frozenset(str(detect["words"]).split()), re.compile(f"[{letters}]") if letters else None


_WORD = re.compile(r"[^\W\d_]+")
_ADDRESSES = re.compile(r"\S+@\S+|\bhttps?://\S+|\bwww\.\S+|\b[\w-]+\.(?:com|br|org|net)\b")


def language_of_text(text: str) -> str | None:
    """The language a text reads clearly as, else None.

    Counts each language's frequent words, and the words with letters only it writes; the text
    reads as a language when it has two such words at least and three times as many as of any
    other language.
    """
    words = _WORD.findall(_ADDRESSES.sub(" ", text).lower())
    counts: dict[str, int] = {}
    for language in LANGUAGES:
        frequent, letters = _marks(language)
        counts[language] = sum(
            word in frequent or (letters is not None and bool(letters.search(word)))
            for word in words
        )
    for found, count in counts.items():
        others = max((c for other, c in counts.items() if other != found), default=0)
        if count >= 2 and count >= 3 * others:
            return found
    return None


# --- the list ------------------------------------------------------------------------------------


def foreign_fields(agreement: Agreement, export_language: str, language: str) -> list[ForeignField]:
    """The free-text fields still in the agreement's language when it is exported in
    `export_language`, labelled in `language`; empty when the two languages are the same."""
    if export_language == agreement.language:
        return []
    words = texts(language).section("foreign")
    found = []
    for path, text, cls, name in free_text_fields(agreement):
        if language_of_text(text) == export_language:
            continue  # translated already
        found.append(ForeignField(path, text, field_label(agreement, path, cls, name, words)))
    return found


def field_label(agreement: Agreement, path: FieldPath, cls: type, name: str, words: Texts) -> str:
    """Where a field is, for a person: its owners, then the field itself."""
    parts: list[str] = []
    node: object = agreement
    for position, step in enumerate(path[:-1]):
        node = resolve(node, (step,))
        if isinstance(step, int):
            parts.append(_owner(str(path[position - 1]), node, step, words))
    key = _KEYS.get((cls, name), name)
    if isinstance(path[-1], int):
        parts.append(words(f"fields.{key}", n=path[-1] + 1))
    else:
        parts.append(words(f"fields.{key}"))
    label = words("separator").join(parts)
    return label[:1].upper() + label[1:]


def _owner(list_name: str, item: object, index: int, words: Texts) -> str:
    key, attributes = _OWNERS.get(list_name, ("item", ()))
    name = next((str(v) for a in attributes if (v := getattr(item, a, None))), "")
    if name:
        return words(f"owners.{key}", name=name)
    return words(f"owners.{key}_number", n=index + 1)


def excerpt(text: str, length: int = 60) -> str:
    """The beginning of a text on one line, cut at a word: what a warning quotes."""
    line = " ".join(text.split())
    if len(line) <= length:
        return line
    return line[:length].rsplit(" ", 1)[0] + " …"
