"""Typical ranges of SLA objectives from published figures (resources/data/typical_ranges.yaml).

The editor shows the range of a target's kind and priority beside it, and validation warns about
a time target below the range's plausible floor. Every figure carries the source it was read in.
Pure data: no Qt, read once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache, cached_property
from typing import Any, Literal

import yaml

from sla_designer.model import Agreement, BusinessDays, TimeTarget
from sla_designer.model.units import parse_duration
from sla_designer.text.values import Problem

LEVELS = (1, 2, 3, 4)
"""Priority levels, most urgent first: critical, high, standard, low."""

ALL_TICKETS_LEVEL = 3
"""The level a target for all tickets is compared with: the sources' standard tickets."""

BUSINESS_DAY = dt.timedelta(hours=8)
"""How long a business day counts when a range in business days is compared with hours (only
to place a target against a range; the contract counts business days on its calendar)."""

TIME_KINDS = ("response_time", "resolution_time")


class RangesError(ValueError):
    """The data file is malformed: the message names the entry."""


@dataclass(frozen=True)
class Source:
    """Where figures were read: a name, an address and the date read."""

    key: str
    name: str
    url: str
    read: dt.date


@dataclass(frozen=True)
class Figure:
    """One published figure: its value as written in the data file ('15m', '2 business days',
    '99.9'), whether it is a time or a percentage, and its source."""

    value: str
    unit: Literal["time", "percent"]
    source: Source

    def text(self, language: str) -> str:
        """The figure in `language`: '15 minutes', '2 business days', '99.9 %'."""
        from sla_designer.text.formats import formatter

        shown = formatter(language)
        if self.unit == "percent":
            return shown.percent(Decimal(self.value))
        if "day" in self.value:
            return shown.target_time(BusinessDays.parse(self.value))
        return shown.duration(parse_duration(self.value))


@dataclass(frozen=True)
class TimeRange:
    """The typical times of one kind of ticket metric at one priority level."""

    kind: str
    level: int
    low: Figure
    typical: Figure
    high: Figure
    floor_share: Decimal

    def length(self, figure: Figure) -> dt.timedelta:
        """A figure's length, business days counted as `BUSINESS_DAY`."""
        return figure_length(figure.value)

    @cached_property
    def floor(self) -> dt.timedelta:
        """Below this length a target is implausible for the kind and level."""
        seconds = Decimal(self.length(self.low).total_seconds()) * self.floor_share
        return dt.timedelta(seconds=int(seconds))

    @property
    def sources(self) -> tuple[Source, ...]:
        return _distinct((self.low.source, self.typical.source, self.high.source))


@dataclass(frozen=True)
class PercentRange:
    """Typical percentages of an objective (availability): low, typical, high and more examples."""

    low: Figure
    typical: Figure
    high: Figure
    also: tuple[Figure, ...]

    @property
    def sources(self) -> tuple[Source, ...]:
        return _distinct((self.low.source, self.typical.source, self.high.source))


@dataclass(frozen=True)
class ServiceLevelRange:
    """The contact-centre convention: a share of contacts answered within a threshold."""

    objective: Figure
    threshold_low: Figure
    threshold_high: Figure

    @property
    def sources(self) -> tuple[Source, ...]:
        return _distinct((self.objective.source, self.threshold_low.source))


@dataclass(frozen=True)
class TypicalRanges:
    floor_share: Decimal
    sources: dict[str, Source]
    times: dict[tuple[str, int], TimeRange]
    availability: PercentRange
    service_level: ServiceLevelRange

    def time_range(self, kind: str, level: int) -> TimeRange | None:
        return self.times.get((kind, level))


def _distinct(sources: tuple[Source, ...]) -> tuple[Source, ...]:
    return tuple(dict.fromkeys(sources))


@cache
def figure_length(text: str) -> dt.timedelta:
    """'15m' → 15 minutes; '2 business days' → two `BUSINESS_DAY`s."""
    if "day" in text:
        return BusinessDays.parse(text).days * BUSINESS_DAY
    return parse_duration(text)


def target_length(target: TimeTarget) -> dt.timedelta:
    """A target's time as a length to place against a range."""
    value = target.target
    if isinstance(value, BusinessDays):
        return value.days * BUSINESS_DAY
    return value.length


def level_at(position: int | None) -> int:
    """The level of the priority at `position` in the agreement's list (most urgent first; a
    fifth and later count as the last level); `ALL_TICKETS_LEVEL` for a target for all tickets
    (None)."""
    return ALL_TICKETS_LEVEL if position is None else min(position + 1, LEVELS[-1])


def level_of(agreement: Agreement, priority: str | None) -> int | None:
    """The level of a priority (see `level_at`); None for a priority the agreement does not
    define."""
    if priority is None:
        return ALL_TICKETS_LEVEL
    position = next((i for i, p in enumerate(agreement.priorities) if p.id == priority), None)
    return None if position is None else level_at(position)


def has_range(metric: Any) -> bool:
    """Whether the sources give ranges for the metric's targets: response (the first one) and
    resolution times; not updates or next replies."""
    event = getattr(metric, "event", "first_response")
    return metric.kind in TIME_KINDS and event == "first_response"


def range_of_target(agreement: Agreement, metric: Any, target: TimeTarget) -> TimeRange | None:
    """The typical range for a time target of `metric`: by its kind and its priority's level;
    None when the sources give none (see `has_range`) or the priority is not defined."""
    level = level_of(agreement, target.priority) if has_range(metric) else None
    return None if level is None else typical_ranges().time_range(metric.kind, level)


