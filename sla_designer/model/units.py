"""Value types of the model: text, ids, percentages, money, durations, times of day.

Units are types, not bare numbers: a percentage is a Decimal between 0 and 100, money carries
its ISO 4217 currency, a clock duration says whether it counts business or calendar time.
"""

import re
from abc import ABC, abstractmethod
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Annotated, Any, ClassVar, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
    StringConstraints,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import core_schema

from sla_designer.text.values import Problem

# Characters that XML 1.0 (and so a .docx) cannot hold: C0 controls other than tab, newline and
# carriage return, lone surrogates, and the two non-characters U+FFFE and U+FFFF.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean_text(value: Any) -> Any:
    """Drop characters that XML cannot hold; leave anything that is not a string alone."""
    if isinstance(value, str):
        return _XML_ILLEGAL.sub("", value)
    return value


class StrictModel(BaseModel):
    """Base of every model class: unknown keys are errors, assignments are validated."""

    model_config = ConfigDict(
        extra="forbid",
        validate_assignment=True,
        validate_default=True,
        defer_build=True,
        str_strip_whitespace=False,
    )


def empty_list() -> list[Any]:
    """Default of a list field.

    Used instead of the builtin `list`: pydantic inspects a default factory's signature, and a
    builtin's is parsed from its text signature, which costs the editor's start-up measurably.
    """
    return []


class _CleanText:
    """Metadata of Text and Name: a string cleaned of XML-illegal characters, maybe trimmed.

    The same validation as `BeforeValidator(clean_text)` (+ `StringConstraints(strip_whitespace)`),
    written as its core schema: pydantic then has no validator signature to inspect for each of
    the model's many text fields, which shortens building the validators at start-up.
    """

    __slots__ = ("strip",)

    def __init__(self, strip: bool) -> None:
        self.strip = strip

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        text = core_schema.str_schema(strip_whitespace=True) if self.strip else handler(source)
        return core_schema.no_info_before_validator_function(clean_text, text)


Text = Annotated[str, _CleanText(strip=False)]
"""Free text, cleaned of XML-illegal characters on the way in."""

Name = Annotated[str, _CleanText(strip=True)]
"""A short single-line label (trimmed)."""

Id = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Za-z][A-Za-z0-9_.-]{0,63}$"),
    Field(description="Identifier: a letter, then letters, digits, '_', '-' or '.'"),
]
"""Identifier of an item that other items refer to."""

Percent = Annotated[
    Decimal,
    Field(ge=0, le=100, allow_inf_nan=False, description="Percentage from 0 to 100"),
]
"""A percentage, 0 to 100, exact."""

CurrencyCode = Annotated[
    str, StringConstraints(pattern=r"^[A-Z]{3}$"), Field(description="ISO 4217 currency code")
]

Language = Literal["en", "pt-BR"]


def _check_zone(name: str) -> str:
    if not _zone_exists(name):
        raise Problem("values.zone_unknown", name=repr(name))
    return name


