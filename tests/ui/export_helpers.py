# mypy: disable-error-code="no-untyped-call"
"""The export dialog's tests' shared steps: an agreement open, the dialog made, and accepted."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from sla_designer.ui.export_dialog import ExportDialog
from sla_designer.ui.export_job import ExportRequest
from sla_designer.ui.main_window import MainWindow
from tests.ui.ui_helpers import WindowFactory


def open_template(
    qtbot: QtBot,
    make_window: WindowFactory,
    template: str = "saas-availability",
    **options: object,
) -> MainWindow:
    """A window (made with `options`) editing a new agreement from `template`, checked."""
    window = make_window(**options)
    assert window.files.new_from(template)
    qtbot.waitUntil(lambda: window.navigator.state_of(0) != "")
    return window


def dialog_of(qtbot: QtBot, window: MainWindow) -> ExportDialog:
    """The window's export dialog, closed with the test."""
    dialog = window.exports.make_dialog()
    qtbot.addWidget(dialog)
    return dialog


def accept(qtbot: QtBot, dialog: ExportDialog) -> ExportRequest:
    """Accept `dialog`; the export it asks for."""
    with qtbot.waitSignal(dialog.finished, timeout=2000):
        dialog.accept()
    return dialog.request()
