"""The published JSON Schema is valid and agrees with the files that SLA Designer writes."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import jsonschema
import pytest
import yaml
from hypothesis import given, settings

from sla_designer.io import FORMAT_VERSION, LoadError, dumps_agreement, json_schema, loads_agreement
from sla_designer.model import Agreement
from tests.strategies import agreements

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""yaml.safe_load's loader, the C one where available (the suite runs often)."""


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    schema = json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def _as_json(value: Any) -> Any:
    """YAML data as JSON would hold it: dates become ISO text."""
    if isinstance(value, dict):
        return {key: _as_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_as_json(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


@settings(max_examples=150, deadline=None)
@given(agreements())
def test_written_files_validate_against_the_schema(
    validator: jsonschema.Draft202012Validator, agreement: Agreement
) -> None:
    data = _as_json(yaml.load(dumps_agreement(agreement), Loader=SAFE_LOADER))
    errors = list(validator.iter_errors(data))
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors]


VALID: dict[str, Any] = {
    "format_version": FORMAT_VERSION,
    "title": "Hosting services",
    "parties": [
        {"id": "provider", "role": "provider", "legal_name": "Provider Ltd"},
        {"id": "customer", "role": "customer", "legal_name": "Customer plc"},
    ],
    "metrics": [
        {
            "kind": "availability",
            "id": "uptime",
            "name": "Availability",
            "objective": 99.9,
            "minimum_outage": "5m",
        },
        {
            "kind": "resolution_time",
            "id": "resolution",
            "name": "Resolution time",
            "targets": [{"priority": "P1", "target": "4h business", "attainment": 95}],
        },
    ],
}


def _changed(path: tuple[str | int, ...], value: Any) -> dict[str, Any]:
    document = copy.deepcopy(VALID)
    node: Any = document
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return document


INVALID = {
    "wrong metric kind": _changed(("metrics", 0, "kind"), "uptime"),
    "percentage 101": _changed(("metrics", 0, "objective"), 101),
    "attainment 101": _changed(("metrics", 1, "targets", 0, "attainment"), 101),
    "duration in words": _changed(("metrics", 0, "minimum_outage"), "four hours"),
    "clock duration without a clock": _changed(("metrics", 1, "targets", 0, "target"), "4h"),
    "unknown field": _changed(("metrics", 0, "uptime_goal"), 99),
    "newer format version": _changed(("format_version",), FORMAT_VERSION + 1),
    "service recipients as one id": _changed(
        ("service",), {"services": [{"id": "s", "name": "S", "recipients": "customer"}]}
    ),
    "service provider that is not an id": _changed(
        ("service",), {"services": [{"id": "s", "name": "S", "provider": "two words"}]}
    ),
}


def test_the_valid_document_is_valid(validator: jsonschema.Draft202012Validator) -> None:
    validator.validate(VALID)
    loads_agreement(yaml.safe_dump(VALID, sort_keys=False))


@pytest.mark.parametrize("document", INVALID.values(), ids=INVALID.keys())
def test_invalid_documents_are_rejected(
    validator: jsonschema.Draft202012Validator, document: dict[str, Any]
) -> None:
    assert not validator.is_valid(document)
    with pytest.raises(LoadError):
        loads_agreement(yaml.safe_dump(document, sort_keys=False))


def test_a_service_names_its_provider_and_recipients(
    validator: jsonschema.Draft202012Validator,
) -> None:
    """Both are optional: a two-party file needs neither (the provider and the customers)."""
    schema = json_schema()["$defs"]["Service"]
    assert {"provider", "recipients"} <= set(schema["properties"])
    assert {"provider", "recipients"}.isdisjoint(schema.get("required", []))
    assert "provider" in schema["properties"]["provider"]["description"]
    assert "customers" in schema["properties"]["recipients"]["description"]
    service = {"id": "s", "name": "S", "provider": "customer", "recipients": ["provider"]}
    chain = _changed(("service",), {"services": [service]})
    validator.validate(chain)
    loaded = loads_agreement(yaml.safe_dump(chain, sort_keys=False))
    assert loaded.service.services[0].recipients == ["provider"]


def test_the_schema_says_what_a_time_target_measures(
    validator: jsonschema.Draft202012Validator,
) -> None:
    target = json_schema()["$defs"]["TimeTarget"]
    assert target["properties"]["measure"]["enum"] == ["each", "average", "median", "percentile"]
    assert target["required"] == ["target"]  # no priority: all tickets of the metric
    data = copy.deepcopy(VALID)
    data["metrics"] = [
        {
            "kind": "resolution_time",
            "id": "complaints",
            "name": "Complaints",
            "targets": [{"target": "5m calendar", "measure": "percentile", "percentile": 90}],
        }
    ]
    assert list(validator.iter_errors(data)) == []
    data["metrics"][0]["targets"][0]["percentile"] = 100
    assert [e.message for e in validator.iter_errors(data)] != []


def test_the_schema_lists_the_comparisons_of_an_objective() -> None:
    metric = json_schema()["$defs"]["AvailabilityMetric"]
    assert metric["properties"]["comparison"]["enum"] == [
        "at_least",
        "more_than",
        "at_most",
        "less_than",
    ]
