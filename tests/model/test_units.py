"""Value types: durations, clock durations, times of day, text cleaning, zones, money."""

from __future__ import annotations

import copy
import pickle
from datetime import timedelta
from decimal import Decimal

import pytest
from pydantic import ValidationError

from sla_designer.model import (
    Agreement,
    AvailabilityMetric,
    BusinessDays,
    Calendar,
    ClockDuration,
    MaintenanceWindow,
    Money,
    TimeOfDay,
    WeeklyInterval,
    clean_text,
    format_duration,
    parse_duration,
    parse_target_time,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4h", timedelta(hours=4)),
        ("1h30m", timedelta(hours=1, minutes=30)),
        ("90min", timedelta(minutes=90)),
        ("2d", timedelta(days=2)),
        ("45s", timedelta(seconds=45)),
        ("1d 2h 3m 4s", timedelta(days=1, hours=2, minutes=3, seconds=4)),
        ("0s", timedelta(0)),
    ],
)
def test_parse_duration(text: str, expected: timedelta) -> None:
    assert parse_duration(text) == expected


@pytest.mark.parametrize("text", ["", "4", "4 hours", "h", "-4h", "4h4d", "1.5h"])
def test_parse_duration_refuses_what_is_not_a_duration(text: str) -> None:
    with pytest.raises(ValueError, match="duration"):
        parse_duration(text)


def test_format_duration_is_canonical() -> None:
    assert format_duration(timedelta(minutes=90)) == "1h30m"
    assert format_duration(timedelta(days=1, seconds=5)) == "1d5s"
    assert format_duration(timedelta(0)) == "0s"


@pytest.mark.parametrize(
    ("text", "written"),
    [("48h", "48h"), ("2d", "2d"), ("90min", "90m"), ("1h30m", "1h30m"), ("120s", "120s")],
)
def test_a_duration_keeps_the_unit_it_was_written_in(text: str, written: str) -> None:
    value = parse_duration(text)
    assert format_duration(value) == written
    # Copies, pickles and the model keep it too.
    assert format_duration(copy.deepcopy(value)) == written
    assert format_duration(pickle.loads(pickle.dumps(value))) == written
    window = MaintenanceWindow(name="w", days=["sun"], start="02:00", duration=text)  # type: ignore[arg-type,list-item]
    assert window.model_dump(mode="json")["duration"] == written
    assert window.model_copy(deep=True).model_dump(mode="json")["duration"] == written


def test_the_same_length_in_another_unit_is_another_value() -> None:
    # The editor takes an edit from '2d' to '48h' only if the two values differ.
    assert parse_duration("48h") != parse_duration("2d")
    assert parse_target_time("48h calendar") != parse_target_time("2d calendar")
    assert parse_duration("48h") == timedelta(days=2) == parse_duration("2d")
    assert hash(parse_duration("48h")) == hash(timedelta(days=2))


def test_business_time_is_written_in_hours_or_business_days() -> None:
    assert str(parse_target_time("45h business")) == "45h business"
    assert str(parse_target_time("48h calendar")) == "48h calendar"
    assert str(parse_target_time("2d calendar")) == "2d calendar"
    # A day of business time could be 24 business hours or one business day: refused.
    with pytest.raises(ValueError, match=r"24h business.*1 business day"):
        parse_target_time("1d business")
    with pytest.raises(ValueError, match="24h business"):
        parse_target_time("1d4h business")
    # A computed length of business time is written in hours.
    assert str(ClockDuration(timedelta(days=2), "business")) == "48h business"
    days = parse_target_time("2 Business Days")
    assert days == BusinessDays(2, "same_time") and str(days) == "2 business days"
    cob = parse_target_time("1 business day by close of business")
    assert cob == BusinessDays(1, "close_of_business")
    assert str(cob) == "1 business day by close of business"
    for wrong in ("0 business days", "1000 business days", "two business days", "2 days"):
        with pytest.raises(ValueError, match="business day"):
            parse_target_time(wrong)


def test_clock_duration_says_its_clock() -> None:
    value = ClockDuration.parse("4h business")
    assert value == ClockDuration(timedelta(hours=4), "business")
    assert str(value) == "4h business"
    with pytest.raises(ValueError, match="clock"):
        ClockDuration.parse("4h")


