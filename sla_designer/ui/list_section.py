"""A list of the agreement as a table with add, remove, duplicate and reorder, and a form below
for the chosen item (with, recursively, the lists inside that item)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from sla_designer.model.ids import ID_LISTS, id_from_name, name_of, numbered
from sla_designer.ui.document import AgreementDocument, FieldPath
from sla_designer.ui.fields import FieldSpec
from sla_designer.ui.form import FieldForm
from sla_designer.ui.i18n import QT_TRANSLATE_NOOP, label
from sla_designer.ui.id_visibility import id_visibility
from sla_designer.ui.item_models import Column, ListTableModel

NewItem = Callable[[AgreementDocument, FieldPath], Any]
"""Makes a new item for the list at the given path (ids unique in that list)."""
BeforeRemove = Callable[[AgreementDocument, FieldPath, int], None]
"""Runs inside the removal's undo macro, e.g. to drop references to the removed item."""


def _ids(document: AgreementDocument, list_path: FieldPath) -> list[str]:
    return [str(getattr(item, "id", "")) for item in document.get(list_path)]


def unique_id(document: AgreementDocument, list_path: FieldPath, stem: str) -> str:
    """`stemN` with the smallest N that no item of the list uses: the id of an item with no
    name yet, made from the name once it is typed."""
    return numbered(stem, _ids(document, list_path))


def id_for(document: AgreementDocument, list_path: FieldPath, name: str, stem: str) -> str:
    """The id of a new item called `name`: made from the name, unique in the list."""
    return id_from_name(name, _ids(document, list_path), stem)


# Undo texts, "%1" being the kind of item (translated when the edit is made).
ADD = QT_TRANSLATE_NOOP("Undo", "Add %1")
DUPLICATE = QT_TRANSLATE_NOOP("Undo", "Duplicate %1")
REMOVE = QT_TRANSLATE_NOOP("Undo", "Remove %1")
MOVE = QT_TRANSLATE_NOOP("Undo", "Move %1")


