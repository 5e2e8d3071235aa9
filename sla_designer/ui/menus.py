"""The menus and keyboard shortcuts of the main window."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from sla_designer.ui.i18n import label
from sla_designer.ui.steps import STEPS

if TYPE_CHECKING:
    from sla_designer.ui.main_window import MainWindow

Keys = QKeySequence.StandardKey


def action(
    window: MainWindow,
    text: str,
    slot: Callable[[], object],
    shortcut: Keys | QKeySequence | None = None,
    name: str = "",
) -> QAction:
    """An action of the window (so its shortcut works wherever the focus is in it)."""
    made = QAction(text, window)
    if isinstance(shortcut, QKeySequence):
        made.setShortcut(shortcut)
    elif shortcut is not None:
        made.setShortcuts(shortcut)
    if name:
        made.setObjectName(name)
    made.triggered.connect(lambda _checked=False: slot())
    window.addAction(made)
    return made


def build_menus(window: MainWindow) -> None:
    """File, Edit, View and Go menus with the standard shortcuts."""
    files = window.files
    menu = window.menuBar().addMenu(QCoreApplication.translate("Menus", "&File"))
    menu.addAction(
        action(
            window,
            QCoreApplication.translate("Menus", "&New from template…"),
            window.new_dialog,
            Keys.New,
            "new",
        )
    )
    menu.addAction(
        action(
            window,
            QCoreApplication.translate("Menus", "&Open…"),
            files.open_dialog,
            Keys.Open,
            "open",
        )
    )
    window.recent_menu = menu.addMenu(QCoreApplication.translate("Menus", "Open &recent"))
    refresh_recent(window)
    menu.addSeparator()
    window.save_action = action(
        window, QCoreApplication.translate("Menus", "&Save"), files.save, Keys.Save, "save"
    )
    window.save_as_action = action(
        window,
        QCoreApplication.translate("Menus", "Save &as…"),
        files.save_as,
        Keys.SaveAs,
        "save-as",
    )
    menu.addAction(window.save_action)
    menu.addAction(window.save_as_action)
    window.export_action = action(
        window,
        QCoreApplication.translate("Menus", "&Export…"),
        window.export_dialog,
        QKeySequence("Ctrl+E"),
        "export",
    )
    menu.addAction(window.export_action)
    menu.addSeparator()
    menu.addAction(
        action(
            window, QCoreApplication.translate("Menus", "&Quit"), window.close, Keys.Quit, "quit"
        )
    )

    edit = window.menuBar().addMenu(QCoreApplication.translate("Menus", "&Edit"))
    stack = window.document.undo_stack
    window.undo_action = stack.createUndoAction(
        window, QCoreApplication.translate("Menus", "&Undo")
    )
    window.undo_action.setShortcuts(Keys.Undo)
    window.redo_action = stack.createRedoAction(
        window, QCoreApplication.translate("Menus", "&Redo")
    )
    window.redo_action.setShortcuts(Keys.Redo)
    edit.addAction(window.undo_action)
    edit.addAction(window.redo_action)
    edit.addSeparator()
    preferences = action(
        window,
        QCoreApplication.translate("Menus", "&Preferences…"),
        window.preferences_dialog,
        Keys.Preferences,
        "preferences",
    )
    if preferences.shortcut().isEmpty():
        # Not every platform has a standard key for preferences.
        preferences.setShortcut(QKeySequence("Ctrl+,"))
    edit.addAction(preferences)

    view = window.menuBar().addMenu(QCoreApplication.translate("Menus", "&View"))
    view.addAction(window.findings_dock.toggleViewAction())
    view.addAction(window.preview_dock.toggleViewAction())

    go = window.menuBar().addMenu(QCoreApplication.translate("Menus", "&Go"))
    window.step_actions = []
    go.addAction(
        action(
            window,
            QCoreApplication.translate("Menus", "&Next step"),
            window.next_step,
            QKeySequence("Ctrl+PgDown"),
            "next-step",
        )
    )
    go.addAction(
        action(
            window,
            QCoreApplication.translate("Menus", "&Previous step"),
            window.previous_step,
            QKeySequence("Ctrl+PgUp"),
            "previous-step",
        )
    )
    go.addSeparator()
    for row, step in enumerate(STEPS):
        shortcut = QKeySequence(f"Ctrl+{row + 1}") if row < 9 else None
        step_action = action(window, label(step.title), partial(window.go_to_step, row), shortcut)
        window.step_actions.append(step_action)
        go.addAction(step_action)


def refresh_recent(window: MainWindow) -> None:
    """Rebuild the Open recent menu from the remembered files."""
    menu: QMenu = window.recent_menu
    menu.clear()
    recent = window.files.recent_files()
    for path in recent:
        # Parented to the menu, so that each refresh drops the previous entries with it.
        entry = menu.addAction(path)
        entry.triggered.connect(partial(_open_recent, window, path))
    menu.setEnabled(bool(recent))


def _open_recent(window: MainWindow, path: str, _checked: bool = False) -> None:
    window.files.open_recent(Path(path))
