"""The export dialog's "Agreement file": whether to write the agreement as a Word document, a
PDF or a YAML file, and its format, paper, file, table of contents and redline.

Unticked, only the target systems below it are written, as `sla-designer export FILE --zendesk
DIR` does without `--docx`, `--pdf` or `--yaml`. The choices are kept in QSettings.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sla_designer.ui.export_job import FORMATS, PAPERS, ExportFormat
from sla_designer.ui.i18n import label as translated
from sla_designer.ui.redline_options import FileChooser, RedlineOptions, SavedVersion

KEY = "export/"
PathChooser = Callable[[str, str], str]
"""Asks for a file to write: (suggested path, file filter) -> path, '' when cancelled."""
EXPORT_SUFFIXES = (".docx", ".pdf", ".yaml", ".yml")
SUFFIXES: dict[ExportFormat, str] = {f: s for f, _label, s in FORMATS}


def with_format_suffix(path: Path, suffix: str) -> Path:
    """`path` with the format's suffix: an export suffix is replaced, any other kept."""
    if path.suffix.lower() in EXPORT_SUFFIXES:
        return path.with_suffix(suffix)
    return path.with_name(path.name + suffix)


def same_file(a: Path, b: Path | None) -> bool:
    if b is None:
        return False
    return a.expanduser().resolve() == b.expanduser().resolve()