@lru_cache(maxsize=512)
def _zone_exists(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


TimeZoneName = Annotated[
    str,
    AfterValidator(_check_zone),
    Field(description="IANA time zone, e.g. 'America/Sao_Paulo'"),
]


class Money(StrictModel):
    """An amount of money in a stated currency."""

    amount: Annotated[Decimal, Field(ge=0, allow_inf_nan=False)]
    currency: CurrencyCode


# --- durations ---------------------------------------------------------------------------------

_DURATION_RE = re.compile(
    r"^\s*(?:(?P<d>\d+)\s*d)?\s*(?:(?P<h>\d+)\s*h)?\s*(?:(?P<m>\d+)\s*m(?:in)?)?\s*"
    r"(?:(?P<s>\d+)\s*s)?\s*$"
)
DURATION_PATTERN = r"^(\d+d)?(\d+h)?(\d+m(in)?)?(\d+s)?$"
_MAX_DURATION = timedelta(days=3660)

DurationUnit = Literal["d", "h", "m", "s"]
UNIT_SECONDS: dict[DurationUnit, int] = {"d": 86400, "h": 3600, "m": 60, "s": 1}
"""Each unit a duration is written in, largest first, with its length in seconds."""


class WrittenDuration(timedelta):
    """A duration that remembers the largest unit it was written in: '48h' stays 48 hours.

    It is a timedelta for every calculation (arithmetic gives plain timedeltas); the unit only
    decides how it is written back, in the file, the editor, findings and the document.
    """

    __slots__ = ("unit",)
    unit: DurationUnit

    def __new__(cls, seconds: int, unit: DurationUnit) -> "WrittenDuration":
        self = super().__new__(cls, seconds=seconds)
        # The unit its text starts with: '0h30m' is written, and read back, as '30m'.
        units = list(UNIT_SECONDS)[list(UNIT_SECONDS).index(unit) :]
        self.unit = next((u for u in units if seconds >= UNIT_SECONDS[u]), unit)
        return self

    def __repr__(self) -> str:
        return f"WrittenDuration({format_duration(self)!r})"

    def __eq__(self, other: object) -> bool:
        # '48h' and '2d' are the same length written differently: an edit from one to the other
        # is an edit (the editor drops a change to an equal value), so the unit takes part.
        if isinstance(other, WrittenDuration) and other.unit != self.unit:
            return False
        return super().__eq__(other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    __hash__ = timedelta.__hash__

    def __reduce__(self) -> tuple[type["WrittenDuration"], tuple[int, DurationUnit]]:
        return (WrittenDuration, (self.days * 86400 + self.seconds, self.unit))


def unit_of(value: timedelta, default: DurationUnit = "d") -> DurationUnit:
    """The largest unit a duration was written in, or `default` for a computed one."""
    return value.unit if isinstance(value, WrittenDuration) else default


def parse_duration(text: str) -> WrittenDuration:
    """Parse '4h', '1h30m', '2d', '45s', '90min'; the largest unit written is kept."""
    match = _DURATION_RE.match(text)
    if not text.strip() or match is None or not any(match.groupdict().values()):
        raise Problem("values.duration_bad", text=repr(text))
    parts = {k: int(v) for k, v in match.groupdict().items() if v}
    seconds = (
        parts.get("d", 0) * 86400 + parts.get("h", 0) * 3600 + parts.get("m", 0) * 60
    ) + parts.get("s", 0)
    # Compared as a number first: a huge count of days would overflow timedelta itself.
    if seconds > _MAX_DURATION.total_seconds():
        raise Problem("values.duration_too_long_text", text=repr(text))
    unit = next(u for u in UNIT_SECONDS if u in parts)
    return WrittenDuration(seconds, unit)


def format_duration(value: timedelta, unit: DurationUnit | None = None) -> str:
    """The text of a duration from its largest unit: '48h', '1d2h30m', '90m', '45s', '0s'.

    The unit is the one the duration was written in, else days for a computed one.
    """
    largest = unit or unit_of(value)
    total = int(value.total_seconds())
    if total == 0:
        return "0s" if unit is None and not isinstance(value, WrittenDuration) else f"0{largest}"
    text = ""
    for name, size in UNIT_SECONDS.items():
        if size > UNIT_SECONDS[largest]:
            continue
        count, total = divmod(total, size)
        if count:
            text += f"{count}{name}"
    return text


def _to_duration(value: Any) -> Any:
    if isinstance(value, str):
        return parse_duration(value)
    if isinstance(value, bool):
        raise Problem("values.duration_bool")
    if isinstance(value, int | float | Decimal):
        raise Problem("values.duration_no_unit", value=str(value))
    return value


def check_duration(value: timedelta) -> timedelta:
    if value < timedelta(0):
        raise Problem("values.duration_negative")
    if value.microseconds:
        raise Problem("values.duration_fraction")
    if value > _MAX_DURATION:
        raise Problem("values.duration_too_long")
    return value


class _DurationAnnotation:
    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_before_validator_function(
            _to_duration,
            core_schema.no_info_after_validator_function(
                check_duration, core_schema.timedelta_schema()
            ),
            serialization=core_schema.plain_serializer_function_ser_schema(format_duration),
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {
            "type": "string",
            "pattern": DURATION_PATTERN,
            "description": "Duration such as '4h', '1h30m', '2d', '45s'",
        }


Duration = Annotated[timedelta, _DurationAnnotation()]
"""A length of time written as '4h', '1h30m', '2d', '45s' (kept in the unit it was written in)."""


class WrittenAsText(ABC):
    """A value type that the file writes as text: `parse()` reads it, `str()` writes it."""

    HINT: ClassVar[str]
    PATTERN: ClassVar[str]
    HINT_KEY: ClassVar[str] = ""
    """The key of the refusal's hint under `values.hint` (empty: the class's name)."""

    @classmethod
    def accepts(cls) -> tuple[type, ...]:
        """The values taken as they are, already read."""
        return (cls,)

    @classmethod
    @abstractmethod
    def parse(cls, text: str) -> Any:
        """Read the value from its text; ValueError when the text is not one."""

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        def validate(value: Any) -> Any:
            if isinstance(value, cls.accepts()):
                return value
            if isinstance(value, str):
                return cls.parse(value)
            raise Problem(f"values.hint.{cls.HINT_KEY or cls.__name__}")

        return core_schema.no_info_plain_validator_function(
            validate, serialization=core_schema.plain_serializer_function_ser_schema(str)
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {"type": "string", "pattern": cls.PATTERN, "description": cls.HINT}


# --- time of day -------------------------------------------------------------------------------

_TIME_RE = re.compile(r"^([01]?\d|2[0-4]):([0-5]\d)$")


@dataclass(frozen=True, slots=True, order=True)
class TimeOfDay(WrittenAsText):
    """A wall-clock time from 00:00 to 24:00 (24:00 is the end of the day)."""

    HINT: ClassVar[str] = "a time of day as quoted text 'HH:MM', e.g. '08:30'"
    PATTERN: ClassVar[str] = r"^([01]?\d|2[0-4]):[0-5]\d$"

    minutes: int

    def __post_init__(self) -> None:
        if not 0 <= self.minutes <= 1440:
            raise Problem("values.time_range")

    def __str__(self) -> str:
        return f"{self.minutes // 60:02d}:{self.minutes % 60:02d}"

    @classmethod
    def parse(cls, text: str) -> "TimeOfDay":
        match = _TIME_RE.match(text.strip())
        if match is None:
            raise Problem("values.time_bad", text=repr(text))
        minutes = int(match.group(1)) * 60 + int(match.group(2))
        if minutes > 1440:
            raise Problem("values.time_after_midnight", text=repr(text))
        return cls(minutes)
