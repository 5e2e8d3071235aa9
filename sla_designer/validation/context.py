"""What every rule needs to look up, built once per `validate()` call.

Rules read id indexes from here instead of scanning the agreement's lists for each item, so a
large agreement (hundreds of references) is checked in linear time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sla_designer.model import (
    Agreement,
    Metric,
    ResolutionTimeMetric,
    ResponseTimeMetric,
)

TicketMetric = ResponseTimeMetric | ResolutionTimeMetric


def first_index(ids: Iterable[str]) -> dict[str, int]:
    """Map each id to the position of its first occurrence (later duplicates are ignored)."""
    index: dict[str, int] = {}
    for position, item_id in enumerate(ids):
        index.setdefault(item_id, position)
    return index


@dataclass(slots=True)
class Context:
    """An agreement with its id indexes."""

    agreement: Agreement
    parties: dict[str, int] = field(default_factory=dict)
    calendars: dict[str, int] = field(default_factory=dict)
    priorities: dict[str, int] = field(default_factory=dict)
    metrics: dict[str, int] = field(default_factory=dict)
    services: dict[str, int] = field(default_factory=dict)
    party_roles: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, agreement: Agreement) -> Context:
        """Index the agreement's parties, calendars, priorities, metrics and services."""
        parties = first_index(p.id for p in agreement.parties)
        return cls(
            agreement=agreement,
            parties=parties,
            calendars=first_index(c.id for c in agreement.calendars),
            priorities=first_index(p.id for p in agreement.priorities),
            metrics=first_index(m.id for m in agreement.metrics),
            services=first_index(s.id for s in agreement.service.services),
            party_roles={pid: agreement.parties[i].role for pid, i in parties.items()},
        )

    def metric_label(self, metric_id: str) -> str:
        """The metric's name for a message, or its id when it does not exist."""
        position = self.metrics.get(metric_id)
        return self.agreement.metrics[position].name if position is not None else metric_id

    def priority_label(self, priority_id: str) -> str:
        """The priority's name for a message, or its id when it does not exist."""
        position = self.priorities.get(priority_id)
        if position is None:
            return priority_id
        return self.agreement.priorities[position].name or priority_id

    def ticket_metrics(self) -> Iterable[tuple[int, TicketMetric]]:
        """The metrics with per-priority time targets, with their positions."""
        for position, metric in enumerate(self.agreement.metrics):
            if isinstance(metric, ResponseTimeMetric | ResolutionTimeMetric):
                yield position, metric


def label(metric: Metric) -> str:
    """What a message calls a metric: its name, else its id."""
    return metric.name or metric.id
