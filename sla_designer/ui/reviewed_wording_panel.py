"""The reviewer's wording the agreement keeps, on the Review and export step: each paragraph a
legal reviewer rewrote, deleted or added after, with the generated wording it replaces.

The reviewer's words are edited like any field (typing is one undo step); "Back to generated
wording" drops the entry; a wording whose paragraph the agreement has changed since (validation's
reviewed-wording-stale) can be kept for the paragraph as it now reads. Entries come from accepting
a review's changes of wording (model/reviewed_wording.py); none is made here from nothing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sla_designer.export.builder import ExportError
from sla_designer.export.reviewed_wording import current_paragraph, generated_keys
from sla_designer.model import Agreement, ReviewedWording
from sla_designer.model.tags import TagError, resolve_tag
from sla_designer.ui.document import AgreementDocument, FieldPath
from sla_designer.ui.fields import FieldSpec
from sla_designer.ui.form import FieldForm
from sla_designer.ui.i18n import QT_TRANSLATE_NOOP, current_language
from sla_designer.validation.path_words import path_words
from sla_designer.validation.reviewed_wording import excerpt

LIST: FieldPath = ("reviewed_wording",)
WORDING = [
    FieldSpec(
        "text",
        QT_TRANSLATE_NOOP("Labels", "Reviewer's wording"),
        "multiline",
        help=QT_TRANSLATE_NOOP(
            "Labels", "Empty: the paragraph is deleted. A blank line starts an added paragraph."
        ),
    )
]


def clause_words(agreement: Agreement, clause: str | None) -> str:
    """The clause an entry belongs to, in words of the interface language."""
    if clause is None:
        return QCoreApplication.translate("ReviewedWordingPanel", "Outside the clauses")
    try:
        return path_words(resolve_tag(agreement, clause), agreement, current_language())
    except TagError:
        gone = QCoreApplication.translate("ReviewedWordingPanel", "%1 (no longer in the agreement)")
        return gone.replace("%1", clause)


class ReviewedWordingPanel(QGroupBox):
    """The list of the reviewer's wording and the chosen one's details."""

    def __init__(self, document: AgreementDocument, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reviewer's wording"), parent)
        self.setObjectName("reviewed-wording")
        self.document = document
        self._stale: list[bool] = []
        self._dirty = True

        intro = QLabel(
            self.tr(
                "Paragraphs of the contract in the legal reviewer's words, printed instead of the "
                "generated ones. When the agreement later changes what such a paragraph says, "
                "the document prints the generated paragraph again until you keep the "
                "reviewer's wording for the new text."
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet("color: palette(dark);")
        self.empty = QLabel(
            self.tr("None. Accepting a reworded paragraph from a review keeps its wording here.")
        )
        self.empty.setObjectName("empty")
        self.empty.setStyleSheet("color: palette(mid); font-style: italic;")
        self.list = QListWidget()
        self.list.setObjectName("reviewed-wording-list")
        self.list.setAccessibleName(self.tr("Reviewer's wording"))
        self.list.setMaximumHeight(140)

        self.details = QWidget()
        self.clause = QLabel()
        self.clause.setObjectName("clause")
        self.clause.setStyleSheet("font-weight: 600;")
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #b26a00;")
        generated_label = QLabel(self.tr("Generated wording it replaces"))
        self.generated = QPlainTextEdit()
        self.generated.setObjectName("generated")
        self.generated.setReadOnly(True)
        self.generated.setMaximumHeight(90)
        self.generated.setAccessibleName(generated_label.text())
        generated_label.setBuddy(self.generated)
        self.form = FieldForm(document, WORDING, None)
        self.keep = QPushButton(self.tr("Keep for the current text"))
        self.keep.setObjectName("keep-for-current")
        self.keep.setToolTip(
            self.tr("Use the reviewer's wording in place of the paragraph as it now reads")
        )
        self.back = QPushButton(self.tr("Back to generated wording"))
        self.back.setObjectName("back-to-generated")
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep)
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        parts: tuple[QWidget, ...] = (
            self.clause,
            self.status,
            generated_label,
            self.generated,
            self.form,
        )
        for part in parts:
            details.addWidget(part)
        details.addLayout(buttons)

        layout = QVBoxLayout(self)
        for shown in (intro, self.empty, self.list, self.details):
            layout.addWidget(shown)

        self.list.currentRowChanged.connect(self._show_row)
        self.keep.clicked.connect(self.keep_for_current_text)
        self.back.clicked.connect(self.back_to_generated)
        document.changed.connect(self._on_changed)
        document.reset.connect(self._on_changed)
        self.refresh()

    # --- state ---------------------------------------------------------------------------------

    def entries(self) -> list[ReviewedWording]:
        return list(self.document.agreement.reviewed_wording)

    def is_stale(self, row: int) -> bool:
        return 0 <= row < len(self._stale) and self._stale[row]

    def _on_changed(self, *_: Any) -> None:
        # Whether a wording still applies depends on the whole agreement: seen again when shown.
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: Any) -> None:
        if self._dirty:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """List the entries again, keeping the chosen row where it still exists."""
        self._dirty = False
        agreement = self.document.agreement
        entries = self.entries()
        try:
            written = generated_keys(agreement) if entries else frozenset()
        except ExportError:
            written = None  # the contract cannot be written yet: nothing said stale
        self._stale = [
            written is not None and (e.clause, e.generated) not in written for e in entries
        ]
        row = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for entry, stale in zip(entries, self._stale, strict=True):
            text = f"{clause_words(agreement, entry.clause)} – {excerpt(entry.generated)}"
            if not entry.paragraphs():
                text = self.tr("%1 (deleted)").replace("%1", text)
            if stale:
                text = self.tr("%1 (no longer matches)").replace("%1", text)
            self.list.addItem(text)
        self.list.blockSignals(False)
        self.empty.setVisible(not entries)
        self.list.setVisible(bool(entries))
        if entries:
            self.list.setCurrentRow(min(max(row, 0), len(entries) - 1))
        self._show_row(self.list.currentRow())

    def _show_row(self, row: int) -> None:
        entries = self.entries()
        if not 0 <= row < len(entries):
            self.details.setVisible(False)
            self.form.set_prefix(None)
            return
        entry = entries[row]
        self.details.setVisible(True)
        self.clause.setText(clause_words(self.document.agreement, entry.clause))
        self.generated.setPlainText(entry.generated)
        self.form.set_prefix((*LIST, row))
        stale = self.is_stale(row)
        self.status.setVisible(stale)
        self.status.setText(
            self.tr(
                "The agreement has changed this paragraph since: the document prints the "
                "generated text."
            )
        )
        self.keep.setVisible(stale)

    # --- actions -------------------------------------------------------------------------------

    def back_to_generated(self) -> None:
        """Drop the chosen entry: the document prints the generated paragraph (one undo step)."""
        row = self.list.currentRow()
        if 0 <= row < len(self.entries()):
            self.document.remove_item(LIST, row, self.tr("Back to generated wording"))

    def keep_for_current_text(self) -> None:
        """Keep the chosen stale wording for the paragraph as it now reads (one undo step)."""
        row = self.list.currentRow()
        entries = self.entries()
        if not self.is_stale(row) or row >= len(entries):
            return
        current = current_paragraph(self.document.agreement, entries[row])
        if current is None:
            self.status.setText(
                self.tr("The clause no longer has a paragraph to keep this wording for.")
            )
            return
        self.document.set_value(
            (*LIST, row, "generated"), current, self.tr("Keep reviewer's wording")
        )

    def focus_path(self, path: FieldPath) -> bool:
        """Choose the entry a finding points at and focus its wording."""
        if tuple(path[:1]) != LIST:
            return False
        if self._dirty:
            self.refresh()
        if len(path) > 1 and isinstance(path[1], int) and path[1] < self.list.count():
            self.list.setCurrentRow(path[1])
        self.form.editor("text").setFocus()
        return True
