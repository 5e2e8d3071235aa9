"""Contact-centre interval files, read with DuckDB and checked row by row (outage lists:
`outage_list`).

An interval file has one row per 15 or 30 minutes (any one length): `interval` (its start;
optionally `interval_end`), the contacts `offered`, `answered`, `answered_within` the threshold,
`abandoned`, optionally `abandoned_within` the threshold, `short_abandoned` (within the
short-abandon threshold), `wait` (seconds the answered contacts waited, in total) and
`handle_time` (seconds). A file of several queues names each row's `queue`: the id of the
agreement's service it is (every row names one). The mapping's `columns` names them otherwise,
its `timezone` and `date_format` read the times.

Every problem is one line with the file, the row and the column (`sources.Source`): besides the
tickets' (missing columns, empty values, dates), counts that are not whole numbers or negative,
more answered or abandoned than offered, more within the threshold than answered or abandoned,
two rows for one interval (of one queue), intervals of mixed lengths, unknown queues.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import duckdb
import numpy as np
from numpy.typing import NDArray

from sla_designer.backtest.mapping import Mapping
from sla_designer.backtest.sources import Source, TicketFileError, literal, quoted
from sla_designer.text.values import Joined, Problem

Column = NDArray[np.int64]
COUNTS = (
    "offered",
    "answered",
    "answered_within",
    "abandoned",
    "abandoned_within",
    "short_abandoned",
)
SECONDS = ("wait", "handle_time")


MINUTE = 60_000_000


@dataclass(frozen=True)
class IntervalRows:
    """The intervals of a file, by start; counts per interval, seconds exactly (None: the file
    has no such column)."""

    path: Path
    rows: Column
    start: Column
    length: int
    """Microseconds each interval lasts (0 when the file has a single interval)."""
    counts: dict[str, Column | None]
    seconds: dict[str, tuple[Fraction, ...] | None]
    queue: tuple[str, ...] | None = None
    """Each interval's queue, a service of the agreement (None: the file has one queue)."""

    def of_queue(self, service: str) -> IntervalRows:
        """The intervals of one queue."""
        if self.queue is None:
            return self
        chosen = np.array([queue == service for queue in self.queue], dtype=bool)
        picked = np.nonzero(chosen)[0]
        counts = {role: None if c is None else c[chosen] for role, c in self.counts.items()}
        seconds = {
            role: None if values is None else tuple(values[i] for i in picked)
            for role, values in self.seconds.items()
        }
        queue = tuple(self.queue[i] for i in picked)
        start = self.start[chosen]
        return IntervalRows(
            self.path, self.rows[chosen], start, self.length, counts, seconds, queue
        )


def connect() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    return con


def read_intervals(path: Path, mapping: Mapping, services: tuple[str, ...] = ()) -> IntervalRows:
    """The interval file at `path`, its queues among `services` (the agreement's); a
    TicketFileError lists what is wrong, one line each."""
    con = connect()
    source = Source.open(con, path, "intervals")
    roles = ("interval", "interval_end", "queue", *COUNTS, *SECONDS)
    names = {role: mapping.column(role, role) for role in roles}
    needed = ("interval", "offered", "answered", "answered_within", "abandoned")
    if not all([source.column(role, names[role]) for role in needed]):
        raise TicketFileError(source.problems)
    present = [r for r in roles if r in needed or names[r] in source.types]
    zone, date_format = mapping.timezone, mapping.date_format
    columns = {"start_us": source.instant(names["interval"], zone, date_format, "start_us")}
    if "interval_end" in present:
        columns["end_us"] = source.instant(names["interval_end"], zone, date_format, "end_us")
        source.check(
            "end_us <= start_us", names["interval_end"], "backtest.errors.end_before_start"
        )
    for role in present:
        name = quoted(names[role])
        text = f"trim(CAST({name} AS VARCHAR))"
        source.required(names[role])
        if role in COUNTS:
            columns[f"v_{role}"] = f"try_cast({text} AS BIGINT)"
            source.check(
                f"{name} IS NOT NULL AND v_{role} IS NULL",
                names[role],
                "backtest.errors.not_a_count",
            )
            source.check(f"v_{role} < 0", names[role], "backtest.errors.negative")
        elif role in SECONDS:
            columns[f"v_{role}"] = f"try_cast({text} AS DECIMAL(24, 6))"
            source.check(
                f"{name} IS NOT NULL AND v_{role} IS NULL",
                names[role],
                "backtest.errors.not_seconds",
            )
            source.check(f"v_{role} < 0", names[role], "backtest.errors.negative")
    if "queue" in present:
        columns["queue_id"] = _queue(source, names["queue"], services)
    _more_than(source, names, present)
    source.load({names[r]: quoted(names[r]) for r in present} | columns)
    if source.run_checks():
        raise TicketFileError(source.problems)
    found = con.execute(
        "SELECT min(b._row), count(*) FROM intervals a JOIN intervals b"
        " ON a.start_us = b.start_us AND a._row < b._row"
        + (" AND a.queue_id = b.queue_id" if "queue" in present else "")
    ).fetchone()
    if found is not None and found[1]:
        raise TicketFileError(
            [_problem(source, "backtest.errors.duplicate_interval", found, names["interval"])]
        )
    measured = [r for r in present if r in COUNTS or r in SECONDS]
    chosen = ["_row", "start_us", *(f"v_{r}" for r in measured)]
    if "queue" in present:
        chosen.append("queue_id")
    if "interval_end" in present:
        chosen.append("end_us - start_us")
    data = con.execute(
        f"SELECT {', '.join(chosen)} FROM intervals ORDER BY start_us, _row"
    ).fetchall()
    rows = np.array([r[0] for r in data], dtype=np.int64)
    start = np.array([r[1] for r in data], dtype=np.int64)
    ends = [int(r[-1]) for r in data] if "interval_end" in present else None
    length = _length(source, names, rows, start, ends)
    counts: dict[str, Column | None] = {r: None for r in COUNTS}
    seconds: dict[str, tuple[Fraction, ...] | None] = {r: None for r in SECONDS}
    for index, role in enumerate(measured, start=2):
        if role in COUNTS:
            counts[role] = np.array([r[index] for r in data], dtype=np.int64)
        else:
            seconds[role] = tuple(Fraction(Decimal(r[index])) for r in data)
    queue = None
    if "queue" in present:
        queue = tuple(str(r[2 + len(measured)]) for r in data)
    return IntervalRows(path, rows, start, length, counts, seconds, queue)


