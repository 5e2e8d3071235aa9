"""Time targets: a duration on a clock ('45h business', '4h calendar') or a number of business
days ('2 business days', '1 business day by close of business').

Business time is never counted in days of 24 hours: it is written in hours, or in business days
of the target's calendar, a unit of its own with the convention of when such a period ends.
"""

import re
from dataclasses import dataclass
from datetime import timedelta
from typing import Annotated, ClassVar, Literal

from pydantic import GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import core_schema

from sla_designer.model.units import (
    WrittenAsText,
    WrittenDuration,
    check_duration,
    format_duration,
    parse_duration,
    unit_of,
)
from sla_designer.text.values import Problem

Clock = Literal["business", "calendar"]
BusinessDayEnd = Literal["same_time", "close_of_business"]
"""When a period of business days ends: at the time of day it started, or at close of business."""

MAX_BUSINESS_DAYS = 999


@dataclass(frozen=True, slots=True)
class ClockDuration(WrittenAsText):
    """A duration counted either in business time (on a calendar) or in calendar time.

    Business time is written in hours, minutes and seconds ('45h business' is 45 business
    hours); a whole number of business days is a `BusinessDays`, never a count of 24 hours.
    """

    HINT: ClassVar[str] = "a duration and its clock, e.g. '4h business' or '30m calendar'"
    PATTERN: ClassVar[str] = r"^(\d+d)?(\d+h)?(\d+m(in)?)?(\d+s)? (business|calendar)$"

    length: timedelta
    clock: Clock

    def __post_init__(self) -> None:
        # Business time is never written in days of 24 hours: a computed length shows in hours.
        if self.clock == "business" and unit_of(self.length) == "d":
            seconds = self.length.days * 86400 + self.length.seconds
            object.__setattr__(self, "length", WrittenDuration(seconds, "h"))

    def __str__(self) -> str:
        return f"{format_duration(self.length)} {self.clock}"

    def text(self, language: str) -> str:
        """In words, in `language`: '45 business hours', '4 hours, counted around the clock'."""
        from sla_designer.text.formats import formatter

        return formatter(language).target_time(self)

    @classmethod
    def parse(cls, text: str) -> "ClockDuration":
        words = text.split()
        if len(words) != 2 or words[1] not in ("business", "calendar"):
            raise Problem("values.clock_missing", text=repr(text))
        length = check_duration(parse_duration(words[0]))
        if words[1] == "business" and unit_of(length) == "d":
            raise Problem("values.business_in_days", text=repr(text))
        return cls(length, words[1])  # type: ignore[arg-type]


_BUSINESS_DAYS_RE = re.compile(
    r"^\s*(\d+)\s+business\s+days?(\s+by\s+close\s+of\s+business)?\s*$", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class BusinessDays(WrittenAsText):
    """A number of business days of the target's calendar, ending at the time of day the period
    started ('2 business days') or at close of business ('2 business days by close of business').

    A business day is a day on which the calendar has open hours. The period starts when the
    clock starts (at the next opening when it starts while the calendar is closed).
    """

    HINT: ClassVar[str] = (
        "business days, e.g. '2 business days' or '1 business day by close of business'"
    )
    PATTERN: ClassVar[str] = r"^\d+ business days?( by close of business)?$"
    clock: ClassVar[Clock] = "business"

    days: int
    ends: BusinessDayEnd = "same_time"

    def __post_init__(self) -> None:
        if not 1 <= self.days <= MAX_BUSINESS_DAYS:
            raise Problem("values.business_days_range", most=MAX_BUSINESS_DAYS)

    def __str__(self) -> str:
        noun = "business day" if self.days == 1 else "business days"
        tail = " by close of business" if self.ends == "close_of_business" else ""
        return f"{self.days} {noun}{tail}"

    def text(self, language: str) -> str:
        """In words, in `language`: '2 business days, at the same time of day'."""
        from sla_designer.text.formats import formatter

        return formatter(language).target_time(self)

    @classmethod
    def parse(cls, text: str) -> "BusinessDays":
        match = _BUSINESS_DAYS_RE.match(text)
        if match is None:
            raise Problem("values.business_days_bad", text=repr(text))
        ends: BusinessDayEnd = "close_of_business" if match.group(2) else "same_time"
        return cls(int(match.group(1)), ends)


def parse_target_time(text: str) -> "ClockDuration | BusinessDays":
    """A time target as the file writes it: '45h business', '4h calendar', '2 business days'."""
    if "day" in text.lower():
        return BusinessDays.parse(text)
    return ClockDuration.parse(text)


class _TargetTimeAnnotation(WrittenAsText):
    """Reads either kind of time target from its text (the file's schema for both)."""

    HINT: ClassVar[str] = "a time target, e.g. '4h business' or '2 business days'"
    PATTERN: ClassVar[str] = ClockDuration.PATTERN
    HINT_KEY: ClassVar[str] = "TargetTime"

    @classmethod
    def parse(cls, text: str) -> ClockDuration | BusinessDays:
        return parse_target_time(text)

    @classmethod
    def accepts(cls) -> tuple[type, ...]:
        return (ClockDuration, BusinessDays)

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {
            "type": "string",
            "anyOf": [{"pattern": ClockDuration.PATTERN}, {"pattern": BusinessDays.PATTERN}],
            "description": "a time target: business hours ('45h business'), elapsed time "
            "('4h calendar') or business days ('2 business days', '1 business day by close of "
            "business')",
        }


TargetTime = Annotated[ClockDuration | BusinessDays, _TargetTimeAnnotation()]
"""The time of a target: a duration on a clock, or a number of business days."""
