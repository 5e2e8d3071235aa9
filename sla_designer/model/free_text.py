"""Which text fields of the agreement hold free text (prose or names in a language, printed as
typed) and which do not: read by the export's foreign-text list and by validation's check of
defaults left in another language.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from pydantic import BaseModel

from sla_designer.model import (
    Agreement,
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

FREE_TEXT: dict[type[BaseModel], tuple[str, ...]] = {
    Agreement: ("title", "master_agreement", "jurisdiction"),
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
}
"""The fields of each model class whose text is prose or a name in a language, printed as typed."""

NOT_FREE_TEXT: dict[type[BaseModel], tuple[str, ...]] = {
    # Identifiers and codes.
    Agreement: ("reference", "version", "notes"),  # notes are not printed
    Revision: ("version", "author"),
    # Names of companies and people, postal addresses and numbers: the same in every language.
    Party: ("legal_name", "short_name", "tax_id", "address"),
    Representative: ("name", "tax_id"),
    Contact: ("name", "email", "phone"),
    Witness: ("name", "tax_id"),
    Signing: ("place",),  # a place name
    HolidayRule: ("subdivision",),  # a code
    # A channel is a short word the contract quotes ("phone"): too short to tell its language.
    MetricBase: ("channel",),
}
"""Text fields that are not free text, each with the reason above it."""


def free_text_fields(agreement: Agreement) -> Iterator[tuple[FieldPath, str, type, str]]:
    """Every non-empty free-text field: (path, text, model class, field name)."""
    yield from _walk(agreement, ())


@cache
def _free_of(cls: type[BaseModel]) -> frozenset[str]:
    """The free-text fields of a model class, its bases' included."""
    return frozenset(name for base in cls.__mro__ for name in FREE_TEXT.get(base, ()))


def _walk(model: BaseModel, path: FieldPath) -> Iterator[tuple[FieldPath, str, type, str]]:
    cls = type(model)
    free = _free_of(cls)
    # A model's field values are its __dict__, in the order of its fields.
    for name, value in model.__dict__.items():
        if name in free:
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
