"""The export dialog's warning: the free-text fields a document in another language prints as
typed, still in the agreement's language, in a list that scrolls when it is long."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sla_designer.model import Agreement
from sla_designer.ui.i18n import current_language
from sla_designer.ui.icons import standard_icon


class ForeignTextWarning(QWidget):
    """Hidden unless the document's language leaves fields in the agreement's language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = QLabel()
        self.note.setObjectName("foreign-note")
        self.note.setWordWrap(True)
        self.fields = QListWidget()
        self.fields.setObjectName("foreign-fields")
        self.fields.setMaximumHeight(150)
        self.fields.setAccessibleName(self.tr("Fields still in the agreement's language"))
        icon = QLabel()
        icon.setPixmap(standard_icon("SP_MessageBoxWarning").pixmap(24, 24))
        head = QHBoxLayout()
        head.addWidget(icon, 0)
        head.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.fields)
        self.setVisible(False)

    def show_for(self, agreement: Agreement, language: str | None) -> None:
        """List the fields for a document in `language` (None: no document is written)."""
        from sla_designer.export.foreign_text import excerpt, foreign_fields
        from sla_designer.text import texts

        shown_in = current_language()
        found = foreign_fields(agreement, language, shown_in) if language else []
        self.fields.clear()
        self.setVisible(bool(found))
        if not found or language is None:
            return
        words = texts(shown_in).section("foreign")
        written = words(f"languages.{agreement.language}")
        export = words(f"languages.{language}")
        self.note.setText(words("warning", count=len(found), written=written, export=export))
        for field in found:
            item = QListWidgetItem(f"{field.label}: “{excerpt(field.text)}”")
            item.setToolTip(field.text)
            self.fields.addItem(item)
