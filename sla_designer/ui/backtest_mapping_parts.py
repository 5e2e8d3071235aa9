"""The parts of the mapping dialog: the file's priorities against the agreement's, the states
that pause each metric's clock (and the workflow's own states added to them), and the column
each role reads."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from sla_designer.ui.i18n import QT_TRANSLATE_NOOP

PRESET_NAMES = {
    "servicenow": "ServiceNow",
    "zendesk": "Zendesk",
    "jsm": "Jira Service Management",
    "freshdesk": "Freshdesk",
}
ROLES = {
    "id": QT_TRANSLATE_NOOP("Backtest", "Ticket id"),
    "key": QT_TRANSLATE_NOOP("Backtest", "Issue key"),
    "state": QT_TRANSLATE_NOOP("Backtest", "State"),
    "priority": QT_TRANSLATE_NOOP("Backtest", "Priority"),
    "created": QT_TRANSLATE_NOOP("Backtest", "Created"),
    "updated": QT_TRANSLATE_NOOP("Backtest", "Updated"),
    "responded": QT_TRANSLATE_NOOP("Backtest", "First response"),
    "ticket": QT_TRANSLATE_NOOP("Backtest", "Event: ticket"),
    "metric": QT_TRANSLATE_NOOP("Backtest", "Event: metric"),
    "type": QT_TRANSLATE_NOOP("Backtest", "Event: type"),
    "time": QT_TRANSLATE_NOOP("Backtest", "Event: time"),
    "field": QT_TRANSLATE_NOOP("Backtest", "Change: field"),
    "from": QT_TRANSLATE_NOOP("Backtest", "Change: value before"),
    "to": QT_TRANSLATE_NOOP("Backtest", "Change: value after"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Backtest", text)


def preset_name(name: str) -> str:
    """A preset's name as its vendor writes it."""
    return PRESET_NAMES.get(name, name)


def role_name(role: str) -> str:
    return _tr(ROLES[role]) if role in ROLES else role


class PrioritiesTable(QTableWidget):
    """Each priority value of the file, and the agreement's priority it is."""

    def __init__(self, priorities: list[str]) -> None:
        super().__init__(0, 2)
        self.setObjectName("priorities")
        self.setAccessibleName(QCoreApplication.translate("Backtest", "Priorities"))
        self.ids = priorities
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Backtest", "In the file"),
                QCoreApplication.translate("Backtest", "In the agreement"),
            ]
        )
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def show_values(self, values: list[str], mapped: dict[str, str]) -> None:
        shown = list(values) + [v for v in mapped if v not in values]
        self.setRowCount(len(shown))
        for row, value in enumerate(shown):
            self.setItem(row, 0, QTableWidgetItem(value))
            box = QComboBox()
            box.setAccessibleName(
                QCoreApplication.translate("Backtest", "Agreement priority of %1").replace(
                    "%1", value
                )
            )
            box.addItem(QCoreApplication.translate("Backtest", "(choose)"), "")
            for priority in self.ids:
                box.addItem(priority, priority)
            box.setCurrentIndex(max(0, box.findData(mapped.get(value, ""))))
            self.setCellWidget(row, 1, box)

    def box(self, row: int) -> QComboBox:
        widget = self.cellWidget(row, 1)
        assert isinstance(widget, QComboBox)
        return widget

    def chosen(self) -> dict[str, str]:
        found = {}
        for row in range(self.rowCount()):
            item = self.item(row, 0)
            target = str(self.box(row).currentData() or "")
            if item is not None and target:
                found[item.text()] = target
        return found


