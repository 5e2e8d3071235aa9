"""Outage lists, read with DuckDB and checked row by row (`sources.Source`).

An outage list has one row per outage: `start`, `end`, optionally the `service` it hit (empty:
every service), whether an agreed exclusion applies (`excluded`: empty, false, no, 0 or não
for none; true, yes, sim, 1 or the reason), what it was (`kind`: empty or a word for an outage,
or a word for emergency maintenance, `recognize.outage_kinds` of each language) and when
emergency maintenance was `announced` (a time read as `start` is). The mapping's `columns`
names them otherwise, its `timezone` and `date_format` read the times.

Every problem is one line with the file, the row and the column: besides the tickets' (missing
columns, empty values, dates), outages that end before they start or overlap another of the
same service, unknown services, unknown kinds.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import duckdb
import numpy as np

from sla_designer.backtest.mapping import Mapping
from sla_designer.backtest.measure_files import Column, connect
from sla_designer.backtest.sources import Source, TicketFileError, literal, quoted
from sla_designer.model import Agreement
from sla_designer.text import LANGUAGES, texts
from sla_designer.text.values import Joined, Problem


@cache
def not_excluded() -> frozenset[str]:
    """An `excluded` cell that says no: empty, 0, or a word for no in any language
    (`recognize.no_words`)."""
    words = {"", "0"}
    for language in LANGUAGES:
        words.update(word.lower() for word in texts(language).raw("recognize.no_words"))
    return frozenset(words)


@cache
def outage_kinds() -> dict[str, tuple[str, ...]]:
    """The words of an outage list's `kind` column, by kind (`outage`, `emergency`), in lower
    case: those of every language (`recognize.outage_kinds`)."""
    found: dict[str, list[str]] = {}
    for language in LANGUAGES:
        for kind, words in texts(language).raw("recognize.outage_kinds").items():
            found.setdefault(kind, []).extend(word.lower() for word in words)
    return {kind: tuple(dict.fromkeys(words)) for kind, words in found.items()}


@dataclass(frozen=True)
class OutageRows:
    """The outages of a list, in the file's order; instants in microseconds (UTC)."""

    path: Path
    rows: Column
    start: Column
    end: Column
    service: tuple[str | None, ...]
    excluded: tuple[bool, ...]
    emergency: tuple[bool, ...] = ()
    """Whether each outage was emergency maintenance (empty: the list does not say)."""
    announced: tuple[int | None, ...] = ()
    """When each emergency maintenance was announced (None: not said)."""


def read_outages(agreement: Agreement, path: Path, mapping: Mapping) -> OutageRows:
    """The outage list at `path`; a TicketFileError lists what is wrong, one line each."""
    con = connect()
    source = Source.open(con, path, "outages")
    roles = ("start", "end", "service", "excluded", "kind", "announced")
    names = {role: mapping.column(role, role) for role in roles}
    if not all([source.column(role, names[role]) for role in ("start", "end")]):
        raise TicketFileError(source.problems)
    start = source.instant(names["start"], mapping.timezone, mapping.date_format, "start_us")
    end = source.instant(names["end"], mapping.timezone, mapping.date_format, "end_us")
    source.required(names["start"])
    source.required(names["end"])
    source.check("end_us <= start_us", names["end"], "backtest.errors.end_before_start")
    columns = {"start_us": start, "end_us": end}
    service = excluded = "NULL"
    if names["service"] in source.types:
        columns[names["service"]] = quoted(names["service"])
        service = f"nullif(trim(CAST({quoted(names['service'])} AS VARCHAR)), '')"
        known = tuple(s.id for s in agreement.service.services)
        listed = ", ".join(literal(k) for k in known) or "NULL"
        source.check(
            f"service_id IS NOT NULL AND service_id NOT IN ({listed})",
            names["service"],
            "backtest.errors.unknown_service",
            known=Joined(known),
        )
    if names["excluded"] in source.types:
        excluded = f"lower(trim(CAST({quoted(names['excluded'])} AS VARCHAR)))"
    kind = _kind(source, names["kind"], columns)
    announced = "NULL"
    if names["announced"] in source.types:
        zone, written = mapping.timezone, mapping.date_format
        columns[names["announced"]] = quoted(names["announced"])
        announced = source.instant(names["announced"], zone, written, "announced_us")
    source.load(
        {
            names["start"]: quoted(names["start"]),
            names["end"]: quoted(names["end"]),
            **columns,
            "service_id": service,
            "excluded_text": excluded,
            "kind_text": kind,
            "announced_us": announced,
        }
    )
    if source.run_checks():
        raise TicketFileError(source.problems)
    _check_overlaps(con, source, names["start"])
    rows = con.execute(
        "SELECT _row, start_us, end_us, service_id, excluded_text, kind_text, announced_us"
        " FROM outages ORDER BY _row"
    ).fetchall()
    emergency = set(outage_kinds()["emergency"])
    return OutageRows(
        path,
        np.array([r[0] for r in rows], dtype=np.int64),
        np.array([r[1] for r in rows], dtype=np.int64),
        np.array([r[2] for r in rows], dtype=np.int64),
        tuple(r[3] for r in rows),
        tuple((r[4] or "") not in not_excluded() for r in rows),
        tuple(r[5] in emergency for r in rows),
        tuple(None if r[6] is None else int(r[6]) for r in rows),
    )


def _kind(source: Source, column: str, columns: dict[str, str]) -> str:
    """The SQL of the `kind` column in lower case (NULL without the column), and the check that
    each value is a word for an outage or for emergency maintenance."""
    if column not in source.types:
        return "NULL"
    columns[column] = quoted(column)
    known = [word for words in outage_kinds().values() for word in words]
    listed = ", ".join(literal(word) for word in ["", *known])
    source.check(
        f"kind_text IS NOT NULL AND kind_text NOT IN ({listed})",
        column,
        "backtest.errors.unknown_outage_kind",
        known=Joined(tuple(known)),
    )
    return f"lower(trim(CAST({quoted(column)} AS VARCHAR)))"


def _check_overlaps(con: duckdb.DuckDBPyConnection, source: Source, column: str) -> None:
    """Two outages of one service (or one of every service and another) that overlap: one is
    a duplicate, or two monitors recorded one outage; the list must say it once."""
    found = con.execute(
        """
        SELECT a._row, min(b._row), count(*) OVER ()
        FROM outages a JOIN outages b
          ON b._row < a._row AND b.start_us < a.end_us AND a.start_us < b.end_us
         AND (a.service_id IS NULL OR b.service_id IS NULL OR a.service_id = b.service_id)
        GROUP BY a._row ORDER BY a._row LIMIT 1
        """
    ).fetchone()
    if found is not None:
        row, other, count = found
        raise TicketFileError(
            [
                Problem(
                    "backtest.errors.overlapping_outage",
                    count=int(count),
                    file=str(source.path),
                    row=int(row),
                    column=column,
                    other=int(other),
                )
            ]
        )
