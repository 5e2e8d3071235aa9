"""The values of a ticket file's priority column, read off the GUI thread for the mapping
dialog: a year of tickets takes DuckDB a second or more to read whole, and the dialog opens at
once on the file's first rows meanwhile.

Each read answers for one file and column; a read asked for since (another preset, another
column) makes an earlier one's answer stale, and it is dropped.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Signals(QObject):
    read = Signal(int, list)
    failed = Signal(int, str)


class _ReadJob(QRunnable):
    def __init__(self, serial: int, path: Path, column: str) -> None:
        super().__init__()
        self.serial, self.path, self.column = serial, path, column
        self.signals = _Signals()

    def run(self) -> None:
        from sla_designer.backtest.guess import column_values
        from sla_designer.backtest.sources import TicketFileError
        from sla_designer.ui.i18n import current_language

        try:
            values = column_values(self.path, self.column)
        except TicketFileError as error:
            self.signals.failed.emit(self.serial, error.text(current_language()))
        else:
            self.signals.read.emit(self.serial, values)
        finally:
            _RUNNING.discard(self)


_RUNNING: set[_ReadJob] = set()
"""Every read under way, kept alive until it ends: its dialog may be closed, and the reader with
it, before the file is read (the answer then goes nowhere)."""


class ColumnValues(QObject):
    """Reads a column's values on a pool thread; the latest read's answer, on the GUI thread."""

    read = Signal(str, list)
    """The column read and its values, most frequent first."""
    failed = Signal(str, str)
    """The column and why the file could not be read, one line per problem."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._serial = 0
        self._column = ""
        self._jobs: dict[int, _ReadJob] = {}
        """Every read not yet answered (a stale one runs on until it ends)."""

    def start(self, path: Path, column: str) -> None:
        """Read the values of `column` of `path`; an earlier read's answer is dropped."""
        self._serial += 1
        self._column = column
        job = _ReadJob(self._serial, path, column)
        job.setAutoDelete(False)  # kept until it has answered
        job.signals.read.connect(self._read)
        job.signals.failed.connect(self._failed)
        self._jobs[self._serial] = job
        _RUNNING.add(job)
        QThreadPool.globalInstance().start(job)

    def reading(self) -> bool:
        """Whether the latest read has not answered yet."""
        return self._serial in self._jobs

    @Slot(int, list)
    def _read(self, serial: int, values: list[str]) -> None:
        if self._answered(serial):
            self.read.emit(self._column, values)

    @Slot(int, str)
    def _failed(self, serial: int, message: str) -> None:
        if self._answered(serial):
            self.failed.emit(self._column, message)

    def _answered(self, serial: int) -> bool:
        """Forget the read that answered; whether it is the latest."""
        self._jobs.pop(serial, None)
        return serial == self._serial
