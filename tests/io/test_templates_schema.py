"""Every starter template validates against the published JSON Schema (third-party checker)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from sla_designer.io import json_schema

TEMPLATES = sorted((Path(__file__).resolve().parents[2] / "templates").glob("*.yaml"))
TEMPLATES = [path for path in TEMPLATES if path.name != "catalog.yaml"]


def _json_ready(value: Any) -> Any:
    """YAML dates become ISO strings, as a JSON document would hold them."""
    if isinstance(value, dict):
        return {k: _json_ready(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_ready(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def test_there_are_templates() -> None:
    assert len(TEMPLATES) >= 6


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.stem)
def test_template_is_valid_against_the_schema(path: Path) -> None:
    validator = jsonschema.Draft202012Validator(json_schema())
    document = _json_ready(yaml.safe_load(path.read_text(encoding="utf-8")))
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]


def test_schema_rejects_what_the_loader_rejects() -> None:
    validator = jsonschema.Draft202012Validator(json_schema())
    base = {"format_version": 4, "title": "T"}
    assert validator.is_valid(base)
    assert not validator.is_valid({**base, "format_version": 5})
    # Format 4 has a governing law and a forum, not format 3's one jurisdiction.
    law = {"governing_law": "England and Wales", "forum": "England and Wales"}
    assert validator.is_valid({**base, **law, "date_style": "american"})
    assert not validator.is_valid({**base, "jurisdiction": "England and Wales"})
    assert not validator.is_valid({**base, "date_style": "australian"})
    assert validator.is_valid({**base, "escalation_counted_from": "previous_level"})
    assert not validator.is_valid({**base, "escalation_counted_from": "ticket"})
    assert not validator.is_valid({**base, "status": "finished"})
    assert not validator.is_valid(
        {**base, "metrics": [{"kind": "availability", "id": "u", "name": "U", "objective": 101}]}
    )
