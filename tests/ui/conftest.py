"""Editor fixtures: a window with its own settings file, recovery folder and scripted prompts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from sla_designer.ui.main_window import MainWindow
from sla_designer.ui.recovery import RecoveryStore
from tests.ui.ui_helpers import ScriptedPrompter, WindowFactory


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform warns that it cannot resize dock widgets to their size hints:
    # a limit of the test platform, not a defect of the editor. So is its word that it cannot
    # raise a popup (a list of matches under a field) or let it grab the keyboard.
    for item in items:
        if "tests/ui/" in item.nodeid:
            item.add_marker(
                pytest.mark.qt_log_ignore(
                    "propagateSizeHints", "does not support raise", "does not support grabbing"
                )
            )


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot: QtBot, tmp_path: Path, settings: QSettings) -> Iterator[WindowFactory]:
    """Windows sharing one settings file and recovery folder, as successive runs would."""
    windows: list[MainWindow] = []

    def make(pid: int = 1_000_001, **options: Any) -> MainWindow:
        # PDF export is reported unavailable unless a test says otherwise: probing LibreOffice
        # is slow and depends on the machine.
        options.setdefault("pdf_check", lambda: "LibreOffice was not found.")
        window = MainWindow(
            settings, RecoveryStore(tmp_path / "recovery", pid=pid), ScriptedPrompter(), **options
        )
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.document.undo_stack.setClean()