class PausesTable(QTableWidget):
    """The preset's states, then the workflow's own, down; the time metrics across, a tick
    where the state pauses the metric's clock; and last, a tick where the state ends a
    resolution clock (fixed for the preset's own such states)."""

    def __init__(self, metrics: list[tuple[str, str]]) -> None:
        super().__init__(0, len(metrics) + 1)
        self.setObjectName("pauses")
        self.setAccessibleName(
            QCoreApplication.translate("Backtest", "States that pause the clock")
        )
        self.metrics = [metric_id for metric_id, _ in metrics]
        for column, (_, name) in enumerate(metrics):
            header = QTableWidgetItem(name)
            header.setToolTip(name)
            self.setHorizontalHeaderItem(column, header)
        self.ends_name = QCoreApplication.translate("Backtest", "Ends resolution")
        ends = QTableWidgetItem(self.ends_name)
        ends.setToolTip(
            QCoreApplication.translate(
                "Backtest",
                "The state ends the resolution clock, as resolved or closed do (the help "
                "desk's own such states are fixed)",
            )
        )
        self.setHorizontalHeaderItem(len(metrics), ends)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.states: list[str] = []
        self.own: list[str] = []
        """The workflow's own states, beyond the preset's."""
        self.fixed: frozenset[str] = frozenset()
        """The preset's states that end a resolution clock."""

    def show_states(
        self,
        states: list[str],
        pauses: dict[str, list[str]],
        stops: list[str] | frozenset[str] = frozenset(),
        *,
        own: list[str] | tuple[str, ...] = (),
        fixed: frozenset[str] = frozenset(),
    ) -> None:
        """`states` (the workflow's `own` among them) with the ticks of `pauses` and `stops`;
        `fixed`: the preset's states that end a resolution clock, ticked and not to untick."""
        self.states, self.own, self.fixed = states, [s for s in states if s in own], fixed
        self.setRowCount(len(states))
        self.setVerticalHeaderLabels(states)
        checkable = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
        for row, state in enumerate(states):
            for column, metric in enumerate(self.metrics):
                self._tick(row, column, state in pauses.get(metric, []), checkable, metric)
            ends = state in fixed or state in stops
            flags = Qt.ItemFlag.ItemIsUserCheckable if state in fixed else checkable
            self._tick(row, len(self.metrics), ends, flags, self.ends_name)

    def _tick(self, row: int, column: int, ticked: bool, flags: Qt.ItemFlag, what: str) -> None:
        item = QTableWidgetItem()
        item.setFlags(flags)
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{self.states[row]}: {what}")
        self.setItem(row, column, item)

    def _ticked(self, column: int) -> list[str]:
        found = []
        for row, state in enumerate(self.states):
            item = self.item(row, column)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                found.append(state)
        return found

    def chosen(self) -> dict[str, list[str]]:
        """Metric id -> the states ticked as pausing it."""
        found: dict[str, list[str]] = {}
        for column, metric in enumerate(self.metrics):
            ticked = self._ticked(column)
            if ticked:
                found[metric] = ticked
        return found

    def chosen_stops(self) -> list[str]:
        """The states ticked as ending a resolution clock, beyond the preset's own."""
        return [s for s in self._ticked(len(self.metrics)) if s not in self.fixed]


class OwnStateField(QWidget):
    """A field to add a state of the workflow's own (a custom status the preset does not
    list), which the pauses' table then offers: `added` gives the name typed."""

    added = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.field = QLineEdit()
        self.field.setObjectName("own-state")
        what = QCoreApplication.translate("Backtest", "A state of the workflow's own")
        self.field.setPlaceholderText(what)
        self.field.setAccessibleName(what)
        self.button = QPushButton(QCoreApplication.translate("Backtest", "&Add state"))
        self.button.setObjectName("add-state")
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self._add)
        row.addWidget(self.field, 1)
        row.addWidget(self.button)

    def _add(self) -> None:
        name = self.field.text().strip()
        if name:
            self.added.emit(name)


class ColumnsForm(QWidget):
    """The column each role of the preset reads: the preset's own where the file has it."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("columns")
        self.form = QFormLayout(self)
        self.boxes: dict[str, QComboBox] = {}

    def show_roles(
        self,
        roles: dict[str, str],
        events: dict[str, str],
        columns: tuple[str, ...],
        event_columns: tuple[str, ...],
        chosen: dict[str, str],
    ) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.boxes = {}
        for group, offered in ((roles, columns), (events, event_columns)):
            for role, default in group.items():
                box = QComboBox()
                box.setObjectName(f"column-{role}")
                box.setAccessibleName(role_name(role))
                box.addItem(QCoreApplication.translate("Backtest", "(missing)"), "")
                for name in offered:
                    box.addItem(name, name)
                wanted = chosen.get(role, default)
                at = box.findData(wanted)
                if at < 0 and not offered:
                    # The events file is not read yet: its column as the preset names it.
                    box.addItem(wanted, wanted)
                    at = box.count() - 1
                box.setCurrentIndex(max(0, at))
                self.boxes[role] = box
                self.form.addRow(role_name(role), box)

    def chosen(self, defaults: dict[str, str]) -> dict[str, str]:
        """The columns that differ from the preset's (a role left missing keeps its own, so
        that the back-test names it as missing)."""
        found = {}
        for role, box in self.boxes.items():
            name = str(box.currentData() or "")
            if name and name != defaults.get(role):
                found[role] = name
        return found
