"""File › Close goes back to the welcome screen after the unsaved-changes question; Help › About
and Help › User guide."""

from __future__ import annotations

from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import qVersion
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from sla_designer import __version__
from sla_designer.ui.main_window import MainWindow
from sla_designer.ui.welcome_slot import WelcomeSlot
from tests.ui.ui_helpers import WindowFactory, prompter_of

ROOT = Path(__file__).resolve().parents[2]


def _action(window: MainWindow, name: str) -> QAction:
    found = [a for a in window.actions() if a.objectName() == name]
    assert len(found) == 1
    return found[0]


def test_close_asks_about_unsaved_changes_and_shows_the_welcome_screen(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    close = _action(window, "close")
    assert close.shortcut().toString() == "Ctrl+W"
    assert not close.isEnabled()  # nothing to close on the welcome screen
    assert window.files.new_from("saas-availability")
    assert close.isEnabled()
    window.document.set_value(("title",), "Changed", text="Edit title")
    prompter = prompter_of(window)

    prompter.save_choice = "cancel"
    close.trigger()
    assert prompter.asked == ["save Untitled"]
    assert window.editing() and window.document.agreement.title == "Changed"

    prompter.save_choice = "discard"
    close.trigger()
    assert not window.editing()
    assert window.central.currentIndex() == WelcomeSlot.INDEX
    assert window.welcome.isVisibleTo(window)
    assert not window.document.modified and window.document.undo_stack.count() == 0
    assert not window.findings_dock.isVisibleTo(window)
    assert not close.isEnabled()
    # Quitting now asks nothing more.
    assert window.close()
    assert prompter.asked == ["save Untitled", "save Untitled"]


def test_close_without_changes_asks_nothing(make_window: WindowFactory) -> None:
    window = make_window()
    assert window.files.new_from("saas-availability")
    _action(window, "close").trigger()
    assert not window.editing()
    assert prompter_of(window).asked == []


def test_about_names_the_version_licence_and_qt(make_window: WindowFactory) -> None:
    window = make_window()
    prompter = prompter_of(window)
    _action(window, "about").trigger()
    (box,) = prompter.dialogs
    assert isinstance(box, QMessageBox)
    text = box.text()
    assert __version__ in text and "MIT" in text
    assert qVersion() in text and PySide6.__version__ in text
    help_menu = window.menuBar().actions()[-1].menu()
    assert help_menu is not None
    assert [a.text() for a in help_menu.actions()] == ["&User guide", "&About SLA Designer"]


# The offscreen platform cannot raise a window above others: a limit of the test platform.
@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")
def test_the_user_guide_is_the_readme_offline(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    _action(window, "guide").trigger()
    guide = window.guide
    assert guide is not None and guide.isVisible()
    shown = guide.browser.toPlainText()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    # Every heading of the README is in the guide, rendered (no Markdown marks left).
    headings = [line.lstrip("#").strip() for line in readme.splitlines() if line.startswith("## ")]
    assert headings and all(heading in shown for heading in headings)
    assert "![" not in shown and "## " not in shown
    # A picture is its caption: nothing is fetched from outside the package.
    assert "The Metrics step with the contract preview" in shown
    # Asked again, the same window comes to the front.
    _action(window, "guide").trigger()
    assert window.guide is guide


def test_the_guide_is_packaged_with_the_resources() -> None:
    packaged = ROOT / "resources" / "guide" / "README.md"
    assert packaged.read_text(encoding="utf-8") == (ROOT / "README.md").read_text(encoding="utf-8")
