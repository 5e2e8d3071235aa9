"""What the explanation panels share: a titled box with a headline and a plain-words sentence.

The box's title and its inputs' labels are window chrome, translated by Qt; every sentence a panel
writes (figures, explanations, what an input lacks) comes from the text layer, calc.panels.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from sla_designer.text import texts
from sla_designer.text.formats import Formatter, formatter

Clock = Callable[[], dt.datetime]
"""Returns the current moment as an aware datetime; tests pass a fixed one."""


def system_clock() -> dt.datetime:
    """Now, in UTC."""
    return dt.datetime.now(dt.UTC)


class ExplainPanel(QGroupBox):
    """A panel next to a number that says what it means.

    The headline holds the figure; the explanation one sentence on how it comes about. Both are
    selectable so that a user can copy a figure into an e-mail.
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.language = "en"
        self.column = QVBoxLayout(self)
        self.headline = QLabel()
        self.headline.setObjectName("headline")
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet("font-weight: 600;")
        self.explanation = QLabel()
        self.explanation.setObjectName("explanation")
        self.explanation.setWordWrap(True)
        for label in (self.headline, self.explanation):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.column.addWidget(self.headline)

    @property
    def formats(self) -> Formatter:
        """The one formatter, in the panel's language."""
        return formatter(self.language)

    def say(self, key: str, count: int | float | None = None, **values: object) -> str:
        """The panel's phrase `key` (under calc.panels in the text layer), in its language."""
        return texts(self.language).render(f"calc.panels.{key}", values, count)

    def finish(self) -> None:
        """Put the explanation last, under whatever the panel added."""
        self.column.addWidget(self.explanation)
        self.column.addStretch(1)

    def show_problem(self, message: str) -> None:
        """Say why there is no figure (a missing calendar, an impossible input)."""
        self.headline.setText(message)
        self.explanation.clear()
