# mypy: disable-error-code="no-untyped-call"
"""Starting points: the template dialog, recent files, `run` on a file, autosave, shortcuts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from sla_designer.catalog import load_template
from sla_designer.io import load_agreement, loads_agreement, save_agreement
from sla_designer.model import Agreement
from sla_designer.preload import Preload
from sla_designer.ui.app import create_window, run
from sla_designer.ui.file_actions import recent_label
from sla_designer.ui.findings_panel import FindingsPanel, FindingsWatcher
from sla_designer.ui.main_window import MainWindow
from sla_designer.ui.recovery import RecoveryStore
from sla_designer.ui.steps import STEPS
from sla_designer.ui.template_dialog import TemplateDialog
from tests.ui.ui_helpers import WindowFactory, prompter_of


def test_choosing_a_template_opens_it_as_a_new_unsaved_agreement(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    prompter = prompter_of(window)

    def choose(dialog: QDialog) -> bool:
        assert isinstance(dialog, TemplateDialog)
        qtbot.addWidget(dialog)
        dialog.picker.select("contact-centre")
        assert "Contact" in dialog.picker.description.text()  # described before it is chosen
        with qtbot.waitSignal(dialog.finished):
            dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    prompter.answer_dialog = choose
    window.new_dialog()
    assert window.editing()
    assert window.document.agreement == load_template("contact-centre")
    assert window.document.file_path is None
    assert window.windowTitle().startswith("Untitled")


def test_opening_a_file_adds_it_to_the_recent_menu(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    path = tmp_path / "a.yaml"
    save_agreement(Agreement(title="Recent one"), path)
    window = make_window()
    assert window.files.open_path(path)
    entries = [(a.text(), a.toolTip()) for a in window.menus.recent.actions()]
    # The file's name, then its folder; the whole path in the tooltip.
    assert entries == [(f"a.yaml — {path.resolve().parent}", str(path.resolve()))]
    assert window.menus.recent.isEnabled()
    window.show_welcome()
    shown = window.welcome.recent.item(0)
    assert shown.text() == f"a.yaml — {path.resolve().parent}"

    window.files.new_from("")
    window.menus.recent.actions()[0].trigger()
    assert window.document.agreement.title == "Recent one"
    assert window.document.file_path == path


def test_a_missing_recent_file_is_reported_and_removed(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    kept, gone = tmp_path / "kept.yaml", tmp_path / "gone.yaml"
    for path in (kept, gone):
        save_agreement(Agreement(title=path.stem), path)
    window = make_window()
    assert window.files.open_path(kept)
    assert window.files.open_path(gone)
    gone.unlink()
    entry = next(a for a in window.menus.recent.actions() if a.toolTip() == str(gone.resolve()))
    entry.trigger()
    errors = prompter_of(window).errors
    assert len(errors) == 1 and "no longer exists" in errors[0][1]
    assert window.document.agreement.title == "gone"  # what was open stays open
    assert [a.toolTip() for a in window.menus.recent.actions()] == [str(kept.resolve())]
    assert window.files.recent_files() == [str(kept.resolve())]


def test_run_opens_the_file_and_returns_zero_when_closed(
    qtbot: QtBot, tmp_path: Path, settings: QSettings
) -> None:
    path = tmp_path / "run.yaml"
    save_agreement(load_template("saas-availability"), path)
    held: list[Agreement] = []

    def close_it() -> None:
        windows = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible() and w.document.file_path == path
        ]
        held.extend(w.document.agreement for w in windows)
        for window in windows:
            window.close()

    QTimer.singleShot(0, close_it)
    status = run(str(path), settings=settings, recovery=RecoveryStore(tmp_path / "recovery"))
    assert status == 0
    assert held == [load_agreement(path)]


def test_autosave_writes_the_recovery_file(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window(autosave_ms=50)
    assert window.files.new_from("saas-availability")
    recovery_file = window.recovery.store.yaml_file
    assert not recovery_file.exists()  # nothing unsaved yet
    window.document.set_value(("title",), "Changed before the crash")
    qtbot.waitUntil(recovery_file.exists, timeout=3000)
    saved = loads_agreement(recovery_file.read_text("utf-8"))
    assert saved.title == "Changed before the crash"


def test_step_shortcuts_move_between_steps(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    assert window.files.new_from("saas-availability")
    shortcuts = [a.shortcut().toString() for a in window.menus.steps]
    assert shortcuts[:9] == [f"Ctrl+{n}" for n in range(1, 10)]
    window.menus.steps[4].trigger()
    assert window.navigator.currentRow() == 4
    assert window.pages.currentWidget() is window.pages[STEPS[4].key]
    next_step = window.findChild(type(window.menus.export), "next-step")
    previous_step = window.findChild(type(window.menus.export), "previous-step")
    assert next_step is not None and previous_step is not None
    assert next_step.shortcut().toString() == "Ctrl+PgDown"
    next_step.trigger()
    assert window.navigator.currentRow() == 5
    previous_step.trigger()
    previous_step.trigger()
    assert window.navigator.currentRow() == 3


def test_untouched_steps_say_not_started(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    assert window.files.new_from("")
    qtbot.waitUntil(lambda: window.navigator.state_of(0) != "")
    states = {step.key: window.navigator.state_of(row) for row, step in enumerate(STEPS)}
    assert "complete" not in states.values()
    assert states["service"].startswith("not started")
    assert states["review"] == "not started"
    assert "error" in states["agreement"]

    window.document.set_value(("signing", "place"), "London")
    qtbot.waitUntil(lambda: window.navigator.state_of(len(STEPS) - 1) != "not started")
    assert window.navigator.state_of(len(STEPS) - 1) == "complete"


class ReadAhead(Preload):
    """A file read in advance, as sla_designer.preload's child hands it over."""

    def __init__(self, path: Path, agreement: Agreement) -> None:
        super().__init__(path)
        self.agreement = agreement

    def result(self) -> Agreement | None:
        return self.agreement


