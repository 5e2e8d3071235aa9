"""View › Back-test…: the open agreement's time targets run over a help desk's ticket history.

The Back-test panel (a dock beside the findings) is opened from the menu or from the Metrics
and Review steps. A ticket file is chosen, its mapping said in the mapping dialog, and the run
goes on a pool thread with a progress bar and Cancel; the files' problems are shown one line
each, as the command line gives them. The last files and mapping are remembered per agreement.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QDockWidget

from sla_designer.backtest.mapping import Mapping, MappingError, load_mapping
from sla_designer.ui.i18n import current_language

if TYPE_CHECKING:
    from sla_designer.backtest.running import Outcome
    from sla_designer.backtest.suggest import Suggestion
    from sla_designer.ui.backtest_dialog import MappingDialog
    from sla_designer.ui.backtest_job import BacktestRunner
    from sla_designer.ui.backtest_panel import BacktestPanel
    from sla_designer.ui.main_window import MainWindow

BACKTEST_HEIGHT = 380
"""The panel's height when it opens: room for the charts."""
REMEMBERED = "backtest/"


def _file_error(error: Exception) -> str:
    from sla_designer.backtest.sources import TicketFileError

    if isinstance(error, TicketFileError | MappingError):
        return error.text(current_language())
    return str(error)


