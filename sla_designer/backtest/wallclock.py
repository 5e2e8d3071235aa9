"""Wall-clock times of a zone turned into UTC for whole columns, exactly as DuckDB's
`timezone(zone, timestamp)` turns them, at a fraction of its cost.

DuckDB converts a wall-clock time with ICU, one calendar computation per value: for millions of
updates that is most of the reading. But a zone's offset only changes at its transitions, so
DuckDB is asked once per quarter of an hour of the span the column covers; where two
neighbouring quarters have the same offset, every time between them has it too (a zone never
changes its offset twice within a quarter of an hour), and the column's values there are
shifted by it in plain integer arithmetic. Values in a quarter where the offset changes (a
daylight-saving gap or repeat) are still converted by DuckDB, so gaps and repeated hours are
read as DuckDB reads them.

Instants are microseconds since the epoch; a wall-clock time is written as the instant it
would be if its zone were UTC.
"""

from __future__ import annotations

import duckdb
import numpy as np

STEP = 15 * 60 * 1_000_000
"""A quarter of an hour, in microseconds."""
_MOST_STEPS = 2_000_000
"""Beyond about 57 years of span, every value is converted by DuckDB."""


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def exact(column: str, zone: str) -> str:
    """DuckDB's own conversion of a wall-clock column (microseconds) to UTC microseconds."""
    return f"epoch_us(timezone({_literal(zone)}, make_timestamp({column})))"


def ranges(
    con: duckdb.DuckDBPyConnection, zone: str, low: int, high: int
) -> list[tuple[int, int, int]]:
    """Stretches of wall-clock time (first, last, shift to UTC) over `low` to `high` where
    every value has the same offset; what lies between them is near a change of offset."""
    first = low // STEP * STEP
    last = -(-high // STEP) * STEP
    if (last - first) // STEP > _MOST_STEPS:
        return []
    found = con.execute(
        f"SELECT g, {exact('g', zone)} - g AS shift FROM range({first}, {last + STEP}, {STEP})"
        " t(g) ORDER BY g"
    ).fetchnumpy()
    grid = np.asarray(found["g"], dtype=np.int64)
    shift = np.asarray(found["shift"], dtype=np.int64)
    # A quarter is steady when its two ends have the same shift; neighbouring steady quarters
    # with the same shift make one stretch.
    steady = np.flatnonzero(shift[:-1] == shift[1:])
    if not len(steady):
        return []
    breaks = np.flatnonzero((np.diff(steady) != 1) | (shift[steady[1:]] != shift[steady[:-1]]))
    starts = steady[np.concatenate([[0], breaks + 1])]
    ends = steady[np.concatenate([breaks, [len(steady) - 1]])] + 1
    return [
        (int(grid[start]), int(grid[end]), int(shift[start]))
        for start, end in zip(starts, ends, strict=True)
    ]


def to_utc(con: duckdb.DuckDBPyConnection, column: str, zone: str, low: int, high: int) -> str:
    """The SQL of a wall-clock column of `zone` (values from `low` to `high`) in UTC: shifted
    where its offset is steady, converted by DuckDB near a change."""
    stretches = ranges(con, zone, low, high)
    if not stretches:
        return exact(column, zone)
    cases = " ".join(
        f"WHEN {column} BETWEEN {start} AND {end} THEN {column} + ({shift})"
        for start, end, shift in stretches
    )
    return f"CASE {cases} ELSE {exact(column, zone)} END"
