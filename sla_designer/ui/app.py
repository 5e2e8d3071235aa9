"""Entry point of the editor: `sla-designer [FILE]` ends up in `run`."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QApplication

from sla_designer.preload import Preload
from sla_designer.ui.i18n import chosen_language, install_language
from sla_designer.ui.main_window import MainWindow
from sla_designer.ui.recovery import RecoveryStore, default_folder

ORGANIZATION = "SLA Designer"
APPLICATION = "SLA Designer"


def create_window(
    path: str | None = None,
    settings: QSettings | None = None,
    recovery: RecoveryStore | None = None,
    preload: Preload | None = None,
) -> MainWindow:
    """The main window on FILE, or on the welcome screen (after a restore offer if one is due).

    A file read while Qt started (`preload`, see sla_designer.preload) goes straight into the
    window. Otherwise the file is read once the window is made, and a file that cannot be read
    is reported over the window, which then shows the welcome screen.
    """
    agreement = preload.result() if preload is not None else None
    window = MainWindow(
        settings or QSettings(), recovery or RecoveryStore(default_folder()), agreement=agreement
    )
    if path is not None and agreement is not None:
        # The model's validators are built here too, once the window is painted: the first check
        # (steps.step_started) makes a blank agreement before any edit can need them.
        window.files.show_opened(agreement, Path(path))
        window.show()
        return window
    window.show()
    if path is not None:
        window.files.open_path(Path(path), ask=False)
    else:
        window.recovery.restore()
    return window


def start(
    path: str | None = None,
    argv: list[str] | None = None,
    *,
    settings: QSettings | None = None,
    recovery: RecoveryStore | None = None,
    preload: Preload | None = None,
) -> MainWindow:
    """The application set up and its window shown; the event loop is the caller's to run."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    # The language is installed before any widget exists, so every text starts translated.
    install_language(chosen_language(settings or QSettings()))
    return create_window(path, settings, recovery, preload)


def run(
    path: str | None = None,
    argv: list[str] | None = None,
    *,
    settings: QSettings | None = None,
    recovery: RecoveryStore | None = None,
    preload: Preload | None = None,
) -> int:
    """Start the editor and return its exit status (settings and recovery folder: the user's)."""
    window = start(path, argv, settings=settings, recovery=recovery, preload=preload)
    status = QApplication.exec()
    # A preview render may still be running on a pool thread: let it end before Qt goes away.
    QThreadPool.globalInstance().waitForDone(5000)
    del window
    return status


if __name__ == "__main__":
    raise SystemExit(run(sys.argv[1] if len(sys.argv) > 1 else None))