class BacktestFlow(QObject):
    """The Back-test panel of one window, its files and its runs."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dock = QDockWidget(window)
        self.dock.setObjectName("backtest")
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        window.tabifyDockWidget(window.findings_dock, self.dock)
        self.dock.hide()
        self.tickets: Path | None = None
        self.events: Path | None = None
        self.mapping = Mapping()
        self._panel: BacktestPanel | None = None
        self._runner: BacktestRunner | None = None
        window.document.reset.connect(self._other_agreement)
        window.document.changed.connect(self._changed)
        self.retranslate()

    @property
    def panel(self) -> BacktestPanel:
        """The panel, built when first needed (DuckDB and numpy load with it, not at start)."""
        if self._panel is None:
            from sla_designer.ui.backtest_panel import BacktestPanel

            panel = BacktestPanel()
            self._panel = panel
            self.dock.setWidget(panel)
            panel.choose_requested.connect(self.choose_file)
            panel.mapping_requested.connect(self.edit_mapping)
            panel.run_requested.connect(self.run)
            panel.cancel_requested.connect(self.runner.cancel)
            panel.apply_requested.connect(self.apply_suggestion)
            self._show_file()
        return self._panel

    @property
    def runner(self) -> BacktestRunner:
        if self._runner is None:
            from sla_designer.ui.backtest_job import BacktestRunner

            runner = BacktestRunner(self)
            self._runner = runner
            runner.progressed.connect(self._progressed)
            runner.finished.connect(self._finished)
            runner.failed.connect(self.panel.show_error)
            runner.cancelled.connect(self.panel.show_cancelled)
        return self._runner

    def _changed(self, *_: object) -> None:
        if self._panel is not None:
            self._panel.mark_stale()

    # --- opening -------------------------------------------------------------------------------

    def open_panel(self) -> bool:
        """Show the panel; with the files last used for this agreement, else ask for one."""
        if not self.window.editing():
            return False
        if self.tickets is None:
            self.restore()
        self.dock.show()
        self.dock.raise_()
        self.window.resizeDocks([self.dock], [BACKTEST_HEIGHT], Qt.Orientation.Vertical)
        if self.tickets is None:
            return self.choose_file()
        return True

    def choose_file(self) -> bool:
        """Ask for a ticket file, then its mapping; False when the user gave none."""
        folder = str(self.tickets.parent) if self.tickets else ""
        chosen = self.window.prompter.open_tickets_path(folder)
        return bool(chosen) and self.use_file(Path(chosen))

    def use_file(self, path: Path, mapping: Mapping | None = None) -> bool:
        """Read the first rows of `path` and ask its mapping (starting from `mapping`, else
        the mapping file a sample export writes beside it)."""
        start = mapping or _beside(path)
        dialog = self.mapping_dialog(path, start, None)
        if dialog is None or not self.window.prompter.run_dialog(dialog):
            return False
        self._take(path, dialog)
        return True

    def edit_mapping(self) -> bool:
        """The mapping dialog on the ticket file in use."""
        if self.tickets is None:
            return self.choose_file()
        dialog = self.mapping_dialog(self.tickets, self.mapping, self.events)
        if dialog is None or not self.window.prompter.run_dialog(dialog):
            return False
        self._take(self.tickets, dialog)
        return True

    def mapping_dialog(
        self, path: Path, start: Mapping | None, events: Path | None
    ) -> MappingDialog | None:
        """The dialog on a ticket file; None (and the reason in the panel) when it cannot be
        read."""
        from sla_designer.backtest.guess import preview_file
        from sla_designer.backtest.sample_files import events_path
        from sla_designer.backtest.sources import TicketFileError
        from sla_designer.ui.backtest_dialog import MappingDialog
        from sla_designer.ui.backtest_values import ColumnValues

        # The first rows come at once; the priorities, which read a column of the whole file,
        # while the dialog is open.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            preview = preview_file(path)
        except TicketFileError as error:
            self.panel.show_error(_file_error(error))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        if events is None and events_path(path).is_file():
            events = events_path(path)
        dialog = MappingDialog(
            self.window.document.agreement,
            preview,
            None,
            start=start,
            events=events,
            parent=self.window,
        )
        values = ColumnValues(dialog)
        values.read.connect(dialog.set_priority_values)
        values.failed.connect(dialog.priority_values_failed)
        dialog.column_wanted.connect(lambda column: values.start(path, column))
        if dialog.values_column is not None:
            values.start(path, dialog.values_column)
        if events is not None:
            self._events_columns(dialog, events)
        dialog.events_button.clicked.connect(lambda: self._choose_events(dialog))
        dialog.load_button.clicked.connect(lambda: self._load(dialog))
        dialog.save_button.clicked.connect(lambda: self._save(dialog))
        return dialog

    def _events_columns(self, dialog: MappingDialog, events: Path) -> None:
        from sla_designer.backtest.guess import preview_file
        from sla_designer.backtest.sources import TicketFileError

        try:
            dialog.set_events_columns(preview_file(events).columns)
        except TicketFileError as error:
            dialog.show_problem(_file_error(error))

    def _choose_events(self, dialog: MappingDialog) -> None:
        chosen = self.window.prompter.open_tickets_path(str(dialog.preview.path.parent))
        if chosen:
            dialog.events.setText(chosen)
            self._events_columns(dialog, Path(chosen))

    def _load(self, dialog: MappingDialog) -> None:
        chosen = self.window.prompter.open_mapping_path(str(dialog.preview.path.parent))
        if not chosen:
            return
        try:
            dialog.fill(load_mapping(Path(chosen)))
        except MappingError as error:
            dialog.show_problem(_file_error(error))
            return
        dialog.show_problem("")

    def _save(self, dialog: MappingDialog) -> None:
        from sla_designer.backtest.guess import mapping_yaml

        try:
            mapping = dialog.mapping()
        except ValueError as error:
            dialog.show_problem(str(error))
            return
        suggestion = dialog.preview.path.with_name(f"{dialog.preview.path.stem}-mapping.yaml")
        chosen = self.window.prompter.save_path(str(suggestion))
        if not chosen:
            return
        try:
            Path(chosen).write_text(mapping_yaml(mapping), encoding="utf-8")
        except OSError as error:
            dialog.show_problem(f"{chosen}: {error.strerror or error}")

    def _take(self, path: Path, dialog: MappingDialog) -> None:
        self.tickets, self.events, self.mapping = path, dialog.events_path(), dialog.mapping()
        self._show_file()
        self.remember()

    def _show_file(self) -> None:
        from sla_designer.ui.backtest_mapping_parts import preset_name

        name = self.tickets.name if self.tickets else ""
        self.panel.show_file(name, preset_name(self.mapping.preset or "servicenow"))

    # --- running -------------------------------------------------------------------------------

    def run(self) -> bool:
        """Back-test the agreement as it is now on the files chosen, off the GUI thread."""
        from sla_designer.backtest.running import BacktestRun

        if self.tickets is None:
            return False
        run = BacktestRun(
            self.window.document.agreement.model_copy(deep=True),
            self.tickets,
            self.events,
            self.mapping,
            self.tickets.name,
        )
        self.panel.set_running(True)
        self.panel.status.setText("")
        self.runner.start(run)
        return True

    def _progressed(self, done: int, total: int, metric_id: str) -> None:
        """The step under way, the metric named as the user named it."""
        metrics = self.window.document.agreement.metrics
        name = next((m.name or m.id for m in metrics if m.id == metric_id), metric_id)
        self.panel.show_progress(done, total, name)

    def _finished(self, outcome: Outcome) -> None:
        self.panel.show_outcome(outcome)

    def apply_suggestion(self, item: Suggestion) -> bool:
        """Put the suggested target in the agreement: one undo step. Refused when the target
        is no longer the one back-tested (edited, or its metric moved, since the run)."""
        document = self.window.document
        metric = item.path[:2]
        try:
            same = (
                document.get(metric).id == item.metric and document.get(item.path) == item.current
            )
        except (LookupError, AttributeError, TypeError):
            same = False
        if not same or item.suggested is None:
            self.panel.status.setText(
                self.tr("The target changed since the back-test: run it again.")
            )
            return False
        reason = document.set_value(item.path, item.suggested, self.tr("Suggested target"))
        if reason is not None:
            self.panel.status.setText(reason)
            return False
        self.panel.status.setText(
            self.tr("Suggested target applied (Undo takes it back): run the back-test again.")
        )
        return True

    # --- remembered per agreement --------------------------------------------------------------

    def _key(self) -> str:
        document = self.window.document
        name = str(document.file_path) if document.file_path else document.agreement.title
        return REMEMBERED + hashlib.sha1(name.encode("utf-8")).hexdigest()[:16]

    def remember(self) -> None:
        from sla_designer.backtest.guess import mapping_yaml

        if self.tickets is None:
            return
        kept = {
            "tickets": str(self.tickets),
            "events": str(self.events) if self.events else "",
            "mapping": mapping_yaml(self.mapping),
        }
        self.window.settings.setValue(self._key(), json.dumps(kept))

    def restore(self) -> None:
        """The files and mapping last used for the open agreement, when its files are there."""
        import yaml

        text = str(self.window.settings.value(self._key(), "", type=str) or "")
        try:
            kept = json.loads(text) if text else None
            if not isinstance(kept, dict) or not Path(kept["tickets"]).is_file():
                return
            mapping = Mapping.model_validate(yaml.safe_load(kept["mapping"]) or {})
        except (ValueError, KeyError, TypeError, yaml.YAMLError):
            return
        self.tickets, self.mapping = Path(kept["tickets"]), mapping
        self.events = Path(kept["events"]) if kept.get("events") else None
        self._show_file()

    def _other_agreement(self) -> None:
        if self._runner is not None:
            self._runner.cancel()
        self.tickets, self.events, self.mapping = None, None, Mapping()
        if self._panel is not None:
            self._panel.clear()
            self._show_file()
        self.dock.hide()

    def retranslate(self) -> None:
        self.dock.setWindowTitle(self.tr("Back-test"))
        if self._panel is not None:
            self._panel.retranslate()
            self._show_file()


def _beside(path: Path) -> Mapping | None:
    """The mapping file `sample-tickets` writes beside a ServiceNow export, if it is there."""
    beside = path.with_name(f"{path.stem}-mapping.yaml")
    if not beside.is_file():
        return None
    try:
        return load_mapping(beside)
    except MappingError:
        return None
