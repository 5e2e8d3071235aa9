"""Choosing a starter: a blank agreement or one of the templates, each described."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sla_designer.catalog import TemplateEntry, load_catalog
from sla_designer.ui.i18n import QT_TRANSLATE_NOOP, current_language, label

BLANK = ""
BLANK_TEXT = QT_TRANSLATE_NOOP("Labels", "An empty agreement: you fill in every step yourself.")


class TemplatePicker(QWidget):
    """A list of starters and the description of the chosen one."""

    chosen = Signal(str)
    """A double click: the template name ('' for a blank agreement)."""

    def __init__(
        self, language: str | None = None, parent: QWidget | None = None, compact: bool = False
    ) -> None:
        super().__init__(parent)
        self.templates: list[TemplateEntry] = list(load_catalog())
        self.list = QListWidget()
        self.list.setObjectName("templates")
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.description.setMinimumWidth(260)
        # Descriptions in the interface language unless a caller asks for another.
        language = language or current_language()
        self._language = language
        blank = QListWidgetItem(self.tr("Blank agreement"))
        blank.setData(Qt.ItemDataRole.UserRole, BLANK)
        self.list.addItem(blank)
        for template in self.templates:
            text = template.description(language)
            title = template.title(language)
            # Compact: each template says what it is in its own entry, no side panel.
            summary = text.split(". ")[0].rstrip(".") if compact and text else ""
            item = QListWidgetItem(f"{title}\n    {summary}" if summary else title)
            item.setData(Qt.ItemDataRole.UserRole, template.name)
            item.setToolTip(text)
            self.list.addItem(item)
        if compact:
            # Long descriptions end in an ellipsis (the tooltip has them whole), no side scrolling.
            self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
            blank_text = label(BLANK_TEXT).split(":", maxsplit=1)[0]
            blank.setText(self.tr("Blank agreement") + f"\n    {blank_text}")
            self.list.setSpacing(2)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.description, 1)
        self.description.setVisible(not compact)
        self.list.currentRowChanged.connect(self._describe)
        self.list.itemDoubleClicked.connect(lambda _item: self.chosen.emit(self.name()))
        self.list.setCurrentRow(0)

    def name(self) -> str:
        """The chosen template ('' for a blank agreement)."""
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else BLANK

    def select(self, name: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.list.setCurrentRow(row)

    def _describe(self, row: int) -> None:
        if row <= 0:
            self.description.setText(label(BLANK_TEXT))
            return
        template = self.templates[row - 1]
        self.description.setText(
            f"<b>{template.title(self._language)}</b>"
            f"<p>{template.description(self._language)}</p>"
            + "<p style='color:gray'>"
            + self.tr("Template “{name}”").format(name=template.name)
            + "</p>"
        )


class TemplateDialog(QDialog):
    """New agreement: pick a starter."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New agreement"))
        self.resize(720, 380)
        self.picker = TemplatePicker(language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.picker.chosen.connect(lambda _name: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Start from a template; every part of it can be changed.")))
        layout.addWidget(self.picker)
        layout.addWidget(buttons)
