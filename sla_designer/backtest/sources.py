"""Ticket files opened in DuckDB, and the checks that turn bad rows into one line each.

A file becomes a table with its rows numbered from 1 (`_row`, in the file's order), so that
every problem names the file, the row and the column. Times are read into microseconds since
the epoch (UTC): a typed timestamp as it is, text with an offset ('2025-01-01T17:23:23Z') at
that offset, text without one in the mapping's zone (an error when the mapping has none), and
text in the preset's or the mapping's `date_format` ('%d-%m-%Y %H:%M') in that zone.

Reading is most of a back-test's time, so the table keeps little (`source_columns`: flag and
code columns, values read back from the file), and wall-clock times are kept as they are
written and turned into UTC by the table's view (`wallclock`), so that the file's text columns
need not be kept.

When the user asks to skip bad rows, a check's rows are left out of the table instead of
stopping the reading, and counted (`Skipped`: the kind of problem, how many rows, the first of
them): never a silent drop.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from sla_designer.backtest import wallclock
from sla_designer.backtest.sample_files import file_format
from sla_designer.backtest.source_columns import Check, CheckedColumns, literal, quoted
from sla_designer.text.values import Problem

__all__ = ["Check", "Skipped", "Source", "TicketFileError", "literal", "quoted"]

_OFFSET = r"([zZ]|[+-][0-9]{2}(:?[0-9]{2})?)$"


class TicketFileError(Exception):
    """Ticket files that cannot be back-tested: one line per problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems

    def text(self, language: str) -> str:
        return "\n".join(problem.text(language) for problem in self.problems)


@dataclass(frozen=True)
class Skipped:
    """Rows left out for one kind of problem: the problem of the first of them (as one row),
    how many rows, and the first rows' numbers."""

    problem: Problem
    file: str
    column: str
    count: int
    rows: tuple[int, ...]


_EXAMPLES = 3


