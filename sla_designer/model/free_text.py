"""Which text fields of the agreement hold free text (prose or names in a language, printed as
typed) and which do not: read by the export's foreign-text list and by validation's check of
defaults left in another language.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any, get_args

from pydantic import BaseModel

from sla_designer.model import (
    Agreement,
    AnnualHoliday,
    AvailabilityMetric,
    Calendar,
    ChronicFailure,
    ClaimProcedure,
    ClockRules,
    ClosedDate,
    Contact,
    CustomMetric,
    Definition,
    Duty,
    EarnBack,
    EscalationLevel,
    HolidayRule,
    MaintenanceWindow,
    Party,
    Priority,
    Report,
    Reporting,
    Representative,
    ReviewMeeting,
    Revision,
    SatisfactionMetric,
    Service,
    ServiceDescription,
    Signing,
    Witness,
)
from sla_designer.model.metrics import MetricBase
from sla_designer.model.paths import FieldPath
from sla_designer.model.reviewed_wording import ReviewedWording
from sla_designer.model.standard_clauses import NoticeAddress, StandardClause

FREE_TEXT: dict[type[BaseModel], tuple[str, ...]] = {
    Agreement: ("title", "master_agreement", "governing_law", "forum"),
    Representative: ("title",),
    Contact: ("function",),
    ServiceDescription: ("scope", "limitations", "exclusions"),
    Service: ("name", "description"),
    Calendar: ("name",),
    ClosedDate: ("name",),
    Priority: ("name", "definition", "examples"),
    MetricBase: ("name", "description", "data_source", "exclusions"),
    AvailabilityMetric: ("downtime_definition",),
    MaintenanceWindow: ("name",),
    ClockRules: ("starts", "pauses", "stops"),
    SatisfactionMetric: ("method",),
    CustomMetric: ("unit",),
    Duty: ("text",),
    Report: ("name", "format", "content"),
    ReviewMeeting: ("name", "agenda"),
    Reporting: ("change_control",),
    EscalationLevel: ("name",),
    ClaimProcedure: ("method",),
    ChronicFailure: ("description",),
    EarnBack: ("description",),
    Definition: ("term", "meaning"),
    Revision: ("description",),
    StandardClause: ("text",),  # a clause in the agreement's own words
}
"""The fields of each model class whose text is prose or a name in a language, printed as typed."""

NOT_FREE_TEXT: dict[type[BaseModel], tuple[str, ...]] = {
    # Identifiers and codes.
    Agreement: ("reference", "version", "notes"),  # notes are not printed
    Revision: ("version", "author", "file"),
    # Names of companies and people, postal addresses and numbers: the same in every language.
    Party: ("legal_name", "short_name", "tax_id", "address"),
    Representative: ("name", "tax_id"),
    Contact: ("name", "email", "phone"),
    Witness: ("name", "tax_id"),
    Signing: ("place",),  # a place name
    HolidayRule: ("subdivision", "city"),  # a code; a municipality's name
    AnnualHoliday: ("name",),  # the editor's reminder: the contract prints the dates only
    # A channel is a short word the contract quotes ("phone"): too short to tell its language.
    MetricBase: ("channel",),
    # Where a party receives notices: a person or function, a postal address, an e-mail.
    NoticeAddress: ("attention", "email", "address"),
    # A reviewer's wording replaces a paragraph only in the language it was reviewed in, where
    # it is the document's own text; `generated` is the record of what it replaced.
    ReviewedWording: ("generated", "text", "author"),
}
"""Text fields that are not free text, each with the reason above it."""


def free_text_fields(agreement: Agreement) -> Iterator[tuple[FieldPath, str, type, str]]:
    """Every non-empty free-text field: (path, text, model class, field name)."""
    yield from _walk(agreement, ())


def _holds_models(annotation: Any) -> bool:
    """Whether a field's type can hold a model (itself, in a list, in a union, annotated)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return True
    return any(_holds_models(argument) for argument in get_args(annotation))


@cache
def _plan(cls: type[BaseModel]) -> tuple[tuple[str, bool], ...]:
    """The fields of a model class the walk visits, each with whether it is free text: the
    free-text fields and those that can hold models. A class with neither (a time target, a
    credit tier) is not looked into."""
    free = {name for base in cls.__mro__ for name in FREE_TEXT.get(base, ())}
    return tuple(
        (name, name in free)
        for name, info in cls.model_fields.items()
        if name in free or _holds_models(info.annotation)
    )


def _walk(model: BaseModel, path: FieldPath) -> Iterator[tuple[FieldPath, str, type, str]]:
    cls = type(model)
    values = model.__dict__  # a model's field values
    for name, free in _plan(cls):
        value = values[name]
        if free:
            if isinstance(value, str) and value.strip():
                yield (*path, name), value, cls, name
            elif isinstance(value, list):
                for index, item in enumerate(value):
                    if isinstance(item, str) and item.strip():
                        yield (*path, name, index), item, cls, name
        elif isinstance(value, BaseModel):
            yield from _walk(value, (*path, name))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, BaseModel):
                    yield from _walk(item, (*path, name, index))
