"""Shared by the OpenSLO and Prometheus export tests: each export's file, parsed, and the
report of what did not map, rendered."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import yaml

from sla_designer.handoff.result import Handoff
from sla_designer.model import Agreement
from sla_designer.model.metrics import AvailabilityMetric
from sla_designer.model.tags import resolve_tag
from sla_designer.text import texts
from sla_designer.text.values import render_all


def documents(handoff: Handoff) -> list[Any]:
    """The YAML documents of a one-file handoff."""
    assert set(handoff.files) == {""}
    return [d for d in yaml.safe_load_all(handoff.files[""].decode("utf-8")) if d is not None]


def said(handoff: Handoff, agreement: Agreement, language: str) -> list[str]:
    """Every line of the report of what did not map, in `language`; each names a field of the
    agreement that exists."""
    lines = []
    for item in handoff.unmapped:
        assert item.system == handoff.system
        assert item.key.startswith(f"slo.unmapped.{handoff.system}."), item.key
        if item.path:
            resolve_tag(agreement, item.path)
        lines.append(texts(language).render(item.key, render_all(item.params, language)))
    return lines


def keys(handoff: Handoff) -> list[tuple[str, str]]:
    """(last part of the phrase's key, path) of each thing that did not map."""
    return [(item.key.rsplit(".", 1)[1], item.path) for item in handoff.unmapped]


def availability(agreement: Agreement) -> list[AvailabilityMetric]:
    return [m for m in agreement.metrics if isinstance(m, AvailabilityMetric)]


def with_objective(agreement: Agreement, objective: str) -> Agreement:
    """The agreement with its first availability objective set to `objective` %."""
    availability(agreement)[0].objective = Decimal(objective)
    return agreement
