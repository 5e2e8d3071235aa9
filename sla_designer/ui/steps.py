"""The steps of the guided editor and which top-level fields each one edits."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from sla_designer.model import Agreement
from sla_designer.ui.i18n import QT_TRANSLATE_NOOP
from sla_designer.validation.path_words import STEP_ROOTS, step_key

if TYPE_CHECKING:
    from sla_designer.validation.findings import Finding


@dataclass(frozen=True)
class Step:
    key: str
    title: str
    """The English title; `label(step.title)` shows it in the interface language."""
    roots: frozenset[str]
    """First elements of the field paths this step edits (findings are counted by them)."""


_TITLES = (
    QT_TRANSLATE_NOOP("Labels", "Agreement"),
    QT_TRANSLATE_NOOP("Labels", "Parties"),
    QT_TRANSLATE_NOOP("Labels", "Service"),
    QT_TRANSLATE_NOOP("Labels", "Calendars"),
    QT_TRANSLATE_NOOP("Labels", "Priorities"),
    QT_TRANSLATE_NOOP("Labels", "Metrics and targets"),
    QT_TRANSLATE_NOOP("Labels", "Responsibilities"),
    QT_TRANSLATE_NOOP("Labels", "Reporting and review"),
    QT_TRANSLATE_NOOP("Labels", "Remedies"),
    QT_TRANSLATE_NOOP("Labels", "Escalation and definitions"),
    QT_TRANSLATE_NOOP("Labels", "Standard clauses"),
    QT_TRANSLATE_NOOP("Labels", "Review and export"),
)
STEPS: tuple[Step, ...] = tuple(
    Step(key, title, roots) for (key, roots), title in zip(STEP_ROOTS.items(), _TITLES, strict=True)
)
"""The steps in order; which fields each edits is said once, without Qt (STEP_ROOTS)."""


def step_of(finding: Finding) -> Step:
    """The step where a finding's field is edited; findings about the whole go to Review."""
    return step_of_path(finding.path)


def step_of_path(path: Sequence[str | int]) -> Step:
    """The step where the field at `path` is edited; the whole agreement goes to Review."""
    return step_by_key(step_key(tuple(path)))


def step_by_key(key: str) -> Step:
    """The step called `key` ('metrics')."""
    return next(s for s in STEPS if s.key == key)


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
