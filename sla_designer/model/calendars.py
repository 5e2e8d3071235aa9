"""Coverage calendars: weekly hours in a time zone, public holidays and extra closed dates."""

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, model_validator

from sla_designer.model.units import (
    Id,
    Name,
    StrictModel,
    Text,
    TimeOfDay,
    TimeZoneName,
    empty_list,
)

Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEKDAYS: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

CountryCode = Annotated[
    str, StringConstraints(pattern=r"^[A-Z]{2}$"), Field(description="ISO 3166-1 alpha-2 code")
]


class WeeklyInterval(StrictModel):
    """Open hours on some weekdays. An end at or before the start crosses midnight."""

    days: list[Weekday] = Field(min_length=1)
    start: TimeOfDay
    end: TimeOfDay

    @property
    def crosses_midnight(self) -> bool:
        return self.end <= self.start

    @property
    def minutes_per_day(self) -> int:
        if self.end.minutes > self.start.minutes:
            return self.end.minutes - self.start.minutes
        return 1440 - self.start.minutes + self.end.minutes


class AnnualHoliday(StrictModel):
    """A holiday on the same day every year ("15 August"), as a municipality's own holidays are:
    the calculators count it in every year of the term. 29 February is refused (it would be a
    holiday in leap years only; list such a day as an extra closed date instead)."""

    month: int = Field(ge=1, le=12)
    day: int = Field(ge=1, le=31)
    name: Text = ""

    @model_validator(mode="after")
    def _real_day(self) -> "AnnualHoliday":
        if (self.month, self.day) == (2, 29):
            raise ValueError("29 February is not a day of every year: list it as a closed date")
        try:
            dt.date(2001, self.month, self.day)
        except ValueError:
            raise ValueError(f"month {self.month} has no day {self.day}") from None
        return self

    def in_year(self, year: int) -> dt.date:
        return dt.date(year, self.month, self.day)


class HolidayRule(StrictModel):
    """Public holidays of a country and, optionally, one of its subdivisions and a municipality
    whose own holidays are listed as annual dates."""

    country: CountryCode
    subdivision: Name | None = None
    city: Name = Field(
        default="",
        description=(
            "A municipality whose own holidays the calendar also observes, named in the contract"
            " as a rule for the whole term; its holidays are those listed in city_holidays"
        ),
    )
    city_holidays: list[AnnualHoliday] = Field(
        default_factory=empty_list,
        description="The municipality's own holidays, the same days every year of the term",
    )


class ClosedDate(StrictModel):
    """A day on which the calendar is closed although its weekly hours say open."""

    date: dt.date
    name: Text = ""


CalendarPreset = Literal["24x7", "24x5"]


def preset_hours(preset: CalendarPreset) -> list[WeeklyInterval]:
    """Weekly hours of a preset: 24x7 every day, 24x5 Monday to Friday round the clock."""
    days: list[Weekday] = list(WEEKDAYS if preset == "24x7" else WEEKDAYS[:5])
    return [WeeklyInterval(days=days, start=TimeOfDay(0), end=TimeOfDay(1440))]


class Calendar(StrictModel):
    """A named coverage calendar."""

    id: Id
    name: Name
    timezone: TimeZoneName = "UTC"
    preset: CalendarPreset | None = None
    hours: list[WeeklyInterval] = Field(default_factory=empty_list)
    holidays: list[HolidayRule] = Field(default_factory=empty_list)
    closed_dates: list[ClosedDate] = Field(default_factory=empty_list)

    def weekly_intervals(self) -> list[WeeklyInterval]:
        """The open hours: the preset's when one is set, else the listed hours."""
        if self.preset is not None:
            return preset_hours(self.preset)
        return list(self.hours)

    def open_minutes_per_week(self) -> int:
        return sum(len(i.days) * i.minutes_per_day for i in self.weekly_intervals())
