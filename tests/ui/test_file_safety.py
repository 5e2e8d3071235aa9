# mypy: disable-error-code="no-untyped-call"
"""No file is replaced without asking (Save As, export); crash recovery keeps all work."""

from __future__ import annotations

import os
from pathlib import Path

from pytestqt.qtbot import QtBot

from sla_designer.io import load_agreement, save_agreement
from sla_designer.model import Agreement
from sla_designer.ui.export_dialog import ExportDialog
from sla_designer.ui.main_window import MainWindow
from tests.ui.ui_helpers import WindowFactory, prompter_of


def edited_window(make_window: WindowFactory, title: str = "New work") -> MainWindow:
    window = make_window()
    window.files.new_from("")
    window.document.set_value(("title",), title)
    return window


def test_save_as_appends_yaml_and_asks_before_replacing(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    existing = tmp_path / "contract.yaml"
    save_agreement(Agreement(title="Keep me"), existing)
    window = edited_window(make_window)
    prompter = prompter_of(window)
    prompter.paths = [str(tmp_path / "contract")]
    prompter.overwrite_answer = False
    assert not window.files.save_as()
    assert prompter.asked == ["overwrite contract.yaml"]
    assert load_agreement(existing).title == "Keep me"
    assert window.document.modified

    prompter.paths = [str(tmp_path / "contract")]
    prompter.overwrite_answer = True
    assert window.files.save_as()
    assert load_agreement(existing).title == "New work"
    assert window.document.file_path == existing


def test_save_as_keeps_a_dotted_name(make_window: WindowFactory, tmp_path: Path) -> None:
    save_agreement(Agreement(title="Other"), tmp_path / "acme.yaml")
    window = edited_window(make_window)
    prompter = prompter_of(window)
    prompter.paths = [str(tmp_path / "acme.v2")]
    assert window.files.save_as()
    assert window.document.file_path == tmp_path / "acme.v2.yaml"
    assert load_agreement(tmp_path / "acme.yaml").title == "Other"
    assert prompter.asked == []  # nothing existed under the name written


def export_dialog(qtbot: QtBot, window: MainWindow) -> ExportDialog:
    dialog = window.exports.make_dialog()
    qtbot.addWidget(dialog)
    dialog.draft.setChecked(dialog.errors > 0)  # a new agreement has errors: export a draft
    return dialog


def test_yaml_export_never_defaults_to_the_open_file(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = edited_window(make_window, "Acme")
    prompter = prompter_of(window)
    source = tmp_path / "Acme.yaml"
    prompter.paths = [str(source)]
    assert window.files.save_as()
    window.document.set_value(("notes",), "Not saved yet")
    assert window.document.modified

    dialog = export_dialog(qtbot, window)
    dialog.choose("yaml")
    target = Path(dialog.path.text())
    assert target != source
    assert target.name == "Acme-export.yaml"
    assert target.parent == tmp_path


def test_export_asks_before_replacing_an_existing_file(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = edited_window(make_window)
    prompter = prompter_of(window)
    report = tmp_path / "report.docx"
    report.write_bytes(b"earlier report")
    dialog = export_dialog(qtbot, window)
    dialog.choose("docx")
    dialog.path.setText(str(report))
    prompter.overwrite_answer = False
    dialog.accept()
    assert prompter.asked == ["overwrite report.docx"]
    assert dialog.result() != ExportDialog.DialogCode.Accepted

    prompter.overwrite_answer = True
    with qtbot.waitSignal(dialog.finished, timeout=2000):
        dialog.accept()
    assert dialog.result() == ExportDialog.DialogCode.Accepted
    assert prompter.asked == ["overwrite report.docx", "overwrite report.docx"]


def test_export_to_a_new_file_asks_nothing(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = edited_window(make_window)
    dialog = export_dialog(qtbot, window)
    dialog.choose("docx")
    dialog.path.setText(str(tmp_path / "fresh.docx"))
    with qtbot.waitSignal(dialog.finished, timeout=2000):
        dialog.accept()
    assert prompter_of(window).asked == []


def test_browse_keeps_a_dotted_name_and_trusts_its_own_confirmation(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = edited_window(make_window)
    prompter = prompter_of(window)
    (tmp_path / "acme.v2.docx").write_bytes(b"earlier")
    dialog = export_dialog(qtbot, window)
    dialog.choose("docx")
    prompter.paths = [str(tmp_path / "acme.v2")]
    dialog._browse()
    assert Path(dialog.path.text()) == tmp_path / "acme.v2.docx"
    prompter.overwrite_answer = False
    dialog.accept()  # the file dialog confirmed "acme.v2", not "acme.v2.docx"
    assert prompter.asked == ["overwrite acme.v2.docx"]

    prompter.paths = [str(tmp_path / "acme.v2.docx")]
    dialog._browse()  # the file dialog itself asked about this very file
    with qtbot.waitSignal(dialog.finished, timeout=2000):
        dialog.accept()
    assert prompter.asked == ["overwrite acme.v2.docx"]


def crash_with(make_window: WindowFactory, pid: int, title: str) -> MainWindow:
    crashed = make_window(pid=pid)  # a process id that is not running
    crashed.files.new_from("")
    crashed.document.set_value(("title",), title)
    crashed.document.set_value(("notes",), "unsaved")
    crashed.recovery.autosave()
    return crashed


def test_work_of_every_crashed_session_is_offered(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    crash_with(make_window, 999_999_981, "Work A")
    crash_with(make_window, 999_999_982, "Work B")

    # Restarted windows run in this (live) process: their own autosaves are not offered.
    first = make_window(pid=os.getpid())
    assert first.recovery.restore()
    assert prompter_of(first).asked == ["restore “Work A” (an unsaved agreement)"]
    assert first.document.agreement.title == "Work A"
    assert (tmp_path / "recovery" / "999999982.yaml").is_file()  # not offered: kept

    second = make_window(pid=os.getpid())
    assert second.recovery.restore()
    assert prompter_of(second).asked == ["restore “Work B” (an unsaved agreement)"]
    assert second.document.agreement.title == "Work B"
    assert not make_window(pid=1_000_013).recovery.restore()


def test_declining_one_recovered_agreement_offers_the_next(make_window: WindowFactory) -> None:
    crash_with(make_window, 999_999_983, "Work A")
    crash_with(make_window, 999_999_984, "")
    restarted = make_window(pid=os.getpid())
    prompter = prompter_of(restarted)
    answers = iter([False, True])
    prompter.offer_restore = lambda description: (  # type: ignore[method-assign]
        prompter.asked.append(f"restore {description}") or next(answers)
    )
    assert restarted.recovery.restore()
    assert prompter.asked == [
        "restore “Work A” (an unsaved agreement)",
        "restore “Untitled” (an unsaved agreement)",
    ]
    assert restarted.document.agreement.title == ""
    assert not make_window(pid=1_000_015).recovery.restore()  # the declined one is gone
