"""The new value of a field, read from the text a reviewer left in its content control.

The contract writes each value in its language and date style ('99,95 %', 'R$ 1.234,56',
'4 Horas Úteis', '1º de março de 2027', 'March 1, 2027'); `read_value` reads those forms back,
and the model then checks the value as the editor would, so that a review never proposes a value
the agreement cannot hold. A text that says no value of the field, or says one only by guessing
('25.000' in English), is refused with the reason, as a Problem in either language.

Fields shown in words of the contract (a status, a party's label, a time zone) are read through
the export's own wording (`review.field_readers`); the rest by the type of the field: text,
whole numbers, numbers and percentages, money, durations, time targets, dates and times of day.
"""

from __future__ import annotations

import datetime as dt
import re
import types
from collections.abc import Mapping
from decimal import Decimal
from functools import cache
from typing import Annotated, Any, NamedTuple, Union, cast, get_args, get_origin

from pydantic import BaseModel, ValidationError

from sla_designer.export.context import ExportContext
from sla_designer.export.formatting import Formats
from sla_designer.export.wording import load_wording
from sla_designer.model import Agreement, BusinessDays, ClockDuration, Money, TimeOfDay
from sla_designer.model.paths import FieldPath, resolve
from sla_designer.model.refusals import field_refusal
from sla_designer.review import field_readers, named_fields
from sla_designer.review import value_kinds as kinds
from sla_designer.review.value_reading import Reader, Reading, not_single
from sla_designer.text.values import Problem

COMPOSITE = frozenset(
    {
        "escalation[].contacts[]",
        "metrics[].maintenance[]",
        "remedies.credit_schedules[].tiers[]",
        "remedies.credit_schedules[].downtime_bands[]",
        "remedies.credit_schedules[].linear",
    }
)
"""Controls whose text is written from several fields (a credit tier's bounds, a contact's name,
function and e-mail): a change to one is reworded text, not a value."""

READERS: dict[str, Reader] = {**field_readers.READERS, **named_fields.READERS}
"""The readers of the fields shown in words of the contract, by the shape of their path."""


def read_value(
    agreement: Agreement, path: FieldPath, text: str, context: ExportContext | None = None
) -> object:
    """The new value of the field at `path` (a current FieldPath, e.g. ('metrics', 2,
    'objective')) read from `text`, the text a reviewer left in the field's content control
    of the exported contract, in the agreement's language (agreement.language) and date style.
    Raises sla_designer.text.values.Problem (a ValueError rendered in either language) with
    the reason when the text cannot be read as a value of that field, or the value is refused
    by the model. `context`: the agreement's value_context(), made once for many values."""
    path = tuple(path)
    reading = Reading(agreement, path, text, context or value_context(agreement))
    shape = shape_of(path)
    reader = not_single if shape in COMPOSITE else READERS.get(shape) or _by_type(agreement, path)
    try:
        value = reader(reading)
    except ValidationError as error:  # an item built from the text (Money, a closed date)
        raise _refused(error, text) from None
    return checked(agreement, path, value, text)


def shape_of(path: FieldPath) -> str:
    """A path with its list indexes left out: ('metrics', 2, 'objective') ->
    'metrics[].objective'."""
    return re.sub(r"\.\[", "[", ".".join("[]" if isinstance(p, int) else p for p in path))


def checked(agreement: Agreement, path: FieldPath, value: object, text: str) -> object:
    """`value` as the model stores it at `path`, set on a copy (the agreement is untouched); a
    Problem with the model's reason when the model refuses it."""
    *parent_path, last = path
    parent = resolve(agreement, parent_path)
    if isinstance(last, int):
        items = list(parent)
        items[last] = value
        return cast(list[object], checked(agreement, tuple(parent_path), items, text))[last]
    if not isinstance(parent, BaseModel):
        raise Problem("files.review.not_single", text=repr(kinds.spaced(text)))
    trial = parent.model_copy()
    try:
        setattr(trial, last, value)
    except ValidationError as error:
        raise _refused(error, text) from None
    return getattr(trial, last)


def _refused(error: ValidationError, text: str) -> Problem:
    reason = Refusal(error.errors(include_url=False)[0])
    return Problem("files.review.refused", text=repr(kinds.spaced(text)), reason=reason)


class Refusal(NamedTuple):
    """The model's reason for refusing a value, said in the language of the message."""

    problem: Mapping[str, Any]

    def text(self, language: str) -> str:
        return field_refusal(self.problem, language)


@cache
def _formats(language: str, date_style: str) -> Formats:
    return Formats(load_wording(language, date_style))


def value_context(agreement: Agreement) -> ExportContext:
    """The export's context for the agreement, for its wording, formats and party labels (the
    document itself is not written: no target). Making it works out every service's parties: a
    reader of many values makes it once."""
    f = _formats(agreement.language, agreement.date_style)
    return ExportContext(agreement, cast(Any, None), f.wording, f)


def _field_type(agreement: Agreement, path: FieldPath) -> tuple[Any, list[Any], bool]:
    """(type, constraints, whether it may be None) of the field at `path`, or of an item of
    the list at `path[:-1]`."""
    *head, last = path
    item = isinstance(last, int)
    name = head[-1] if item else last
    owner = resolve(agreement, head[:-1] if item else head)
    info = type(owner).model_fields[str(name)]
    kind: Any = info.annotation
    metadata = list(info.metadata)
    if item:
        kind = get_args(kind)[0]
    optional = False
    while True:
        if get_origin(kind) is Annotated:
            kind, *more = get_args(kind)
            metadata += more
        elif get_origin(kind) in (Union, types.UnionType) and type(None) in get_args(kind):
            optional = True
            rest = [k for k in get_args(kind) if k is not type(None)]
            kind = rest[0] if len(rest) == 1 else Union[tuple(rest)]  # noqa: UP007
        else:
            return kind, metadata, optional


def _by_type(agreement: Agreement, path: FieldPath) -> Reader:
    """The reader of a field from its type in the model."""
    kind, metadata, optional = _field_type(agreement, path)
    limits = [*metadata, *(c for m in metadata for c in getattr(m, "metadata", []))]
    percent = any(getattr(m, "le", None) == 100 for m in limits)
    read = _TYPED.get(kind)
    if read is None and set(get_args(kind)) == {ClockDuration, BusinessDays}:
        read = _TYPED[ClockDuration]
    if read is None:
        return not_single

    def reader(r: Reading) -> object:
        if optional and not kinds.spaced(r.text):
            return None
        if kind is Decimal:
            return kinds.read_decimal(r.f, r.text, percent=percent)
        return read(r)

    return reader


_TYPED: dict[Any, Reader] = {
    str: lambda r: r.text.strip(),
    int: lambda r: kinds.read_whole(r.f, r.text),
    Decimal: lambda r: kinds.read_decimal(r.f, r.text),
    dt.timedelta: lambda r: kinds.read_duration(r.f, r.text),
    dt.date: lambda r: kinds.read_date(r.f, r.text),
    Money: lambda r: kinds.read_money(r.f, r.text, r.current),
    TimeOfDay: lambda r: _time(r),  # noqa: PLW0108 (defined below)
    ClockDuration: lambda r: kinds.read_target(r.f, r.text),
}


def _time(r: Reading) -> TimeOfDay:
    """A time of day: '08:00', as the contract's time phrase writes it."""
    said = kinds.match_phrase(r.t, "formats.time", r.text)
    return TimeOfDay.parse(said["time"] if said else r.text)
