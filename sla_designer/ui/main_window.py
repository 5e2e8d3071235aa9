"""The main window: step navigator, one page per step, live findings, menus, autosave."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressDialog,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from sla_designer.model import Agreement
from sla_designer.ui.document import AgreementDocument, FieldPath
from sla_designer.ui.export_job import (
    ExportRequest,
    ExportRunner,
    PdfCheck,
    pdf_unavailable_reason,
)
from sla_designer.ui.file_actions import FileActions, blank_agreement
from sla_designer.ui.findings_panel import FindingsPanel, FindingsWatcher
from sla_designer.ui.first_paint import FirstPaint
from sla_designer.ui.i18n import current_language
from sla_designer.ui.menus import build_menus, refresh_recent
from sla_designer.ui.navigator import StepNavigator
from sla_designer.ui.pages import PageStack
from sla_designer.ui.pages.base import Page
from sla_designer.ui.pages.review import ReviewPage
from sla_designer.ui.preview_pane import PreviewPane
from sla_designer.ui.recovery import RecoveryStore
from sla_designer.ui.steps import STEPS, counts_by_step, step_of, step_started

if TYPE_CHECKING:
    from sla_designer.ui.export_dialog import ExportDialog
    from sla_designer.ui.prompts import Prompter
    from sla_designer.ui.welcome import WelcomeScreen
    from sla_designer.validation.findings import Finding

AUTOSAVE_MS = 30_000
FINDINGS_HEIGHT = 130
PREVIEW_SHARE = 0.3
"""Part of the window width the preview opens with: the step pages keep room for their forms."""
PREVIEW_SHOWN = "view/preview"


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
    ) -> None:
        """`agreement`: what the document holds before one is shown (a blank one by default)."""
        super().__init__()
        self.settings = settings
        self.recovery = recovery
        self._prompter = prompter
        self.pdf_check = pdf_check
        self.document = AgreementDocument(
            agreement if agreement is not None else blank_agreement(), self
        )
        self.files = FileActions(self, settings)
        self.first_paint = FirstPaint(self)
        self.watcher = FindingsWatcher(self.document)
        self.watcher.hold_until(self.first_paint)
        self.exports = ExportRunner(self)
        self.resize(1280, 860)
        self.recent_menu: QMenu
        self.save_action: QAction
        self.save_as_action: QAction
        self.export_action: QAction
        self.undo_action: QAction
        self.redo_action: QAction
        self.step_actions: list[QAction]

        self.navigator = StepNavigator()
        # Pages are built when first shown; `pages[key]` builds one on demand.
        self.pages = PageStack(self.document)
        self.pages.page_built.connect(self._page_built)
        self.page_stack = self.pages
        splitter = QSplitter()
        splitter.addWidget(self.navigator)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 1040])
        self.navigator.currentRowChanged.connect(self.pages.show_step)

        # The welcome screen (templates, recent files) is built when it is first shown: a window
        # opened on a file never needs it.
        self._welcome: WelcomeScreen | None = None
        self.central = QStackedWidget()
        self.central.addWidget(QWidget())
        self.central.addWidget(splitter)
        self.setCentralWidget(self.central)

        self.findings_panel = FindingsPanel()
        self.findings_dock = QDockWidget(self.tr("Findings"), self)
        self.findings_dock.setObjectName("findings")
        self.findings_dock.setWidget(self.findings_panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.findings_dock)
        self.findings_panel.finding_activated.connect(self.go_to_finding)

        self.preview = PreviewPane(self.document)
        self.preview_dock = QDockWidget(self.tr("Preview"), self)
        self.preview_dock.setObjectName("preview")
        self.preview_dock.setWidget(self.preview)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.preview_dock)
        self.preview_dock.visibilityChanged.connect(self._remember_preview)
        self.navigator.currentRowChanged.connect(self._preview_step)
        self._totals = {"error": 0, "warning": 0, "info": 0}

        self.counts_label = QLabel()
        self.statusBar().addPermanentWidget(self.counts_label)
        self.watcher.updated.connect(self._show_findings)
        self.document.refused.connect(
            lambda _path, reason: self.statusBar().showMessage(
                self.tr("Not accepted: %1").replace("%1", reason), 6000
            )
        )
        self.document.undo_stack.cleanChanged.connect(self._update_title)
        self.document.file_path_changed.connect(self._update_title)

        self.exports.finished.connect(self._export_finished)
        self.exports.failed.connect(self._export_failed)
        self.progress: QProgressDialog | None = None

        build_menus(self)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(autosave_ms)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()
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
        if self._welcome is None:
            from sla_designer.ui.welcome import WelcomeScreen

            self._welcome = WelcomeScreen(self.files.recent_files())
            self._welcome.open_file.connect(lambda path: self.files.open_recent(Path(path)))
            self._welcome.new_from.connect(self.files.new_from)
            self._welcome.browse.connect(self.files.open_dialog)
            self._replace_welcome_slot(self._welcome)
        return self._welcome

    def _replace_welcome_slot(self, widget: QWidget) -> None:
        current = self.central.currentIndex()
        old = self.central.widget(0)
        self.central.insertWidget(0, widget)
        if old is not None:
            self.central.removeWidget(old)
            old.deleteLater()
        self.central.setCurrentIndex(current)

    def showEvent(self, event: QShowEvent) -> None:
        if not self.editing():
            _ = self.welcome
        super().showEvent(event)

    def show_welcome(self) -> None:
        if self.isVisible():
            _ = self.welcome
        self.central.setCurrentIndex(0)
        self.findings_dock.hide()
        self.preview_dock.hide()
        self._update_title()

    def show_agreement(self, agreement: Agreement, path: Path | None) -> None:
        """Edit another agreement; its history starts empty."""
        self.recovery.clear()
        self.document.replace(agreement, path)
        self.central.setCurrentIndex(1)
        self.findings_dock.show()
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
        refresh_recent(self)
        if self._welcome is not None:
            self._welcome = None
            self._replace_welcome_slot(QWidget())
            if not self.editing() and self.isVisible():
                self.show_welcome()

    def editing(self) -> bool:
        return self.central.currentIndex() == 1

    def display_name(self) -> str:
        path = self.document.file_path
        return path.name if path else self.tr("Untitled")

    def _update_title(self, *_: object) -> None:
        self.setWindowModified(self.document.modified)
        name = f"{self.display_name()}[*] — " if self.editing() else ""
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

    def _show_findings(self, findings: list[Finding]) -> None:
        self.findings_panel.findings_model.language = current_language()
        self.findings_panel.findings_model.set_findings(findings)
        counts = counts_by_step(findings)
        total = {s: sum(c[s] for c in counts.values()) for s in ("error", "warning", "info")}
        agreement = self.document.agreement
        self.navigator.show_counts(counts, {s.key: step_started(agreement, s) for s in STEPS})
        self.counts_label.setText(
            self.tr("%1 errors · %2 warnings · %3 notes")
            .replace("%1", str(total["error"]))
            .replace("%2", str(total["warning"]))
            .replace("%3", str(total["info"]))
        )
        self._totals = total
        review = self.pages.built().get("review")
        if isinstance(review, ReviewPage):
            review.show_counts(total["error"], total["warning"], total["info"])

    def _page_built(self, key: str, page: Page) -> None:
        if isinstance(page, ReviewPage):
            page.export_button.clicked.connect(self.export_dialog)
            page.show_counts(self._totals["error"], self._totals["warning"], self._totals["info"])

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

    # --- export ------------------------------------------------------------------------------

    def make_export_dialog(self) -> ExportDialog:
        """The export dialog on the agreement as it is now, with up-to-date findings."""
        from sla_designer.ui.export_dialog import ExportDialog

        self.watcher.run_now()
        path = self.document.file_path
        return ExportDialog(
            self.document.agreement,
            self.watcher.findings,
            self.settings,
            folder=path.parent if path else None,
            choose_path=self.prompter.save_path,
            confirm_overwrite=self.prompter.confirm_overwrite,
            source=path,
            pdf_check=self.pdf_check,
            parent=self,
        )

    def export_dialog(self) -> None:
        """Ask what to export, then export it off the GUI thread."""
        if not self.editing() or self.exports.busy():
            return
        dialog = self.make_export_dialog()
        if self.prompter.run_dialog(dialog):
            self.start_export(dialog.request())

    def start_export(self, request: ExportRequest) -> None:
        self.progress = QProgressDialog(
            self.tr("Exporting %1…").replace("%1", request.path.name), "", 0, 0, self
        )
        self.progress.setWindowTitle(self.tr("Export"))
        self.progress.setCancelButton(None)
        self.progress.setMinimumDuration(300)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.exports.start(request)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _export_finished(self, request: ExportRequest) -> None:
        self._close_progress()
        done = self.tr("Exported %1 (draft)") if request.draft else self.tr("Exported %1")
        self.statusBar().showMessage(done.replace("%1", str(request.path)), 6000)

    def _export_failed(self, request: ExportRequest, message: str) -> None:
        self._close_progress()
        self.prompter.error(self.tr("Export failed"), message)

    # --- autosave and closing ----------------------------------------------------------------

    def autosave(self) -> None:
        """Keep a recovery copy of unsaved work (nothing when everything is saved)."""
        if self.document.modified:
            self.recovery.write(self.document.agreement, self.document.file_path)

    def restore(self) -> bool:
        """Offer to restore work a crashed editor left; True when something was restored.

        Each recovered agreement is offered in turn until one is restored: a declined one is
        deleted, and those not offered yet stay for the next start (a window edits only one).
        """
        restored = False
        for recovered in self.recovery.left_behind():
            if self.prompter.offer_restore(recovered.describe()):
                recovered.discard()
                self.show_agreement(recovered.agreement, recovered.file_path)
                # The restored work is not saved yet: one step the user can undo or save.
                self.document.undo_stack.resetClean()
                self.autosave()
                restored = True
                break
            recovered.discard()
        self._update_title()
        return restored

    # --- language ----------------------------------------------------------------------------

    def preferences_dialog(self) -> None:
        """Edit › Preferences: the interface language (applied at once, remembered)."""
        from sla_designer.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        if self.prompter.run_dialog(dialog):
            dialog.apply()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "step_actions"):
            from sla_designer.ui.retranslate import retranslate_window

            retranslate_window(self)
        super().changeEvent(event)

    def refresh_texts(self) -> None:
        """Texts that depend on state: title, dock titles, findings counts and step states."""
        self.findings_dock.setWindowTitle(self.tr("Findings"))
        self.preview_dock.setWindowTitle(self.tr("Preview"))
        self._show_findings(self.watcher.findings)
        self._update_title()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.editing() and not self.files.maybe_save():
            event.ignore()
            return
        self.recovery.clear()
        event.accept()
