"""Calendars: open hours, holiday regions, business time that needs a calendar."""

from __future__ import annotations

import pytest

from sla_designer.validation.calendars import holiday_country_known, holiday_subdivision_known
from tests.validation.builders import only, valid_data, valid_data_pt, with_code

CODES = [
    "calendar-without-hours",
    "calendar-hours-ignored",
    "unknown-holiday-country",
    "unknown-holiday-subdivision",
    "business-time-without-calendar",
    "definition-from-calendars",
    "city-holidays-missing",
    "city-holidays-without-city",
]


@pytest.mark.parametrize("code", CODES)
def test_quiet_on_complete_agreements(code: str) -> None:
    assert with_code(valid_data(), code) == []
    assert with_code(valid_data_pt(), code) == []


def test_calendar_without_hours() -> None:
    data = valid_data()
    data["calendars"][0]["hours"] = []
    finding = only(data, "calendar-without-hours")
    assert (finding.severity, finding.path) == ("error", ("calendars", 0, "hours"))
    assert "Office hours" in finding.message("en")


def test_preset_gives_hours() -> None:
    data = valid_data()
    data["calendars"][0] = {"id": "office", "name": "Weekdays", "preset": "24x5"}
    assert with_code(data, "calendar-without-hours") == []


def test_preset_and_hours_together() -> None:
    data = valid_data()
    data["calendars"][0]["preset"] = "24x5"
    finding = only(data, "calendar-hours-ignored")
    assert (finding.severity, finding.path) == ("warning", ("calendars", 0, "hours"))


def test_unknown_holiday_country() -> None:
    data = valid_data()
    data["calendars"][0]["holidays"] = [{"country": "QQ"}]
    finding = only(data, "unknown-holiday-country")
    path = ("calendars", 0, "holidays", 0, "country")
    assert (finding.severity, finding.path) == ("error", path)


def test_unknown_subdivision_lists_known_codes() -> None:
    data = valid_data_pt()
    data["calendars"][0]["holidays"] = [{"country": "BR", "subdivision": "XX"}]
    finding = only(data, "unknown-holiday-subdivision")
    path = ("calendars", 0, "holidays", 0, "subdivision")
    assert (finding.severity, finding.path) == ("error", path)
    assert "AC, AL" in finding.message("pt-BR")


@pytest.mark.parametrize(
    ("country", "subdivision", "known"),
    [
        ("BR", "SP", True),
        ("BR", "São Paulo", True),  # a name the holidays package accepts besides the code
        ("US", "California", True),
        ("GB", "ENG", True),
        ("BR", "sp", False),
        ("BR", "CA", False),
    ],
)
def test_subdivision_look_up(country: str, subdivision: str, known: bool) -> None:
    assert holiday_country_known(country)
    assert holiday_subdivision_known(country, subdivision) is known


def test_business_target_without_any_calendar() -> None:
    data = valid_data()
    data["calendars"] = []
    for priority in data["priorities"]:
        priority.pop("calendar", None)
    for metric in data["metrics"]:
        metric.pop("calendar", None)
        for target in metric.get("targets", []):
            target.pop("calendar", None)
        for window in metric.get("maintenance", []):
            window.pop("calendar", None)
    found = with_code(data, "business-time-without-calendar")
    # once per metric, at its first business-time target
    assert [(f.severity, f.path) for f in found] == [
        ("error", ("metrics", 1, "targets", 1, "target")),
        ("error", ("metrics", 2, "targets", 1, "target")),
    ]


def test_availability_within_calendar_without_any_calendar() -> None:
    data = valid_data()
    data["calendars"] = []
    data["priorities"][0].pop("calendar")
    data["metrics"] = [data["metrics"][0]]
    data["metrics"][0]["maintenance"][0].pop("calendar")
    data["metrics"][0]["measured_within_calendar"] = True
    finding = only(data, "business-time-without-calendar")
    assert finding.path == ("metrics", 0, "measured_within_calendar")


def test_own_definition_of_a_term_written_from_the_calendars() -> None:
    data = valid_data()
    data["definitions"] = [
        {"term": "Ticket", "meaning": "A request."},
        {"term": " business hours ", "meaning": "09:00 to 17:00."},
        {"term": "Dia Útil", "meaning": "Dia com expediente."},
    ]
    found = with_code(data, "definition-from-calendars")
    # The name the document writes is recognised, whatever its case and spaces; a Portuguese
    # name in an English document is the agreement's own term, printed as it is.
    assert [(f.severity, f.path) for f in found] == [("warning", ("definitions", 1, "term"))]
    assert "left out of the document" in found[0].message("en")
    assert "fica fora do documento" in found[0].message("pt-BR")
    # Without a target counting business time the document defines neither term.
    for metric in data["metrics"]:
        for target in metric.get("targets", []):
            target["target"] = target["target"].replace("business", "calendar")
    assert with_code(data, "definition-from-calendars") == []


def test_a_municipality_without_its_holidays_listed() -> None:
    data = valid_data_pt()
    data["calendars"][0]["holidays"] = [{"country": "BR", "subdivision": "MG", "city": "Contagem"}]
    finding = only(data, "city-holidays-missing")
    path = ("calendars", 0, "holidays", 0, "city")
    assert (finding.severity, finding.path) == ("info", path)
    assert "Contagem" in finding.message("en") and "do not count" in finding.message("en")
    assert "Contagem" in finding.message("pt-BR") and "não os contam" in finding.message("pt-BR")
    data["calendars"][0]["holidays"][0]["city_holidays"] = [{"month": 8, "day": 30}]
    assert with_code(data, "city-holidays-missing") == []


def test_municipal_holidays_without_a_municipality() -> None:
    data = valid_data_pt()
    data["calendars"][0]["holidays"] = [
        {"country": "BR", "subdivision": "MG", "city_holidays": [{"month": 8, "day": 15}]}
    ]
    finding = only(data, "city-holidays-without-city")
    assert (finding.severity, finding.path) == ("warning", ("calendars", 0, "holidays", 0, "city"))