class FileOptions(QGroupBox):
    """A checkable group: the agreement's own file, written or not, and how.

    Its texts keep the export dialog's context, where they were first written, and so their
    translations.
    """

    def __init__(
        self,
        settings: QSettings,
        base: Path,
        *,
        source: Path | None,
        pdf_reason: str | None,
        versions: Sequence[SavedVersion] = (),
        choose_agreement: FileChooser | None = None,
        choose_path: PathChooser | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("ExportDialog", "Agreement file"), parent)
        self.setObjectName("agreement-file")
        self.setCheckable(True)
        self.setToolTip(
            QCoreApplication.translate(
                "ExportDialog", "Untick to write only the help desks and service-level tools below"
            )
        )
        self._settings = settings
        self._source = source
        self._choose_path = choose_path
        self.confirmed: Path | None = None
        """The file the Browse dialog already asked about replacing."""

        self.format_group = QButtonGroup(self)
        self.format_buttons: dict[ExportFormat, QRadioButton] = {}
        formats = QVBoxLayout()
        for number, (fmt, label, _suffix) in enumerate(FORMATS):
            button = QRadioButton(translated(label))
            button.setObjectName(f"format-{fmt}")
            self.format_group.addButton(button, number)
            self.format_buttons[fmt] = button
            formats.addWidget(button)
        self.pdf_note = QLabel(pdf_reason or "")
        self.pdf_note.setObjectName("pdf-note")
        self.pdf_note.setWordWrap(True)
        self.pdf_note.setStyleSheet("color: palette(dark); margin-left: 22px;")
        self.pdf_note.setVisible(pdf_reason is not None)
        formats.insertWidget(2, self.pdf_note)
        pdf = self.format_buttons["pdf"]
        pdf.setEnabled(pdf_reason is None)
        pdf.setToolTip(
            pdf_reason
            or QCoreApplication.translate(
                "ExportDialog", "Converted from the Word document by LibreOffice"
            )
        )

        self.paper = QComboBox()
        self.paper.setObjectName("paper")
        for value, label in PAPERS:
            self.paper.addItem(label, value)
        self.path = QLineEdit()
        self.path.setObjectName("path")
        self.path.setAccessibleName(QCoreApplication.translate("ExportDialog", "File"))
        browse = QPushButton(QCoreApplication.translate("ExportDialog", "Browse…"))
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.contents = QCheckBox(
            QCoreApplication.translate(
                "ExportDialog", "Fill in the page numbers of the table of contents"
            )
        )
        self.contents.setObjectName("contents")
        self.contents.setEnabled(pdf_reason is None)
        self.contents.setChecked(pdf_reason is None)
        self.redline = RedlineOptions(versions, choose_agreement)
        self.redline.record.setEnabled(source is not None)  # copies are kept beside the file

        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("ExportDialog", "Format:"), formats)
        form.addRow(QCoreApplication.translate("ExportDialog", "Paper size:"), self.paper)
        form.addRow(QCoreApplication.translate("ExportDialog", "File:"), path_row)
        form.addRow("", self.contents)
        form.addRow("", self.redline)
        self._restore(base)
        self.format_group.idToggled.connect(self._format_changed)

    # --- state -------------------------------------------------------------------------------

    def fmt(self) -> ExportFormat:
        """The chosen format."""
        return FORMATS[max(self.format_group.checkedId(), 0)][0]

    def choose(self, fmt: ExportFormat) -> None:
        """Pick a format (ignored for PDF when it is unavailable)."""
        if self.format_buttons[fmt].isEnabled():
            self.format_buttons[fmt].setChecked(True)

    def target(self) -> Path | None:
        """The file to write, or None when the agreement's file is not wanted."""
        text = self.path.text().strip()
        return Path(text).expanduser() if self.isChecked() and text else None

    def complete(self) -> bool:
        """Not wanted, or wanted with a file and a complete redline choice."""
        return not self.isChecked() or (bool(self.path.text().strip()) and self.redline.complete())

    def not_the_source(self, path: Path) -> Path:
        """A default never names the open agreement's own file: `<stem>-export.yaml` instead."""
        if same_file(path, self._source):
            return path.with_name(f"{path.stem}-export{path.suffix}")
        return path

    # --- behaviour ---------------------------------------------------------------------------

    def _format_changed(self, *_: object) -> None:
        fmt = self.fmt()
        document = fmt != "yaml"
        self.paper.setEnabled(document)
        self.contents.setVisible(fmt == "docx")
        self.redline.setVisible(document)
        self.redline.set_word(fmt == "docx")
        text = self.path.text().strip()
        if text:
            moved = with_format_suffix(Path(text), SUFFIXES[fmt])
            self.path.setText(str(self.not_the_source(moved)))

    def browse(self) -> None:
        if self._choose_path is None:
            return
        fmt = self.fmt()
        label = translated(next(label for f, label, _s in FORMATS if f == fmt))
        suffix = SUFFIXES[fmt]
        chosen = self._choose_path(self.path.text(), f"{label.split(' (')[0]} (*{suffix})")
        if chosen:
            path = Path(chosen)
            if path.suffix.lower() != suffix and not (
                suffix == ".yaml" and path.suffix.lower() == ".yml"
            ):
                path = with_format_suffix(path, suffix)
            else:
                # The file dialog asked about replacing exactly this file already.
                self.confirmed = path
            self.path.setText(str(path))
            self.setChecked(True)

    # --- remembered choices ------------------------------------------------------------------

    def _restore(self, base: Path) -> None:
        s = self._settings
        remembered_format = str(s.value(KEY + "format", "docx"))
        fmt: ExportFormat = next((f for f in self.format_buttons if f == remembered_format), "docx")
        if not self.format_buttons[fmt].isEnabled():
            fmt = "docx"
        self.format_buttons[fmt].setChecked(True)
        self.paper.setCurrentIndex(max(self.paper.findData(s.value(KEY + "paper", "A4")), 0))
        self.path.setText(str(self.not_the_source(base.with_name(base.name + SUFFIXES[fmt]))))
        self.setChecked(s.value(KEY + "file", "true") in (True, "true"))
        self._format_changed()

    def remember(self) -> None:
        s = self._settings
        s.setValue(KEY + "file", self.isChecked())
        s.setValue(KEY + "format", self.fmt())
        s.setValue(KEY + "paper", self.paper.currentData())
        text = self.path.text().strip()
        if self.isChecked() and text:
            s.setValue(KEY + "folder", str(Path(text).expanduser().parent))
