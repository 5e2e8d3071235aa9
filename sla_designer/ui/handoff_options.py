"""The export dialog's "Help desks and service-level tools": a checkbox and a destination for
every target system of the registry (sla_designer.handoff.systems), the mapping of the
agreement's priorities to a system's own for the user to confirm, and, after the export, the
report of what did not map.

As `sla-designer export --zendesk DIR --freshdesk DIR …` does: each system is written
atomically, and nothing it cannot hold is dropped silently.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from sla_designer.handoff.report import system_name
from sla_designer.handoff.systems import SYSTEMS, System
from sla_designer.model import Agreement
from sla_designer.ui.export_job import HandoffRequest
from sla_designer.ui.i18n import current_language

FolderChooser = Callable[[str], str]
"""Asks for a folder: (suggested folder) -> folder, '' when cancelled."""
FileChooser = Callable[[str, str], str]
"""Asks for a file to write: (suggested path, file filter) -> path, '' when cancelled."""
KEY = "export/handoff/"


class PriorityTable(QTableWidget):
    """The agreement's priorities (rows) and the system's priority each maps to (a choice),
    by default by order, most urgent first."""

    def __init__(self, agreement: Agreement, system: System, parent: QWidget | None = None):
        from sla_designer.handoff.tickets import default_priorities

        super().__init__(len(agreement.priorities), 2, parent)
        self.setObjectName(f"{system.name}-priorities")
        name = system_name(system.name, current_language())
        self.setHorizontalHeaderLabels(
            [self.tr("Priority in the agreement"), self.tr("Priority in %1").replace("%1", name)]
        )
        self.verticalHeader().setVisible(False)
        self.setAccessibleName(self.tr("Priorities in %1").replace("%1", name))
        defaults = default_priorities(agreement, system.priorities)
        self.combos: dict[str, QComboBox] = {}
        for row, priority in enumerate(agreement.priorities):
            label = QLabel(priority.name)
            label.setContentsMargins(4, 0, 4, 0)
            self.setCellWidget(row, 0, label)
            combo = QComboBox()
            combo.addItems(list(system.priorities))
            combo.setCurrentText(defaults[priority.id])
            self.setCellWidget(row, 1, combo)
            self.combos[priority.id] = combo
        self.horizontalHeader().setStretchLastSection(True)
        self.resizeColumnToContents(0)
        self.resizeRowsToContents()
        rows = sum(self.rowHeight(r) for r in range(self.rowCount()))
        header = self.horizontalHeader().sizeHint().height()
        self.setFixedHeight(rows + header + 2 * self.frameWidth())
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def mapping(self) -> dict[str, str]:
        return {priority: combo.currentText() for priority, combo in self.combos.items()}


class HandoffOptions(QGroupBox):
    """A row per target system: write it or not, and where; a system with priorities of its
    own shows the mapping to confirm while it is chosen."""

    def __init__(
        self,
        agreement: Agreement,
        settings: QSettings,
        base: Path,
        *,
        choose_folder: FolderChooser | None = None,
        choose_file: FileChooser | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Help desks and service-level tools"), parent)
        self.setObjectName("handoff")
        self._settings = settings
        self._choose_folder = choose_folder
        self._choose_file = choose_file
        self.checks: dict[str, QCheckBox] = {}
        self.paths: dict[str, QLineEdit] = {}
        self.tables: dict[str, PriorityTable] = {}
        grid = QGridLayout(self)
        row = 0
        for system in SYSTEMS.values():
            check = QCheckBox(system_name(system.name, current_language()))
            check.setObjectName(f"handoff-{system.name}")
            check.setToolTip(self._tip(system))
            path = QLineEdit()
            path.setObjectName(f"handoff-{system.name}-path")
            path.setAccessibleName(self.tr("Destination for %1").replace("%1", check.text()))
            default = base.with_name(f"{base.name}-{system.name}{system.suffix}")
            path.setText(str(settings.value(KEY + f"{system.name}/path", str(default))))
            browse = QPushButton(self.tr("Browse…"))
            browse.clicked.connect(lambda _=False, s=system: self._browse(s))
            grid.addWidget(check, row, 0)
            grid.addWidget(path, row, 1)
            grid.addWidget(browse, row, 2)
            row += 1
            if system.priorities and agreement.priorities:
                table = PriorityTable(agreement, system)
                grid.addWidget(table, row, 1, 1, 2)
                self.tables[system.name] = table
                row += 1
            self.checks[system.name] = check
            self.paths[system.name] = path
            check.setChecked(settings.value(KEY + f"{system.name}/on", "false") in (True, "true"))
            check.toggled.connect(self._update)
        grid.setColumnStretch(1, 1)
        self._update()

    def _tip(self, system: System) -> str:
        if system.output == "folder":
            return self.tr("Writes the system's files into this folder (made when missing)")
        return self.tr("Writes the system's file")

    def requests(self) -> tuple[HandoffRequest, ...]:
        """The systems chosen, with their destination and priority mapping."""
        found = []
        for name, check in self.checks.items():
            if check.isChecked():
                table = self.tables.get(name)
                mapping = table.mapping() if table is not None else {}
                path = Path(self.paths[name].text().strip()).expanduser()
                found.append(HandoffRequest(name, path, mapping))
        return tuple(found)

    def complete(self) -> bool:
        """Every system chosen has a destination."""
        return all(
            self.paths[name].text().strip() for name, c in self.checks.items() if c.isChecked()
        )

    def remember(self) -> None:
        for name, check in self.checks.items():
            self._settings.setValue(KEY + f"{name}/on", check.isChecked())
            self._settings.setValue(KEY + f"{name}/path", self.paths[name].text().strip())

    def _browse(self, system: System) -> None:
        current = self.paths[system.name].text()
        if system.output == "folder":
            chosen = self._choose_folder(current) if self._choose_folder else ""
        else:
            chosen = self._choose_file(current, f"*{system.suffix}") if self._choose_file else ""
        if chosen:
            self.paths[system.name].setText(chosen)
            self.checks[system.name].setChecked(True)

    def _update(self, *_: object) -> None:
        for name, check in self.checks.items():
            self.paths[name].setEnabled(check.isChecked())
            if name in self.tables:
                self.tables[name].setVisible(check.isChecked())


class HandoffReport(QDialog):
    """What did not map, after an export to the target systems: one line per item, to read
    and copy."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoff-report")
        self.setWindowTitle(self.tr("What did not map"))
        self.resize(760, 420)
        intro = QLabel(
            self.tr(
                "The systems were written. They cannot hold what follows: set it up by hand, "
                "or keep it in mind when you read their reports."
            )
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(text)
        self.text.setObjectName("handoff-report-text")
        self.text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)
