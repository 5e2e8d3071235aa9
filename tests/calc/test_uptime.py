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


def emergency(start: dt.datetime, end: dt.datetime, announced: dt.datetime | None) -> Outage:
    return Outage(start, end, emergency=True, announced=announced)


def test_emergency_maintenance_counts_as_downtime_unless_the_metric_excludes_it() -> None:
    work = emergency(at(8, 10), at(8, 11), announced=at(7, 10))
    assert measure_uptime(metric(), APRIL, [work]).downtime == dt.timedelta(hours=1)
    excluded = metric(emergency_maintenance="excluded", emergency_notice="4h")
    result = measure_uptime(excluded, APRIL, [work])
    assert result.downtime == dt.timedelta(0)
    assert result.emergency == dt.timedelta(hours=1)
    assert result.percent == D(100)


def test_emergency_maintenance_needs_its_notice() -> None:
    excluded = metric(emergency_maintenance="excluded", emergency_notice="4h")
    # Announced 4 h before it started: exactly the notice. 3 h 59 min: too late. Not announced,
    # or an outage that was not emergency maintenance: downtime.
    on_time = emergency(at(8, 10), at(8, 11), announced=at(8, 6))
    late = emergency(at(9, 10), at(9, 11), announced=at(9, 6, 1))
    silent = emergency(at(10, 10), at(10, 11), announced=None)
    plain = Outage(at(11, 10), at(11, 11), announced=at(1, 0))
    result = measure_uptime(excluded, APRIL, [on_time, late, silent, plain])
    assert result.downtime == dt.timedelta(hours=3)
    assert result.emergency == dt.timedelta(hours=1)
    # Without a stated notice ("as soon as it is planned"): announced by its start.
    planned = metric(emergency_maintenance="excluded")
    result = measure_uptime(planned, APRIL, [late, emergency(at(12, 1), at(12, 2), at(12, 1, 1))])
    assert result.downtime == dt.timedelta(hours=1)


def test_emergency_maintenance_beyond_the_limit_is_downtime() -> None:
    """A limit of 3 h in the window: 2 h on the 8th, then 2 h on the 15th of which the first
    hour is within the limit and the second is downtime; the 20th's hour is all downtime."""
    limited = metric(emergency_maintenance="excluded", emergency_limit="3h", minimum_outage="5m")
    works = [
        emergency(at(15, 10), at(15, 12), at(1, 0)),  # given out of order: taken by time
        emergency(at(8, 10), at(8, 12), at(1, 0)),
        emergency(at(20, 10), at(20, 11), at(1, 0)),
    ]
    result = measure_uptime(limited, APRIL, works)
    assert result.downtime == dt.timedelta(hours=2)
    assert result.emergency == dt.timedelta(hours=3)
    assert [o.counted for o in result.outages] == [
        dt.timedelta(0),
        dt.timedelta(hours=1),
        dt.timedelta(hours=1),
    ]
    # The part beyond the limit is an outage of its own length: below the minimum, it does not
    # count.
    short = [emergency(at(8, 10), at(8, 13, 4), at(1, 0))]
    assert measure_uptime(limited, APRIL, short).downtime == dt.timedelta(0)
    # The limit is per window: May's emergency maintenance starts from a full limit.
    may = [
        emergency(
            dt.datetime(2026, 5, 4, 10, tzinfo=UTC),
            dt.datetime(2026, 5, 4, 13, tzinfo=UTC),
            at(1, 0),
        )
    ]
    assert measure_uptime(limited, dt.date(2026, 5, 1), [*works, *may]).downtime == dt.timedelta(0)


def test_the_limit_counts_no_maintenance_window_nor_closed_hours() -> None:
    """Sunday 5 April 01:00-05:00 with maintenance 02:00-04:00: 2 h of emergency maintenance use
    the 2 h limit; measured within office hours, an evening's closed hours use none of it."""
    sundays = metric(
        maintenance=[{"name": "patching", "days": ["sun"], "start": "02:00", "duration": "2h"}],
        emergency_maintenance="excluded",
        emergency_limit="2h",
    )
    works = [
        emergency(at(5, 1), at(5, 5), at(1, 0)),
        emergency(at(6, 10), at(6, 11), at(1, 0)),
    ]
    result = measure_uptime(sundays, APRIL, works)
    assert result.emergency == dt.timedelta(hours=2)
    assert result.downtime == dt.timedelta(hours=1)
    office = Calendar.model_validate(
        {
            "id": "office",
            "name": "Office",
            "hours": [
                {"days": ["mon", "tue", "wed", "thu", "fri"], "start": "08:00", "end": "18:00"}
            ],
        }
    )
    within = metric(
        measured_within_calendar=True,
        calendar="office",
        objective="99",
        emergency_maintenance="excluded",
        emergency_limit="90m",
    )
    # Thursday 17:00 to Friday 09:00 is 2 h of office hours: 1 h 30 min within the limit (the
    # limit is reached at 08:30 on Friday), 30 min of downtime.
    night = emergency(at(2, 17), at(3, 9), at(1, 0))
    result = measure_uptime(within, APRIL, [night], office)
    assert result.emergency == dt.timedelta(minutes=90)
    assert result.downtime == dt.timedelta(minutes=30)
