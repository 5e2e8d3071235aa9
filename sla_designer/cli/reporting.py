"""Findings printed as `FILE:LINE:COL: path: severity: message [code]` or as JSON data.

The JSON of a finding has its message in the language asked and its parameters as data
(numbers and durations as exact text, dates in ISO form, the product's own words by key).
"""

from __future__ import annotations

from typing import Any

from sla_designer.cli.common import say
from sla_designer.io import LoadedDocument
from sla_designer.validation.findings import Finding


def locate_finding(document: LoadedDocument, finding: Finding) -> tuple[int | None, int | None]:
    """The line and column of the field a finding names, or of its nearest ancestor."""
    position = document.source.locate(finding.path)
    return position if position is not None else (None, None)


def finding_line(document: LoadedDocument, finding: Finding, language: str) -> str:
    line, column = locate_finding(document, finding)
    where = document.file + (f":{line}:{column}" if line is not None else "")
    path = f" {finding.path_text}:" if finding.path else ""
    return f"{where}:{path} {finding.severity}: {finding.message(language)} [{finding.code}]"


def report_findings(
    document: LoadedDocument, findings: list[Finding], language: str, print_text: bool
) -> dict[str, Any]:
    """Print the findings of one file as text (when asked) and return them as data."""
    items = []
    for finding in findings:
        if print_text:
            print(finding_line(document, finding, language))
        line, column = locate_finding(document, finding)
        items.append({**finding.to_dict(language), "line": line, "column": column})
    counts = {s: sum(1 for f in findings if f.severity == s) for s in ("error", "warning", "info")}
    if print_text and not findings:
        print(say(language, "validate.none", file=document.file))
    return {"file": document.file, "loaded": True, "counts": counts, "findings": items}
