"""Entry point of the editor: `sla-designer [FILE]` ends up in `run`."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QApplication

from sla_designer.ui.i18n import chosen_language, install_language
from sla_designer.ui.main_window import MainWindow
from sla_designer.ui.recovery import RecoveryStore, default_folder

ORGANIZATION = "SLA Designer"
APPLICATION = "SLA Designer"


def create_window(
    path: str | None = None,
    settings: QSettings | None = None,
    recovery: RecoveryStore | None = None,
) -> MainWindow:
    """The main window on FILE, or on the welcome screen (after a restore offer if one is due).

    The window is shown before the file is read, so the user sees the editor at once.
    """
    window = MainWindow(settings or QSettings(), recovery or RecoveryStore(default_folder()))
    window.show()
    if path is not None:
        window.files.open_path(Path(path), ask=False)
    else:
        window.restore()
    return window


def run(
    path: str | None = None,
    argv: list[str] | None = None,
    *,
    settings: QSettings | None = None,
    recovery: RecoveryStore | None = None,
) -> int:
    """Start the editor and return its exit status (settings and recovery folder: the user's)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    # The language is installed before any widget exists, so every text starts translated.
    install_language(chosen_language(settings or QSettings()))
    window = create_window(path, settings, recovery)
    status = app.exec()
    # A preview render may still be running on a pool thread: let it end before Qt goes away.
    QThreadPool.globalInstance().waitForDone(5000)
    del window
    return status


if __name__ == "__main__":
    raise SystemExit(run(sys.argv[1] if len(sys.argv) > 1 else None))
