"""The export dialog: format, language, paper and file, with the findings summary first.

As with `sla-designer export`, errors block a final export; the user may still write a draft,
and a draft Word or PDF document says DRAFT. A document in a language other than the agreement's
comes with a warning listing the free-text fields still in the agreement's language. The last
choices are kept in QSettings.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sla_designer.model import Agreement
from sla_designer.text import texts
from sla_designer.ui.export_job import (
    FORMATS,
    LANGUAGE_CHOICES,
    PAPERS,
    ExportFormat,
    ExportRequest,
    PdfCheck,
    pdf_unavailable_reason,
)
from sla_designer.ui.foreign_text_warning import ForeignTextWarning
from sla_designer.ui.handoff_options import FolderChooser, HandoffOptions
from sla_designer.ui.i18n import current_language
from sla_designer.ui.i18n import label as translated
from sla_designer.ui.preferences import author_name
from sla_designer.ui.redline_options import FileChooser, RedlineOptions, SavedVersion

if TYPE_CHECKING:
    from sla_designer.validation.findings import Finding

KEY = "export/"
PathChooser = Callable[[str, str], str]
"""Asks for a file to write: (suggested path, file filter) -> path, '' when cancelled."""
OverwriteCheck = Callable[[Sequence[Path]], bool]
"""Asks whether files that already exist may be replaced: True to replace them."""
EXPORT_SUFFIXES = (".docx", ".pdf", ".yaml", ".yml")


def with_format_suffix(path: Path, suffix: str) -> Path:
    """`path` with the format's suffix: an export suffix is replaced, any other kept."""
    if path.suffix.lower() in EXPORT_SUFFIXES:
        return path.with_suffix(suffix)
    return path.with_name(path.name + suffix)


def _same_file(a: Path, b: Path | None) -> bool:
    if b is None:
        return False
    return a.expanduser().resolve() == b.expanduser().resolve()


def summary_text(errors: int, warnings: int, infos: int) -> str:
    """What the findings mean for this export, in one or two sentences."""
    # Counted as the language counts: "1 note", "2 notes" ("1 nota", "2 notas").
    words = texts(current_language()).section("terms.counts")
    counts = words(
        "findings",
        errors=words("error", count=errors),
        warnings=words("warning", count=warnings),
        notes=words("info", count=infos),
    )
    if errors:
        advice = QCoreApplication.translate(
            "ExportDialog",
            "Errors block a final export: fix them first, or export a draft "
            "(the document then says DRAFT).",
        )
    elif warnings:
        advice = QCoreApplication.translate(
            "ExportDialog", "No errors; review the warnings before sending the document."
        )
    else:
        advice = QCoreApplication.translate("ExportDialog", "Ready for a final export.")
    return f"<b>{counts}</b> {advice}"


def file_stem(agreement: Agreement) -> str:
    """A file name stem from the agreement's reference or title."""
    base = agreement.reference or agreement.title or "agreement"
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in base).strip("-")
    return safe or "agreement"


