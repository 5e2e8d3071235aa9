"""The Compare panel: what changed between a version of the agreement (a saved version, or a file)
and the open agreement, each change a link to its field.

Keys: Enter, a click on the field or a double click opens the change's field (Alt+O too); the
chooser picks what to compare with (Alt+W in English).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sla_designer.text import texts
from sla_designer.ui.change_tables import ChangesView
from sla_designer.ui.compare_model import (
    AFTER,
    BEFORE,
    CLAUSES,
    FIELD,
    KIND,
    STEP,
    CompareModel,
)
from sla_designer.ui.i18n import current_language

if TYPE_CHECKING:
    from sla_designer.versions.words import Comparison


class CompareTable(ChangesView):
    """The list of changes; says when there is nothing to compare or nothing changed."""

    def __init__(self, model: CompareModel, parent: QWidget | None = None) -> None:
        widths = {CLAUSES: 120, STEP: 130, FIELD: 260, KIND: 90, BEFORE: 170, AFTER: 170}
        super().__init__(model, FIELD, widths, parent)
        self.setObjectName("compare-changes")
        self.placeholder = ""

    def empty_text(self) -> str:
        return self.placeholder


class ComparePanel(QWidget):
    """The chooser of what to compare with, and the changes since it."""

    field_requested = Signal(object)
    """A change's field path to show and focus."""
    source_chosen = Signal(int)
    """The row of the chooser the user picked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.compare_model = CompareModel(self)
        self.chooser_label = QLabel()
        self.chooser = QComboBox()
        self.chooser.setObjectName("compare-with")
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.chooser_label.setBuddy(self.chooser)
        self.chooser.activated.connect(self.source_chosen.emit)
        self.summary = QLabel()
        self.summary.setObjectName("compare-summary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton()
        self.open_button.setObjectName("compare-open")
        self.open_button.clicked.connect(self.open_selected)
        top = QHBoxLayout()
        top.addWidget(self.chooser_label)
        top.addWidget(self.chooser)
        top.addWidget(self.summary, 1)
        top.addWidget(self.open_button)
        self.table = CompareTable(self.compare_model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        self.table.clicked.connect(self._clicked)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.compare_model.modelReset.connect(self._update)
        self.baseline_name = ""
        self.retranslate()

    def show_comparison(self, comparison: Comparison | None, baseline_name: str) -> None:
        """List the changes of `comparison` from the version called `baseline_name`, keeping
        the selected row where there still is one."""
        row = self.current_row()
        self.baseline_name = baseline_name
        self.compare_model.set_comparison(comparison)
        rows = self.compare_model.rowCount()
        if rows:
            self.table.selectRow(min(max(row, 0), rows - 1))
        self._update()

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def open_row(self, row: int) -> None:
        if 0 <= row < self.compare_model.rowCount():
            change = self.compare_model.change(row).change
            # A removed item is no longer there: its list is.
            path = change.path[:-1] if change.kind == "removed" else change.path
            self.field_requested.emit(path)

    def open_selected(self) -> None:
        self.open_row(self.current_row())

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == FIELD:
            self.open_row(index.row())

    def summary_text(self) -> str:
        comparison = self.compare_model.comparison
        if comparison is None:
            return ""
        words = texts(current_language()).section("versions")
        count = self.compare_model.rowCount()
        if not count:
            return words("since_none", version=self.baseline_name)
        return words("since", count=count, version=self.baseline_name)

    def retranslate(self) -> None:
        self.chooser_label.setText(self.tr("Compare &with:"))
        self.open_button.setText(self.tr("&Open field"))
        self.open_button.setToolTip(self.tr("Show the field in its step (Enter)"))
        self.compare_model.retranslate()
        self._update()

    def _update(self) -> None:
        self.summary.setText(self.summary_text())
        self.open_button.setEnabled(self.current_row() >= 0)
        if self.compare_model.comparison is None:
            self.table.placeholder = self.tr(
                "Choose a saved version or a file to compare the agreement with."
            )
        else:
            self.table.placeholder = self.tr("No changes: the agreement is the same.")
        self.table.viewport().update()