def _queue(source: Source, column: str, services: tuple[str, ...]) -> str:
    """The SQL of the queue a row names, checked to be one of the agreement's services."""
    listed = ", ".join(literal(s) for s in services) or "NULL"
    source.check(
        f"queue_id IS NOT NULL AND queue_id NOT IN ({listed})",
        column,
        "backtest.errors.unknown_service",
        known=Joined(services),
    )
    return f"nullif(trim(CAST({quoted(column)} AS VARCHAR)), '')"


def _more_than(source: Source, names: dict[str, str], present: list[str]) -> None:
    """Counts that cannot be: more answered or abandoned than offered, more within the threshold
    than answered or abandoned."""
    pairs = [
        ("answered", "offered"),
        ("abandoned", "offered"),
        ("answered_within", "answered"),
        ("abandoned_within", "abandoned"),
        ("short_abandoned", "abandoned"),
    ]
    for part, whole in pairs:
        if part in present:
            source.check(
                f"v_{part} > v_{whole}",
                names[part],
                "backtest.errors.more_than",
                other=names[whole],
            )
    source.check(
        "v_answered + v_abandoned > v_offered",
        names["abandoned"],
        "backtest.errors.more_than_offered",
        other=names["offered"],
        answered=names["answered"],
    )


def _problem(
    source: Source, key: str, found: tuple[object, ...], column: str, **values: object
) -> Problem:
    row, count = found[0], found[1]
    return Problem(
        key,
        count=int(str(count)),
        file=str(source.path),
        row=int(str(row)),
        column=column,
        **values,
    )


def _length(
    source: Source,
    names: dict[str, str],
    rows: Column,
    start: Column,
    lengths: list[int] | None,
) -> int:
    """The intervals' one length: the end minus the start when the file has ends, else the
    commonest step between two starts, which every start must keep to."""
    if lengths is not None:
        first = lengths[0] if lengths else 0
        wrong = [i for i, n in enumerate(lengths) if n != first]
        column = names["interval_end"]
    else:
        # The length is the commonest step between starts (a longer step is a gap: hours the
        # centre is closed; queues share their starts); every start keeps to it from the first.
        values, counts = np.unique(np.diff(np.unique(start)), return_counts=True)
        first = int(values[np.argmax(counts)]) if len(values) else 0
        wrong = [] if first == 0 else list(np.nonzero((start - start[0]) % first)[0])
        column = names["interval"]
    if wrong:
        index = min(wrong, key=lambda i: rows[i])
        raise TicketFileError(
            [
                Problem(
                    "backtest.errors.mixed_intervals",
                    count=len(wrong),
                    file=str(source.path),
                    row=int(rows[index]),
                    column=column,
                    minutes=Fraction(first, MINUTE),
                )
            ]
        )
    return first