class ExportDialog(QDialog):
    """Collects one export request; `request()` gives it once the dialog is accepted."""

    def __init__(
        self,
        agreement: Agreement,
        findings: Sequence[Finding],
        settings: QSettings,
        *,
        folder: Path | None = None,
        choose_path: PathChooser | None = None,
        confirm_overwrite: OverwriteCheck | None = None,
        source: Path | None = None,
        pdf_check: PdfCheck = pdf_unavailable_reason,
        versions: Sequence[SavedVersion] = (),
        choose_agreement: FileChooser | None = None,
        choose_folder: FolderChooser | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(560)
        self._agreement = agreement
        self._settings = settings
        self._choose_path = choose_path
        self._confirm_overwrite = confirm_overwrite
        self._source = source
        self._confirmed: Path | None = None  # the file the Browse dialog already confirmed
        self._stem = file_stem(agreement)
        self.errors = sum(1 for f in findings if f.severity == "error")
        warnings = sum(1 for f in findings if f.severity == "warning")
        infos = sum(1 for f in findings if f.severity == "info")
        self.pdf_reason = pdf_check()

        self.summary = QLabel(summary_text(self.errors, warnings, infos))
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)

        self.format_group = QButtonGroup(self)
        self.format_buttons: dict[ExportFormat, QRadioButton] = {}
        formats = QVBoxLayout()
        for number, (fmt, label, _suffix) in enumerate(FORMATS):
            button = QRadioButton(translated(label))
            button.setObjectName(f"format-{fmt}")
            self.format_group.addButton(button, number)
            self.format_buttons[fmt] = button
            formats.addWidget(button)
        self.pdf_note = QLabel(self.pdf_reason or "")
        self.pdf_note.setObjectName("pdf-note")
        self.pdf_note.setWordWrap(True)
        self.pdf_note.setStyleSheet("color: palette(dark); margin-left: 22px;")
        self.pdf_note.setVisible(self.pdf_reason is not None)
        formats.insertWidget(2, self.pdf_note)
        pdf = self.format_buttons["pdf"]
        pdf.setEnabled(self.pdf_reason is None)
        pdf.setToolTip(
            self.pdf_reason or self.tr("Converted from the Word document by LibreOffice")
        )

        self.language = QComboBox()
        self.language.setObjectName("language")
        for value, label in LANGUAGE_CHOICES:
            self.language.addItem(translated(label), value)
        self.paper = QComboBox()
        self.paper.setObjectName("paper")
        for value, label in PAPERS:
            self.paper.addItem(label, value)
        self.path = QLineEdit()
        self.path.setObjectName("path")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.contents = QCheckBox(self.tr("Fill in the page numbers of the table of contents"))
        self.contents.setObjectName("contents")
        self.contents.setEnabled(self.pdf_reason is None)
        self.contents.setChecked(self.pdf_reason is None)
        self.foreign_text = ForeignTextWarning()
        self.draft = QCheckBox(self.tr("Export a draft despite the errors"))
        self.draft.setObjectName("draft")
        self.draft.setVisible(self.errors > 0)

        form = QFormLayout()
        form.addRow(self.tr("Format:"), formats)
        form.addRow(self.tr("Document language:"), self.language)
        form.addRow(self.tr("Paper size:"), self.paper)
        form.addRow(self.tr("File:"), path_row)
        form.addRow("", self.contents)
        self.redline = RedlineOptions(versions, choose_agreement)
        self.redline.record.setEnabled(source is not None)  # copies are kept beside the file
        form.addRow("", self.redline)
        self.path.setAccessibleName(self.tr("File"))

        remembered = settings.value(KEY + "folder", "")
        base_folder = Path(str(remembered)) if remembered else (folder or Path.home())
        self.handoff = HandoffOptions(
            agreement,
            settings,
            base_folder / self._stem,
            choose_folder=choose_folder,
            choose_file=choose_path,
        )

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.handoff)
        layout.addWidget(self.foreign_text)
        layout.addWidget(self.draft)
        layout.addWidget(self.buttons)

        self._restore(folder)
        self.format_group.idToggled.connect(self._format_changed)
        self.language.currentIndexChanged.connect(self._show_foreign_text)
        self.draft.toggled.connect(self._update)
        self.path.textChanged.connect(self._update)
        self.redline.mark.toggled.connect(self._update)
        self.redline.against.currentIndexChanged.connect(self._update)
        for check in self.handoff.checks.values():
            check.toggled.connect(self._update)
        for line in self.handoff.paths.values():
            line.textChanged.connect(self._update)
        self._format_changed()

    # --- state -------------------------------------------------------------------------------

    def fmt(self) -> ExportFormat:
        """The chosen format."""
        return FORMATS[max(self.format_group.checkedId(), 0)][0]

    def choose(self, fmt: ExportFormat) -> None:
        """Pick a format (ignored for PDF when it is unavailable)."""
        if self.format_buttons[fmt].isEnabled():
            self.format_buttons[fmt].setChecked(True)

    def blocked(self) -> bool:
        """Errors and no draft chosen: a final export is refused."""
        return self.errors > 0 and not self.draft.isChecked()

    def request(self) -> ExportRequest:
        """What to export; the agreement is copied so that editing may go on meanwhile."""
        return ExportRequest(
            agreement=self._agreement.model_copy(deep=True),
            fmt=self.fmt(),
            path=Path(self.path.text().strip()).expanduser(),
            language=str(self.language.currentData()),
            paper=str(self.paper.currentData()),
            draft=self.errors > 0 and self.draft.isChecked(),
            contents=self.fmt() == "docx" and self.contents.isChecked(),
            against=self.redline.against_path(),
            author=author_name(self._settings),
            record=None if self.fmt() == "yaml" else self.redline.record_description(),
            handoffs=self.handoff.requests(),
        )

    def accept(self) -> None:
        if self.blocked() or not self.path.text().strip() or not self.redline.complete():
            return
        if not self.handoff.complete():
            return
        target = Path(self.path.text().strip()).expanduser()
        confirmed = self._confirmed is not None and _same_file(target, self._confirmed)
        if target.exists() and not confirmed and not self._overwrite_ok([target]):
            return
        self._remember()
        super().accept()

    def _overwrite_ok(self, paths: Sequence[Path]) -> bool:
        if self._confirm_overwrite is not None:
            return self._confirm_overwrite(paths)
        from sla_designer.ui.prompts import Prompter

        return Prompter(self).confirm_overwrite(paths)

    def _not_the_source(self, path: Path) -> Path:
        """A default never names the open agreement's own file: `<stem>-export.yaml` instead."""
        if _same_file(path, self._source):
            return path.with_name(f"{path.stem}-export{path.suffix}")
        return path

    # --- behaviour ---------------------------------------------------------------------------

    def _format_changed(self, *_: object) -> None:
        fmt = self.fmt()
        document = fmt != "yaml"
        self.language.setEnabled(document)
        self.paper.setEnabled(document)
        self.contents.setVisible(fmt == "docx")
        self.redline.setVisible(document)
        self.redline.set_word(fmt == "docx")
        self._show_foreign_text()
        suffix = dict((f, s) for f, _label, s in FORMATS)[fmt]
        text = self.path.text().strip()
        if text:
            self.path.setText(str(self._not_the_source(with_format_suffix(Path(text), suffix))))
        self._update()

    def _show_foreign_text(self, *_: object) -> None:
        # A YAML export keeps the agreement as it is: no other language.
        language = None if self.fmt() == "yaml" else str(self.language.currentData())
        self.foreign_text.show_for(self._agreement, language)

    def _update(self, *_: object) -> None:
        ready = (
            bool(self.path.text().strip()) and self.redline.complete() and self.handoff.complete()
        )
        self.export_button.setEnabled(not self.blocked() and ready)
        self.export_button.setText(
            self.tr("Export draft") if self.draft.isChecked() else self.tr("Export")
        )

    def _browse(self) -> None:
        if self._choose_path is None:
            return
        fmt = self.fmt()
        label = translated(next(label for f, label, _s in FORMATS if f == fmt))
        suffix = dict((f, s) for f, _label, s in FORMATS)[fmt]
        chosen = self._choose_path(self.path.text(), f"{label.split(' (')[0]} (*{suffix})")
        if chosen:
            path = Path(chosen)
            if path.suffix.lower() != suffix and not (
                suffix == ".yaml" and path.suffix.lower() == ".yml"
            ):
                path = with_format_suffix(path, suffix)
            else:
                # The file dialog asked about replacing exactly this file already.
                self._confirmed = path
            self.path.setText(str(path))

    # --- remembered choices ------------------------------------------------------------------

    def _restore(self, folder: Path | None) -> None:
        s = self._settings
        remembered_format = str(s.value(KEY + "format", "docx"))
        fmt: ExportFormat = next(
            (f for f, button in self.format_buttons.items() if f == remembered_format), "docx"
        )
        if not self.format_buttons[fmt].isEnabled():
            fmt = "docx"
        self.format_buttons[fmt].setChecked(True)
        language = s.value(KEY + "language", self._agreement.language)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.paper.setCurrentIndex(max(self.paper.findData(s.value(KEY + "paper", "A4")), 0))
        remembered = s.value(KEY + "folder", "")
        base = Path(str(remembered)) if remembered else (folder or Path.home())
        suffix = dict((f, x) for f, _label, x in FORMATS)[self.fmt()]
        self.path.setText(str(self._not_the_source(base / f"{self._stem}{suffix}")))

    def _remember(self) -> None:
        s = self._settings
        s.setValue(KEY + "format", self.fmt())
        s.setValue(KEY + "language", self.language.currentData())
        s.setValue(KEY + "paper", self.paper.currentData())
        s.setValue(KEY + "folder", str(Path(self.path.text().strip()).expanduser().parent))
        self.handoff.remember()
        s.sync()
