"""Unique ids per kind and references that resolve."""

from __future__ import annotations

from typing import Any

import pytest

from sla_designer.validation.findings import FieldPath
from tests.validation.builders import only, valid_data, valid_data_pt, with_code


@pytest.mark.parametrize("code", ["duplicate-id", "unknown-reference"])
def test_quiet_on_complete_agreements(code: str) -> None:
    assert with_code(valid_data(), code) == []
    assert with_code(valid_data_pt(), code) == []


@pytest.mark.parametrize(
    ("where", "kind_en"),
    [
        (("parties",), "party"),
        (("calendars",), "calendar"),
        (("priorities",), "priority"),
        (("metrics",), "metric"),
        (("service", "services"), "service"),
        (("responsibilities",), "responsibility"),
        (("reporting", "reports"), "report"),
        (("remedies", "credit_schedules"), "credit schedule"),
    ],
)
def test_duplicate_id_of_each_kind(where: tuple[str, ...], kind_en: str) -> None:
    data = valid_data()
    holder: Any = data
    for key in where:
        holder = holder[key]
    items: list[dict[str, Any]] = holder
    items.append(dict(items[0]))
    duplicates = with_code(data, "duplicate-id")
    assert [(f.severity, f.path) for f in duplicates] == [("error", (*where, len(items) - 1, "id"))]
    assert f"kind {kind_en}" in duplicates[0].message("en")


def test_the_same_id_in_two_kinds_is_fine() -> None:
    data = valid_data()
    data["reporting"]["reports"][0]["id"] = "uptime"  # a report may share a metric's id
    assert with_code(data, "duplicate-id") == []


def _set(data: dict[str, object], path: FieldPath, value: object) -> None:
    target: object = data
    for key in path[:-1]:
        target = target[key]  # type: ignore[index]
    target[path[-1]] = value  # type: ignore[index]


@pytest.mark.parametrize(
    ("path", "kind_pt"),
    [
        (("responsibilities", 0, "party"), "parte"),
        (("reporting", "reports", 0, "prepared_by"), "parte"),
        (("reporting", "reports", 0, "recipients", 0), "parte"),
        (("reporting", "reviews", 0, "participants", 1), "parte"),
        (("escalation", 1, "party"), "parte"),
        (("priorities", 0, "calendar"), "calendário"),
        (("metrics", 1, "calendar"), "calendário"),
        (("metrics", 2, "targets", 1, "calendar"), "calendário"),
        (("metrics", 0, "maintenance", 0, "calendar"), "calendário"),
        (("metrics", 2, "targets", 0, "priority"), "prioridade"),
        (("responsibilities", 1, "metrics", 0), "indicador"),
        (("reporting", "reports", 0, "metrics", 5), "indicador"),
        (("remedies", "credit_schedules", 0, "metric"), "indicador"),
        (("metrics", 0, "service"), "serviço"),
        (("remedies", "credit_schedules", 0, "service"), "serviço"),
    ],
)
def test_unknown_reference(path: FieldPath, kind_pt: str) -> None:
    data = valid_data()
    _set(data, path, "ghost")
    finding = only(data, "unknown-reference")
    assert (finding.severity, finding.path) == ("error", path)
    assert "“ghost”" in finding.message("en")
    assert f"Não existe {kind_pt} " in finding.message("pt-BR")
