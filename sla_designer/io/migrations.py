"""Format versions of the agreement file and the steps that bring old files up to date.

Each step rewrites the data and says where a field of the old file now stands, so that an error
in a migrated file still points at the right line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sla_designer.model.paths import FieldPath

FORMAT_VERSION = 4
"""The version this program writes. Files of older versions are migrated on load."""

SCHEMA_URL = f"https://sla-designer.dev/schema/v{FORMAT_VERSION}.json"

Data = dict[str, Any]


@dataclass(frozen=True)
class Migration:
    """One step from version N to N + 1: the data rewrite and the move of field paths."""

    data: Callable[[Data], Data]
    path: Callable[[FieldPath], FieldPath]


def _dicts(value: Any) -> list[dict[str, Any]]:
    """The mappings of a list (a malformed file may hold anything: the model reports it later)."""
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _data_from_1(data: Data) -> Data:
    """Format 1 (the pre-release format) called the agreement's meta data `document`, named the
    party's legal name `name`, and wrote time targets as separate `duration` and `clock` keys."""
    document = data.pop("document", None)
    if isinstance(document, dict):
        data = {**document, **data}
    for party in _dicts(data.get("parties")):
        if "name" in party and "legal_name" not in party:
            party["legal_name"] = party.pop("name")
    for metric in _dicts(data.get("metrics")):
        for target in _dicts(metric.get("targets")):
            if "duration" in target and "target" not in target:
                clock = target.pop("clock", "calendar")
                target["target"] = f"{target.pop('duration')} {clock}"
    return data


def _path_from_1(path: FieldPath) -> FieldPath:
    if path[:1] == ("document",):
        return path[1:]
    if len(path) >= 3 and path[0] == "parties" and path[2] == "name":
        return (*path[:2], "legal_name", *path[3:])
    if len(path) >= 5 and path[0] == "metrics" and path[2] == "targets" and path[4] == "duration":
        return (*path[:4], "target", *path[5:])
    return path


_BUSINESS_IN_DAYS = re.compile(
    r"^\s*(?P<d>\d+)\s*d\s*(?P<rest>(?:\d+\s*h)?\s*(?:\d+\s*m(?:in)?)?\s*(?:\d+\s*s)?)"
    r"\s+business\s*$"
)


def _business_hours_from_days(text: str) -> str:
    """'1d business' of format 2 meant 24 business hours: it is written '24h business' now,
    as format 3 reads a day of business time as ambiguous. Other values are left as they are."""
    match = _BUSINESS_IN_DAYS.match(text)
    if match is None:
        return text
    rest = re.sub(r"\s+", "", match.group("rest"))
    hours = int(match.group("d")) * 24
    extra = re.match(r"^(?:(\d+)h)?(.*)$", rest)
    assert extra is not None  # the pattern matches any text
    hours += int(extra.group(1) or 0)
    return f"{hours}h{extra.group(2)} business"


def _data_from_2(data: Data) -> Data:
    """Format 2 wrote business time in days of 24 business hours ('1d business'): format 3
    keeps business hours in hours and counts business days as a unit of their own."""
    for metric in _dicts(data.get("metrics")):
        for target in _dicts(metric.get("targets")):
            if isinstance(target.get("target"), str):
                target["target"] = _business_hours_from_days(target["target"])
    return data


_US_STATE_COUNTY = re.compile(
    r"^\s*(?:the\s+)?State\s+of\s+(?P<state>[A-Z][A-Za-z .]*?)\s*,\s*"
    r"County\s+of\s+(?P<county>[A-Z][A-Za-z .]*?)\s*$"
)
_LAW_AND_COURTS = ("England and Wales", "Scotland", "Northern Ireland")
"""Places that are at once a legal system and a court system: 'England and Wales' names both
the law and the courts without any doubt."""


def split_jurisdiction(text: str) -> tuple[str, str]:
    """(governing law, forum) of format 3's one `jurisdiction` text.

    Only the forms whose meaning is certain are split: a Brazilian comarca ('Foro da Comarca de
    Campinas/SP') is a forum, and says nothing certain about the law; a place that is both a
    legal and a court system ('England and Wales') is both; 'State of New York, County of
    Albany' is New York law and the courts of that county. Any other text is kept as the forum
    and the law is left blank, for validation to ask for: never a guess."""
    place = text.strip()
    if not place:
        return "", ""
    bare = re.sub(r"^(?:the\s+)?courts?\s+of\s+(?:the\s+)?", "", place, flags=re.IGNORECASE)
    for system in _LAW_AND_COURTS:
        if bare.lower() == system.lower():
            return system, system
    us = _US_STATE_COUNTY.match(place)
    if us is not None:
        state, county = us.group("state"), us.group("county")
        return f"the State of {state}", f"the courts located in {county} County, {state}"
    return "", place


def _data_from_3(data: Data) -> Data:
    """Format 3 held law and forum in one `jurisdiction` text; format 4 has two fields."""
    if "jurisdiction" in data:
        old = data.pop("jurisdiction")
        if isinstance(old, str):
            law, forum = split_jurisdiction(old)
            if law:
                data.setdefault("governing_law", law)
            data.setdefault("forum", forum)
        else:
            data.setdefault("forum", old)  # not a text: the model says so, at the old line
    return data


def _path_from_3(path: FieldPath) -> FieldPath:
    if path[:1] == ("jurisdiction",):
        return ("forum", *path[1:])
    return path


MIGRATIONS: dict[int, Migration] = {
    1: Migration(_data_from_1, _path_from_1),
    2: Migration(_data_from_2, lambda path: path),
    3: Migration(_data_from_3, _path_from_3),
}
"""Step from version N to N + 1."""


def migrate(data: Data, version: int) -> Data:
    """Bring data of an older format version up to FORMAT_VERSION, one step at a time."""
    while version < FORMAT_VERSION:
        data = MIGRATIONS[version].data(data)
        version += 1
    return data


def migrate_path(path: FieldPath, version: int) -> FieldPath:
    """Where a field of a file of `version` stands once the file is migrated."""
    while version < FORMAT_VERSION:
        path = MIGRATIONS[version].path(path)
        version += 1
    return path
