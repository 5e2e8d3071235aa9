"""The welcome screen: recent files and the starter templates."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sla_designer.ui.file_actions import recent_label
from sla_designer.ui.template_dialog import TemplatePicker

SHOWN_RECENT = 6
WELCOME_LIST_HEIGHT = 300
"""The welcome screen lists the latest few; File > Open recent has them all."""


class WelcomeScreen(QWidget):
    """What the editor shows before an agreement is open."""

    open_file = Signal(str)
    new_from = Signal(str)
    browse = Signal()

    def __init__(self, recent: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel("SLA Designer")
        title.setStyleSheet("font-size: 22pt; font-weight: 600;")
        subtitle = QLabel(self.tr("Write service level agreements step by step, with live checks."))
        recent_box = QGroupBox(self.tr("Recent agreements"))
        self.recent = QListWidget()
        self.recent.setObjectName("recent")
        for path in recent[:SHOWN_RECENT]:
            item = QListWidgetItem(recent_label(path))
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.recent.addItem(item)
        empty = QLabel(self.tr("No recent agreements yet."))
        empty.setStyleSheet("color: gray; font-style: italic;")
        empty.setVisible(not recent)
        self.recent.setVisible(bool(recent))
        self.recent.setMinimumHeight(WELCOME_LIST_HEIGHT)
        open_button = QPushButton(self.tr("Open…"))
        open_button.clicked.connect(self.browse)
        recent_layout = QVBoxLayout(recent_box)
        recent_layout.addWidget(self.recent)
        recent_layout.addWidget(empty)
        recent_layout.addWidget(open_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.recent.itemActivated.connect(
            lambda item: self.open_file.emit(item.data(Qt.ItemDataRole.UserRole))
        )

        new_box = QGroupBox(self.tr("New agreement"))
        self.picker = TemplatePicker(compact=True)
        self.picker.list.setMinimumHeight(WELCOME_LIST_HEIGHT)
        create = QPushButton(self.tr("Create"))
        create.setObjectName("create")
        create.clicked.connect(lambda: self.new_from.emit(self.picker.name()))
        self.picker.chosen.connect(self.new_from)
        new_layout = QVBoxLayout(new_box)
        new_layout.addWidget(self.picker)
        new_layout.addWidget(create, 0, Qt.AlignmentFlag.AlignRight)

        columns = QHBoxLayout()
        columns.addWidget(recent_box, 2)
        columns.addWidget(new_box, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(12)
        layout.addLayout(columns)
        layout.addStretch(1)