class ListSection(QGroupBox):
    """Table of the items of one list, the chosen item's form, and the item's own lists."""

    def __init__(
        self,
        document: AgreementDocument,
        title: str,
        field: FieldPath,
        columns: Sequence[Column],
        new_item: NewItem,
        *,
        specs: Sequence[FieldSpec] = (),
        noun: str = "item",
        empty_text: str = "",
        before_remove: BeforeRemove | None = None,
        prefix: FieldPath | None = (),
    ) -> None:
        super().__init__(label(title))
        self.setObjectName(".".join(str(p) for p in field))
        self.document = document
        self.noun = noun
        self._new_item = new_item
        self._before_remove = before_remove
        self.model = ListTableModel(document, field, columns, self)
        self.children_sections: list[ListSection] = []

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAccessibleName(label(title))
        self.table.setTabKeyNavigation(False)
        self.table.setMinimumHeight(110)
        self.table.setMaximumHeight(180)
        # Ids are made from names: their column comes last, and shows only when asked.
        self._id_columns = [n for n, column in enumerate(columns) if column.field == "id"]
        header = self.table.horizontalHeader()
        for column in self._id_columns:
            header.moveSection(header.visualIndex(column), len(columns) - 1)
        if self._id_columns:
            ids = id_visibility()
            self._show_ids(ids.shown)
            ids.changed.connect(self._show_ids)
        add_text = self.tr("Add %1").replace("%1", label(noun))
        self.empty = QLabel(
            label(empty_text)
            or self.tr("None yet. Click “%1” to create one.").replace("%1", add_text)
        )
        self.empty.setObjectName("empty")
        self.empty.setStyleSheet("color: palette(mid); font-style: italic;")

        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for key, text in (
            ("add", add_text),
            ("duplicate", self.tr("Duplicate")),
            ("remove", self.tr("Remove")),
            ("up", self.tr("Move up")),
            ("down", self.tr("Move down")),
        ):
            button = QPushButton(text)
            # The same five buttons repeat on a page: say which list each one acts on.
            button.setAccessibleName(f"{text} ({label(title)})")
            button.setObjectName(f"{key}-{noun.replace(' ', '-')}")
            bar.addWidget(button)
            self.buttons[key] = button
        bar.addStretch(1)
        self.buttons["add"].clicked.connect(self.add)
        self.buttons["duplicate"].clicked.connect(self.duplicate)
        self.buttons["remove"].clicked.connect(self.remove)
        self.buttons["up"].clicked.connect(lambda: self.move_by(-1))
        self.buttons["down"].clicked.connect(lambda: self.move_by(+1))

        self.form = FieldForm(document, specs, None)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(bar)
        self._layout.addWidget(self.table)
        self._layout.addWidget(self.empty)
        self._layout.addWidget(self.form)

        self.model.modelReset.connect(self._after_reset)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.set_prefix(prefix)

    def _show_ids(self, shown: bool) -> None:
        for column in self._id_columns:
            self.table.setColumnHidden(column, not shown)

    # --- composition -------------------------------------------------------------------------

    def add_child(self, child: ListSection) -> ListSection:
        """A list inside the chosen item (e.g. a party's contacts), shown under its form."""
        self.children_sections.append(child)
        self._layout.addWidget(child)
        child.set_prefix(self.current_path())
        return child

    def set_prefix(self, prefix: FieldPath | None) -> None:
        self.model.set_prefix(prefix)
        self.setEnabled(prefix is not None)

    # --- selection ---------------------------------------------------------------------------

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def current_path(self) -> FieldPath | None:
        path = self.model.list_path
        row = self.current_row()
        return None if path is None or row < 0 else (*path, row)

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._on_current()

    def _after_reset(self) -> None:
        rows = self.model.rowCount()
        self.empty.setVisible(rows == 0 and self.model.list_path is not None)
        self.table.setVisible(rows > 0)
        # A reset drops the current index; keep the user on the same row when it still exists.
        row = min(max(self._last_row, 0), rows - 1) if rows else -1
        self.select_row(row)

    _last_row = 0

    def _on_current(self, *_: Any) -> None:
        row = self.current_row()
        if row >= 0:
            self._last_row = row
        path = self.current_path()
        self.form.set_prefix(path)
        self.form.setVisible(path is not None and bool(self.form.bindings))
        for child in self.children_sections:
            child.set_prefix(path)
            child.setVisible(path is not None)
        count = self.model.rowCount()
        self.buttons["add"].setEnabled(self.model.list_path is not None)
        for key in ("duplicate", "remove"):
            self.buttons[key].setEnabled(row >= 0)
        self.buttons["up"].setEnabled(row > 0)
        self.buttons["down"].setEnabled(0 <= row < count - 1)

    def _undo_text(self, pattern: str) -> str:
        # The undo menu names the item kind in the interface language.
        return QCoreApplication.translate("Undo", pattern).replace("%1", label(self.noun))

    # --- actions -----------------------------------------------------------------------------

    def add(self) -> None:
        path = self.model.list_path
        if path is None:
            return
        item = self._new_item(self.document, path)
        row = self.model.rowCount()
        self._last_row = row
        self.document.insert_item(path, row, item, self._undo_text(ADD))
        self.select_row(row)

    def duplicate(self) -> None:
        path, row = self.model.list_path, self.current_row()
        if path is None or row < 0:
            return
        self._last_row = row + 1
        twin = self.document.get((*path, row)).model_copy(deep=True)
        if hasattr(twin, "id"):
            stem, names = ID_LISTS.get(tuple(path), ("", ()))
            name = name_of(twin, names)
            # A copy's id is made from its name too ('acme-2'), and so follows it when renamed.
            twin.id = (
                id_for(self.document, path, name, stem)
                if name
                else unique_id(self.document, path, f"{twin.id}-copy")
            )
        self.document.insert_item(path, row + 1, twin, self._undo_text(DUPLICATE))
        self.select_row(row + 1)

    def remove(self) -> None:
        path, row = self.model.list_path, self.current_row()
        if path is None or row < 0:
            return
        self._last_row = max(row - 1, 0) if row == self.model.rowCount() - 1 else row
        with self.document.macro(self._undo_text(REMOVE)):
            if self._before_remove is not None:
                self._before_remove(self.document, path, row)
            self.document.remove_item(path, row, self._undo_text(REMOVE))

    def move_by(self, step: int) -> None:
        path, row = self.model.list_path, self.current_row()
        if path is None or not 0 <= row + step < self.model.rowCount():
            return
        self._last_row = row + step
        self.document.move_item(path, row, row + step, self._undo_text(MOVE))
        self.select_row(row + step)

    # --- findings navigation -----------------------------------------------------------------

    def focus_path(self, path: FieldPath) -> bool:
        """Select the item a path points into and focus its field; False if not ours."""
        own = self.model.list_path
        if own is None or path[: len(own)] != own:
            return False
        rest = path[len(own) :]
        if rest and isinstance(rest[0], int):
            self.select_row(rest[0])
            for child in self.children_sections:
                if child.focus_path(path):
                    return True
            if self.form.focus_path(path):
                return True
        if self.model.rowCount() == 0:
            # An empty list hides its table: the way on is to add the first item.
            self.buttons["add"].setFocus()
        else:
            self.table.setFocus()
        return True
