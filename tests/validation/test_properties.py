"""Whatever agreement the model accepts, validation answers with well-formed findings."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from pydantic import BaseModel

from sla_designer.model import Agreement
from sla_designer.validation import sort_key, validate
from sla_designer.validation.codes import SEVERITIES
from sla_designer.validation.findings import FieldPath
from tests.strategies import agreements


def _resolves(agreement: Agreement, path: FieldPath) -> bool:
    """Whether the path names a field (possibly empty) or a list item of the agreement."""
    node: Any = agreement
    for part in path:
        if isinstance(part, int):
            if not isinstance(node, list) or not 0 <= part < len(node):
                return False
            node = node[part]
        elif isinstance(node, BaseModel) and part in type(node).model_fields:
            node = getattr(node, part)
        else:
            return False
    return True


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(agreements())
def test_findings_have_severities_messages_sorted_and_point_at_fields(agreement: Agreement) -> None:
    findings = validate(agreement)
    assert findings == sorted(findings, key=sort_key)
    for finding in findings:
        assert finding.severity == SEVERITIES[finding.code]
        # Every message renders in both languages from the finding's values.
        assert finding.message("en") and finding.message("pt-BR")
        assert _resolves(agreement, finding.path), (finding.code, finding.path)
