"""The steps of the guided editor and which top-level fields each one edits."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from sla_designer.model import Agreement
from sla_designer.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sla_designer.validation.findings import Finding


@dataclass(frozen=True)
class Step:
    key: str
    title: str
    """The English title; `label(step.title)` shows it in the interface language."""
    roots: frozenset[str]
    """First elements of the field paths this step edits (findings are counted by them)."""


STEPS: tuple[Step, ...] = (
    Step(
        "agreement",
        QT_TRANSLATE_NOOP("Labels", "Agreement"),
        frozenset(
            {
                "title",
                "reference",
                "kind",
                "language",
                "version",
                "status",
                "effective_date",
                "term",
                "currency",
                "master_agreement",
                "governing_law",
                "forum",
                "date_style",
                "notes",
                "revisions",
            }
        ),
    ),
    Step("parties", QT_TRANSLATE_NOOP("Labels", "Parties"), frozenset({"parties"})),
    Step("service", QT_TRANSLATE_NOOP("Labels", "Service"), frozenset({"service"})),
    Step("calendars", QT_TRANSLATE_NOOP("Labels", "Calendars"), frozenset({"calendars"})),
    Step("priorities", QT_TRANSLATE_NOOP("Labels", "Priorities"), frozenset({"priorities"})),
    Step("metrics", QT_TRANSLATE_NOOP("Labels", "Metrics and targets"), frozenset({"metrics"})),
    Step(
        "responsibilities",
        QT_TRANSLATE_NOOP("Labels", "Responsibilities"),
        frozenset({"responsibilities"}),
    ),
    Step(
        "reporting", QT_TRANSLATE_NOOP("Labels", "Reporting and review"), frozenset({"reporting"})
    ),
    Step("remedies", QT_TRANSLATE_NOOP("Labels", "Remedies"), frozenset({"remedies"})),
    Step(
        "escalation",
        QT_TRANSLATE_NOOP("Labels", "Escalation and definitions"),
        frozenset({"escalation", "escalation_counted_from", "definitions"}),
    ),
    Step("clauses", QT_TRANSLATE_NOOP("Labels", "Standard clauses"), frozenset({"clauses"})),
    Step(
        "review",
        QT_TRANSLATE_NOOP("Labels", "Review and export"),
        frozenset({"signing", "reviewed_wording"}),
    ),
)


def step_of(finding: Finding) -> Step:
    """The step where a finding's field is edited; findings about the whole go to Review."""
    return step_of_path(finding.path)


def step_of_path(path: Sequence[str | int]) -> Step:
    """The step where the field at `path` is edited; the whole agreement goes to Review."""
    root = str(path[0]) if path else ""
    return next((s for s in STEPS if root in s.roots), STEPS[-1])


def counts_by_step(findings: list[Finding]) -> dict[str, dict[str, int]]:
    """For each step key: how many errors, warnings and infos."""
    counts = {s.key: {"error": 0, "warning": 0, "info": 0} for s in STEPS}
    for finding in findings:
        counts[step_of(finding).key][finding.severity] += 1
    return counts


@cache
def _blank() -> Agreement:
    return Agreement(title="")


def step_started(agreement: Agreement, step: Step) -> bool:
    """Whether the user (or a template) put anything in the step's fields.

    A field counts when it differs from what a blank agreement has there, so the defaults a
    blank agreement starts with (language, kind, status) do not make a step look done.
    """
    blank = _blank()
    return any(getattr(agreement, root) != getattr(blank, root) for root in step.roots)