# --- reading the file ----------------------------------------------------------------------------


class _Reader:
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.sources: dict[str, Source] = {}

    def source(self, key: str, entry: Any) -> Source:
        where = f"sources.{key}"
        if not isinstance(entry, dict) or not {"name", "url", "read"} <= set(entry):
            raise RangesError(f"{where}: needs a name, a url and the date read")
        read = entry["read"]
        if not isinstance(read, dt.date):
            raise RangesError(f"{where}.read: a date such as 2026-11-30, not {read!r}")
        url = str(entry["url"])
        if not url.startswith("https://"):
            raise RangesError(f"{where}.url: an https address, not {url!r}")
        return Source(key, str(entry["name"]), url, read)

    def figure(self, entry: Any, where: str, kind: Literal["time", "percent"]) -> Figure:
        if not isinstance(entry, dict) or not {"value", "source"} <= set(entry):
            raise RangesError(f"{where}: needs a value and a source")
        text, key = str(entry["value"]), str(entry["source"])
        if key not in self.sources:
            raise RangesError(f"{where}.source: unknown source {key!r}")
        try:
            if kind == "time":
                figure_length(text)
            else:
                Decimal(text)
        except (Problem, InvalidOperation) as error:
            raise RangesError(f"{where}.value: {text!r} is not a {kind}") from error
        return Figure(text, kind, self.sources[key])

    def mapping(self, key: str) -> dict[str, Any]:
        node = self.data
        for part in key.split("."):
            node = node.get(part) if isinstance(node, dict) else None  # type: ignore[assignment]
            if not isinstance(node, dict):
                raise RangesError(f"{key}: missing")
        return node

    def read(self) -> TypicalRanges:
        try:
            share = Decimal(str(self.data.get("floor_share")))
        except InvalidOperation as error:
            raise RangesError("floor_share: a number between 0 and 1") from error
        if not 0 < share < 1:
            raise RangesError("floor_share: a number between 0 and 1")
        for key, entry in self.mapping("sources").items():
            self.sources[key] = self.source(key, entry)
        ranges = self.mapping("ranges")
        times: dict[tuple[str, int], TimeRange] = {}
        for kind in TIME_KINDS:
            for index, entry in enumerate(ranges.get(kind) or []):
                where = f"ranges.{kind}[{index}]"
                level = entry.get("level") if isinstance(entry, dict) else None
                if level not in LEVELS or (kind, level) in times:
                    raise RangesError(f"{where}.level: one of {LEVELS}, once each")
                low, typical, high = (
                    self.figure(entry.get(name), f"{where}.{name}", "time")
                    for name in ("low", "typical", "high")
                )
                found = TimeRange(kind, level, low, typical, high, share)
                if not found.length(low) <= found.length(typical) <= found.length(high):
                    raise RangesError(f"{where}: low, typical and high out of order")
                times[kind, level] = found
            missing = [level for level in LEVELS if (kind, level) not in times]
            if missing:
                raise RangesError(f"ranges.{kind}: no range for levels {missing}")
        return TypicalRanges(share, self.sources, times, self.percent(), self.service_level())

    def percent(self) -> PercentRange:
        entry = self.mapping("ranges.availability")
        low, typical, high = (
            self.figure(entry.get(name), f"ranges.availability.{name}", "percent")
            for name in ("low", "typical", "high")
        )
        if not Decimal(low.value) <= Decimal(typical.value) <= Decimal(high.value):
            raise RangesError("ranges.availability: low, typical and high out of order")
        also = tuple(
            self.figure(item, f"ranges.availability.also[{i}]", "percent")
            for i, item in enumerate(entry.get("also") or [])
        )
        return PercentRange(low, typical, high, also)

    def service_level(self) -> ServiceLevelRange:
        entry = self.mapping("ranges.service_level")
        where = "ranges.service_level"
        return ServiceLevelRange(
            self.figure(entry.get("objective"), f"{where}.objective", "percent"),
            self.figure(entry.get("threshold_low"), f"{where}.threshold_low", "time"),
            self.figure(entry.get("threshold_high"), f"{where}.threshold_high", "time"),
        )


def read_ranges(text: str) -> TypicalRanges:
    """The ranges of a data file's text; RangesError names a malformed entry."""
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise RangesError("typical_ranges.yaml must hold a mapping")
    return _Reader(data).read()


@cache
def typical_ranges() -> TypicalRanges:
    """The shipped ranges, read once."""
    from sla_designer.resources import resource

    return read_ranges(resource("data", "typical_ranges.yaml").read_text(encoding="utf-8"))


# --- defaults ------------------------------------------------------------------------------------

DEFAULT_ATTAINMENT = Decimal(95)
"""The attainment a new time target asks: 100 % would let one late ticket break it."""


def typical_target(agreement: Agreement, kind: str, priority: str | None) -> Any | None:
    """The typical time of a kind of ticket metric for a priority, as a target in business time
    ('4h business', '5 business days'); None when the sources give none."""
    from sla_designer.model import ClockDuration

    level = level_of(agreement, priority)
    found = None if level is None else typical_ranges().time_range(kind, level)
    if found is None:
        return None
    text = found.typical.value
    return BusinessDays.parse(text) if "day" in text else ClockDuration.parse(f"{text} business")