@dataclass
class Source(CheckedColumns):
    """One ticket file: its columns, the table its rows are loaded into, and the checks and
    problems found in it.

    Checks are gathered first and run once the rows are loaded.
    """

    con: duckdb.DuckDBPyConnection
    path: Path
    table: str
    reader: str
    types: dict[str, str] = field(default_factory=dict)
    checks: list[Check] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    flags: dict[str, str] = field(default_factory=dict)
    later: dict[str, str] = field(default_factory=dict)
    codes: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    local: dict[str, str] = field(default_factory=dict)
    """Loaded columns of wall-clock times -> their zone (turned into UTC by the view)."""
    loaded: set[str] = field(default_factory=set)
    skip: bool = False
    """Leave bad rows out (counted in `skipped`) instead of stopping at them."""
    skipped: list[Skipped] = field(default_factory=list)
    _columns: dict[str, str] = field(default_factory=dict)
    _flagged_later: bool = False
    _left_out: list[str] = field(default_factory=list)

    @classmethod
    def open(
        cls, con: duckdb.DuckDBPyConnection, path: Path, table: str, skip: bool = False
    ) -> Source:
        kind = file_format(path)
        if kind is None:
            raise TicketFileError([Problem("backtest.errors.unknown_format", file=str(path))])
        if not path.is_file():
            raise TicketFileError([Problem("backtest.errors.no_file", file=str(path))])
        name = literal(str(path))
        reader = {
            # Text as written: the checks parse it, row by row, and name what is wrong.
            "csv": f"read_csv({name}, header = true, all_varchar = true)",
            "parquet": f"read_parquet({name})",
            "json": f"read_json({name}, format = 'newline_delimited')",
        }[kind]
        try:
            described = con.execute(f"DESCRIBE SELECT * FROM {reader}").fetchall()
        except duckdb.Error as error:
            raise _unreadable(path, error) from None
        types = {str(row[0]): str(row[1]) for row in described}
        return cls(con, path, table, reader, types, skip=skip)

    def column(self, role: str, name: str) -> bool:
        """Whether the file has the column a role reads; a problem when it has not."""
        if name in self.types:
            return True
        known = ", ".join(self.types)
        self.problems.append(
            Problem(
                "backtest.errors.missing_column",
                file=str(self.path),
                column=name,
                role=role,
                known=known,
            )
        )
        return False

    def load(self, columns: dict[str, str]) -> None:
        """Load the rows, numbered from 1 in the file's order (`_row`): each alias of `columns`
        holds its SQL expression over the file's columns, each flag its condition (those
        flagged `later` only once a check needs them: the rows are then loaded again)."""
        self._columns = columns
        every = {**columns, **self.flags, **(self.later if self._flagged_later else {})}
        chosen = ", ".join(
            f"{expression} AS {quoted(alias)}" for alias, expression in every.items()
        )
        rows = f"{self.table}_rows"
        try:
            # A table keeps the order rows were inserted in (DuckDB preserves a scan's order),
            # so its rowid numbers the file's rows; row_number() would read them one by one.
            self.con.execute(
                f"CREATE OR REPLACE TABLE {rows} AS SELECT {chosen} FROM {self.reader}"
            )
            self.loaded = set(every)
            replaced = []
            for alias, zone in self.local.items():
                if alias not in columns:
                    continue
                column = quoted(alias)
                span = self.con.execute(f"SELECT min({column}), max({column}) FROM {rows}")
                low, high = span.fetchone() or (None, None)
                if low is not None and high is not None:
                    utc = wallclock.to_utc(self.con, column, zone, int(low), int(high))
                    replaced.append(f"{utc} AS {column}")
            replace = f" REPLACE ({', '.join(replaced)})" if replaced else ""
            self.con.execute(
                f"CREATE OR REPLACE VIEW {self.table} AS"
                f" SELECT rowid + 1 AS _row, *{replace} FROM {rows}"
            )
        except duckdb.Error as error:
            raise _unreadable(self.path, error) from None

    def run_checks(self) -> list[Problem]:
        """Run the gathered checks; the problems found, in the order gathered. When skipping,
        the rows of each problem are left out and counted in `skipped` instead."""
        if not self.checks:
            return self.problems
        bad: list[str] = []
        for check in self.checks:
            if check.suspect is not None and not self._any(check.suspect):
                continue  # no row may fail it: its flags need not be worked out
            if not self._flagged_later and _reads(check.condition, self.later):
                self._flag_later()
            # One query per check: DuckDB runs each filter vectorised in a few milliseconds a
            # million rows, where one query of many filtered aggregates is far slower.
            found = self.con.execute(
                f"SELECT min(_row), count(*) FROM {self.table} WHERE {check.condition}"
            ).fetchone()
            row, count = found if found is not None else (None, 0)
            if not count:
                continue
            if self.skip:
                bad.append(check.condition)
                self.skipped.append(self._skipped(check, int(count)))
                continue
            self.problems.append(self._problem(check, int(row), int(count)))
        self.checks.clear()
        if bad:
            self._leave_out(bad)
        return self.problems

    def _any(self, condition: str) -> bool:
        """Whether a row as loaded meets `condition`: looked up in the table itself, not
        through the view (whose times are turned into UTC row by row, and whose rows left
        out would only make a flag be worked out for nothing), so that DuckDB can answer a
        question of missing values from what it knows of each block of rows."""
        found = self.con.execute(f"SELECT 1 FROM {self.table}_rows WHERE {condition} LIMIT 1")
        return found.fetchone() is not None

    def _flag_later(self) -> None:
        """Load the rows again, with the flags worked out only when needed (a check may
        fail), and leave out again the rows already left out."""
        self._flagged_later = True
        self.load(self._columns)
        if self._left_out:
            left_out, self._left_out = self._left_out, []
            self._leave_out(left_out)

    def _problem(self, check: Check, row: int, count: int) -> Problem:
        return Problem(
            check.key,
            count=count,
            file=str(self.path),
            row=row,
            column=check.column,
            value=self.value(check.shown, row),
            **check.values,
        )

    def _skipped(self, check: Check, count: int) -> Skipped:
        rows = self.con.execute(
            f"SELECT _row FROM {self.table} WHERE {check.condition} ORDER BY _row LIMIT {_EXAMPLES}"
        ).fetchall()
        first = tuple(int(r[0]) for r in rows)
        return Skipped(
            self._problem(check, first[0], 1), str(self.path), check.column, count, first
        )

    def _leave_out(self, conditions: list[str]) -> None:
        """Keep only the rows that meet none of `conditions` (a condition that is unknown for a
        row does not leave it out: the checks counted only the rows that meet it)."""
        self._left_out += conditions
        bad = " OR ".join(f"coalesce({c}, false)" for c in conditions)
        self.con.execute(
            f"CREATE OR REPLACE TABLE {self.table}_kept AS"
            f" SELECT * FROM {self.table} WHERE NOT ({bad})"
        )
        self.con.execute(f"CREATE OR REPLACE VIEW {self.table} AS SELECT * FROM {self.table}_kept")

    def instant(self, column: str, zone: str | None, date_format: str | None, alias: str) -> str:
        """The SQL, over the file's columns, of a column's times in microseconds since the
        epoch; checks that the loaded `alias` holds a time wherever the column has a value, and
        that times without a zone have one to be read in."""
        kind = self.types[column]
        name = quoted(column)
        local = literal(zone or "UTC")
        if kind.startswith("TIMESTAMP WITH TIME ZONE"):
            return f"epoch_us({name})"
        present = f"{name} IS NOT NULL"
        if kind.startswith("TIMESTAMP"):
            if zone is None:
                self.check(self.flag(present), column, "backtest.errors.no_zone")
            else:
                self.local[alias] = zone
            return f"epoch_us({name})"
        text = f"trim(CAST({name} AS VARCHAR))"
        if date_format is not None:
            # Trimmed only where the text as written does not parse: trimming every value
            # would copy millions of strings.
            written = literal(date_format)
            parsed = (
                f"coalesce(try_strptime(CAST({name} AS VARCHAR), {written}),"
                f" try_strptime({text}, {written}))"
            )
            if "%z" not in date_format.lower():
                if zone is None:
                    self.check(self.flag(present), column, "backtest.errors.no_zone")
                else:
                    # Kept as written; the view turns it into UTC (`wallclock`).
                    self.local[alias] = zone
            shown = date_format
        else:
            offset = f"regexp_matches({text}, {literal(_OFFSET)})"
            if zone is None:
                without = self.flag(f"{name} IS NOT NULL AND NOT {offset}")
                self.check(without, column, "backtest.errors.no_zone")
            parsed = (
                f"CASE WHEN {offset} THEN try_cast({text} AS TIMESTAMPTZ)"
                f" ELSE timezone({local}, try_cast({text} AS TIMESTAMP)) END"
            )
            shown = "ISO 8601"
        # A time that does not parse is loaded as none: only then is the file's text looked at.
        unread = f"{quoted(alias)} IS NULL"
        self.check(
            f"{self.flag(present, later=True)} AND {unread}",
            column,
            "backtest.errors.bad_date",
            suspect=unread,
            format=shown,
        )
        return f"epoch_us({parsed})"


def _reads(condition: str, flags: dict[str, str]) -> bool:
    """Whether a check's condition reads one of `flags` (by its whole name: `_later1` is not
    read by a condition on `_later10`)."""
    return any(re.search(rf"\b{re.escape(name)}\b", condition) for name in flags)


def _unreadable(path: Path, error: Exception) -> TicketFileError:
    message = str(error).splitlines()[0]
    return TicketFileError([Problem("backtest.errors.unreadable", file=str(path), error=message)])
