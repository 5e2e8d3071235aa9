"""A composite control read back as values: the reviewer changed one or two figures of a text the
export writes from several fields (a credit tier's bounds, a downtime band, a linear credit rule).

The text the export writes is known (export/remedies.py), so a reading is proposed only when it
writes exactly the reviewer's text: each figure that changed is tried on each field of the item
that held the old figure (a duration scaled in its unit), and the item is written again. What
cannot be read so (a reworded bound, a maintenance window, an escalation contact) stays a change
of words, kept as the reviewer's wording when accepted.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from pydantic import BaseModel, ValidationError

from sla_designer.export.context import ExportContext
from sla_designer.model import Agreement
from sla_designer.model.paths import FieldPath, resolve

_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
MOST = 2
"""How many figures of one composite a reading changes at most."""

Writer = Callable[[ExportContext, Agreement, FieldPath, BaseModel], str]


def _tier(ctx: ExportContext, agreement: Agreement, path: FieldPath, item: BaseModel) -> str:
    from sla_designer.export.remedies import tier_text

    schedule = resolve(agreement, path[:-2])
    return tier_text(ctx, agreement.metric(schedule.metric), item)  # type: ignore[arg-type]


def _band(ctx: ExportContext, agreement: Agreement, path: FieldPath, item: BaseModel) -> str:
    from sla_designer.export.remedies import band_text

    return band_text(ctx, item)  # type: ignore[arg-type]


def _linear(ctx: ExportContext, agreement: Agreement, path: FieldPath, item: BaseModel) -> str:
    from sla_designer.export.remedies import linear_text

    schedule = resolve(agreement, path[:-1])
    return linear_text(ctx, schedule, agreement.metric(schedule.metric), item)  # type: ignore[arg-type]


WRITERS: dict[str, Writer] = {
    "remedies.credit_schedules[].tiers[]": _tier,
    "remedies.credit_schedules[].downtime_bands[]": _band,
    "remedies.credit_schedules[].linear": _linear,
}
"""How the export writes each composite that can be read back, by the shape of its path."""


def read_back(
    agreement: Agreement, path: FieldPath, before: str, after: str, ctx: ExportContext
) -> list[tuple[FieldPath, object]] | None:
    """The fields of the composite at `path` and their new values that make the export write
    `after` where it wrote `before`; None when no change of one or two figures does."""
    from sla_designer.review.values import shape_of

    writer = WRITERS.get(shape_of(path))
    item = resolve(agreement, path)
    if writer is None or not isinstance(item, BaseModel):
        return None
    if _spaced(writer(ctx, agreement, path, item)) != _spaced(before):
        return None  # the agreement no longer writes what the reviewer read
    old, new = _FIGURE.findall(before), _FIGURE.findall(after)
    if len(old) != len(new):
        return None
    changed = [(o, n) for o, n in zip(old, new, strict=True) if o != n]
    if not changed or len(changed) > MOST:
        return None
    options = [_candidates(item, o, n, agreement.language) for o, n in changed]
    for choice in itertools.product(*options):
        fields = dict(choice)
        if len(fields) != len(choice):
            continue  # two figures on one field
        try:
            tried = item.model_validate({**item.model_dump(), **fields})
        except ValidationError:
            continue
        if _spaced(writer(ctx, agreement, path, tried)) == _spaced(after):
            return [((*path, name), getattr(tried, name)) for name in fields]
    return None


def _candidates(item: BaseModel, old: str, new: str, language: str) -> list[tuple[str, object]]:
    """(field, value) pairs of `item` that may have been written as `old` and now `new`."""
    was, now = _number(old, language), _number(new, language)
    if was is None or now is None:
        return []
    found: list[tuple[str, object]] = []
    for name in type(item).model_fields:
        value = getattr(item, name)
        if isinstance(value, Decimal) and value == was:
            found.append((name, now))
        elif isinstance(value, dt.timedelta) and was and value:
            scaled = value * float(now / was)
            if scaled.microseconds == 0:
                found.append((name, scaled))
    return found


def _number(text: str, language: str) -> Decimal | None:
    """A figure as the contract writes it in `language`: '1,234.5' or '1.234,5'."""
    thousands, decimal = (".", ",") if language == "pt-BR" else (",", ".")
    try:
        return Decimal(text.replace(thousands, "").replace(decimal, "."))
    except InvalidOperation:
        return None


def _spaced(text: str) -> str:
    return " ".join(text.split())
