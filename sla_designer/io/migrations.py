"""Format versions of the agreement file and the steps that bring old files up to date."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

FORMAT_VERSION = 2
"""The version this program writes. Files of older versions are migrated on load."""

SCHEMA_URL = f"https://sla-designer.dev/schema/v{FORMAT_VERSION}.json"

Data = dict[str, Any]


def _from_1(data: Data) -> Data:
    """Format 1 (the pre-release format) called the agreement's meta data `document`, named the
    party's legal name `name`, and wrote time targets as separate `duration` and `clock` keys."""
    document = data.pop("document", None)
    if isinstance(document, dict):
        data = {**document, **data}
    for party in data.get("parties") or []:
        if isinstance(party, dict) and "name" in party and "legal_name" not in party:
            party["legal_name"] = party.pop("name")
    for metric in data.get("metrics") or []:
        for target in (metric.get("targets") or []) if isinstance(metric, dict) else []:
            if isinstance(target, dict) and "duration" in target and "target" not in target:
                clock = target.pop("clock", "calendar")
                target["target"] = f"{target.pop('duration')} {clock}"
    return data


MIGRATIONS: dict[int, Callable[[Data], Data]] = {1: _from_1}
"""Step from version N to N + 1."""


def migrate(data: Data, version: int) -> Data:
    """Bring data of an older format version up to FORMAT_VERSION, one step at a time."""
    while version < FORMAT_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
    return data
