"""The main window: step navigator, one page per step, live findings, menus, autosave.

The window lays out its parts and shows one agreement; the file commands (ui.file_actions),
exports (ui.export_flow), autosave and recovery (ui.recovery_flow), the findings' counts
(ui.findings_summary) and the welcome screen (ui.welcome_slot) each have their own object.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QSplitter, QStackedWidget

from sla_designer.model import Agreement
from sla_designer.ui.backtest_flow import BacktestFlow
from sla_designer.ui.compare_flow import CompareFlow
from sla_designer.ui.document import AgreementDocument, FieldPath
from sla_designer.ui.export_flow import ExportFlow
from sla_designer.ui.export_job import PdfCheck, pdf_unavailable_reason
from sla_designer.ui.file_actions import FileActions, blank_agreement, display_name, saved_notice
from sla_designer.ui.findings_panel import FindingsPanel, FindingsWatcher
from sla_designer.ui.findings_summary import FindingsSummary
from sla_designer.ui.first_paint import FirstPaint
from sla_designer.ui.menus import Menus, build_menus
from sla_designer.ui.navigator import StepNavigator
from sla_designer.ui.pages import PageStack
from sla_designer.ui.preferences import remember_window, restore_window
from sla_designer.ui.preview_follow import PreviewFollower
from sla_designer.ui.preview_pane import PreviewPane
from sla_designer.ui.recovery import RecoveryStore
from sla_designer.ui.recovery_flow import AUTOSAVE_MS, SETTLE_MS, RecoveryFlow
from sla_designer.ui.review_flow import ReviewFlow
from sla_designer.ui.steps import STEPS, step_of
from sla_designer.ui.welcome_slot import WelcomeSlot
from sla_designer.ui.wheel_guard import install_wheel_guard

if TYPE_CHECKING:
    from sla_designer.ui.help import GuideWindow
    from sla_designer.ui.prompts import Prompter
    from sla_designer.ui.welcome import WelcomeScreen
    from sla_designer.validation.findings import Finding

FINDINGS_HEIGHT = 130
PREVIEW_SHARE = 0.3
"""Part of the window width the preview opens with: the step pages keep room for their forms."""
PREVIEW_SHOWN = "view/preview"


def _guard_the_wheel() -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        install_wheel_guard(app)


class MainWindow(QMainWindow):
    """One agreement per window, edited step by step."""

    def __init__(
        self,
        settings: QSettings,
        recovery: RecoveryStore,
        prompter: Prompter | None = None,
        autosave_ms: int = AUTOSAVE_MS,
        pdf_check: PdfCheck = pdf_unavailable_reason,
        *,
        agreement: Agreement | None = None,
        settle_ms: int = SETTLE_MS,
    ) -> None:
        """`agreement`: what the document holds before one is shown (a blank one by default);
        `autosave_ms`, `settle_ms`: see RecoveryFlow."""
        super().__init__()
        self.settings = settings
        self._prompter = prompter
        self.document = AgreementDocument(
            agreement if agreement is not None else blank_agreement(), self
        )
        self.files = FileActions(self.document, lambda: self.prompter, settings, self)
        self.recovery = RecoveryFlow(
            recovery, self.document, lambda: self.prompter, autosave_ms, self, settle_ms=settle_ms
        )
        self.first_paint = FirstPaint(self)
        # The wheel scrolls pages rather than changing the field under the pointer.
        self.first_paint.painted.connect(_guard_the_wheel)
        self.watcher = FindingsWatcher(self.document)
        self.watcher.hold_until(self.first_paint)
        self.exports = ExportFlow(
            self,
            self.document,
            self.watcher,
            settings=settings,
            prompter=lambda: self.prompter,
            editing=self.editing,
            pdf_check=pdf_check,
        )
        restore_window(settings, self)

        self.navigator = StepNavigator()
        # Pages are built when first shown; `pages[key]` builds one on demand.
        self.pages = PageStack(self.document)
        self.exports.watch_pages(self.pages)
        splitter = QSplitter()
        splitter.addWidget(self.navigator)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 1040])
        self.navigator.currentRowChanged.connect(self.pages.show_step)

        self.central = QStackedWidget()
        self.welcome_slot = WelcomeSlot(self.central, self.files)
        self.central.addWidget(splitter)
        self.setCentralWidget(self.central)

        self.findings_panel = FindingsPanel()
        self.findings_dock = QDockWidget(self.tr("Findings"), self)
        self.findings_dock.setObjectName("findings")
        self.findings_dock.setWidget(self.findings_panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.findings_dock)
        self.findings_panel.finding_activated.connect(self.go_to_finding)
        self.review = ReviewFlow(self)
        self.compare = CompareFlow(self)
        self.backtest = BacktestFlow(self)

        self.preview = PreviewPane(self.document)
        self.preview_dock = QDockWidget(self.tr("Preview"), self)
        self.preview_dock.setObjectName("preview")
        self.preview_dock.setWidget(self.preview)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.preview_dock)
        self.preview_dock.visibilityChanged.connect(self._remember_preview)
        self.navigator.currentRowChanged.connect(self._preview_step)
        self.preview_follower = PreviewFollower(self.pages, self.preview, self)

        self.findings_summary = FindingsSummary(
            self.watcher,
            self.document,
            panel=self.findings_panel,
            navigator=self.navigator,
            pages=self.pages,
            status_bar=self.statusBar(),
        )
        self.document.refused.connect(
            lambda _path, reason: self.statusBar().showMessage(
                self.tr("Not accepted: %1").replace("%1", reason), 6000
            )
        )
        self.document.undo_stack.cleanChanged.connect(self._update_title)
        self.document.file_path_changed.connect(self._update_title)
        self.files.opened.connect(self.show_agreement)
        self.files.saved.connect(self._saved)
        self.files.recent_changed.connect(self.recent_changed)
        self.recovery.restored.connect(self.show_agreement)

        self.guide: GuideWindow | None = None
        self.menus: Menus = build_menus(self)
        self.show_welcome()

    @property
    def prompter(self) -> Prompter:
        """Asks the user; the message boxes and file dialogs are loaded when first needed."""
        if self._prompter is None:
            from sla_designer.ui.prompts import Prompter

            self._prompter = Prompter(self)
        return self._prompter

    # --- what is shown -----------------------------------------------------------------------

    @property
    def welcome(self) -> WelcomeScreen:
        """The welcome screen, built on first use."""
        return self.welcome_slot.screen

    def showEvent(self, event: QShowEvent) -> None:
        if not self.editing():
            _ = self.welcome
        super().showEvent(event)

    def show_welcome(self) -> None:
        if self.isVisible():
            _ = self.welcome
        self.central.setCurrentIndex(WelcomeSlot.INDEX)
        self.findings_dock.hide()
        self.review.dock.hide()
        self.preview_dock.hide()
        for needs_agreement in self.menus.needs_agreement():
            needs_agreement.setEnabled(False)
        self._update_title()

    def close_agreement(self) -> bool:
        """File › Close: after the unsaved-changes question, back to the welcome screen."""
        if not self.editing():
            return True
        if not self.files.maybe_save():
            return False
        self.recovery.clear()
        self.document.replace(blank_agreement(), None)
        self.show_welcome()
        return True

    def show_agreement(self, agreement: Agreement, path: Path | None) -> None:
        """Edit another agreement; its history starts empty."""
        self.recovery.clear()
        self.document.replace(agreement, path)
        self.central.setCurrentIndex(1)
        for needs_agreement in self.menus.needs_agreement():
            needs_agreement.setEnabled(True)
        self.findings_dock.show()
        self.findings_dock.raise_()
        # The pages are the work; findings get a strip under them unless the user drags it.
        self.resizeDocks([self.findings_dock], [FINDINGS_HEIGHT], Qt.Orientation.Vertical)
        if self.settings.value(PREVIEW_SHOWN, True, type=bool):
            self.preview_dock.show()
            width = max(320, int(self.width() * PREVIEW_SHARE))
            self.resizeDocks([self.preview_dock], [width], Qt.Orientation.Horizontal)
        if self.navigator.currentRow() == 0:
            # Already on the first step: no change signal would come, yet its page (and the
            # preview's place) must follow the new agreement.
            self.navigator.currentRowChanged.emit(0)
        else:
            self.navigator.setCurrentRow(0)
        self._update_title()

    def recent_changed(self) -> None:
        self.menus.refresh_recent(self.files)
        if self.welcome_slot.built():
            self.welcome_slot.drop()
            if not self.editing() and self.isVisible():
                self.show_welcome()

    def _saved(self, path: Path) -> None:
        self.recovery.clear()
        self.statusBar().showMessage(saved_notice(path), 4000)

    def editing(self) -> bool:
        return self.central.currentIndex() == 1

    def _update_title(self, *_: object) -> None:
        self.setWindowModified(self.document.modified)
        name = f"{display_name(self.document.file_path)}[*] — " if self.editing() else ""
        self.setWindowTitle(name + self.tr("SLA Designer"))

    def _remember_preview(self, _visible: bool) -> None:
        # Only the user opens or closes the preview while editing; the welcome screen hides it
        # without changing what the next agreement opens with. The dock also stops being visible
        # when the window closes or the dock sits behind another's tab: what counts is whether
        # it is open in the window.
        if self.editing():
            self.settings.setValue(PREVIEW_SHOWN, self.preview_dock.isVisibleTo(self))

    def _preview_step(self, row: int) -> None:
        if 0 <= row < len(STEPS):
            self.preview.show_step(STEPS[row].key)

    # --- findings ----------------------------------------------------------------------------

    def go_to_finding(self, finding: Finding) -> None:
        """Show the step of a finding and focus its field."""
        self.go_to_path(finding.path, step_of(finding).key)

    def go_to_path(self, path: FieldPath, step_key: str) -> None:
        row = [s.key for s in STEPS].index(step_key)
        self.navigator.setCurrentRow(row)
        self.pages[step_key].focus_path(tuple(path))

    # --- steps and dialogs ------------------------------------------------------------------

    def go_to_step(self, row: int) -> None:
        """Show the step at `row` (only while an agreement is open)."""
        if self.editing() and 0 <= row < len(STEPS):
            self.navigator.setCurrentRow(row)
            self.navigator.setFocus()

    def next_step(self) -> None:
        self.go_to_step(min(self.navigator.currentRow() + 1, len(STEPS) - 1))

    def previous_step(self) -> None:
        self.go_to_step(max(self.navigator.currentRow() - 1, 0))

    def new_dialog(self) -> None:
        from sla_designer.ui.template_dialog import TemplateDialog

        dialog = TemplateDialog(self)
        if self.prompter.run_dialog(dialog):
            self.files.new_from(dialog.picker.name())

    def show_about(self) -> None:
        """Help › About: the version, the licence, Qt's and PySide's versions."""
        from sla_designer.ui.help import about_box

        self.prompter.run_dialog(about_box(self))

    def show_guide(self) -> None:
        """Help › User guide: the README in a window of its own, beside the editor."""
        from sla_designer.ui.help import GuideWindow

        if self.guide is None:
            self.guide = GuideWindow(self)
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()

    # --- language ----------------------------------------------------------------------------

    def preferences_dialog(self) -> None:
        """Edit › Preferences: the interface language (applied at once, remembered)."""
        from sla_designer.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        if self.prompter.run_dialog(dialog):
            dialog.apply()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "menus"):
            from sla_designer.ui.retranslate import retranslate_window

            retranslate_window(self)
        super().changeEvent(event)

    def refresh_texts(self) -> None:
        """Texts that depend on state: title, dock titles, findings counts and step states."""
        self.findings_dock.setWindowTitle(self.tr("Findings"))
        self.preview_dock.setWindowTitle(self.tr("Preview"))
        self.findings_summary.refresh()
        self._update_title()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.editing() and not self.files.maybe_save():
            event.ignore()
            return
        self.recovery.clear()
        remember_window(self.settings, self)
        event.accept()
