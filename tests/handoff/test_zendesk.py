"""The Zendesk export against Zendesk's documented shapes (tests/handoff/vendor_shapes.py cites
the pages), for every template in both languages, and its conversions: whole minutes, business
hours, intervals cut at midnight, holidays within two years, Zendesk's time-zone names."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from sla_designer.handoff import zendesk
from sla_designer.handoff.zendesk_schedules import holiday_dates, intervals
from sla_designer.handoff.zendesk_zones import zendesk_zone, zendesk_zones
from sla_designer.model.calendars import Calendar, WeeklyInterval
from sla_designer.model.units import TimeOfDay
from sla_designer.text.values import Problem
from tests.export.reviewed import PAIRS, TEMPLATES, agreement_of
from tests.handoff import vendor_shapes as doc

TODAY = dt.date(2027, 3, 1)


def bodies(handoff, endpoint: str) -> list[dict]:
    return [
        json.loads(data)
        for name, data in handoff.files.items()
        if name.endswith(f".{endpoint}.json")
    ]


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_every_template_gives_bodies_of_zendesk_shape(name: str, language: str) -> None:
    agreement = agreement_of(name)
    handoff = zendesk.build(agreement, language=language, today=TODAY)
    (policy,) = bodies(handoff, zendesk.POLICY_ENDPOINT)
    assert set(policy) == {"sla_policy"}
    body = policy["sla_policy"]
    assert doc.ZENDESK_POLICY_MANDATORY <= set(body) <= doc.ZENDESK_POLICY_WRITABLE
    assert set(body["filter"]) <= doc.ZENDESK_FILTER_KEYS
    seen = set()
    for row in body["policy_metrics"]:
        assert set(row) <= doc.ZENDESK_POLICY_METRIC_KEYS
        assert row["priority"] in doc.ZENDESK_PRIORITIES
        assert row["metric"] in doc.ZENDESK_METRICS
        assert isinstance(row["target"], int) and row["target"] > 0
        assert isinstance(row["business_hours"], bool)
        assert (row["priority"], row["metric"]) not in seen  # one target per priority and metric
        seen.add((row["priority"], row["metric"]))
    schedules = bodies(handoff, zendesk.SCHEDULE_ENDPOINT)
    assert len(schedules) == len(agreement.calendars)
    names = {n for n, _iana in zendesk_zones()}
    for schedule in schedules:
        assert set(schedule) == {"schedule"}
        assert set(schedule["schedule"]) == doc.ZENDESK_SCHEDULE_KEYS
        assert schedule["schedule"]["time_zone"] in names | {"UTC"}
    for week in bodies(handoff, zendesk.WORKWEEK_ENDPOINT):
        assert set(week) == {"workweek"} and set(week["workweek"]) == {"intervals"}
        for interval in week["workweek"]["intervals"]:
            assert set(interval) == doc.ZENDESK_INTERVAL_KEYS
            start, end = interval["start_time"], interval["end_time"]
            assert 0 <= start < end <= doc.ZENDESK_WEEK_MINUTES
            assert start // 1440 == (end - 1) // 1440, "an interval spans calendar days"
    last = TODAY.replace(year=TODAY.year + doc.ZENDESK_HOLIDAY_YEARS)
    for holiday in bodies(handoff, zendesk.HOLIDAY_ENDPOINT):
        assert set(holiday["holiday"]) == doc.ZENDESK_HOLIDAY_KEYS
        start = dt.date.fromisoformat(holiday["holiday"]["start_date"])
        end = dt.date.fromisoformat(holiday["holiday"]["end_date"])
        assert TODAY <= start <= end <= last
        assert holiday["holiday"]["name"]


def test_a_45_business_hour_target_is_2700_minutes_in_business_hours() -> None:
    agreement = agreement_of("it-service-desk")  # P4 resolution: 45h business
    handoff = zendesk.build(agreement, language="pt-BR", today=TODAY)
    (policy,) = bodies(handoff, zendesk.POLICY_ENDPOINT)
    rows = policy["sla_policy"]["policy_metrics"]
    # The resolution time pauses while awaiting the user: Zendesk's requester wait time.
    row = next(r for r in rows if r["priority"] == "low" and r["metric"] == "requester_wait_time")
    assert row == {
        "priority": "low",
        "metric": "requester_wait_time",
        "target": 2700,
        "business_hours": True,
    }
    first = next(r for r in rows if r["priority"] == "urgent" and r["metric"] == "first_reply_time")
    assert first["target"] == 30


def test_metrics_follow_the_clock_rules() -> None:
    agreement = agreement_of("it-service-desk")
    metrics = {m.id: zendesk.zendesk_metric(m) for m in agreement.metrics if hasattr(m, "clock")}
    assert metrics == {
        "tempo-resposta": "first_reply_time",
        "atualizacao-periodica": "pausable_update_time",
        "tempo-solucao": "requester_wait_time",
    }
    resolution = agreement.metric("tempo-solucao")
    unpaused = resolution.model_copy(
        update={"clock": resolution.clock.model_copy(update={"pauses": []})}
    )
    assert zendesk.zendesk_metric(unpaused) == "total_resolution_time"


def test_priorities_map_by_order_unless_the_user_confirms_another_mapping() -> None:
    agreement = agreement_of("it-service-desk")
    handoff = zendesk.build(agreement, language="en", today=TODAY)
    rows = bodies(handoff, zendesk.POLICY_ENDPOINT)[0]["sla_policy"]["policy_metrics"]
    first = {r["priority"]: r["target"] for r in rows if r["metric"] == "first_reply_time"}
    assert first == {"urgent": 30, "high": 60, "normal": 240, "low": 540}
    mapped = zendesk.build(
        agreement, language="en", today=TODAY, priorities={"P2": "urgent", "P1": "high"}
    )
    rows = bodies(mapped, zendesk.POLICY_ENDPOINT)[0]["sla_policy"]["policy_metrics"]
    first = {r["priority"]: r["target"] for r in rows if r["metric"] == "first_reply_time"}
    assert first == {"urgent": 60, "high": 30, "normal": 240, "low": 540}


def test_priorities_mapped_together_keep_the_strictest_target_and_say_so() -> None:
    agreement = agreement_of("it-service-desk")
    handoff = zendesk.build(agreement, language="en", today=TODAY, priorities={"P2": "urgent"})
    rows = bodies(handoff, zendesk.POLICY_ENDPOINT)[0]["sla_policy"]["policy_metrics"]
    first = {r["priority"]: r["target"] for r in rows if r["metric"] == "first_reply_time"}
    assert first["urgent"] == 30
    assert any(u.key == "handoff.desks.shared_priority" for u in handoff.unmapped)


def test_a_mapping_naming_unknown_priorities_is_refused() -> None:
    agreement = agreement_of("it-service-desk")
    with pytest.raises(Problem):
        zendesk.build(agreement, language="en", priorities={"P9": "urgent"})
    with pytest.raises(Problem):
        zendesk.build(agreement, language="en", priorities={"P1": "critical"})


def calendar(*hours: tuple[list[str], int, int], zone: str = "Europe/London") -> Calendar:
    return Calendar(
        id="c",
        name="C",
        timezone=zone,
        hours=[
            WeeklyInterval(days=days, start=TimeOfDay(a), end=TimeOfDay(b))  # type: ignore[arg-type]
            for days, a, b in hours
        ],
    )


def test_intervals_are_cut_at_midnight() -> None:
    night = calendar((["mon"], 22 * 60, 6 * 60), (["sat"], 23 * 60, 60))
    assert intervals(night) == [
        {"start_time": 0, "end_time": 60},  # Saturday night runs into Sunday
        {"start_time": 1440 + 22 * 60, "end_time": 2880},
        {"start_time": 2880, "end_time": 2880 + 360},
        {"start_time": 6 * 1440 + 23 * 60, "end_time": 10080},
    ]


def test_intervals_of_a_day_merge_and_a_whole_week_stays_within_days() -> None:
    split = calendar((["mon"], 9 * 60, 12 * 60), (["mon"], 11 * 60, 17 * 60))
    assert intervals(split) == [{"start_time": 1440 + 540, "end_time": 1440 + 1020}]
    full = Calendar(id="x", name="X", preset="24x7")
    days = intervals(full)
    assert len(days) == 7 and days[0] == {"start_time": 0, "end_time": 1440}
    assert days[-1] == {"start_time": 8640, "end_time": 10080}


def test_holidays_cover_two_years_and_later_ones_are_reported() -> None:
    agreement = agreement_of("it-service-desk")
    cal = agreement.calendars[0]
    dates = holiday_dates(cal, TODAY, TODAY.replace(year=2029), "pt-BR")
    assert dt.date(2027, 4, 21) in dates and dt.date(2028, 12, 8) in dates  # Tiradentes, city
    assert dates[dt.date(2027, 12, 8)] == ["Imaculada Conceição"]
    handoff = zendesk.build(agreement, language="pt-BR", today=TODAY)
    files = [n for n in handoff.files if "holiday-" in n]
    assert len(files) == len(dates)
    window = [u for u in handoff.unmapped if u.key == "handoff.zendesk.holidays_window"]
    assert window and window[0].params["last"] == dt.date(2029, 3, 1)


@pytest.mark.parametrize("name", TEMPLATES)
def test_every_zone_of_the_templates_has_a_zendesk_name(name: str) -> None:
    for cal in agreement_of(name).calendars:
        assert zendesk_zone(cal.timezone, TODAY) is not None, cal.timezone


def test_zone_names() -> None:
    assert zendesk_zone("America/Sao_Paulo") == "Brasilia"
    assert zendesk_zone("America/New_York") == "Eastern Time (US & Canada)"
    assert zendesk_zone("Europe/London") == "London"  # not "Edinburgh", listed first
    assert zendesk_zone("Europe/Amsterdam") == "Amsterdam"
    assert zendesk_zone("UTC") == "UTC"
    # Not listed by Zendesk: the listed zone that keeps the same clock.
    assert zendesk_zone("America/Toronto", TODAY) == "Eastern Time (US & Canada)"
    assert zendesk_zone("Antarctica/Troll", TODAY) is None


def test_a_zone_without_a_zendesk_name_is_reported() -> None:
    agreement = agreement_of("saas-availability")
    odd = agreement.calendars[0].model_copy(update={"timezone": "Antarctica/Troll"})
    agreement = agreement.model_copy(update={"calendars": [odd, *agreement.calendars[1:]]})
    handoff = zendesk.build(agreement, language="en", today=TODAY)
    assert any(u.key == "handoff.zendesk.time_zone" for u in handoff.unmapped)


def test_a_priority_on_another_calendar_needs_a_trigger() -> None:
    agreement = agreement_of("it-service-desk")
    other = agreement.calendars[0].model_copy(update={"id": "plantao", "name": "Plantão"})
    p1 = agreement.priorities[0].model_copy(update={"calendar": "plantao"})
    agreement = agreement.model_copy(
        update={
            "calendars": [*agreement.calendars, other],
            "priorities": [p1, *agreement.priorities[1:]],
        }
    )
    handoff = zendesk.build(agreement, language="en", today=TODAY)
    found = [u for u in handoff.unmapped if u.key == "handoff.zendesk.priority_schedule"]
    assert {u.params["priority"] for u in found} == {"urgent"}
    assert found[0].params["schedule"] == "Plantão"
    default = [u for u in handoff.unmapped if u.key == "handoff.zendesk.default_schedule"]
    assert default[0].params["schedule"] == agreement.calendars[0].name


def test_business_days_are_written_as_business_hours_when_the_days_are_equal() -> None:
    from sla_designer.model.target_times import BusinessDays

    agreement = agreement_of("it-service-desk")  # 9 business hours a day, Monday to Friday
    metric = agreement.metric("tempo-solucao")
    same_time = metric.targets[3].model_copy(update={"target": BusinessDays(5)})
    by_close = metric.targets[2].model_copy(update={"target": BusinessDays(2, "close_of_business")})
    targets = [*metric.targets[:2], by_close, same_time]
    changed = metric.model_copy(update={"targets": targets})
    agreement = agreement.model_copy(
        update={"metrics": [changed if m.id == metric.id else m for m in agreement.metrics]}
    )
    handoff = zendesk.build(agreement, language="en", today=TODAY)
    rows = bodies(handoff, zendesk.POLICY_ENDPOINT)[0]["sla_policy"]["policy_metrics"]
    resolution = {r["priority"]: r["target"] for r in rows if r["metric"] == "requester_wait_time"}
    assert resolution["low"] == 5 * 9 * 60  # 5 business days of 9 hours: 2,700 minutes
    assert "normal" not in resolution  # ends at close of business: not a number of hours
    left = [u for u in handoff.unmapped if u.key == "handoff.desks.business_days"]
    assert [u.path for u in left] == ["metrics[tempo-solucao].targets[2]"]


def test_what_zendesk_cannot_hold_is_reported() -> None:
    handoff = zendesk.build(agreement_of("it-service-desk"), language="pt-BR", today=TODAY)
    keys = {u.key for u in handoff.unmapped}
    assert {
        "handoff.desks.attainment",  # 95 % of P1
        "handoff.desks.pause",  # awaiting a manufacturer's part: not Zendesk's Pending
        "handoff.desks.metric_kind",  # satisfaction
        "handoff.zendesk.filter",
        "handoff.zendesk.holidays_window",
        "handoff.zendesk.default_schedule",
    } <= keys
    # Periodic updates are held (Zendesk has them), unlike in Freshdesk.
    assert "handoff.freshdesk.event" not in keys
