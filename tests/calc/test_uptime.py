"""Measured availability from outages: exclusions, maintenance, minimum outage, calendar hours."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sla_designer.calc.uptime import Outage, maintenance_spans, measure_uptime
from sla_designer.model import AvailabilityMetric, Calendar

D = Decimal
UTC = dt.UTC
APRIL = dt.date(2026, 4, 1)  # 30 days


def metric(**fields: Any) -> AvailabilityMetric:
    return AvailabilityMetric.model_validate(
        {"id": "uptime", "name": "Uptime", "objective": "99.9", **fields}
    )


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 4, day, hour, minute, tzinfo=UTC)


def test_outages_merge_and_count() -> None:
    outages = [
        Outage(at(2, 10), at(2, 10, 30)),
        Outage(at(2, 10, 20), at(2, 10, 43)),  # overlaps the first: one outage of 43 min
        Outage(at(9, 0), at(9, 0, 1)),
    ]
    result = measure_uptime(metric(), APRIL, outages)
    assert result.downtime == dt.timedelta(minutes=44)
    assert len(result.outages) == 2
    # 1 - 44 min / 30 days = 99.898148...%, rounded down.
    assert result.percent == D("99.898148")
    assert not result.met


def test_exactly_the_budget_meets_the_objective() -> None:
    result = measure_uptime(
        metric(),
        APRIL,
        [
            Outage(
                at(2, 10),
                at(
                    2,
                    10,
                    43,
                )
                + dt.timedelta(seconds=12),
            )
        ],
    )
    assert result.downtime == dt.timedelta(minutes=43, seconds=12)
    assert result.percent == D("99.900000")
    assert result.met


def test_exclusions_and_minimum_outage() -> None:
    outages = [
        Outage(at(3, 10), at(3, 14), excluded=True, note="customer power failure"),
        Outage(at(4, 10), at(4, 10, 4)),  # shorter than the 5 min minimum
        Outage(at(5, 10), at(5, 10, 5)),  # exactly the minimum: counts
    ]
    result = measure_uptime(metric(minimum_outage="5m"), APRIL, outages)
    assert result.downtime == dt.timedelta(minutes=5)
    assert [o.too_short for o in result.outages] == [True, False]
    assert len(result.excluded) == 1


def test_outage_clipped_to_the_window() -> None:
    outage = Outage(dt.datetime(2026, 3, 31, 23, tzinfo=UTC), at(1, 1))
    assert measure_uptime(metric(), APRIL, [outage]).downtime == dt.timedelta(hours=1)


def test_maintenance_is_not_downtime() -> None:
    sundays = metric(
        maintenance=[{"name": "patching", "days": ["sun"], "start": "02:00", "duration": "2h"}]
    )
    # Sunday 5 April 01:00-05:00: 02:00-04:00 is maintenance, 2 h count.
    result = measure_uptime(sundays, APRIL, [Outage(at(5, 1), at(5, 5))])
    assert result.downtime == dt.timedelta(hours=2)
    assert result.measured == dt.timedelta(days=30)
    inside = measure_uptime(sundays, APRIL, [Outage(at(5, 2, 30), at(5, 3))])
    assert inside.downtime == dt.timedelta(0)
    assert not inside.outages[0].too_short


def test_maintenance_in_its_own_calendar_zone() -> None:
    sp = Calendar.model_validate({"id": "sp", "name": "SP", "timezone": "America/Sao_Paulo"})
    windows = metric(
        maintenance=[
            {"name": "m", "days": ["sun"], "start": "23:00", "duration": "2h", "calendar": "sp"}
        ]
    ).maintenance
    start = int(at(5, 0).timestamp()) * 1_000_000
    end = int(at(7, 0).timestamp()) * 1_000_000
    spans = maintenance_spans(windows, start, end, UTC, [sp])
    # Sunday 23:00 in São Paulo (UTC-3) is Monday 02:00 UTC.
    assert spans == [(int(at(6, 2).timestamp()) * 1_000_000, int(at(6, 4).timestamp()) * 1_000_000)]


def test_measured_within_calendar_counts_open_hours_only() -> None:
    office = Calendar.model_validate(
        {
            "id": "office",
            "name": "Office",
            "hours": [
                {"days": ["mon", "tue", "wed", "thu", "fri"], "start": "08:00", "end": "18:00"}
            ],
        }
    )
    within = metric(measured_within_calendar=True, calendar="office", objective="99")
    # Thursday 2 April 17:00 to Friday 3 April 09:00: 1 h on Thursday, 1 h on Friday.
    result = measure_uptime(within, APRIL, [Outage(at(2, 17), at(3, 9))], office)
    assert result.downtime == dt.timedelta(hours=2)
    assert result.measured == dt.timedelta(hours=220)  # 22 weekdays x 10 h
    assert result.percent == D("99.090909")
    assert result.met
