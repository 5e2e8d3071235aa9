"""The welcome screen's place in the window, filled when the screen is first shown.

A window opened on a file never needs the welcome screen (templates, recent files), so it is
built, and its module imported, only when it is about to be seen.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStackedWidget, QWidget

from sla_designer.ui.file_actions import FileActions

if TYPE_CHECKING:
    from sla_designer.ui.welcome import WelcomeScreen


class WelcomeSlot(QObject):
    """The first page of `central`: a placeholder until `screen` is asked for."""

    INDEX = 0

    def __init__(self, central: QStackedWidget, files: FileActions) -> None:
        super().__init__(central)
        self._central = central
        self._files = files
        self._screen: WelcomeScreen | None = None
        central.insertWidget(self.INDEX, QWidget())

    @property
    def screen(self) -> WelcomeScreen:
        """The welcome screen, built on first use."""
        if self._screen is None:
            from sla_designer.ui.welcome import WelcomeScreen

            files = self._files
            self._screen = WelcomeScreen(files.recent_files())
            self._screen.open_file.connect(lambda path: files.open_recent(Path(path)))
            self._screen.new_from.connect(files.new_from)
            self._screen.browse.connect(files.open_dialog)
            self._replace(self._screen)
        return self._screen

    def built(self) -> bool:
        return self._screen is not None

    def drop(self) -> None:
        """Forget the screen (its recent files or its language changed): built again when due."""
        if self._screen is not None:
            self._screen = None
            self._replace(QWidget())

    def _replace(self, widget: QWidget) -> None:
        current = self._central.currentIndex()
        old = self._central.widget(self.INDEX)
        self._central.insertWidget(self.INDEX, widget)
        if old is not None:
            self._central.removeWidget(old)
            old.deleteLater()
        self._central.setCurrentIndex(current)
