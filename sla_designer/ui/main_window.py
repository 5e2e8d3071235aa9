"""The main window: step navigator, one page per step, live findings, menus, autosave."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
)

from sla_designer.model import Agreement
from sla_designer.ui.document import AgreementDocument, FieldPath
from sla_designer.ui.file_actions import FileActions, blank_agreement
from sla_designer.ui.findings_panel import FindingsPanel, FindingsWatcher
from sla_designer.ui.navigator import StepNavigator
from sla_designer.ui.pages import build_pages
from sla_designer.ui.pages.base import Page
from sla_designer.ui.pages.review import ReviewPage
from sla_designer.ui.prompts import Prompter
from sla_designer.ui.recovery import RecoveryStore
from sla_designer.ui.steps import STEPS, counts_by_step, step_of
from sla_designer.ui.template_dialog import TemplateDialog
from sla_designer.ui.welcome import WelcomeScreen
from sla_designer.validation.findings import Finding

AUTOSAVE_MS = 30_000


class MainWindow(QMainWindow):
    """One agreement per window, edited step by step."""

    def __init__(
        self,
        settings: QSettings,
        recovery: RecoveryStore,
        prompter: Prompter | None = None,
        autosave_ms: int = AUTOSAVE_MS,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.recovery = recovery
        self.prompter = prompter or Prompter(self)
        self.document = AgreementDocument(blank_agreement(), self)
        self.files = FileActions(self, settings)
        self.watcher = FindingsWatcher(self.document)
        self.resize(1200, 820)

        self.navigator = StepNavigator()
        self.pages: dict[str, Page] = build_pages(self.document)
        self.page_stack = QStackedWidget()
        for step in STEPS:
            self.page_stack.addWidget(self.pages[step.key])
        splitter = QSplitter()
        splitter.addWidget(self.navigator)
        splitter.addWidget(self.page_stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 960])
        self.navigator.currentRowChanged.connect(self.page_stack.setCurrentIndex)

        self.welcome = self._make_welcome()
        self.central = QStackedWidget()
        self.central.addWidget(self.welcome)
        self.central.addWidget(splitter)
        self.setCentralWidget(self.central)

        self.findings_panel = FindingsPanel()
        self.findings_dock = QDockWidget("Findings", self)
        self.findings_dock.setObjectName("findings")
        self.findings_dock.setWidget(self.findings_panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.findings_dock)
        self.findings_panel.finding_activated.connect(self.go_to_finding)

        self.counts_label = QLabel()
        self.statusBar().addPermanentWidget(self.counts_label)
        self.watcher.updated.connect(self._show_findings)
        self.document.refused.connect(
            lambda _path, reason: self.statusBar().showMessage(f"Not accepted: {reason}", 6000)
        )
        self.document.undo_stack.cleanChanged.connect(self._update_title)
        self.document.file_path_changed.connect(self._update_title)

        review = self.pages["review"]
        if isinstance(review, ReviewPage):
            review.export_buttons["yaml"].clicked.connect(self.files.export_yaml)
            review.export_buttons["docx"].clicked.connect(self.files.export_docx)
            review.export_buttons["pdf"].setEnabled(False)

        self._build_menus()
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(autosave_ms)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()
        self.show_welcome()

    # --- what is shown -----------------------------------------------------------------------

    def _make_welcome(self) -> WelcomeScreen:
        welcome = WelcomeScreen(self.files.recent_files())
        welcome.open_file.connect(lambda path: self.files.open_path(Path(path)))
        welcome.new_from.connect(self.files.new_from)
        welcome.browse.connect(self.files.open_dialog)
        return welcome

    def show_welcome(self) -> None:
        self.central.setCurrentIndex(0)
        self.findings_dock.hide()
        self._update_title()

    def show_agreement(self, agreement: Agreement, path: Path | None) -> None:
        """Edit another agreement; its history starts empty."""
        self.recovery.clear()
        self.document.replace(agreement, path)
        self.central.setCurrentIndex(1)
        self.findings_dock.show()
        # The pages are the work; findings get a strip under them unless the user drags it.
        self.resizeDocks([self.findings_dock], [170], Qt.Orientation.Vertical)
        self.navigator.setCurrentRow(0)
        self._update_title()

    def recent_changed(self) -> None:
        self._recent_menu_refresh()
        welcome = self._make_welcome()
        self.central.insertWidget(0, welcome)
        self.central.removeWidget(self.welcome)
        self.welcome.deleteLater()
        self.welcome = welcome

    def editing(self) -> bool:
        return self.central.currentIndex() == 1

    def display_name(self) -> str:
        path = self.document.file_path
        return path.name if path else "Untitled"

    def _update_title(self, *_: object) -> None:
        self.setWindowModified(self.document.modified)
        name = f"{self.display_name()}[*] — " if self.editing() else ""
        self.setWindowTitle(f"{name}SLA Designer")

    # --- findings ----------------------------------------------------------------------------

    def _show_findings(self, findings: list[Finding]) -> None:
        self.findings_panel.findings_model.language = self.document.agreement.language
        self.findings_panel.findings_model.set_findings(findings)
        counts = counts_by_step(findings)
        self.navigator.show_counts(counts)
        total = {s: sum(c[s] for c in counts.values()) for s in ("error", "warning", "info")}
        self.counts_label.setText(
            f"{total['error']} errors · {total['warning']} warnings · {total['info']} notes"
        )
        review = self.pages["review"]
        if isinstance(review, ReviewPage):
            review.show_counts(total["error"], total["warning"], total["info"])

    def go_to_finding(self, finding: Finding) -> None:
        """Show the step of a finding and focus its field."""
        self.go_to_path(finding.path, step_of(finding).key)

    def go_to_path(self, path: FieldPath, step_key: str) -> None:
        row = [s.key for s in STEPS].index(step_key)
        self.navigator.setCurrentRow(row)
        self.pages[step_key].focus_path(tuple(path))

    # --- menus -------------------------------------------------------------------------------

    def _action(self, text: str, slot: object, shortcut: object = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)  # type: ignore[call-overload]
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        keys = QKeySequence.StandardKey
        menu = self.menuBar().addMenu("&File")
        menu.addAction(self._action("&New from template…", self.new_dialog, keys.New))
        menu.addAction(self._action("&Open…", self.files.open_dialog, keys.Open))
        self.recent_menu = menu.addMenu("Open &recent")
        self._recent_menu_refresh()
        menu.addSeparator()
        self.save_action = self._action("&Save", self.files.save, keys.Save)
        self.save_as_action = self._action("Save &as…", self.files.save_as, keys.SaveAs)
        menu.addAction(self.save_action)
        menu.addAction(self.save_as_action)
        menu.addAction(self._action("Export &YAML…", self.files.export_yaml))
        menu.addAction(self._action("Export &Word…", self.files.export_docx))
        menu.addSeparator()
        menu.addAction(self._action("&Quit", self.close, keys.Quit))

        edit = self.menuBar().addMenu("&Edit")
        self.undo_action = self.document.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(keys.Undo)
        self.redo_action = self.document.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcut(keys.Redo)
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)

        view = self.menuBar().addMenu("&View")
        view.addAction(self.findings_dock.toggleViewAction())
        view.addAction(self._action("&Next step", self._next_step, keys.Forward))
        view.addAction(self._action("&Previous step", self._previous_step, keys.Back))

    def _recent_menu_refresh(self) -> None:
        self.recent_menu.clear()
        recent = self.files.recent_files()
        for path in recent:
            self.recent_menu.addAction(
                self._action(path, lambda _=False, p=path: self.files.open_path(Path(p)))
            )
        self.recent_menu.setEnabled(bool(recent))

    def new_dialog(self) -> None:
        dialog = TemplateDialog(self, self.document.agreement.language)
        if dialog.exec():
            self.files.new_from(dialog.picker.name())

    def _next_step(self) -> None:
        self.navigator.setCurrentRow(min(self.navigator.currentRow() + 1, len(STEPS) - 1))

    def _previous_step(self) -> None:
        self.navigator.setCurrentRow(max(self.navigator.currentRow() - 1, 0))

    # --- autosave and closing ----------------------------------------------------------------

    def autosave(self) -> None:
        """Keep a recovery copy of unsaved work (nothing when everything is saved)."""
        if self.document.modified:
            self.recovery.write(self.document.agreement, self.document.file_path)

    def restore(self) -> bool:
        """Offer to restore work a crashed editor left; True when something was restored."""
        restored = False
        for recovered in self.recovery.left_behind():
            if not restored and self.prompter.offer_restore(recovered.describe()):
                self.show_agreement(recovered.agreement, recovered.file_path)
                # The restored work is not saved yet: one step the user can undo or save.
                self.document.undo_stack.resetClean()
                self.autosave()
                restored = True
            recovered.discard()
        self._update_title()
        return restored

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.editing() and not self.files.maybe_save():
            event.ignore()
            return
        self.recovery.clear()
        event.accept()
