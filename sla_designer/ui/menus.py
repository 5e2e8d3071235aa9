"""The menus and keyboard shortcuts of the main window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from sla_designer.ui.file_actions import recent_label
from sla_designer.ui.i18n import label
from sla_designer.ui.id_visibility import ids_action
from sla_designer.ui.steps import STEPS

if TYPE_CHECKING:
    from sla_designer.ui.file_actions import FileActions
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


@dataclass
class Menus:
    """The actions of the window's menus that others use or change after they are built."""

    recent: QMenu
    save: QAction
    save_as: QAction
    export: QAction
    undo: QAction
    redo: QAction
    steps: list[QAction]
    """Go › one action per step, in step order."""
    close: QAction
    """File › Close: back to the welcome screen (only while an agreement is open)."""
    import_review: QAction
    """File › Import review…: a reviewed .docx's changes (only while an agreement is open)."""
    compare: QAction
    """File › Compare with…: the changes since a saved version or another file (idem)."""
    backtest: QAction
    """View › Back-test…: the targets run over a ticket history (idem)."""

    def needs_agreement(self) -> tuple[QAction, ...]:
        """The actions only an open agreement enables."""
        return (self.close, self.import_review, self.compare, self.backtest)

    def refresh_recent(self, files: FileActions) -> None:
        """Rebuild the Open recent menu from the remembered files."""
        self.recent.clear()
        recent = files.recent_files()
        for path in recent:
            # Parented to the menu, so that each refresh drops the previous entries with it.
            # ('&' would mark a shortcut letter in a menu: a file name's own is doubled.)
            entry = self.recent.addAction(recent_label(path).replace("&", "&&"))
            entry.setToolTip(path)
            entry.triggered.connect(partial(_open_recent, files, path))
        self.recent.setToolTipsVisible(True)
        self.recent.setEnabled(bool(recent))


Entry = tuple[str, Callable[[], object], Keys | QKeySequence | None, str]
"""An action of a menu: its text, slot, shortcut and object name."""


def add_entries(window: MainWindow, menu: QMenu, *entries: Entry) -> list[QAction]:
    """The window's actions for `entries`, added to `menu` in order."""
    made = [action(window, *entry) for entry in entries]
    for entry in made:
        menu.addAction(entry)
    return made


def build_menus(window: MainWindow) -> Menus:
    """File, Edit, View and Go menus with the standard shortcuts."""
    files = window.files
    menu = window.menuBar().addMenu(QCoreApplication.translate("Menus", "&File"))
    add_entries(
        window,
        menu,
        (
            QCoreApplication.translate("Menus", "&New from template…"),
            window.new_dialog,
            Keys.New,
            "new",
        ),
        (QCoreApplication.translate("Menus", "&Open…"), files.open_dialog, Keys.Open, "open"),
    )
    recent = menu.addMenu(QCoreApplication.translate("Menus", "Open &recent"))
    menu.addSeparator()
    save, save_as, export, import_review, compare = add_entries(
        window,
        menu,
        (QCoreApplication.translate("Menus", "&Save"), files.save, Keys.Save, "save"),
        (QCoreApplication.translate("Menus", "Save &as…"), files.save_as, Keys.SaveAs, "save-as"),
        (
            QCoreApplication.translate("Menus", "&Export…"),
            window.exports.ask,
            QKeySequence("Ctrl+E"),
            "export",
        ),
        (
            QCoreApplication.translate("Menus", "&Import review…"),
            window.review.import_dialog,
            QKeySequence("Ctrl+Shift+R"),
            "import-review",
        ),
        (
            QCoreApplication.translate("Menus", "Co&mpare with…"),
            window.compare.compare_dialog,
            QKeySequence("Ctrl+Shift+D"),
            "compare",
        ),
    )
    menu.addSeparator()
    (close,) = add_entries(
        window,
        menu,
        (
            QCoreApplication.translate("Menus", "&Close"),
            window.close_agreement,
            QKeySequence("Ctrl+W"),
            "close",
        ),
    )
    add_entries(
        window,
        menu,
        (QCoreApplication.translate("Menus", "&Quit"), window.close, Keys.Quit, "quit"),
    )

    edit = window.menuBar().addMenu(QCoreApplication.translate("Menus", "&Edit"))
    stack = window.document.undo_stack
    undo = stack.createUndoAction(window, QCoreApplication.translate("Menus", "&Undo"))
    undo.setShortcuts(Keys.Undo)
    redo = stack.createRedoAction(window, QCoreApplication.translate("Menus", "&Redo"))
    redo.setShortcuts(Keys.Redo)
    edit.addAction(undo)
    edit.addAction(redo)
    edit.addSeparator()
    (preferences,) = add_entries(
        window,
        edit,
        (
            QCoreApplication.translate("Menus", "&Preferences…"),
            window.preferences_dialog,
            Keys.Preferences,
            "preferences",
        ),
    )
    if preferences.shortcut().isEmpty():
        # Not every platform has a standard key for preferences.
        preferences.setShortcut(QKeySequence("Ctrl+,"))

    view = window.menuBar().addMenu(QCoreApplication.translate("Menus", "&View"))
    view.addAction(window.findings_dock.toggleViewAction())
    view.addAction(window.preview_dock.toggleViewAction())
    view.addAction(window.review.dock.toggleViewAction())
    view.addAction(window.compare.dock.toggleViewAction())
    view.addSeparator()
    (backtest,) = add_entries(
        window,
        view,
        (
            QCoreApplication.translate("Menus", "&Back-test on ticket history…"),
            window.backtest.open_panel,
            QKeySequence("Ctrl+Shift+B"),
            "backtest",
        ),
    )
    view.addSeparator()
    view.addAction(ids_action(window, window.settings))

    go = window.menuBar().addMenu(QCoreApplication.translate("Menus", "&Go"))
    add_entries(
        window,
        go,
        (
            QCoreApplication.translate("Menus", "&Next step"),
            window.next_step,
            QKeySequence("Ctrl+PgDown"),
            "next-step",
        ),
        (
            QCoreApplication.translate("Menus", "&Previous step"),
            window.previous_step,
            QKeySequence("Ctrl+PgUp"),
            "previous-step",
        ),
    )
    go.addSeparator()
    steps: list[QAction] = []
    for row, step in enumerate(STEPS):
        shortcut = QKeySequence(f"Ctrl+{row + 1}") if row < 9 else None
        step_action = action(window, label(step.title), partial(window.go_to_step, row), shortcut)
        steps.append(step_action)
        go.addAction(step_action)
    help_menu = window.menuBar().addMenu(QCoreApplication.translate("Menus", "&Help"))
    add_entries(
        window,
        help_menu,
        (
            QCoreApplication.translate("Menus", "&User guide"),
            window.show_guide,
            Keys.HelpContents,
            "guide",
        ),
        (
            QCoreApplication.translate("Menus", "&About SLA Designer"),
            window.show_about,
            None,
            "about",
        ),
    )
    menus = Menus(
        recent, save, save_as, export, undo, redo, steps, close, import_review, compare, backtest
    )
    for needing in menus.needs_agreement():
        needing.setEnabled(window.editing())
    menus.refresh_recent(files)
    return menus


def _open_recent(files: FileActions, path: str, _checked: bool = False) -> None:
    files.open_recent(Path(path))
