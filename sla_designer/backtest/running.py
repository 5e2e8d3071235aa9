"""A back-test run another thread can follow and cancel: the editor runs one off its own thread.

The files are read on a DuckDB connection the run owns, so `cancel()` interrupts the query
under way; between the reading and each metric the run stops if it was cancelled. `progress` is
told each step as it starts: (steps done, steps in all, what: `READING` or a metric's id).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from sla_designer.backtest.mapping import Mapping
from sla_designer.backtest.memory import kept_columns
from sla_designer.backtest.reading import TicketHistory, read_history
from sla_designer.backtest.report import MetricResult, backtest
from sla_designer.backtest.suggest import Suggestion, suggest
from sla_designer.model import Agreement, ResolutionTimeMetric, ResponseTimeMetric

READING = ""
"""The step that reads the files (a metric's steps are named by its id)."""
Progress = Callable[[int, int, str], None]


class Cancelled(Exception):
    """The run was cancelled before it finished."""


@dataclass(frozen=True)
class Outcome:
    """What a run found: the history read, each time metric's result and the targets the
    history supports."""

    history: TicketHistory
    results: list[MetricResult]
    suggestions: list[Suggestion] = field(default_factory=list)


@dataclass
class BacktestRun:
    """One back-test of `agreement` (a private copy) over ticket files."""

    agreement: Agreement
    tickets: Path
    events: Path | None
    mapping: Mapping
    mapping_file: str
    start: dt.date | None = None
    end: dt.date | None = None
    _cancelled: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _con: duckdb.DuckDBPyConnection | None = None

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        """Stop the run: the query under way is interrupted (from any thread)."""
        self._cancelled.set()
        with self._lock:
            if self._con is not None:
                self._con.interrupt()

    def _check(self) -> None:
        if self._cancelled.is_set():
            raise Cancelled

    @kept_columns()  # what the reading frees is kept for the metrics' columns
    def run(self, progress: Progress | None = None) -> Outcome:
        """Read the files and back-test each time metric; Cancelled when cancelled, a
        TicketFileError or MappingError (one line per problem) when the files cannot be read."""
        tell = progress or (lambda _done, _total, _what: None)
        metrics = [
            m
            for m in self.agreement.metrics
            if isinstance(m, ResponseTimeMetric | ResolutionTimeMetric)
        ]
        total = 1 + len(metrics)
        tell(0, total, READING)
        self._check()
        con = duckdb.connect()
        with self._lock:
            self._con = con
        try:
            history = read_history(
                self.agreement,
                self.tickets,
                self.events,
                self.mapping,
                self.mapping_file,
                connection=con,
            )
        except Exception:
            # An interrupted query may come back wrapped as the file's error ("cannot be
            # read: Interrupted"): once cancelled, whatever stopped the reading is the cancel.
            if self._cancelled.is_set():
                raise Cancelled from None
            raise
        finally:
            with self._lock:
                self._con = None
            con.close()
        results: list[MetricResult] = []
        for done, metric in enumerate(metrics, start=1):
            self._check()
            tell(done, total, metric.id)
            # One metric at a time, so that the progress follows and a cancel stops between.
            alone = self.agreement.model_copy(update={"metrics": [metric]})
            results += backtest(alone, history, self.mapping, self.start, self.end)
        self._check()
        return Outcome(history, results, suggest(self.agreement, history, results))
