"""Ids stay out of the way: the identifier fields and columns are shown only when asked
(View › Show identifiers), a choice remembered in the settings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

SETTING = "view/show_ids"


class IdVisibility(QObject):
    """Whether ids are shown; `changed` tells the forms and tables."""

    changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.shown = False

    def set_shown(self, shown: bool) -> None:
        if shown != self.shown:
            self.shown = shown
            self.changed.emit(shown)


_one: list[IdVisibility] = []


def id_visibility() -> IdVisibility:
    """The editor's one switch for ids."""
    if not _one:
        _one.append(IdVisibility())
    return _one[0]


def ids_action(parent: QWidget, settings: QSettings) -> QAction:
    """View › Show identifiers: checked from the settings, remembered when toggled."""
    action = QAction(QCoreApplication.translate("Menus", "Show &identifiers"), parent)
    action.setObjectName("show-ids")
    action.setCheckable(True)
    shown = bool(settings.value(SETTING, False, type=bool))
    action.setChecked(shown)
    id_visibility().set_shown(shown)

    def toggled(on: bool) -> None:
        settings.setValue(SETTING, on)
        id_visibility().set_shown(on)

    action.toggled.connect(toggled)
    return action
