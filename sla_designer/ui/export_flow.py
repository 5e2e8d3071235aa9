"""Exporting from the window: the export dialog, the job off the GUI thread, its outcome.

The dialog (and what it imports) is loaded when the user first exports.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtWidgets import QDialog, QMainWindow, QProgressDialog

from sla_designer.model import Agreement
from sla_designer.ui.document import AgreementDocument
from sla_designer.ui.export_job import ExportRequest, ExportRunner, PdfCheck, one_line
from sla_designer.ui.findings_panel import FindingsWatcher
from sla_designer.ui.pages import PageStack
from sla_designer.ui.pages.base import Page
from sla_designer.ui.pages.review import ReviewPage

if TYPE_CHECKING:
    from sla_designer.ui.export_dialog import ExportDialog
    from sla_designer.ui.prompts import Prompter


def sent_versions(agreement: Agreement, path: Path | None) -> list[tuple[str, Path]]:
    """The agreement's saved versions whose copy is there, newest first, as the export dialog
    lists them: 'version · date · description'."""
    from sla_designer.io.versions import saved_versions
    from sla_designer.text.formats import formatter
    from sla_designer.ui.i18n import current_language

    dates = formatter(current_language())
    found = []
    for saved in reversed(saved_versions(agreement, path)):
        if saved.exists:
            r = saved.revision
            when = dates.numeric_date(r.date)
            label = " · ".join(x for x in (r.version, when, r.description) if x)
            found.append((label, saved.path))
    return found


class ExportFlow(QObject):
    """File › Export and the review page's export button, for one window.

    Its texts keep the context of the main window, where they were first written, and so their
    translations.

    `editing` tells whether an agreement is open (nothing is exported from the welcome screen);
    `prompter` gives the window's prompter when a dialog is due.
    """

    def __init__(
        self,
        window: QMainWindow,
        document: AgreementDocument,
        watcher: FindingsWatcher,
        *,
        settings: QSettings,
        prompter: Callable[[], Prompter],
        editing: Callable[[], bool],
        pdf_check: PdfCheck,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._document = document
        self._watcher = watcher
        self._settings = settings
        self._prompter = prompter
        self._editing = editing
        self.pdf_check = pdf_check
        self.runner = ExportRunner(self)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        self.progress: QProgressDialog | None = None
        """Shown while an export runs."""
        self.report: QDialog | None = None
        """What did not map, after an export to target systems."""

    def watch_pages(self, pages: PageStack) -> None:
        """Let the review page's export button ask for an export once the page is made."""
        pages.page_built.connect(self._page_built)

    def _page_built(self, _key: str, page: Page) -> None:
        if isinstance(page, ReviewPage):
            page.export_button.clicked.connect(self.ask)

    def make_dialog(self) -> ExportDialog:
        """The export dialog on the agreement as it is now, with up-to-date findings."""
        from sla_designer.ui.export_dialog import ExportDialog

        self._watcher.run_now()
        path = self._document.file_path
        prompter = self._prompter()
        folder = str(path.parent) if path else ""
        return ExportDialog(
            self._document.agreement,
            self._watcher.findings,
            self._settings,
            folder=path.parent if path else None,
            choose_path=prompter.save_path,
            confirm_overwrite=prompter.confirm_overwrite,
            source=path,
            pdf_check=self.pdf_check,
            versions=sent_versions(self._document.agreement, path),
            choose_agreement=lambda: prompter.open_path(folder),
            choose_folder=prompter.folder_path,
            parent=self._window,
        )

    def ask(self) -> None:
        """Ask what to export, then export it off the GUI thread."""
        if not self._editing() or self.runner.busy():
            return
        dialog = self.make_dialog()
        if self._prompter().run_dialog(dialog):
            self.start(dialog.request())

    def start(self, request: ExportRequest) -> None:
        text = QCoreApplication.translate("MainWindow", "Exporting %1…")
        self.progress = QProgressDialog(
            text.replace("%1", ", ".join(p.name for p in request.outputs())), "", 0, 0, self._window
        )
        self.progress.setWindowTitle(QCoreApplication.translate("MainWindow", "Export"))
        self.progress.setCancelButton(None)
        self.progress.setMinimumDuration(300)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.runner.start(request)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _finished(self, request: ExportRequest) -> None:
        self._close_progress()
        done = (
            QCoreApplication.translate("MainWindow", "Exported %1 (draft)")
            if request.draft
            else QCoreApplication.translate("MainWindow", "Exported %1")
        )
        message = done.replace("%1", ", ".join(str(p) for p in request.outputs()))
        if request.record is not None:
            recorded = self._record(request)
            if recorded is None:
                return
            message = f"{message}; {recorded}"
        if request.fmt == "docx" and request.path is not None and not request.contents:
            # Not an error: the document is complete; Word numbers the pages when it updates.
            left = QCoreApplication.translate(
                "MainWindow", "the table of contents gets its page numbers when Word updates it"
            )
            message = f"{message}; {left}"
        self._window.statusBar().showMessage(message, 6000)
        if request.reports:
            from sla_designer.ui.handoff_options import HandoffReport

            self.report = HandoffReport(request.reports, self._window)
            self.report.open()

    def _record(self, request: ExportRequest) -> str | None:
        """Record the version sent: a revision entry in the open agreement (undoable; saved
        with it) and a frozen copy beside its file. What was done, or None after an error."""
        import datetime as dt

        from sla_designer.io import SaveError
        from sla_designer.io.versions import record_version
        from sla_designer.ui.preferences import author_name

        path = self._document.file_path
        version = request.agreement.version
        failed = QCoreApplication.translate("MainWindow", "The version was not recorded")
        if path is None:
            return None
        try:
            recorded = record_version(
                request.agreement,
                path,
                version,
                date=dt.date.today(),
                author=author_name(self._settings),
                description=request.record or "",
            )
        except SaveError as error:
            self._prompter().error(failed, one_line(error))
            return None
        text = QCoreApplication.translate("MainWindow", "Record version %1").replace("%1", version)
        self._document.set_value(("revisions",), recorded.revisions, text)
        return QCoreApplication.translate(
            "MainWindow", "version %1 recorded as sent (save the agreement to keep its entry)"
        ).replace("%1", version)

    def _failed(self, _request: ExportRequest, message: str) -> None:
        self._close_progress()
        self._prompter().error(QCoreApplication.translate("MainWindow", "Export failed"), message)
