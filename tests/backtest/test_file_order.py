"""A ServiceNow export already in order (by incident, then time) is read without DuckDB
ordering its rows again: whatever the order of the file's rows, the history read is the one
DuckDB's ordering gives."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import duckdb
import numpy as np
import pytest

from sla_designer.backtest import reading, servicenow
from sla_designer.backtest.mapping import Mapping
from sla_designer.backtest.reading import TicketHistory, read_history
from sla_designer.backtest.sample_files import write_servicenow
from sla_designer.backtest.samples import history
from sla_designer.model import Agreement

SAO_PAULO = Mapping(timezone="America/Sao_Paulo")
ORDERS = {
    "as written": "rowid",
    "shuffled": "hash(rowid)",
    "incidents from the last": "number DESC, rowid",
    "one incident's times backwards": (
        "number, CASE WHEN number = (SELECT min(number) FROM audit) THEN -rowid ELSE rowid END"
    ),
    "equal times of an incident swapped": "number, sys_updated_at, -rowid",
}


def _columns(read: TicketHistory) -> dict[str, object]:
    return {f.name: getattr(read, f.name) for f in fields(read) if f.compare}


def _same(one: TicketHistory, other: TicketHistory) -> None:
    for name, value in _columns(one).items():
        theirs = _columns(other)[name]
        if isinstance(value, np.ndarray):
            assert np.array_equal(value, theirs), name  # type: ignore[arg-type]
        else:
            assert value == theirs, name
    mine, yours = one.messages(), other.messages()
    assert mine is not None and yours is not None
    for name in ("ticket", "at", "kind"):
        assert np.array_equal(getattr(mine, name), getattr(yours, name)), name


@pytest.mark.parametrize("look_ahead", [servicenow._LOOK_AHEAD, 5])
@pytest.mark.parametrize("order", list(ORDERS))
@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_the_history_read_is_the_same_in_any_order_of_rows(
    service_desk: Agreement,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    order: str,
    suffix: str,
    look_ahead: int,
) -> None:
    """With a look ahead of 5 rows, files in another order are found so only once read whole
    as written incident after incident."""
    monkeypatch.setattr(servicenow, "_LOOK_AHEAD", look_ahead)
    written = tmp_path / "written.parquet"
    write_servicenow(history(300, 3), written)
    path = tmp_path / f"audit{suffix}"
    with duckdb.connect() as con:
        con.execute(f"CREATE TABLE audit AS SELECT * FROM read_parquet('{written}')")
        kind = "(FORMAT csv, HEADER)" if suffix == ".csv" else "(FORMAT parquet)"
        con.execute(f"COPY (SELECT * FROM audit ORDER BY {ORDERS[order]}) TO '{path}' {kind}")
    taken: list[bool] = []
    in_order = reading._in_order

    def watched(*args: object) -> object:
        found = in_order(*args)  # type: ignore[arg-type]
        taken.append(found is not None)
        return found

    monkeypatch.setattr(reading, "_in_order", watched)
    read = read_history(service_desk, path, None, SAO_PAULO, "-")
    assert any(taken) == (order == "as written")
    monkeypatch.setattr(reading, "_in_order", lambda *_: None)
    ordered = read_history(service_desk, path, None, SAO_PAULO, "-")
    _same(read, ordered)
    # Incidents grouped by DuckDB, as for a file not written incident after incident.
    monkeypatch.setattr(servicenow, "_ticket_after_ticket", lambda *_: None)
    grouped = read_history(service_desk, path, None, SAO_PAULO, "-")
    _same(read, grouped)
