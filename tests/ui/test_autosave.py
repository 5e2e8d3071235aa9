"""Unsaved work is copied for recovery a few seconds after the editing pauses, and at least
every autosave interval while it does not."""

from __future__ import annotations

import time

from pytestqt.qtbot import QtBot

from sla_designer.io import loads_agreement
from sla_designer.ui.main_window import MainWindow
from tests.ui.ui_helpers import WindowFactory


def recovered_title(window: MainWindow) -> str | None:
    path = window.recovery.store.yaml_file
    if not path.exists():
        return None
    return loads_agreement(path.read_text("utf-8")).title


def test_a_pause_in_the_editing_is_copied_after_the_settle_delay(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window(autosave_ms=600_000, settle_ms=300)
    assert window.files.new_from("saas-availability")
    window.document.set_value(("title",), "Paused")
    assert recovered_title(window) is None  # not at once: the user may go on typing
    started = time.monotonic()
    qtbot.waitUntil(lambda: recovered_title(window) == "Paused", timeout=5000)
    assert time.monotonic() - started < 5  # the settle delay, not the 10-minute ceiling


def test_each_edit_restarts_the_wait(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(autosave_ms=600_000, settle_ms=60_000)
    assert window.files.new_from("saas-availability")
    settle = window.recovery.settle
    window.document.set_value(("title",), "First")
    qtbot.wait(1000)
    waited = settle.remainingTime()
    window.document.set_value(("title",), "Second")
    assert settle.isActive()
    assert settle.remainingTime() > waited + 500  # started again: a full wait from now


def test_an_undo_is_copied_too(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(autosave_ms=600_000, settle_ms=100)
    assert window.files.new_from("saas-availability")
    window.document.set_value(("title",), "Kept")
    qtbot.waitUntil(lambda: recovered_title(window) == "Kept", timeout=3000)
    window.document.set_value(("title",), "Undone")
    window.document.undo_stack.undo()
    window.recovery.store.yaml_file.unlink()
    qtbot.waitUntil(lambda: recovered_title(window) == "Kept", timeout=3000)


def test_continuous_typing_is_copied_by_the_periodic_autosave(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window(autosave_ms=300, settle_ms=600_000)
    assert window.files.new_from("saas-availability")
    deadline = time.monotonic() + 1.5
    typed = ""
    while time.monotonic() < deadline and recovered_title(window) is None:
        typed += "a"
        window.document.set_value(("title",), typed)
        qtbot.wait(30)
    assert recovered_title(window) is not None


def test_nothing_is_written_for_a_saved_agreement(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(autosave_ms=600_000, settle_ms=50)
    assert window.files.new_from("saas-availability")
    window.document.set_value(("title",), "Changed")
    window.document.undo_stack.undo()  # back to where it started: nothing unsaved
    qtbot.wait(300)
    assert recovered_title(window) is None
