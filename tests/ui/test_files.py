# mypy: disable-error-code="no-untyped-call"
"""Files are never lost: the close prompt, crash recovery, a broken file; findings navigation."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from sla_designer.io import save_agreement
from sla_designer.model import Agreement, Party
from sla_designer.ui.i18n import install_language
from sla_designer.ui.steps import STEPS
from tests.ui.ui_helpers import WindowFactory, prompter_of


def test_close_with_unsaved_changes_asks_first(make_window: WindowFactory, tmp_path: Path) -> None:
    window = make_window()
    window.files.new_from("")
    window.document.set_value(("title",), "Draft")
    prompter = prompter_of(window)
    prompter.save_choice = "cancel"
    assert not window.close()
    assert prompter.asked == ["save Untitled"]
    target = tmp_path / "draft.yaml"
    prompter.save_choice = "save"
    prompter.paths = [str(target)]
    assert window.close()
    assert target.is_file()


def test_closing_saved_work_asks_nothing(make_window: WindowFactory) -> None:
    window = make_window()
    window.files.new_from("")
    assert window.close()
    assert prompter_of(window).asked == []


def test_crash_leaves_work_that_the_next_start_restores(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    crashed = make_window(pid=999_999_991)  # a process id that is not running
    crashed.files.new_from("")
    crashed.document.set_value(("title",), "Work in progress")
    crashed.recovery.autosave()
    assert (tmp_path / "recovery" / "999999991.yaml").is_file()
    # The process dies here: no close event, nothing cleaned up.

    restarted = make_window(pid=os.getpid())  # running: its own autosave is not offered
    assert restarted.recovery.restore()
    assert prompter_of(restarted).asked == ["restore “Work in progress” (an unsaved agreement)"]
    assert restarted.document.agreement.title == "Work in progress"
    assert restarted.document.modified
    assert not (tmp_path / "recovery" / "999999991.yaml").exists()

    third = make_window(pid=1_000_006)
    assert not third.recovery.restore()  # offered once only
    crashed.document.undo_stack.setClean()


def test_declined_restore_is_not_offered_again(make_window: WindowFactory) -> None:
    crashed = make_window(pid=999_999_992)
    crashed.files.new_from("")
    crashed.document.set_value(("title",), "Lost")
    crashed.recovery.autosave()
    restarted = make_window(pid=1_000_007)
    prompter_of(restarted).restore_answer = False
    assert not restarted.recovery.restore()
    assert not restarted.editing()
    assert not make_window(pid=1_000_008).recovery.restore()
    crashed.document.undo_stack.setClean()


def test_broken_file_shows_its_error_and_keeps_the_open_work(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window()
    window.files.new_from("")
    window.document.set_value(("title",), "Keep me")
    broken = tmp_path / "broken.yaml"
    broken.write_text("format_version: 3\ntitle: [unclosed\n", "utf-8")
    assert not window.files.open_path(broken, ask=False)
    (title, message) = prompter_of(window).errors[0]
    assert title == "Cannot open the agreement"
    assert "broken.yaml:" in message and "\n" not in message
    assert window.document.agreement.title == "Keep me"
    assert window.document.modified
    window.document.undo_stack.setClean()


def test_a_file_problem_is_said_in_the_interface_language(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window()
    duplicated = tmp_path / "duplicated.yaml"
    duplicated.write_text("format_version: 3\ntitle: a\ntitle: b\n", "utf-8")
    install_language("pt-BR")
    try:
        assert not window.files.open_path(duplicated, ask=False)
    finally:
        install_language("en")
    (_title, message) = prompter_of(window).errors[0]
    assert message == f"{duplicated}:3:1: chave repetida 'title'"


def test_clicking_a_finding_shows_the_step_and_focuses_the_field(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    path = tmp_path / "parties.yaml"
    agreement = Agreement(
        title="T",
        parties=[
            Party(id="p", role="provider", legal_name="P Ltd"),
            Party(id="c", role="customer", legal_name=""),
        ],
    )
    save_agreement(agreement, path)
    window = make_window()
    assert window.files.open_path(path)
    window.activateWindow()
    panel = window.findings_panel
    model = panel.findings_model
    # The first validation runs once the window is free, after the file is shown.
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    row = next(r for r in range(model.rowCount()) if model.finding(r).code == "missing-party-name")
    panel.clicked.emit(model.index(row, 2))
    assert window.navigator.currentRow() == 1
    section = window.pages["parties"].sections[0]
    assert section.current_row() == 1
    editor = section.form.editor("legal_name")
    assert isinstance(editor, QLineEdit)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor)
    qtbot.keyClicks(editor, "Customer plc")
    qtbot.waitUntil(lambda: all(f.code != "missing-party-name" for f in window.watcher.findings))
    # The agreement still has no metrics: that error is the one left, and the count says so.
    assert [f.code for f in window.watcher.findings if f.severity == "error"] == ["missing-metrics"]
    assert window.findings_summary.counts_label.text().startswith("1 error · ")
    window.document.undo_stack.setClean()


def test_a_finding_on_an_empty_list_focuses_its_add_button(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    path = tmp_path / "no-metrics.yaml"
    save_agreement(Agreement(title="T"), path)
    window = make_window()
    assert window.files.open_path(path)
    window.activateWindow()
    panel = window.findings_panel
    model = panel.findings_model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    row = next(r for r in range(model.rowCount()) if model.finding(r).code == "missing-metrics")
    panel.clicked.emit(model.index(row, 2))
    assert window.navigator.currentRow() == [s.key for s in STEPS].index("metrics")
    section = window.pages["metrics"].sections[0]
    assert section.table.isHidden()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is section.buttons["add"])
