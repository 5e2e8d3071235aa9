"""A country picker: common countries first, every other by name, or any ISO code typed in."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox

from sla_designer.ui.i18n import current_language

COMMON = ("BR", "PT", "US", "GB", "NL", "DE", "FR", "ES", "IT", "IE", "CA", "MX", "AR", "CL")
"""The countries offered first: those whose tax numbers the contract names, then neighbours."""
_CODE = re.compile(r"^[A-Za-z]{2}$")


@cache
def country_names(language: str) -> tuple[tuple[str, str], ...]:
    """(ISO code, name) of every country babel knows, in `language`, sorted by name."""
    from babel import Locale

    locale = Locale.parse(language.replace("-", "_"))
    names = {code: name for code, name in locale.territories.items() if _CODE.match(code)}
    return tuple(sorted(names.items(), key=lambda item: item[1]))


class CountryBox(QComboBox):
    """Pick a country by name or type its ISO 3166-1 alpha-2 code; the model stores the code.

    The first entry stands for "not set". A typed code that is not in the list is kept as it is.
    """

    edited = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", None)
        names = dict(country_names(current_language()))
        self._by_name = {name.casefold(): code for code, name in names.items()}
        for code in COMMON:
            self.addItem(self._shown(code, names.get(code, code)), code)
        self.insertSeparator(self.count())
        for code, name in names.items():
            if code not in COMMON:
                self.addItem(self._shown(code, name), code)
        completer = self.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.currentIndexChanged.connect(self.edited)
        line = self.lineEdit()
        if line is not None:
            # A typed value counts once it is complete: "BR" is on the way to "Bremen".
            line.editingFinished.connect(self.edited)

    @staticmethod
    def _shown(code: str, name: str) -> str:
        return f"{name} ({code})"

    def value(self) -> str | None:
        """The chosen country's code; a typed code, upper-cased; None when empty."""
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            data = self.itemData(index)
            return str(data) if data else None
        if text.casefold() in self._by_name:
            return self._by_name[text.casefold()]
        if _CODE.match(text):
            return text.upper()
        raise ValueError(
            QCoreApplication.translate(
                "Fields", "Choose a country in the list or type its two-letter ISO code, e.g. DE"
            )
        )

    def set_value(self, value: Any) -> None:
        index = self.findData(value)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentIndex(-1)
            self.setEditText("" if value is None else str(value))
