"""A back-test run off the GUI thread, its progress reported back and its cancel passed on.

The run (`backtest.running.BacktestRun`) works on its own copy of the agreement; the job's
signals are queued to the GUI thread, so the pool thread never touches a widget. Cancel
interrupts the DuckDB query under way, or stops the run before its next metric.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from sla_designer.backtest.running import BacktestRun, Cancelled, Outcome
from sla_designer.ui.export_job import one_line


class _Signals(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class BacktestJob(QRunnable):
    """Runs one BacktestRun on a pool thread."""

    def __init__(self, run: BacktestRun) -> None:
        super().__init__()
        self.run_ = run
        self.signals = _Signals()

    def run(self) -> None:
        try:
            outcome = self.run_.run(self.signals.progressed.emit)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as error:  # the files' problems: one line each
            self.signals.failed.emit(_lines(error))
        else:
            if self.run_.cancelled:
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(outcome)


def _lines(error: BaseException) -> str:
    """Every problem of a file error on its own line; another error's first line."""
    from sla_designer.backtest.mapping import MappingError
    from sla_designer.backtest.sources import TicketFileError
    from sla_designer.ui.i18n import current_language

    if isinstance(error, TicketFileError | MappingError):
        return error.text(current_language())
    return one_line(error)


class BacktestRunner(QObject):
    """Starts one back-test at a time and re-emits its outcome on the GUI thread."""

    progressed = Signal(int, int, str)
    """Steps done, steps in all, what is being done (a metric's id; '' reading the files)."""
    finished = Signal(object)
    """The run's Outcome."""
    failed = Signal(str)
    """One line per problem."""
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job: BacktestJob | None = None
        self._jobs: list[BacktestJob] = []
        """Every job not yet over (a replaced one runs on until it stops)."""

    def busy(self) -> bool:
        return self.job is not None

    def start(self, run: BacktestRun) -> None:
        if self.job is not None:
            self.job.run_.cancel()
        job = BacktestJob(run)
        job.setAutoDelete(False)  # kept until its outcome has been delivered
        job.signals.progressed.connect(self._progressed)
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        job.signals.cancelled.connect(self._cancelled)
        self.job = job
        self._jobs.append(job)
        QThreadPool.globalInstance().start(job)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.run_.cancel()

    def _current(self) -> bool:
        """Whether the signal comes from the job under way (not one replaced since)."""
        sender = self.sender()
        return self.job is not None and sender is self.job.signals

    def _over(self) -> bool:
        """Forget the job that sent its last signal; whether it was the job under way."""
        sender = self.sender()
        current = self._current()
        self._jobs = [j for j in self._jobs if j.signals is not sender]
        if current:
            self.job = None
        return current

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, what: str) -> None:
        if self._current():
            self.progressed.emit(done, total, what)

    @Slot(object)
    def _finished(self, outcome: Outcome) -> None:
        if self._over():
            self.finished.emit(outcome)

    @Slot(str)
    def _failed(self, message: str) -> None:
        if self._over():
            self.failed.emit(message)

    @Slot()
    def _cancelled(self) -> None:
        if self._over():
            self.cancelled.emit()
