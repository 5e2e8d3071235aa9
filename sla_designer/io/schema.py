"""The JSON Schema of the agreement file format."""

from __future__ import annotations

import json
from typing import Any

from sla_designer.io.migrations import FORMAT_VERSION, SCHEMA_URL
from sla_designer.model import Agreement


def json_schema() -> dict[str, Any]:
    """The published JSON Schema (draft 2020-12) of the current format version."""
    schema = Agreement.model_json_schema(mode="validation")
    properties = {
        "format_version": {
            "const": FORMAT_VERSION,
            "description": "Version of the file format; older versions are migrated on load",
        },
        **schema.get("properties", {}),
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_URL,
        "title": "SLA Designer agreement",
        "description": "A service level agreement as saved by SLA Designer.",
        **{k: v for k, v in schema.items() if k not in ("properties", "title", "description")},
        "properties": properties,
        "required": ["format_version", *schema.get("required", [])],
    }


def json_schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
