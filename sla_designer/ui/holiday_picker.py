"""Public holidays chosen by place: a subdivision picker filled for the rule's country, and the
holidays the rule gives in a year the user picks."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from sla_designer.calc.holiday_places import Subdivision, holidays_of, subdivisions
from sla_designer.model import HolidayRule
from sla_designer.text.values import formatter
from sla_designer.ui.document import AgreementDocument
from sla_designer.ui.i18n import current_language


class SubdivisionBox(QComboBox):
    """Pick a state (or a city the holidays package lists) of the rule's country by name; the
    model stores its code. The first choice is the whole country; a typed code is kept."""

    edited = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._country: str | None = None
        self._known: tuple[Subdivision, ...] = ()
        self._value: str | None = None
        self._keys: list[str] = []
        """The code of each row ('' for the whole country and the separator): kept here, not as
        the items' data, which PySide6 returns without counting references to None."""
        completer = self.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.currentIndexChanged.connect(self._on_index)
        line = self.lineEdit()
        if line is not None:
            line.editingFinished.connect(self.edited)
        self.set_country(None)

    def set_country(self, country: str | None) -> None:
        """Offer the subdivisions of `country` (once per country)."""
        if country == self._country and self.count():
            return
        self._country = country
        self._known = subdivisions(country) if country else ()
        blocked = self.blockSignals(True)
        self.clear()
        self.addItem(QCoreApplication.translate("Fields", "The whole country"))
        self._keys = [""]
        states = [s for s in self._known if not s.place]
        places = [s for s in self._known if s.place]
        for subdivision in states:
            self.addItem(subdivision.label)
            self._keys.append(subdivision.code)
        if places and states:
            self.insertSeparator(self.count())
            self._keys.append("")
        for subdivision in places:
            self.addItem(subdivision.label)
            self._keys.append(subdivision.code)
        self.blockSignals(blocked)
        self._show(self._value)

    def value(self) -> str | None:
        text = self.currentText().strip()
        index = self.currentIndex()
        if 0 <= index < len(self._keys) and text == self.itemText(index):
            return self._keys[index] or None
        if not text:
            return None
        folded = text.casefold()
        for subdivision in self._known:
            if folded in (subdivision.code.casefold(), subdivision.name.casefold()):
                return subdivision.code
        return text  # a code the package does not list: validation says so

    def set_value(self, value: Any) -> None:
        self._value = None if value is None else str(value)
        self._show(self._value)

    def _show(self, value: str | None) -> None:
        blocked = self.blockSignals(True)
        index = self._keys.index(value or "") if (value or "") in self._keys else -1
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentIndex(-1)
            self.setEditText(value or "")
        self.blockSignals(blocked)

    def _on_index(self) -> None:
        index = self.currentIndex()
        self._value = (self._keys[index] if 0 <= index < len(self._keys) else "") or None
        self.edited.emit()

    def keys(self) -> list[str]:
        """The code of each row ('' for the whole country)."""
        return list(self._keys)


class HolidayList(QWidget):
    """The holidays one rule gives in a chosen year, with what the package cannot give."""

    def __init__(self, document: AgreementDocument) -> None:
        super().__init__()
        self._document = document
        self._rule: HolidayRule | None = None
        self.year = QSpinBox()
        self.year.setRange(1950, 2100)
        self.year.setAccessibleName(self.tr("Year of the holidays shown"))
        self.year.setValue(self.default_year())
        title = QLabel(self.tr("Holidays in"))
        title.setBuddy(self.year)
        row = QHBoxLayout()
        row.addWidget(title)
        row.addWidget(self.year)
        row.addStretch(1)
        self.days = QLabel()
        self.days.setObjectName("holidays")
        self.days.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.days.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(dark); font-style: italic;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.days)
        layout.addWidget(self.note)
        self.year.valueChanged.connect(self._redraw)

    def default_year(self) -> int:
        """The agreement's effective year, or this year."""
        effective = self._document.agreement.effective_date
        return effective.year if effective is not None else dt.date.today().year

    def show_rule(self, rule: HolidayRule | None) -> None:
        self._rule = rule
        self._redraw()

    def _redraw(self) -> None:
        rule, language = self._rule, current_language()
        self.setVisible(rule is not None)
        if rule is None:
            return
        try:
            days = holidays_of(rule.country, rule.subdivision, self.year.value(), language)
        except ValueError:
            self.days.setText(self.tr("The holidays package does not know this place."))
            self.note.setText("")
            return
        year = self.year.value()
        days = tuple(sorted([*days, *((h.in_year(year), h.name) for h in rule.city_holidays)]))
        say = formatter(language)
        self.days.setText(
            "\n".join(f"{say.numeric_date(day)}  {name}" for day, name in days)
            or self.tr("No public holiday in this year.")
        )
        places = [s.label for s in subdivisions(rule.country) if s.place]
        self.note.setText(
            self.tr(
                "Cities with holidays of their own here: %1. List the holidays of "
                "other municipalities under Municipal holidays."
            ).replace("%1", ", ".join(places))
            if places
            else self.tr(
                "Municipal holidays are not in the package: list yours under Municipal holidays."
            )
        )
