"""The columns a ticket file's table keeps, and the checks over them (`sources.Source`).

Reading is most of a back-test's time, so the table keeps little: a check's condition on the
file's own columns is worked out while the rows are loaded (a boolean `flag` column), values
from a known list are kept as their position in it (`code`), and a problem's value is read back
from the file itself when the table does not hold it (`value`).
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from sla_designer.text.values import Joined


def quoted(name: str) -> str:
    """A column name as SQL writes it."""
    return '"' + name.replace('"', '""') + '"'


def literal(value: str) -> str:
    """A string as an SQL literal."""
    return "'" + value.replace("'", "''") + "'"


@dataclass(frozen=True)
class Check:
    """A condition no row may meet, and the problem that names the first row that does."""

    condition: str
    column: str
    key: str
    shown: str
    values: dict[str, object]
    suspect: str | None = None
    """A condition over the loaded columns as stored (before the view turns times into UTC,
    whose missing values stay missing) that every row meeting `condition` meets too: when no
    row meets it, the check passes without its flags being worked out."""


class CheckedColumns:
    """What `Source` keeps of a file's columns beyond their values: its flag and code columns
    and the checks gathered over them."""

    con: duckdb.DuckDBPyConnection
    table: str
    reader: str
    checks: list[Check]
    flags: dict[str, str]
    """Boolean columns the load works out: name -> condition over the file's columns."""
    later: dict[str, str]
    """Flags worked out only when a check that reads them may fail (`Check.suspect`): the
    rows are then loaded again with them."""
    codes: dict[str, tuple[str, tuple[str, ...]]]
    """File column -> the loaded column holding each value's position in a list, and the list."""
    loaded: set[str]

    def flag(self, condition: str, *, later: bool = False) -> str:
        """A boolean column the load works out from the file's columns (a check's condition
        that needs none of the loaded values); its name, for a check's condition. `later`:
        worked out only if a check reading it may fail (checks given a `suspect`)."""
        flags = self.later if later else self.flags
        for name, known in flags.items():
            if known == condition:
                return name
        name = f"_{'later' if later else 'flag'}{len(flags)}"
        flags[name] = condition
        return name

    def code(self, column: str, allowed: tuple[str, ...], alias: str) -> str:
        """The SQL of a column's values as their position in `allowed` (from 1; then '' and
        NULL), to load as `alias`: a value not in the list is NULL. `required` and
        `check_values` then check the position instead of the text."""
        listed = ", ".join([*(literal(v) for v in allowed), "''", "NULL"])
        self.codes[column] = (alias, allowed)
        # As narrow an integer as the list needs: the table stores it and the history reads it.
        kind = "UTINYINT" if len(allowed) + 2 <= 255 else "UINTEGER"
        return f"CAST(list_position([{listed}], CAST({quoted(column)} AS VARCHAR)) AS {kind})"

    def unknown(self, column: str, allowed: tuple[str, ...], key: str) -> bool:
        """A problem for the first row whose value is not one of `allowed` (NULL is not
        checked), when the column is loaded as its codes; False when it is not."""
        coded = self.codes.get(column)
        if coded is None or coded[1] != allowed:
            return False
        alias = quoted(coded[0])
        self.check(
            f"{alias} IS NULL OR {alias} = {len(allowed) + 1}",
            column,
            key,
            known=Joined(allowed),
        )
        return True

    def check(
        self,
        condition: str,
        column: str,
        key: str,
        shown: str | None = None,
        suspect: str | None = None,
        **values: object,
    ) -> None:
        """A problem for the first row meeting `condition` (over the loaded columns): its value
        of `shown` (by default `column`), and how many rows are like it. `suspect`: see
        `Check.suspect`."""
        self.checks.append(Check(condition, column, key, shown or column, values, suspect))

    def value(self, column: str, row: int) -> object:
        """A row's value of a column, as text: from the table, else from the file."""
        if column in self.loaded:
            query = f"SELECT CAST({quoted(column)} AS VARCHAR) FROM {self.table} WHERE _row = {row}"
        else:
            query = (
                f"SELECT CAST({quoted(column)} AS VARCHAR) FROM {self.reader}"
                f" LIMIT 1 OFFSET {row - 1}"
            )
        found = self.con.execute(query).fetchone()
        return found[0] if found else None

    def required(self, column: str, suspect: str | None = None) -> None:
        """A problem when a row leaves a column empty that every row needs; `suspect`: a
        condition over the loaded columns that such a row meets (a time left empty is loaded
        as none), so that the file's own column is looked at only if a row does."""
        coded = self.codes.get(column)
        if coded is not None:
            alias, allowed = quoted(coded[0]), coded[1]
            empty = [len(allowed) + 1, len(allowed) + 2]
            empty += [index + 1 for index, value in enumerate(allowed) if value == ""]
            listed = ", ".join(str(code) for code in empty)
            condition = f"{alias} IN ({listed})"
        else:
            name = quoted(column)
            left_empty = f"{name} IS NULL OR CAST({name} AS VARCHAR) = ''"
            condition = self.flag(left_empty, later=suspect is not None)
        self.check(condition, column, "backtest.errors.empty", suspect=suspect)
