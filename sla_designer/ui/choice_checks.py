"""Check boxes for a list of fixed choices (the data-protection laws a clause names)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from sla_designer.ui.i18n import label


class ChoiceChecks(QWidget):
    """One check box per choice; the value is the chosen values in the choices' order."""

    edited = Signal()

    def __init__(self, choices: tuple[tuple[str, str], ...]) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for value, shown in choices:
            box = QCheckBox(label(shown))
            box.setObjectName(value)
            box.setAccessibleName(label(shown))
            box.toggled.connect(self.edited)
            layout.addWidget(box)
            self.boxes[value] = box
        layout.addStretch(1)
        if self.boxes:
            self.setFocusProxy(next(iter(self.boxes.values())))

    def value(self) -> list[str]:
        return [value for value, box in self.boxes.items() if box.isChecked()]

    def set_value(self, value: Any) -> None:
        chosen = set(value or ())
        for key, box in self.boxes.items():
            blocked = box.blockSignals(True)
            box.setChecked(key in chosen)
            box.blockSignals(blocked)
