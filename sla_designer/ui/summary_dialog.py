"""The summary of commitments, shown from the Review step: read it, print it, save it as a PDF
(printed by Qt, as shown) or as a Word document to edit (the one the command line converts).

The dialog's chrome speaks the interface language; the summary itself is in the document
language chosen at the top (the agreement's own at first, then the last one chosen), as in the
export dialog. An agreement that still has errors gets a summary marked as a draft.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sla_designer.export.summary import Summary, build_summary
from sla_designer.export.summary_docx import write_summary_docx
from sla_designer.export.summary_html import summary_html
from sla_designer.io import SaveError
from sla_designer.model import Agreement
from sla_designer.text import texts
from sla_designer.ui.export_job import LANGUAGE_CHOICES
from sla_designer.ui.i18n import current_language
from sla_designer.ui.i18n import label as translated
from sla_designer.ui.prompts import Prompter
from sla_designer.ui.summary_pdf import a4_layout, print_summary, write_summary_pdf

KEY = "summary/language"


class SummaryDialog(QDialog):
    """The one-page summary of an agreement's commitments, with Print… and Save as PDF…."""

    def __init__(
        self,
        agreement: Agreement,
        prompter: Prompter,
        settings: QSettings | None = None,
        *,
        file_path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("summary-dialog")
        self.setWindowTitle(self.tr("Summary of commitments"))
        self._agreement = agreement
        self._prompter = prompter
        self._settings = settings
        self._file_path = file_path
        from sla_designer.validation import validate

        self._draft = any(f.severity == "error" for f in validate(agreement))
        self.summary: Summary | None = None
        self.html = ""

        self.language = QComboBox()
        self.language.setObjectName("summary-language")
        for value, text in LANGUAGE_CHOICES:
            self.language.addItem(translated(text), value)
        remembered = settings.value(KEY, agreement.language) if settings else agreement.language
        self.language.setCurrentIndex(max(self.language.findData(remembered), 0))
        form = QFormLayout()
        form.addRow(self.tr("Document &language:"), self.language)

        self.view = QTextBrowser()
        self.view.setObjectName("summary-view")
        self.view.setOpenLinks(False)
        self.view.setAccessibleName(self.tr("Summary of commitments"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("summary-print")
        self.pdf_button = QPushButton(self.tr("&Save as PDF…"))
        self.pdf_button.setObjectName("summary-pdf")
        self.word_button = QPushButton(self.tr("Save as &Word…"))
        self.word_button.setObjectName("summary-word")
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.word_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.ask_print)
        self.pdf_button.clicked.connect(self.ask_save_pdf)
        self.word_button.clicked.connect(self.ask_save_word)
        QShortcut(QKeySequence.StandardKey.Print, self, self.ask_print)
        QShortcut(QKeySequence.StandardKey.Save, self, self.ask_save_pdf)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 760)

        self.language.currentIndexChanged.connect(self._show)
        self._show()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def document_language(self) -> str:
        return str(self.language.currentData())

    def _show(self) -> None:
        self.summary = build_summary(self._agreement, self.document_language(), draft=self._draft)
        self.html = summary_html(self.summary)
        self.view.setHtml(self.html)
        if self._settings is not None:
            self._settings.setValue(KEY, self.document_language())

    def _title(self) -> str:
        assert self.summary is not None
        return f"{self.summary.heading} – {self.summary.title}"

    # --- print and PDF ---------------------------------------------------------------------

    def ask_print(self) -> None:
        """Print… : the system's print dialog, then the summary on the printer chosen."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(a4_layout())
        printer.setDocName(self._title())
        dialog = QPrintDialog(printer, self)
        if self._prompter.run_dialog(dialog):
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        print_summary(self.html, printer)

    def suggested_file(self, extension: str) -> Path:
        """Beside the agreement's file ('sla.yaml' -> 'sla-summary.pdf'), else in the home."""
        stem = self._file_path.stem if self._file_path else "agreement"
        folder = self._file_path.parent if self._file_path else Path.home()
        suffix = texts(self.document_language())("summary.file")
        return folder / f"{stem}-{suffix}{extension}"

    def ask_save_pdf(self) -> None:
        """Save as PDF… : ask for a file, then write the summary's PDF there."""
        chosen = self._prompter.save_path(str(self.suggested_file(".pdf")), self.tr("PDF (*.pdf)"))
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.save_pdf(path)

    def save_pdf(self, path: Path) -> bool:
        """Write the PDF; a problem is said to the user in the interface language."""
        try:
            write_summary_pdf(self.html, path, self._title())
        except SaveError as error:
            self._prompter.error(self.tr("The PDF was not saved"), error.text(current_language()))
            return False
        return True

    def ask_save_word(self) -> None:
        """Save as Word… : ask for a file, then write the summary as a Word document there."""
        suggested = str(self.suggested_file(".docx"))
        chosen = self._prompter.save_path(suggested, self.tr("Word document (*.docx)"))
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".docx":
            path = path.with_name(path.name + ".docx")
        self.save_word(path)

    def save_word(self, path: Path) -> bool:
        """Write the Word document; a problem is said to the user in the interface language."""
        assert self.summary is not None
        try:
            write_summary_docx(self.summary, path)
        except SaveError as error:
            title = self.tr("The Word document was not saved")
            self._prompter.error(title, error.text(current_language()))
            return False
        return True
