"""The Back-test panel: the ticket file, its mapping, the run with its progress and cancel, and
per metric its attainment window by window, its tickets' elapsed times and its windows' table.

The panel shows; `backtest_flow.BacktestFlow` asks for files, runs and remembers.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sla_designer.backtest.figures import attainment_points, elapsed_histogram, scopes
from sla_designer.backtest.report import MetricResult
from sla_designer.backtest.running import Outcome
from sla_designer.backtest.suggest import Suggestion
from sla_designer.text import texts
from sla_designer.text.formats import formatter
from sla_designer.ui.backtest_charts import AttainmentChart, ElapsedHistogram, window_name
from sla_designer.ui.backtest_suggestion import SuggestionRow
from sla_designer.ui.i18n import current_language, percent_text

TICKETS, MET, ATTAINMENT, OBJECTIVE, VERDICT = 1, 2, 3, 4, 5
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _count(value: int) -> str:
    return formatter(current_language()).number(value)


class BacktestPanel(QWidget):
    """What the back-test read and found."""

    choose_requested = Signal()
    mapping_requested = Signal()
    run_requested = Signal()
    cancel_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("backtest-panel")
        self.outcome: Outcome | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.file_label = QLabel()
        self.file_label.setObjectName("tickets-file")
        top.addWidget(self.file_label, 1)
        self.choose = QPushButton()
        self.choose.setObjectName("choose-tickets")
        self.choose.clicked.connect(self.choose_requested)
        self.mapping = QPushButton()
        self.mapping.setObjectName("mapping")
        self.mapping.clicked.connect(self.mapping_requested)
        self.run = QPushButton()
        self.run.setObjectName("run")
        self.run.clicked.connect(self.run_requested)
        self.cancel = QPushButton()
        self.cancel.setObjectName("cancel")
        self.cancel.clicked.connect(self.cancel_requested)
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setMinimumWidth(160)
        for button in (self.choose, self.mapping, self.run, self.cancel, self.progress):
            top.addWidget(button)
        layout.addLayout(top)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        layout.addWidget(self.error)

        self.results = QWidget()
        results = QVBoxLayout(self.results)
        results.setContentsMargins(0, 0, 0, 0)
        choosers = QHBoxLayout()
        self.metric_label = QLabel()
        self.metric_box = QComboBox()
        self.metric_box.setObjectName("metric")
        self.metric_label.setBuddy(self.metric_box)
        self.scope_label = QLabel()
        self.scope_box = QComboBox()
        self.scope_box.setObjectName("scope")
        self.scope_label.setBuddy(self.scope_box)
        self.reading = QLabel()
        self.reading.setObjectName("reading")
        self.reading.setWordWrap(True)
        for chooser in (self.metric_label, self.metric_box, self.scope_label, self.scope_box):
            choosers.addWidget(chooser)
        choosers.addWidget(self.reading, 1)
        results.addLayout(choosers)
        self.suggestion = SuggestionRow()
        self.apply_requested = self.suggestion.apply_requested
        results.addWidget(self.suggestion)
        split = QSplitter()
        self.attainment = AttainmentChart()
        self.histogram = ElapsedHistogram()
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("windows")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for shown in (self.attainment, self.histogram, self.table):
            split.addWidget(shown)
        split.setSizes([380, 380, 420])
        results.addWidget(split, 1)
        layout.addWidget(self.results, 1)
        self.results.hide()
        self.metric_box.currentIndexChanged.connect(self._metric_chosen)
        self.scope_box.currentIndexChanged.connect(self._scope_chosen)
        self.set_running(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.choose.setText(QCoreApplication.translate("Backtest", "Ticket file…"))
        self.choose.setToolTip(
            QCoreApplication.translate(
                "Backtest", "A help desk's ticket history: CSV, Parquet or JSON lines"
            )
        )
        self.mapping.setText(QCoreApplication.translate("Backtest", "Mapping…"))
        self.run.setText(QCoreApplication.translate("Backtest", "Run"))
        self.cancel.setText(QCoreApplication.translate("Backtest", "Cancel"))
        self.progress.setAccessibleName(
            QCoreApplication.translate("Backtest", "Back-test progress")
        )
        self.metric_label.setText(QCoreApplication.translate("Backtest", "Metric:"))
        self.metric_box.setAccessibleName(QCoreApplication.translate("Backtest", "Metric"))
        self.scope_label.setText(QCoreApplication.translate("Backtest", "Priority:"))
        self.scope_box.setAccessibleName(QCoreApplication.translate("Backtest", "Priority"))
        self.table.setAccessibleName(QCoreApplication.translate("Backtest", "Windows"))
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Backtest", "Window"),
                QCoreApplication.translate("Backtest", "Tickets"),
                QCoreApplication.translate("Backtest", "Within target"),
                QCoreApplication.translate("Backtest", "Attainment"),
                QCoreApplication.translate("Backtest", "Objective"),
                QCoreApplication.translate("Backtest", "Objective met"),
            ]
        )
        if not self.file_label.text() or self.file_label.property("empty"):
            self.show_file("", "")
        if self.outcome is not None:
            self.show_outcome(self.outcome)

    # --- the file and the run ------------------------------------------------------------------

    def show_file(self, name: str, preset: str) -> None:
        """The ticket file chosen ('' for none) and the export it is read as."""
        self.file_label.setProperty("empty", not name)
        if not name:
            self.file_label.setText(
                QCoreApplication.translate(
                    "Backtest", "Choose a help desk's ticket history to back-test on."
                )
            )
        else:
            self.file_label.setText(
                QCoreApplication.translate("Backtest", "Tickets: %1 (%2)")
                .replace("%1", name)
                .replace("%2", preset)
            )
        self.mapping.setEnabled(bool(name))
        self.run.setEnabled(bool(name) and not self.cancel.isEnabled())

    def set_running(self, running: bool) -> None:
        self.cancel.setEnabled(running)
        self.choose.setEnabled(not running)
        self.mapping.setEnabled(not running and not self.file_label.property("empty"))
        self.run.setEnabled(not running and not self.file_label.property("empty"))
        self.progress.setVisible(running)
        if running:
            self.progress.setRange(0, 0)
            self.error.hide()

    def show_progress(self, done: int, total: int, what: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if what:
            self.status.setText(
                QCoreApplication.translate("Backtest", "Back-testing %1…").replace("%1", what)
            )
        else:
            self.status.setText(QCoreApplication.translate("Backtest", "Reading the ticket files…"))

    def show_error(self, message: str) -> None:
        self.set_running(False)
        self.status.setText(
            QCoreApplication.translate("Backtest", "The back-test could not read the files:")
        )
        self.error.setText(message)
        self.error.show()

    def show_cancelled(self) -> None:
        self.set_running(False)
        self.status.setText(QCoreApplication.translate("Backtest", "Back-test cancelled."))

    def mark_stale(self) -> None:
        if self.outcome is not None:
            self.status.setText(
                QCoreApplication.translate(
                    "Backtest", "The agreement changed since this back-test: run it again."
                )
            )

    def clear(self) -> None:
        self.outcome = None
        self.results.hide()
        self.error.hide()
        self.status.setText("")

    # --- results -------------------------------------------------------------------------------

    def show_outcome(self, outcome: Outcome) -> None:
        self.set_running(False)
        self.outcome = outcome
        self.error.hide()
        tickets = len(outcome.history.ids)
        self.status.setText(
            QCoreApplication.translate(
                "Backtest", "%1 tickets read, %2 windows missed their objective."
            )
            .replace("%1", _count(tickets))
            .replace(
                "%2",
                _count(sum(row.objective_met is False for r in outcome.results for row in r.rows)),
            )
        )
        chosen = self.metric_box.currentData()
        self.metric_box.blockSignals(True)
        self.metric_box.clear()
        for result in outcome.results:
            self.metric_box.addItem(result.metric.name or result.metric.id, result.metric.id)
        self.metric_box.setCurrentIndex(max(0, self.metric_box.findData(chosen)))
        self.metric_box.blockSignals(False)
        self.results.show()
        self._metric_chosen()

    def result(self) -> MetricResult | None:
        if self.outcome is None:
            return None
        chosen = self.metric_box.currentData()
        return next((r for r in self.outcome.results if r.metric.id == chosen), None)

    def _metric_chosen(self, *_: object) -> None:
        result = self.result()
        if result is None:
            return
        chosen = self.scope_box.currentData()
        self.scope_box.blockSignals(True)
        self.scope_box.clear()
        for scope in scopes(result):
            self.scope_box.addItem(
                scope or QCoreApplication.translate("Backtest", "All priorities"), scope
            )
        self.scope_box.setCurrentIndex(max(0, self.scope_box.findData(chosen)))
        self.scope_box.blockSignals(False)
        self.scope_box.setEnabled(self.scope_box.count() > 0)
        self.reading.setText(self._reading(result))
        self._scope_chosen()

    def _reading(self, result: MetricResult) -> str:
        say = texts(current_language())
        if result.skipped is not None:
            return QCoreApplication.translate("Backtest", "Not back-tested: %1").replace(
                "%1", say(f"backtest.skipped.{result.skipped}")
            )
        parts = [say(f"backtest.mode.{result.mode}")]
        parts.append(
            say("backtest.minimum", count=result.minimum)
            if result.minimum > 1
            else say("backtest.from_first")
        )
        if result.open:
            parts.append(say("backtest.open", count=result.open))
        joined = "; ".join(parts)
        return joined[:1].upper() + joined[1:]

    def _suggestion(self, result: MetricResult, scope: str | None) -> Suggestion | None:
        """The suggestion for the priority's own target, else for the target of all tickets."""
        assert self.outcome is not None
        mine = [s for s in self.outcome.suggestions if s.metric == result.metric.id]
        own = next((s for s in mine if s.priority == scope), None)
        return own or next((s for s in mine if s.priority is None), None)

    def _scope_chosen(self, *_: object) -> None:
        result = self.result()
        if result is None or self.outcome is None:
            return
        scope = self.scope_box.currentData() if self.scope_box.count() else None
        points = attainment_points(result, scope)
        kind = result.metric.window.kind
        self.attainment.set_points(points, kind)
        self.histogram.set_histogram(elapsed_histogram(result, self.outcome.history, scope))
        self.suggestion.show_suggestion(
            self._suggestion(result, scope), result.metric.name or result.metric.id
        )
        self.table.setRowCount(len(points))
        for row, point in enumerate(points):
            verdict = (
                QCoreApplication.translate("Backtest", "Too few tickets")
                if point.objective_met is None
                else QCoreApplication.translate("Backtest", "Yes")
                if point.objective_met
                else QCoreApplication.translate("Backtest", "No")
            )
            tickets = next(
                r for r in result.rows if r.priority == scope and r.window == point.window
            )
            cells = [
                window_name(point.window, kind),
                _count(tickets.tickets),
                _count(tickets.met),
                percent_text(point.attainment),
                percent_text(point.objective),
                verdict,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (TICKETS, MET, ATTAINMENT, OBJECTIVE):
                    item.setTextAlignment(RIGHT)
                self.table.setItem(row, column, item)
