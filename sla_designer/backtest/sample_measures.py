"""Synthetic, seeded files for the back-test's other metrics: an outage list and a contact
centre's interval data over 2025, times written in the desk's zone without an offset (the mapping
written beside them names the zone, and for intervals the thresholds the counts were taken at).

Outages: about three a month, mostly minutes long, some hours; one in five in the early hours of
a Sunday (where planned maintenance usually is), one in ten caused by the customer (`excluded`),
and of the others one in eight emergency maintenance (`kind`), `announced` one to 72 hours ahead.
Intervals: 30 minutes, Monday to Saturday 08:00 to 20:00, busier mid-morning and mid-afternoon;
the share answered within 20 s and the abandonment vary from month to month.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from sla_designer.backtest.sample_files import _copy
from sla_designer.backtest.samples import DAY, MINUTE, START, YEAR

MEASURE_SAMPLES = ("outages", "intervals")
THRESHOLD = "20s"
SHORT_ABANDON = "5s"
_HALF_HOUR = 30 * MINUTE


def _moment(column: str, binary: bool) -> str:
    moment = f"make_timestamp({column})"
    return moment if binary else f"strftime({moment}, '%Y-%m-%d %H:%M:%S')"


def write_outages(path: Path, seed: int, count: int) -> int:
    """`count` outages over the year (none overlapping). Returns how many were written."""
    rng = np.random.default_rng(seed)
    start = np.sort(START + rng.integers(0, YEAR - DAY, size=count)) // MINUTE * MINUTE
    sunday = rng.random(count) < 0.2
    # 2025-01-05 is the first Sunday: move these to its early hours, 01:00 to 03:00.
    day = (start - START) // DAY
    sundays = START + (4 + (day // 7) * 7) * DAY + rng.integers(60, 180, size=count) * MINUTE
    start = np.sort(np.where(sunday, sundays, start))
    length = np.maximum(np.rint(rng.lognormal(np.log(12.0), 1.1, size=count)), 1).astype(np.int64)
    end = start + length * MINUTE
    # One outage at a time: a start before the previous end waits for it.
    for index in range(1, count):
        if start[index] < end[index - 1] + MINUTE:
            shift = end[index - 1] + MINUTE - start[index]
            start[index] += shift
            end[index] += shift
    keep = end < START + YEAR
    customer = rng.random(count) < 0.1
    # Drawn after the others, so that the outages of a seed stay those of earlier versions.
    emergency = (rng.random(count) < 0.125) & ~customer
    ahead = rng.integers(60, 72 * 60, size=count) * MINUTE
    rows = {
        "opened": start[keep],
        "closed": end[keep],
        "customer": customer[keep].astype(np.int64),
        "emergency": emergency[keep].astype(np.int64),
        "announced": (start - ahead)[keep],
    }
    binary = path.suffix.lower() == ".parquet"
    _copy(
        rows,
        f"""
        SELECT {_moment("opened", binary)} AS start, {_moment("closed", binary)} AS "end",
               CASE WHEN customer = 1 THEN 'customer change' ELSE '' END AS excluded,
               CASE WHEN emergency = 1 THEN 'emergency maintenance' ELSE '' END AS kind,
               CASE WHEN emergency = 1 THEN {_moment("announced", binary)} END AS announced
        FROM rows ORDER BY opened
        """,
        path,
    )
    return int(keep.sum())


def write_intervals(path: Path, seed: int, calls: int) -> int:
    """Half-hour intervals of the year's opening hours, about `calls` contacts in all. Returns
    the number of intervals."""
    rng = np.random.default_rng(seed)
    days = np.arange(365)
    open_days = days[(days + 2) % 7 < 6]  # 2025-01-01 is a Wednesday; Sundays closed
    slots = np.arange(16, 40)  # 08:00 to 19:30
    day = np.repeat(open_days, len(slots))
    slot = np.tile(slots, len(open_days))
    hour = slot / 2
    profile = 1 + 0.6 * np.exp(-((hour - 10.5) ** 2) / 2) + 0.4 * np.exp(-((hour - 15) ** 2) / 2)
    offered = rng.poisson(profile / profile.sum() * calls).astype(np.int64)
    month = np.minimum(day // 30.5, 11).astype(np.int64)
    on_time = rng.uniform(0.74, 0.9, size=12)[month]
    abandon = rng.uniform(0.02, 0.07, size=12)[month]
    abandoned = rng.binomial(offered, abandon).astype(np.int64)
    answered = offered - abandoned
    within = rng.binomial(answered, on_time).astype(np.int64)
    abandoned_within = rng.binomial(abandoned, 0.45).astype(np.int64)
    short = rng.binomial(abandoned_within, 0.4).astype(np.int64)
    late = answered - within
    wait = within * rng.uniform(4, 10, len(day)) + late * rng.uniform(25, 80, len(day))
    rows = {
        "opened": START + day * DAY + slot * _HALF_HOUR,
        "offered": offered,
        "answered": answered,
        "within": within,
        "abandoned": abandoned,
        "abandoned_within": abandoned_within,
        "short": short,
        "wait": np.rint(wait * 10).astype(np.int64),
        "handle": np.rint(answered * rng.uniform(240, 330, len(day)) * 10).astype(np.int64),
    }
    binary = path.suffix.lower() == ".parquet"
    _copy(
        rows,
        f"""
        SELECT {_moment("opened", binary)} AS interval, offered, answered,
               within AS answered_within, abandoned, abandoned_within,
               short AS short_abandoned, CAST(wait AS DECIMAL(18, 1)) / 10 AS wait,
               CAST(handle AS DECIMAL(18, 1)) / 10 AS handle_time
        FROM rows ORDER BY opened
        """,
        path,
    )
    return len(day)
