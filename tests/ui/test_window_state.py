"""The window's size, place and maximised state are remembered between runs, and fit the screen."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from sla_designer.ui.preferences import DEFAULT_SIZE, GEOMETRY
from tests.ui.ui_helpers import WindowFactory


def test_a_first_window_fits_a_small_screen(make_window: WindowFactory) -> None:
    window = make_window()
    area = window.screen().availableGeometry()
    assert window.width() <= min(DEFAULT_SIZE.width(), area.width())
    assert window.height() <= min(DEFAULT_SIZE.height(), area.height())
    assert area.contains(window.frameGeometry().topLeft())


def test_size_and_place_come_back_on_the_next_run(
    qtbot: QtBot, make_window: WindowFactory, settings: QSettings
) -> None:
    window = make_window()
    window.resize(660, 620)
    window.move(30, 40)
    qtbot.wait(10)
    left = window.geometry()
    assert left.size() != make_window().size()  # not the size a first window gets
    assert window.close()
    assert settings.value(GEOMETRY) is not None
    again = make_window()
    assert again.geometry() == left


def test_a_maximised_window_opens_maximised(
    qtbot: QtBot, make_window: WindowFactory, settings: QSettings
) -> None:
    window = make_window()
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    assert window.close()
    again = make_window()
    qtbot.waitUntil(lambda: bool(again.windowState() & Qt.WindowState.WindowMaximized))


def test_a_window_saved_on_a_larger_screen_is_shrunk_to_this_one(
    qtbot: QtBot, make_window: WindowFactory, settings: QSettings
) -> None:
    window = make_window()
    area = window.screen().availableGeometry()
    window.setGeometry(area.x(), area.y(), area.width() * 2, area.height() * 2)
    assert window.close()
    again = make_window()
    assert again.width() <= area.width() and again.height() <= area.height()
