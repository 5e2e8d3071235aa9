"""Ticket files opened in DuckDB, and the checks that turn bad rows into one line each.

A file becomes a table with its rows numbered from 1 (`_row`, in the file's order), so that
every problem names the file, the row and the column. Times are read into microseconds since
the epoch (UTC): a typed timestamp as it is, text with an offset ('2025-01-01T17:23:23Z') at
that offset, text without one in the mapping's zone (an error when the mapping has none), and
text in the preset's or the mapping's `date_format` ('%d-%m-%Y %H:%M') in that zone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from sla_designer.backtest.sample_files import file_format
from sla_designer.text.values import Problem

_OFFSET = r"([zZ]|[+-][0-9]{2}(:?[0-9]{2})?)$"


class TicketFileError(Exception):
    """Ticket files that cannot be back-tested: one line per problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems

    def text(self, language: str) -> str:
        return "\n".join(problem.text(language) for problem in self.problems)


def quoted(name: str) -> str:
    """A column name as SQL writes it."""
    return '"' + name.replace('"', '""') + '"'


def literal(value: str) -> str:
    """A string as an SQL literal."""
    return "'" + value.replace("'", "''") + "'"


@dataclass
class Source:
    """One ticket file as a DuckDB table, and the problems found in it."""

    con: duckdb.DuckDBPyConnection
    path: Path
    table: str
    types: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @classmethod
    def open(cls, con: duckdb.DuckDBPyConnection, path: Path, table: str) -> Source:
        kind = file_format(path)
        if kind is None:
            raise TicketFileError([Problem("backtest.errors.unknown_format", file=str(path))])
        if not path.is_file():
            raise TicketFileError([Problem("backtest.errors.no_file", file=str(path))])
        name = literal(str(path))
        reader = {
            # Text as written: the checks below parse it, row by row, and name what is wrong.
            "csv": f"read_csv({name}, header = true, all_varchar = true)",
            "parquet": f"read_parquet({name})",
            "json": f"read_json({name}, format = 'newline_delimited')",
        }[kind]
        try:
            con.execute(
                f"CREATE TABLE {table} AS SELECT row_number() OVER () AS _row, * FROM {reader}"
            )
        except duckdb.Error as error:
            message = str(error).splitlines()[0]
            raise TicketFileError(
                [Problem("backtest.errors.unreadable", file=str(path), error=message)]
            ) from None
        described = con.execute(f"DESCRIBE {table}").fetchall()
        return cls(con, path, table, {str(row[0]): str(row[1]) for row in described})

    def column(self, role: str, name: str) -> bool:
        """Whether the file has the column a role reads; a problem when it has not."""
        if name in self.types:
            return True
        known = ", ".join(c for c in self.types if c != "_row")
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

    def first_bad(
        self, condition: str, column: str, key: str, shown: str | None = None, **values: object
    ) -> None:
        """A problem naming the first row where `condition` holds, its value (of the column
        `shown`, by default the column itself) and how many rows are like it (nothing when none
        is)."""
        value_of = quoted(shown or column)
        found = self.con.execute(
            f"SELECT _row, CAST({value_of} AS VARCHAR), count(*) OVER () FROM {self.table}"
            f" WHERE {condition} ORDER BY _row LIMIT 1"
        ).fetchone()
        if found is None:
            return
        row, value, count = found
        self.problems.append(
            Problem(
                key,
                file=str(self.path),
                row=row,
                column=column,
                value=value,
                count=int(count),
                **values,
            )
        )

    def instant(self, column: str, zone: str | None, date_format: str | None) -> str:
        """The SQL of a column's times in microseconds since the epoch; bad dates and times
        without a zone (when there is none to read them in) become problems."""
        kind = self.types[column]
        name = quoted(column)
        local = literal(zone or "UTC")
        if kind.startswith("TIMESTAMP WITH TIME ZONE"):
            return f"epoch_us({name})"
        if kind.startswith("TIMESTAMP"):
            if zone is None:
                self.first_bad(f"{name} IS NOT NULL", column, "backtest.errors.no_zone")
            return f"epoch_us(timezone({local}, {name}))"
        text = f"CAST({name} AS VARCHAR)"
        if date_format is not None:
            parsed = f"try_strptime({text}, {literal(date_format)})"
            if "%z" not in date_format.lower():
                if zone is None:
                    self.first_bad(f"{name} IS NOT NULL", column, "backtest.errors.no_zone")
                parsed = f"timezone({local}, {parsed})"
            self.first_bad(
                f"{name} IS NOT NULL AND {parsed} IS NULL",
                column,
                "backtest.errors.bad_date",
                format=date_format,
            )
            return f"epoch_us({parsed})"
        offset = f"regexp_matches(trim({text}), {literal(_OFFSET)})"
        if zone is None:
            self.first_bad(
                f"{name} IS NOT NULL AND NOT {offset}", column, "backtest.errors.no_zone"
            )
        parsed = (
            f"CASE WHEN {offset} THEN try_cast(trim({text}) AS TIMESTAMPTZ)"
            f" ELSE timezone({local}, try_cast(trim({text}) AS TIMESTAMP)) END"
        )
        self.first_bad(
            f"{name} IS NOT NULL AND ({parsed}) IS NULL",
            column,
            "backtest.errors.bad_date",
            format="ISO 8601",
        )
        return f"epoch_us({parsed})"

    def required(self, column: str) -> None:
        """A problem when a row leaves a column empty that every row needs."""
        self.first_bad(
            f"{quoted(column)} IS NULL OR trim(CAST({quoted(column)} AS VARCHAR)) = ''",
            column,
            "backtest.errors.empty",
        )
