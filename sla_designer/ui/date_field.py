"""A date typed in the interface's format or picked in a calendar that opens where it matters.

An empty field is a date not set. Its calendar opens on the date in the field, else on the
agreement's effective date, else on today: never on a placeholder year.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from sla_designer.text import texts
from sla_designer.text.values import Problem
from sla_designer.ui.i18n import current_language

Anchor = Callable[[], dt.date | None]
"""The date a calendar opens on when the field is empty (the agreement's effective date)."""


def date_format(language: str | None = None) -> str:
    """Dates as the language (the interface's by default) writes them: 01/05/2027 in
    Portuguese; in English the unambiguous ISO form, since English-speaking readers differ on
    day and month order."""
    chosen = language or current_language()
    if chosen == "en":
        return "yyyy-MM-dd"
    locale = QLocale(texts(chosen)("terms.formats.locale"))
    text = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return text if "yyyy" in text else text.replace("yy", "yyyy")


def _accepted_formats(language: str | None) -> tuple[str, ...]:
    """What a typed date may look like: the language's format, its short forms, and ISO."""
    shown = date_format(language)
    if shown == "yyyy-MM-dd":
        return (shown, "yyyy-M-d")
    loose = shown.replace("dd", "d").replace("MM", "M")
    return (shown, loose, loose.replace("yyyy", "yy"), "yyyy-MM-dd")


def parse_date(text: str, language: str | None = None) -> dt.date | None:
    """A typed date (None for an empty field); a text that is no date is refused, with the
    form it should take."""
    typed = text.strip()
    if not typed:
        return None
    for form in _accepted_formats(language):
        date = QDate.fromString(typed, form)
        if date.isValid():
            if "yy" in form and "yyyy" not in form and date.year() < 1950:
                date = date.addYears(100)
            return dt.date(date.year(), date.month(), date.day())
    example = QDate(2027, 5, 1).toString(date_format(language))
    raise Problem("values.date_typed", text=repr(typed), example=example)


def show_date(value: dt.date | None, language: str | None = None) -> str:
    """A date as the language writes it in a field."""
    if value is None:
        return ""
    return QDate(value.year, value.month, value.day).toString(date_format(language))


class DateField(QWidget):
    """A date field: typed, or picked in a calendar; empty stands for "not set"."""

    edited = Signal()

    def __init__(self, anchor: Anchor | None = None) -> None:
        super().__init__()
        self._anchor = anchor
        self.language: str | None = None
        """The language dates are written in; None: the interface's."""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line = QLineEdit()
        self.line.setPlaceholderText(self.placeholder())
        self.line.setAccessibleName(self.tr("Date"))
        self.button = QToolButton()
        self.button.setText("…")
        self.button.setToolTip(self.tr("Pick the date in a calendar"))
        self.button.setAccessibleName(self.tr("Pick the date in a calendar"))
        # The calendar is built when first asked for: a form has many date fields.
        self.calendar: QCalendarWidget | None = None
        self._menu: QMenu | None = None
        self.button.clicked.connect(self.show_calendar)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)
        self.line.editingFinished.connect(self._on_typed)
        self._shown = ""

    def value(self) -> dt.date | None:
        return parse_date(self.line.text(), self.language)

    def set_value(self, value: Any) -> None:
        text = show_date(value if isinstance(value, dt.date) else None, self.language)
        self._shown = text
        if self.line.text() != text:
            self.line.setText(text)

    def example(self) -> str:
        """A date written as this field reads it (the example a refusal gives)."""
        return QDate(2027, 5, 1).toString(date_format(self.language))

    def placeholder(self) -> str:
        """What the empty field says: how to write a date."""
        return self.tr("e.g. %1").replace("%1", self.example())

    def opening_date(self) -> QDate:
        """Where the calendar opens: the field's date, else the anchor's, else today."""
        try:
            shown = self.value()
        except ValueError:
            shown = None
        if shown is None and self._anchor is not None:
            shown = self._anchor()
        if shown is None:
            return QDate.currentDate()
        return QDate(shown.year, shown.month, shown.day)

    def show_calendar(self) -> None:
        """Open the calendar under the field, on `opening_date`."""
        if self._menu is None or self.calendar is None:
            self.calendar = QCalendarWidget()
            self.calendar.setGridVisible(True)
            self.calendar.clicked.connect(self._on_picked)
            self.calendar.activated.connect(self._on_picked)
            self._menu = QMenu(self)
            holder = QWidgetAction(self._menu)
            holder.setDefaultWidget(self.calendar)
            self._menu.addAction(holder)
        language = self.language or current_language()
        self.calendar.setLocale(QLocale(texts(language)("terms.formats.locale")))
        self.calendar.setSelectedDate(self.opening_date())
        self._menu.popup(self.button.mapToGlobal(self.button.rect().bottomLeft()))

    def _on_picked(self, date: QDate) -> None:
        self.line.setText(date.toString(date_format(self.language)))
        if self._menu is not None:
            self._menu.hide()
        self._on_typed()

    def _on_typed(self) -> None:
        # What is stored is shown back at once: '1/5/27' becomes '01/05/2027'. A refused text
        # stays: the binding marks the field with the reason.
        with contextlib.suppress(ValueError):
            self.line.setText(show_date(self.value(), self.language))
        if self.line.text() != self._shown:
            self._shown = self.line.text()
            self.edited.emit()
