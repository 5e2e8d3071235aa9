"""What the editor tests share: scripted prompts instead of dialogs, going to a step."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from sla_designer.ui.main_window import MainWindow
from sla_designer.ui.pages.base import Page
from sla_designer.ui.prompts import Prompter, SaveChoice
from sla_designer.ui.steps import STEPS


class ScriptedPrompter(Prompter):
    """Answers every question from prepared answers and records what was asked."""

    def __init__(self) -> None:
        super().__init__(None)
        self.save_choice: SaveChoice = "cancel"
        self.restore_answer = True
        self.overwrite_answer = False
        self.paths: list[str] = []
        self.asked: list[str] = []
        self.errors: list[tuple[str, str]] = []
        self.dialogs: list[QDialog] = []
        self.answer_dialog: Callable[[QDialog], bool] = lambda _dialog: False

    def ask_save_changes(self, name: str) -> SaveChoice:
        self.asked.append(f"save {name}")
        return self.save_choice

    def offer_restore(self, description: str) -> bool:
        self.asked.append(f"restore {description}")
        return self.restore_answer

    def confirm_overwrite(self, paths: Sequence[Path]) -> bool:
        self.asked.append("overwrite " + ", ".join(path.name for path in paths))
        return self.overwrite_answer

    def error(self, title: str, message: str) -> None:
        self.errors.append((title, message))

    def run_dialog(self, dialog: QDialog) -> bool:
        """Record the dialog and let the test fill it in; no exec(), no event loop."""
        self.dialogs.append(dialog)
        return self.answer_dialog(dialog)

    def open_path(self, folder: str) -> str:
        return self.paths.pop(0) if self.paths else ""

    def open_review_path(self, folder: str) -> str:
        return self.paths.pop(0) if self.paths else ""

    def open_compare_path(self, folder: str) -> str:
        return self.paths.pop(0) if self.paths else ""

    def open_tickets_path(self, folder: str) -> str:
        return self.paths.pop(0) if self.paths else ""

    def open_mapping_path(self, folder: str) -> str:
        return self.paths.pop(0) if self.paths else ""

    def save_path(self, suggestion: str, file_filter: str = "") -> str:
        return self.paths.pop(0) if self.paths else ""


WindowFactory = Callable[..., MainWindow]


def prompter_of(window: MainWindow) -> ScriptedPrompter:
    assert isinstance(window.prompter, ScriptedPrompter)
    return window.prompter


def go(window: MainWindow, key: str) -> Page:
    """Show the step `key` as the navigator does, and return its page."""
    window.navigator.setCurrentRow([s.key for s in STEPS].index(key))
    return window.pages[key]


def visible_texts(window: QMainWindow, rows: int = 0) -> Iterator[tuple[str, str]]:
    """(where, text) for every text the user can see or hear in the window; with `rows`, the
    cells of the first `rows` rows of every table too."""
    yield "title", window.windowTitle()
    for menu in window.menuBar().findChildren(QMenu):
        yield "menu", menu.title().replace("&", "")
        for action in menu.actions():
            yield "action", action.text().replace("&", "")
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        yield "tooltip", widget.toolTip()
        yield "accessible", widget.accessibleName()
        if isinstance(widget, QLabel):
            yield "label", widget.text().rstrip(":")
        elif isinstance(widget, QAbstractButton):
            yield "button", widget.text().replace("&", "")
        elif isinstance(widget, QGroupBox):
            yield "group", widget.title()
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            yield "placeholder", widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for row in range(widget.count()):
                yield "choice", widget.itemText(row)
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount(QModelIndex())):
                yield "header", str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                for row in range(min(model.rowCount(QModelIndex()), rows)):
                    cell = model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
                    yield "cell", str(cell or "")


def retype(qtbot: QtBot, widget: QLineEdit | QAbstractSpinBox, text: str) -> None:
    """Replace a field's text by typing, as a user would."""
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)
