"""Id indexes built once per validation."""

from __future__ import annotations

from sla_designer.validation.context import Context, first_index
from tests.validation.builders import build, valid_data


def test_first_index_keeps_the_first_occurrence() -> None:
    assert first_index(["a", "b", "a", "c"]) == {"a": 0, "b": 1, "c": 3}


def test_context_indexes_and_labels() -> None:
    ctx = Context.of(build(valid_data()))
    assert ctx.parties == {"provider": 0, "customer": 1}
    assert ctx.party_roles == {"provider": "provider", "customer": "customer"}
    assert ctx.priorities == {"P1": 0, "P2": 1, "P3": 2}
    assert ctx.metrics["csat"] == 5
    assert ctx.metric_label("resolution") == "Resolution time"
    assert ctx.metric_label("ghost") == "ghost"
    assert ctx.priority_label("P1") == "Critical"
    assert [i for i, _ in ctx.ticket_metrics()] == [1, 2]
