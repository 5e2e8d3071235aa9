"""Edits of a metric that carry others with them in the same undo step, to keep it consistent.

- A custom metric whose direction changes keeps the kind of bound its objective had: "at least"
  becomes "at most", "more than" becomes "less than" (an objective against its direction is an
  error).
- A time target that starts measuring a percentile gets one (90) when it has none; one that
  stops drops its percentile; one that stops measuring each ticket drops its attainment back to
  100 %, which only means something for each ticket.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sla_designer.model import Agreement, CustomMetric, TimeTarget
from sla_designer.model.comparisons import fits, flipped
from sla_designer.model.paths import FieldPath, resolve

Change = tuple[FieldPath, Any, Any]

DEFAULT_PERCENTILE = 90
"""The percentile a target starts with when it is switched to measuring one."""


def metric_follow_ups(agreement: Agreement, path: FieldPath, new: Any) -> list[Change]:
    """The changes an edit of `path` to `new` carries (none for most fields)."""
    if len(path) == 3 and path[0] == "metrics" and path[2] == "direction":
        metric = resolve(agreement, path[:2])
        if isinstance(metric, CustomMetric):
            higher = new == "higher_is_better"
            if not fits(metric.comparison, higher):
                comparison = flipped(metric.comparison)
                return [((*path[:2], "comparison"), metric.comparison, comparison)]
        return []
    if len(path) == 5 and path[0] == "metrics" and path[2] == "targets" and path[4] == "measure":
        target = resolve(agreement, path[:4])
        if not isinstance(target, TimeTarget):
            return []
        changes: list[Change] = []
        if new == "percentile" and target.percentile is None:
            changes.append(((*path[:4], "percentile"), None, DEFAULT_PERCENTILE))
        elif new != "percentile" and target.percentile is not None:
            changes.append(((*path[:4], "percentile"), target.percentile, None))
        if new != "each" and target.attainment != 100:
            changes.append(((*path[:4], "attainment"), target.attainment, Decimal(100)))
        return changes
    return []
