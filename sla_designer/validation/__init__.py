"""Validation: rules over the agreement model that return findings (data, not exceptions).

`validate()` is what the editor's findings panel, the export gate and `sla-designer validate`
all call, so they show the same list.
"""

from __future__ import annotations

from sla_designer.model import Agreement
from sla_designer.validation.context import Context
from sla_designer.validation.findings import SEVERITY_ORDER, FieldPath, Finding, Severity
from sla_designer.validation.rules import RULES


def _path_key(path: FieldPath) -> tuple[tuple[int, int, str], ...]:
    # Paths mix names and positions; positions sort as numbers (metrics[2] before metrics[10]).
    return tuple((0, part, "") if isinstance(part, int) else (1, 0, part) for part in path)


def sort_key(finding: Finding) -> tuple[int, tuple[tuple[int, int, str], ...], str]:
    """Errors first, then warnings, then remarks; within a severity, by field path and code."""
    return SEVERITY_ORDER[finding.severity], _path_key(finding.path), finding.code


def validate(agreement: Agreement) -> list[Finding]:
    """Every finding about `agreement`: errors first, then warnings, then info, then by path."""
    ctx = Context.of(agreement)
    findings = [finding for rule in RULES for finding in rule(ctx)]
    findings.sort(key=sort_key)
    return findings


def has_errors(findings: list[Finding]) -> bool:
    """Whether any finding blocks a final export."""
    return any(f.severity == "error" for f in findings)


__all__ = ["FieldPath", "Finding", "Severity", "has_errors", "sort_key", "validate"]