def test_a_file_read_in_advance_is_in_the_first_paint_and_checked_after_it(
    qtbot: QtBot, tmp_path: Path, settings: QSettings
) -> None:
    path = tmp_path / "ahead.yaml"
    agreement = Agreement(title="Read ahead")  # no parties: it has findings
    save_agreement(agreement, path)
    window = create_window(
        str(path), settings, RecoveryStore(tmp_path / "recovery"), ReadAhead(path, agreement)
    )
    qtbot.addWidget(window)
    order: list[str] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if watched is window and event.type() == QEvent.Type.Paint and "paint" not in order:
                order.append("paint")
            return False

    watch = Watch()
    window.installEventFilter(watch)
    window.watcher.updated.connect(lambda _findings: order.append("findings"))
    assert window.editing()
    assert window.document.agreement is agreement
    assert window.document.file_path == path
    assert window.files.recent_files() == [str(path.resolve())]
    qtbot.waitUntil(lambda: "findings" in order)
    assert order[:2] == ["paint", "findings"]
    assert window.findings_panel.findings_model.rowCount() > 0
    window.document.set_value(("title",), "Edited")  # the validators are there for edits
    assert window.document.agreement.title == "Edited"
    window.document.undo_stack.setClean()


def test_a_file_not_read_in_advance_is_opened_as_usual(
    qtbot: QtBot, tmp_path: Path, settings: QSettings
) -> None:
    path = tmp_path / "later.yaml"
    save_agreement(load_template("supplier-ola"), path)
    window = create_window(str(path), settings, RecoveryStore(tmp_path / "recovery"), Preload(path))
    qtbot.addWidget(window)
    assert window.document.agreement == load_template("supplier-ola")
    assert window.document.file_path == path


def test_the_findings_table_claims_nothing_before_the_first_check(qtbot: QtBot) -> None:
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    assert not panel.findings_model.checked  # empty, but not "no findings"
    panel.findings_model.set_findings([])
    assert panel.findings_model.checked


def test_a_watcher_told_to_wait_for_a_past_first_paint_does_not_wait(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: window.first_paint.done)
    watcher = FindingsWatcher(window.document)
    watcher.hold_until(window.first_paint)
    with qtbot.waitSignal(watcher.updated, timeout=5000):
        assert window.files.new_from("")


def test_a_recent_file_is_named_with_its_folder_home_as_tilde() -> None:
    home = Path.home()
    assert recent_label(home / "Contracts" / "agreement.yaml") == "agreement.yaml — ~/Contracts"
    assert recent_label(home / "a&b.yaml") == "a&b.yaml — ~"
    assert recent_label("/srv/slas/x.yaml") == "x.yaml — /srv/slas"
