"""Edits of a starter template as an account manager makes them between two versions, for the
diff's tests: each returns the edited copy and the path of what it changed."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

from sla_designer.model import Agreement
from sla_designer.model.ids import derived_id_change, id_list, reference_changes
from sla_designer.model.paths import FieldPath, resolve


def set_at(agreement: Agreement, path: FieldPath, value: Any) -> None:
    """Put `value` at `path` (in place; the model checks it)."""
    parent = resolve(agreement, path[:-1])
    if isinstance(path[-1], int):
        parent[path[-1]] = value
    else:
        setattr(parent, str(path[-1]), value)


def rename(agreement: Agreement, path: FieldPath, name: str) -> None:
    """Set the name at `path` as the editor does: the id made from it and every reference to
    that id follow it."""
    follow = derived_id_change(agreement, path, name)
    set_at(agreement, path, name)
    if follow is None:
        return
    id_path, old_id, new_id = follow
    list_path = id_list(id_path)
    assert list_path is not None
    changes = reference_changes(agreement, list_path, old_id, new_id)
    set_at(agreement, id_path, new_id)
    for ref_path, _old, new in changes:
        set_at(agreement, ref_path, new)


def a_time_metric(agreement: Agreement) -> int | None:
    """The index of the first metric with targets per priority."""
    return next((i for i, m in enumerate(agreement.metrics) if getattr(m, "targets", None)), None)


def a_scheduled_tier(agreement: Agreement) -> FieldPath | None:
    """The path of a credit schedule's second tier (a middle one where there are three)."""
    for index, schedule in enumerate(agreement.remedies.credit_schedules):
        if len(schedule.tiers) >= 2:
            return ("remedies", "credit_schedules", index, "tiers", 1)
    return None


def renamed_party(agreement: Agreement) -> str:
    """A new legal name for the first party."""
    name = agreement.parties[0].legal_name
    return re.sub(r"^\S+", "Novaterra", name)


NEW_DATE = dt.date(2028, 2, 29)
NEW_OBJECTIVE = Decimal("99.25")
