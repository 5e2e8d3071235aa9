"""What a preset knows of its files (`PresetRules`), how source priorities map to the
agreement's, and the checks of a mapping and of a column's values against what is known."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sla_designer.backtest.mapping import Mapping
from sla_designer.backtest.sources import Source, TicketFileError, literal, quoted
from sla_designer.model import Agreement
from sla_designer.text.values import Joined, Problem


@dataclass(frozen=True)
class PresetRules:
    """What a preset knows: its columns, states, and the default reading of priorities."""

    columns: dict[str, str]
    states: tuple[str, ...]
    stops: frozenset[str]
    priority_order: tuple[str, ...]
    """Source priorities from the most urgent: by default the agreement's priorities in order."""
    date_format: str | None = None
    waiting: tuple[str, ...] = ()
    """States in which the ticket waits on the requester: what the editor's mapping dialog
    first ticks as pausing a metric whose clock rules say it pauses."""
    unanswered: frozenset[str] = frozenset()
    """For an export with one row per update (ServiceNow), the states before the first
    response: the first update to another state is the first response, and the preset's
    `tickets` and `updates` are read by `assemble_updates`. Empty: `assemble`."""
    in_events: frozenset[str] = frozenset()
    """Roles other than an event's own that a second file of events holds, not the tickets
    file (Freshdesk's status, in its activities)."""

    def with_mapping(self, mapping: Mapping) -> PresetRules:
        """These rules with the mapping's own states (a workflow's custom statuses) after the
        preset's, and its states that stop a resolution clock."""
        added = tuple(dict.fromkeys(s for s in mapping.states if s not in self.states))
        if not added and not mapping.stops:
            return self
        return replace(
            self, states=self.states + added, stops=self.stops | frozenset(mapping.stops)
        )


def priority_map(agreement: Agreement, mapping: Mapping, rules: PresetRules) -> dict[str, str]:
    """Source priority value -> agreement priority id: the mapping's, else by order."""
    if mapping.priorities:
        return dict(mapping.priorities)
    ids = [p.id for p in agreement.priorities]
    return dict(zip(rules.priority_order, ids, strict=False))


def check_mapping(agreement: Agreement, mapping: Mapping, rules: PresetRules, where: str) -> None:
    """The mapping's priorities, metrics, pause states and stopping states must exist
    (`rules`: the preset's, with the mapping's own states)."""
    problems: list[Problem] = []
    known = [p.id for p in agreement.priorities]
    for source, target in mapping.priorities.items():
        if target not in known:
            problems.append(
                Problem(
                    "backtest.errors.mapping_priority",
                    file=where,
                    source=source,
                    priority=target,
                    known=Joined(tuple(known)),
                )
            )
    metrics = [m.id for m in agreement.metrics]
    for metric, states in mapping.pauses.items():
        if metric not in metrics:
            problems.append(
                Problem(
                    "backtest.errors.mapping_metric",
                    file=where,
                    metric=metric,
                    known=Joined(tuple(metrics)),
                )
            )
        for state in states:
            if state not in rules.states:
                problems.append(
                    Problem(
                        "backtest.errors.mapping_state",
                        file=where,
                        metric=metric,
                        state=state,
                        known=Joined(rules.states),
                    )
                )
    problems += [
        Problem("backtest.errors.mapping_stop", file=where, state=state, known=Joined(rules.states))
        for state in mapping.stops
        if state not in rules.states
    ]
    if problems:
        raise TicketFileError(problems)


def check_values(
    source: Source,
    column: str,
    allowed: list[str] | tuple[str, ...],
    key: str,
    *,
    as_loaded: bool = False,
) -> None:
    """A problem naming the first row whose value is not one of `allowed`: checked on the
    values' codes when the column is loaded as its codes (`Source.code`), else worked out
    while the rows are loaded when `column` is one of the file's columns. `as_loaded`: check
    the value the load gives the column (Freshdesk's API numbers read as names), not the
    file's."""
    name = column.strip('"')
    if source.unknown(name, tuple(allowed), key):
        return
    values = ", ".join(literal(v) for v in allowed) or "NULL"
    condition = f"CAST({column} AS VARCHAR) NOT IN ({values})"
    if column == quoted(name) and name in source.types and not as_loaded:
        condition = source.flag(condition)
    source.check(condition, name, key, known=Joined(tuple(allowed)))