def test_time_of_day_runs_to_24_00() -> None:
    assert TimeOfDay.parse("24:00").minutes == 1440
    assert str(TimeOfDay.parse("8:05")) == "08:05"
    with pytest.raises(ValueError):
        TimeOfDay.parse("24:01")
    with pytest.raises(ValueError):
        TimeOfDay.parse("12.30")


def test_interval_crossing_midnight() -> None:
    night = WeeklyInterval.model_validate({"days": ["mon"], "start": "22:00", "end": "06:00"})
    assert night.crosses_midnight
    assert night.minutes_per_day == 8 * 60
    day = WeeklyInterval.model_validate({"days": ["mon"], "start": "00:00", "end": "24:00"})
    assert not day.crosses_midnight
    assert day.minutes_per_day == 1440


def test_preset_calendars_have_their_hours() -> None:
    always = Calendar(id="a", name="A", preset="24x7")
    weekdays = Calendar(id="w", name="W", preset="24x5")
    assert always.open_minutes_per_week() == 7 * 1440
    assert weekdays.open_minutes_per_week() == 5 * 1440


def test_text_is_cleaned_of_xml_illegal_characters() -> None:
    assert clean_text("a\x00b\x0bc\x1fd\ufffe\tok\n") == "abcd\tok\n"
    agreement = Agreement(title="Acme\x07 & Co <tag>")
    assert agreement.title == "Acme & Co <tag>"
    agreement.notes = "bell\x07"
    assert agreement.notes == "bell"


def test_time_zone_is_checked_against_iana_names() -> None:
    assert Calendar(id="c", name="C", timezone="America/Sao_Paulo").timezone == "America/Sao_Paulo"
    with pytest.raises(ValidationError, match="unknown time zone"):
        Calendar(id="c", name="C", timezone="Mars/Olympus")


def test_percentages_are_exact_and_bounded() -> None:
    metric = AvailabilityMetric(id="u", name="U", objective=Decimal("99.95"))
    assert metric.objective == Decimal("99.95")
    with pytest.raises(ValidationError):
        AvailabilityMetric(id="u", name="U", objective=Decimal("100.1"))
    with pytest.raises(ValidationError):
        AvailabilityMetric(id="u", name="U", objective=Decimal("NaN"))


def test_money_has_a_currency_code() -> None:
    assert Money(amount=Decimal("10.50"), currency="BRL").currency == "BRL"
    with pytest.raises(ValidationError):
        Money(amount=Decimal("10"), currency="real")
    with pytest.raises(ValidationError):
        Money(amount=Decimal("-1"), currency="BRL")


def test_ids_follow_the_pattern() -> None:
    with pytest.raises(ValidationError):
        Calendar(id="1st calendar", name="C")


def test_unknown_fields_are_refused_and_assignments_validated() -> None:
    with pytest.raises(ValidationError):
        Agreement.model_validate({"title": "T", "colour": "blue"})
    agreement = Agreement(title="T")
    with pytest.raises(ValidationError):
        agreement.status = "finished"  # type: ignore[assignment]


def test_calendar_for_prefers_target_then_priority_then_metric() -> None:
    agreement = Agreement.model_validate(
        {
            "title": "T",
            "calendars": [
                {"id": "a", "name": "A", "preset": "24x7"},
                {"id": "b", "name": "B", "preset": "24x5"},
                {"id": "c", "name": "C", "preset": "24x5"},
            ],
            "priorities": [{"id": "p1", "name": "P1", "calendar": "b"}, {"id": "p2", "name": "P2"}],
            "metrics": [
                {
                    "kind": "resolution_time",
                    "id": "r",
                    "name": "R",
                    "calendar": "a",
                    "targets": [
                        {"priority": "p1", "target": "4h business"},
                        {"priority": "p2", "target": "8h business", "calendar": "c"},
                    ],
                }
            ],
        }
    )
    assert agreement.calendar_for("r", "p1").id == "b"  # type: ignore[union-attr]
    assert agreement.calendar_for("r", "p2").id == "c"  # type: ignore[union-attr]
    assert agreement.calendar_for("r").id == "a"  # type: ignore[union-attr]


def test_huge_durations_are_refused_not_overflowed() -> None:
    with pytest.raises(ValueError, match="longer than ten years"):
        parse_duration("99999999999d")
    with pytest.raises(ValueError, match="longer than ten years"):
        parse_duration("3661d")
    assert parse_duration("3660d") == timedelta(days=3660)
