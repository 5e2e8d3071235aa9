"""The changes between a version and the open agreement as a table: the clauses, the step and
the field, what happened, before and after."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from sla_designer.ui.change_tables import one_line
from sla_designer.ui.i18n import QT_TRANSLATE_NOOP, label
from sla_designer.ui.item_models import RowsModel
from sla_designer.ui.steps import step_by_key

if TYPE_CHECKING:
    from sla_designer.versions.words import ChangeWords, Comparison

Index = QModelIndex | QPersistentModelIndex
CLAUSES, STEP, FIELD, KIND, BEFORE, AFTER = range(6)


class CompareModel(RowsModel):
    """One row per change shown (the id of a renamed item and the references that follow it
    are not), in the order of the agreement."""

    HEADERS = (
        QT_TRANSLATE_NOOP("CompareModel", "Clauses"),
        QT_TRANSLATE_NOOP("CompareModel", "Step"),
        QT_TRANSLATE_NOOP("CompareModel", "Field"),
        QT_TRANSLATE_NOOP("CompareModel", "Change"),
        QT_TRANSLATE_NOOP("CompareModel", "Before"),
        QT_TRANSLATE_NOOP("CompareModel", "After"),
    )
    KINDS: ClassVar[dict[str, str]] = {
        "changed": QT_TRANSLATE_NOOP("CompareModel", "Changed"),
        "added": QT_TRANSLATE_NOOP("CompareModel", "Added"),
        "removed": QT_TRANSLATE_NOOP("CompareModel", "Removed"),
        "moved": QT_TRANSLATE_NOOP("CompareModel", "Moved"),
    }

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self._rows: list[ChangeWords] = []

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.beginResetModel()
        self.comparison = comparison
        self._rows = comparison.shown() if comparison is not None else []
        self.endResetModel()

    def change(self, row: int) -> ChangeWords:
        return self._rows[row]

    def row_count(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return one_line(self.cell(row, column))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == FIELD:
                return self.tr("%1 (Enter opens the field)").replace("%1", self.cell(row, FIELD))
            return self.cell(row, column) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == FIELD:
            # The field is a link: Enter, a click or a double click opens it.
            return QApplication.palette().color(QPalette.ColorRole.Link)
        return None

    def cell(self, row: int, column: int) -> str:
        said = self._rows[row]
        if column == CLAUSES:
            return said.clauses
        if column == STEP:
            return label(step_by_key(said.step).title)
        if column == FIELD:
            return said.field_alone
        if column == KIND:
            return self.tr(self.KINDS[said.change.kind])
        if column == BEFORE:
            return said.old
        return said.new

    def retranslate(self) -> None:
        self.retranslate_headers()
