"""A drop-down of named choices that also takes a typed word and offers what it may stand for.

The currency and time zone pickers are two: each lists its choices by name in the interface
language and finds them by whatever the user knows of them (a symbol, a city). A typed text that
stands for one choice chooses it; one that stands for several offers them and chooses none.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QCompleter

from sla_designer.text.values import Problem, Value
from sla_designer.ui.first_paint import FirstPaint
from sla_designer.ui.i18n import current_language

MAX_OFFERED = 12
"""How many matches the list under a typed text offers."""


@dataclass(frozen=True)
class Catalogue:
    """What a search box offers: its choices, what a typed text may stand for, and the problems
    (keys of values.yaml) that say why a text chooses nothing."""

    choices: Callable[[str], tuple[tuple[str, str], ...]]
    """(key, label) of every choice in a language, in list order."""
    search: Callable[[str, str], list[str]]
    """The keys a text may stand for in a language, best first."""
    label: Callable[[str, str], str]
    """How the list shows one key in a language."""
    missing: str
    ambiguous: str
    unknown: str
    candidates: str
    """The name under which an ambiguity lists the keys it may stand for ('codes')."""
    named: int
    """How many of those keys it lists."""

    def refuse(self, text: str, keys: list[str]) -> ValueError:
        """Why `text` chooses nothing: it is empty, names nothing, or names all of `keys`."""
        if not text:
            return Problem(self.missing)
        if keys:
            shown = ", ".join(keys[: self.named]) + (", …" if len(keys) > self.named else "")
            values: dict[str, Value] = {"text": repr(text), self.candidates: shown}
            return Problem(self.ambiguous, None, **values)
        return Problem(self.unknown, text=repr(text))


class SearchBox(QComboBox):
    """Pick a choice by its label, or type what you know of it; the model stores its key.

    The full list (its names cost a moment to load) is filled after the box is first painted,
    or as soon as the user reaches for it. Its `Catalogue` says what the choices are, what a
    text may stand for, how one choice is labelled and why a text is refused.
    """

    edited = Signal()

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__()
        self.catalogue = catalogue
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(24)
        self._value: str | None = None
        self._filled = False
        self._keys: list[str] = []
        """The key of each item, by row. Kept here rather than as the items' data: PySide6
        returns an item's missing data as None without counting the reference, and enough such
        calls free None itself (a crash); reading a Python list cannot."""
        self.matches = QStringListModel(self)
        """The choices the text typed so far may stand for, as the list under it offers."""
        completer = QCompleter(self.matches, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        completer.activated.connect(self._on_chosen)
        line = self.lineEdit()
        if line is not None:
            line.textEdited.connect(self._offer)
            # A typed value counts once it is complete: "R" is on the way to "R$".
            line.editingFinished.connect(self._on_finished)
        self.currentIndexChanged.connect(self._on_index)
        FirstPaint(self).painted.connect(self.fill)

    # --- the list ------------------------------------------------------------------------------

    def fill(self) -> None:
        """Put every choice in the list (once)."""
        if self._filled:
            return
        self._filled = True
        blocked = self.blockSignals(True)
        self.clear()
        choices = self.catalogue.choices(current_language())
        self._keys = [key for key, _ in choices]
        self.addItems([shown for _, shown in choices])
        self.blockSignals(blocked)
        self._show(self._value)

    def showPopup(self) -> None:
        self.fill()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.fill()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        # Leaving the field while the list of matches is open: the text typed still counts.
        completer = self.completer()
        popup = completer.popup() if completer is not None else None
        if popup is None or not popup.isVisible():
            self._on_finished()

    def _offer(self, text: str) -> None:
        """Offer the choices the typed text may stand for."""
        language = current_language()
        keys = self.catalogue.search(text, language)[:MAX_OFFERED]
        self.matches.setStringList([self.catalogue.label(key, language) for key in keys])
        completer = self.completer()
        if completer is not None and keys:
            completer.complete()

    # --- value ---------------------------------------------------------------------------------

    def value(self) -> str:
        """The chosen key; a text that stands for no choice, or for several, is refused."""
        text = self.currentText().strip()
        index = self.currentIndex()
        if 0 <= index < len(self._keys) and text == self.itemText(index):
            return self._keys[index]
        if text == self._value:
            return text
        keys = self.catalogue.search(text, current_language()) if text else []
        if len(keys) == 1:
            return keys[0]
        raise self.catalogue.refuse(text, keys)

    def set_value(self, value: Any) -> None:
        self._value = None if value is None else str(value)
        self._show(self._value)

    def current_key(self) -> str:
        """The key of the item shown ('' for none)."""
        index = self.currentIndex()
        return self._keys[index] if 0 <= index < len(self._keys) else ""

    def keys(self) -> list[str]:
        """The key of each item, by row."""
        return list(self._keys)

    def _show(self, key: str | None) -> None:
        blocked = self.blockSignals(True)
        index = self._keys.index(key) if key in self._keys else -1
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            # Until the list is filled (after the first paint), the key stands for its label.
            self.setCurrentIndex(-1)
            self.setEditText(key or "")
        self.blockSignals(blocked)

    def _on_index(self) -> None:
        key = self.current_key()
        if key:
            self._value = key
            self.edited.emit()

    def _on_chosen(self, shown: str) -> None:
        self.fill()
        index = self.findText(shown)
        if index >= 0:
            self.setCurrentIndex(index)

    def _on_finished(self) -> None:
        """Show a typed text as the choice it stands for, then report it."""
        try:
            key = self.value()
        except ValueError:
            self.edited.emit()  # refused: the binding marks the field with the reason
            return
        self.fill()
        if key != self._value or self.current_key() != key:
            self._value = key
            self._show(key)
            self.edited.emit()
