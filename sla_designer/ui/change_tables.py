"""What the tables of changes share (the review's, the Compare panel's): a read-only list, one
row per change, its field's name cut in the middle, and a sentence where the list is empty."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

ModelIndex = QModelIndex | QPersistentModelIndex


def one_line(text: str) -> str:
    """A text on one line of a table cell: its whitespace (line and paragraph breaks) as spaces."""
    return " ".join(text.split())


class MiddleElided(QStyledItemDelegate):
    """Cuts a long text in its middle: "Metric «AP Cloud…» › Objective" keeps its field."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


def paint_empty(view: QAbstractItemView, text: str) -> None:
    """Write `text` in the middle of an empty view, in the placeholder's colour."""
    painter = QPainter(view.viewport())
    painter.setPen(view.palette().color(QPalette.ColorRole.PlaceholderText))
    painter.drawText(
        view.viewport().rect(), int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text
    )
    painter.end()


class ChangesView(QTableView):
    """A read-only table of changes, a row selected at a time; `empty_text()` says why it is
    empty ('' says nothing)."""

    def __init__(
        self,
        model: QAbstractItemModel,
        field_column: int,
        widths: dict[int, int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.setItemDelegateForColumn(field_column, MiddleElided(self))
        for column, width in widths.items():
            self.setColumnWidth(column, width)

    def empty_text(self) -> str:
        return ""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is not None and not model.rowCount() and (text := self.empty_text()):
            paint_empty(self, text)
