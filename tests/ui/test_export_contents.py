# mypy: disable-error-code="no-untyped-call"
"""The export dialog's choice to fill in the table of contents with LibreOffice, and the one line
the window says when the contents are left for Word."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from sla_designer.ui.export_job import ExportRequest, ExportRunner
from tests.ui.test_export import accept, dialog_of, open_template
from tests.ui.ui_helpers import WindowFactory


def test_with_libreoffice_the_word_export_fills_in_the_contents_by_default(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = open_template(qtbot, make_window, pdf_check=lambda: None)
    dialog = dialog_of(qtbot, window)
    dialog.show()
    dialog.choose("docx")
    assert dialog.contents.isVisible() and dialog.contents.isEnabled()
    assert dialog.contents.isChecked()
    dialog.path.setText(str(tmp_path / "contract.docx"))
    assert dialog.request().contents
    dialog.contents.setChecked(False)  # faster: Word fills the page numbers in
    assert not dialog.request().contents
    dialog.choose("yaml")
    assert not dialog.contents.isVisible()


def test_without_libreoffice_the_contents_are_left_for_word_and_the_window_says_so(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = open_template(qtbot, make_window, pdf_check=lambda: "LibreOffice was not found.")
    dialog = dialog_of(qtbot, window)
    dialog.show()
    dialog.choose("docx")
    assert not dialog.contents.isEnabled() and not dialog.contents.isChecked()
    dialog.path.setText(str(tmp_path / "contract.docx"))
    request = accept(qtbot, dialog)
    assert not request.contents
    with qtbot.waitSignal(window.exports.runner.finished, timeout=60_000):
        window.exports.start(request)
    message = window.statusBar().currentMessage()
    assert message == (
        f"Exported {tmp_path / 'contract.docx'}; "
        "the table of contents gets its page numbers when Word updates it"
    )


def test_the_runner_reports_the_request_as_done(qtbot: QtBot, tmp_path: Path) -> None:
    from dataclasses import replace

    from sla_designer.resources import templates_folder

    from sla_designer.io import load_agreement

    agreement = load_agreement(str(templates_folder() / "saas-availability.yaml"))
    asked = ExportRequest(agreement, "docx", tmp_path / "c.docx", contents=True)
    runner = ExportRunner(run=lambda request: replace(request, contents=False))
    with qtbot.waitSignal(runner.finished, timeout=10_000) as finished:
        runner.start(asked)
    assert finished.args is not None and finished.args[0].contents is False
    assert not runner.busy()
