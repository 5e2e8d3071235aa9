"""Wall-clock times turned into UTC by `wallclock.to_utc` equal DuckDB's own `timezone()`, to the
microsecond, in the hours daylight saving skips or repeats too."""

from __future__ import annotations

import datetime as dt
import itertools

import duckdb
import pytest

from sla_designer.backtest.wallclock import STEP, exact, ranges, to_utc
from sla_designer.calc.calendar_index import to_instant

UTC = dt.UTC
MINUTE = 60_000_000


def instant(year: int, month: int = 1, day: int = 1) -> int:
    return to_instant(dt.datetime(year, month, day, tzinfo=UTC))


@pytest.mark.parametrize(
    ("zone", "year"),
    [
        ("America/New_York", 2025),
        ("Europe/London", 2025),
        ("Australia/Lord_Howe", 2025),  # a half-hour change
        ("Pacific/Chatham", 2025),  # an offset of 12:45
        ("America/Sao_Paulo", 2018),  # daylight saving at midnight
        ("Asia/Kathmandu", 2025),
        ("UTC", 2025),
    ],
)
def test_every_minute_of_a_year_as_duckdb_reads_it(zone: str, year: int) -> None:
    low, high = instant(year), instant(year + 1)
    with duckdb.connect() as con:
        converted = to_utc(con, "x", zone, low, high)
        # Every minute, moved by a few odd microseconds so that no value falls on the grid.
        differing, total = con.execute(
            f"SELECT count(*) FILTER (WHERE ({converted}) IS DISTINCT FROM ({exact('x', zone)})),"
            f" count(*) FROM (SELECT g + (g // {MINUTE} % 7) * 1000003 AS x"
            f" FROM range({low}, {high}, {MINUTE}) t(g))"
        ).fetchone() or (None, None)
    assert total == (high - low) // MINUTE
    assert differing == 0


def test_only_the_quarters_around_a_change_are_left_to_duckdb() -> None:
    with duckdb.connect() as con:
        stretches = ranges(con, "America/New_York", instant(2025), instant(2026))
        steady = ranges(con, "Asia/Kathmandu", instant(2025), instant(2026))
    # Winter, summer, winter: two changes, each leaving at most two quarters of an hour out.
    assert [shift // 3_600_000_000 for _, _, shift in stretches] == [5, 4, 5]
    for (_, end, _), (start, _, _) in itertools.pairwise(stretches):
        assert 0 < start - end <= 2 * STEP
    assert len(steady) == 1


def test_an_empty_or_null_column_stays_null() -> None:
    with duckdb.connect() as con:
        converted = to_utc(con, "x", "America/New_York", instant(2025), instant(2025, 2))
        assert con.execute(f"SELECT {converted} FROM (SELECT NULL::BIGINT AS x)").fetchone() == (
            None,
        )
