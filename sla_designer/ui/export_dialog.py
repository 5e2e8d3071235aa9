"""The export dialog: the findings summary, the language, the agreement's own file
(export_file_options) and the target systems (handoff_options); any of these outputs, as
`sla-designer export` writes them.

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
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from sla_designer.model import Agreement
from sla_designer.text import texts
from sla_designer.ui.export_file_options import FileOptions, PathChooser, same_file
from sla_designer.ui.export_job import (
    LANGUAGE_CHOICES,
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
from sla_designer.ui.redline_options import FileChooser, SavedVersion

if TYPE_CHECKING:
    from sla_designer.validation.findings import Finding

KEY = "export/"
OverwriteCheck = Callable[[Sequence[Path]], bool]
"""Asks whether files that already exist may be replaced: True to replace them."""


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
        self._confirm_overwrite = confirm_overwrite
        self.errors = sum(1 for f in findings if f.severity == "error")
        warnings = sum(1 for f in findings if f.severity == "warning")
        infos = sum(1 for f in findings if f.severity == "info")
        self.pdf_reason = pdf_check()

        self.summary = QLabel(summary_text(self.errors, warnings, infos))
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.setToolTip(
            self.tr("The language of the agreement's document and of the systems' texts")
        )
        for value, label in LANGUAGE_CHOICES:
            self.language.addItem(translated(label), value)
        language = settings.value(KEY + "language", agreement.language)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        form = QFormLayout()
        form.addRow(self.tr("Document language:"), self.language)

        remembered = settings.value(KEY + "folder", "")
        base = (Path(str(remembered)) if remembered else (folder or Path.home())) / file_stem(
            agreement
        )
        self.file = FileOptions(
            settings,
            base,
            source=source,
            pdf_reason=self.pdf_reason,
            versions=versions,
            choose_agreement=choose_agreement,
            choose_path=choose_path,
        )
        # The file section's parts, as the dialog's own (tests and the flow reach them here).
        self.format_buttons = self.file.format_buttons
        self.pdf_note = self.file.pdf_note
        self.paper = self.file.paper
        self.path = self.file.path
        self.contents = self.file.contents
        self.redline = self.file.redline
        self.handoff = HandoffOptions(
            agreement, settings, base, choose_folder=choose_folder, choose_file=choose_path
        )
        self.foreign_text = ForeignTextWarning()
        self.draft = QCheckBox(self.tr("Export a draft despite the errors"))
        self.draft.setObjectName("draft")
        self.draft.setVisible(self.errors > 0)

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
        layout.addWidget(self.file)
        layout.addWidget(self.handoff)
        layout.addWidget(self.foreign_text)
        layout.addWidget(self.draft)
        layout.addWidget(self.buttons)

        self.file.toggled.connect(self._update)
        self.file.format_group.idToggled.connect(self._update)
        self.language.currentIndexChanged.connect(self._update)
        self.draft.toggled.connect(self._update)
        self.path.textChanged.connect(self._update)
        self.redline.mark.toggled.connect(self._update)
        self.redline.against.currentIndexChanged.connect(self._update)
        for check in self.handoff.checks.values():
            check.toggled.connect(self._update)
        for line in self.handoff.paths.values():
            line.textChanged.connect(self._update)
        self._update()

    # --- state -------------------------------------------------------------------------------

    def fmt(self) -> ExportFormat:
        """The chosen format of the agreement's file."""
        return self.file.fmt()

    def choose(self, fmt: ExportFormat) -> None:
        """Pick a format (ignored for PDF when it is unavailable)."""
        self.file.choose(fmt)

    def blocked(self) -> bool:
        """Errors and no draft chosen: a final export is refused."""
        return self.errors > 0 and not self.draft.isChecked()

    def ready(self) -> bool:
        """At least one output chosen, and every output chosen complete."""
        chosen = self.file.isChecked() or bool(self.handoff.requests())
        return chosen and self.file.complete() and self.handoff.complete()

    def request(self) -> ExportRequest:
        """What to export; the agreement is copied so that editing may go on meanwhile."""
        target = self.file.target()
        return ExportRequest(
            agreement=self._agreement.model_copy(deep=True),
            fmt=self.fmt(),
            path=target,
            language=str(self.language.currentData()),
            paper=str(self.paper.currentData()),
            draft=self.errors > 0 and self.draft.isChecked(),
            contents=self.fmt() == "docx" and self.contents.isChecked(),
            against=self.redline.against_path() if target else None,
            author=author_name(self._settings),
            record=(
                None if self.fmt() == "yaml" or not target else self.redline.record_description()
            ),
            handoffs=self.handoff.requests(),
        )

    def accept(self) -> None:
        if self.blocked() or not self.ready():
            return
        target = self.file.target()
        if target is not None:
            confirmed = self.file.confirmed is not None and same_file(target, self.file.confirmed)
            if target.exists() and not confirmed and not self._overwrite_ok([target]):
                return
        self._remember()
        super().accept()

    def _overwrite_ok(self, paths: Sequence[Path]) -> bool:
        if self._confirm_overwrite is not None:
            return self._confirm_overwrite(paths)
        from sla_designer.ui.prompts import Prompter

        return Prompter(self).confirm_overwrite(paths)

    # --- behaviour ---------------------------------------------------------------------------

    def _worded(self) -> bool:
        """Something is written in the chosen language: a Word or PDF document, or a system."""
        document = self.file.isChecked() and self.fmt() != "yaml"
        return document or bool(self.handoff.requests())

    def _update(self, *_: object) -> None:
        worded = self._worded()
        self.language.setEnabled(worded)
        # A YAML export keeps the agreement as it is: no other language.
        language = str(self.language.currentData()) if worded else None
        self.foreign_text.show_for(self._agreement, language)
        self.export_button.setEnabled(not self.blocked() and self.ready())
        self.export_button.setText(
            self.tr("Export draft") if self.draft.isChecked() else self.tr("Export")
        )

    def _browse(self) -> None:
        self.file.browse()

    # --- remembered choices ------------------------------------------------------------------

    def _remember(self) -> None:
        s = self._settings
        s.setValue(KEY + "language", self.language.currentData())
        self.file.remember()
        self.handoff.remember()
        s.sync()
