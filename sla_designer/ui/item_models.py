"""Table models over the lists of the agreement (parties, metrics, tiers, ...)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from sla_designer.ui.document import AgreementDocument, FieldPath
from sla_designer.ui.i18n import current_language, label, value_text
from sla_designer.ui.pickers import reference_choices

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """A read-only table of rows under translated headers: a subclass names its `HEADERS` (marked
    with QT_TRANSLATE_NOOP under its own class name) and says how many rows it has."""

    HEADERS: tuple[str, ...] = ()

    def row_count(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate(type(self).__name__, self.HEADERS[section])
        return None

    def retranslate_headers(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)


@dataclass(frozen=True)
class Column:
    """One column: its header, the field it shows and, for plain text, whether it is edited here."""

    header: str
    field: str
    display: Callable[[Any], str] | None = None
    editable: bool = False
    ref: FieldPath = ()
    """The list whose item this column's id names (("parties",)): the item is shown by name."""

    def text(self, item: Any, names: dict[str, str] | None = None) -> str:
        """The cell's text; `names`: the labels of the ids of the `ref` list."""
        value = item
        for part in self.field.split("."):
            value = getattr(value, part, None) if part else value
        if names is not None and isinstance(value, str) and value in names:
            return names[value]
        if self.display is not None:
            return self.display(value)
        said = getattr(value, "text", None)
        if callable(said):  # a value that words itself, such as a time target
            return str(said(current_language()))
        return value_text(value)


class ListTableModel(QAbstractTableModel):
    """Rows are the items of the list at `prefix + field`; edits go through the document."""

    def __init__(
        self,
        document: AgreementDocument,
        field: FieldPath,
        columns: Sequence[Column],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._field = field
        self._columns = list(columns)
        self._prefix: FieldPath | None = ()
        document.changed.connect(self._on_changed)
        document.reset.connect(self._reset)

    @property
    def list_path(self) -> FieldPath | None:
        return None if self._prefix is None else (*self._prefix, *self._field)

    def set_prefix(self, prefix: FieldPath | None) -> None:
        """Show the list of another item (None: no item, no rows)."""
        self.beginResetModel()
        self._prefix = prefix
        self.endResetModel()

    def items(self) -> list[Any]:
        path = self.list_path
        if path is None:
            return []
        try:
            return list(self._document.get(path))
        except (AttributeError, IndexError, TypeError):
            return []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        items = self.items()
        if index.row() >= len(items):
            return None
        column = self._columns[index.column()]
        names = dict(reference_choices(self._document, column.ref)) if column.ref else None
        return column.text(items[index.row()], names)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return label(self._columns[section].header)
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._columns[index.column()].editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        path = self.list_path
        if path is None or not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = self._columns[index.column()]
        if not column.editable:
            return False
        target = (*path, index.row(), *column.field.split("."))
        text = QCoreApplication.translate("Undo", "Edit %1").replace(
            "%1", label(column.header).lower()
        )
        return self._document.set_value(target, value, text=text) is None

    def _on_changed(self, changed: FieldPath) -> None:
        path = self.list_path
        if path is None:
            return
        if path[: len(changed)] == changed:
            self._reset()
        elif changed[: len(path)] == path and len(changed) > len(path):
            row = changed[len(path)]
            if isinstance(row, int) and 0 <= row < self.rowCount():
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def _reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()


def choice_label(choices: Sequence[tuple[str, str]]) -> Callable[[Any], str]:
    """Shows a stored choice ('customer', 'monthly') by its label ('Customer', 'Monthly'),
    translated when shown."""
    labels = dict(choices)

    def show(value: Any) -> str:
        if value is None:
            return ""
        key = str(value)
        return label(labels[key]) if key in labels else key

    return show
