"""A row of check boxes for weekdays, stored as ['mon', 'tue', ...] in week order."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from sla_designer.model.calendars import WEEKDAYS

WEEKDAY_CHOICES: tuple[tuple[str, str], ...] = (
    ("mon", "Monday"),
    ("tue", "Tuesday"),
    ("wed", "Wednesday"),
    ("thu", "Thursday"),
    ("fri", "Friday"),
    ("sat", "Saturday"),
    ("sun", "Sunday"),
)


class WeekdayPicker(QWidget):
    """Seven check boxes, Monday first."""

    edited = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        # Day names from the default locale, so they follow the interface language.
        locale = QLocale()
        for number, (key, _english) in enumerate(WEEKDAY_CHOICES, start=1):
            name = locale.dayName(number, QLocale.FormatType.LongFormat)
            box = QCheckBox(locale.dayName(number, QLocale.FormatType.ShortFormat))
            box.setObjectName(key)
            box.setToolTip(name)
            box.setAccessibleName(name)
            box.toggled.connect(self.edited)
            layout.addWidget(box)
            self.boxes[key] = box
        layout.addStretch(1)
        self.setFocusProxy(self.boxes["mon"])

    def value(self) -> list[str]:
        return [day for day in WEEKDAYS if self.boxes[day].isChecked()]

    def set_value(self, value: Any) -> None:
        chosen = set(value or ())
        for day, box in self.boxes.items():
            blocked = box.blockSignals(True)
            box.setChecked(day in chosen)
            box.blockSignals(blocked)


def weekday_names(value: object) -> str:
    """Stored weekdays (['mon', 'fri']) as a table shows them: the interface locale's short
    names ('Mon, Fri' / 'seg., sex.'), Monday first like Qt's 1..7."""
    locale = QLocale()
    short = QLocale.FormatType.ShortFormat
    days = value if isinstance(value, list) else []
    return ", ".join(locale.dayName(WEEKDAYS.index(d) + 1, short) for d in days if d in WEEKDAYS)
