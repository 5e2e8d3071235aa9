"""The installed PySide6 keeps Python's reference counts of None, True and False.

PySide6 6.12.0 dropped a reference to None on every call that returns nothing, and to True on
every signal emitted from Python: on CPython 3.11 the editor then aborted with `none_dealloc` or
`bool_dealloc` after a few thousand edits. pyproject.toml excludes that release; this test fails
on any release with the same defect, before a user's session does.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

CALLS = 500


class _Emitter(QObject):
    flag = Signal(bool)


def test_calls_that_return_nothing_keep_none_alive(qtbot: QtBot) -> None:
    line = QLineEdit()
    combo = QComboBox()
    qtbot.addWidget(line)
    qtbot.addWidget(combo)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        line.setText("x")
        line.setEnabled(True)
        combo.currentData()  # no item: returns None
    # Other code may take or drop a few references meanwhile; a leak per call is thousands.
    assert abs(sys.getrefcount(None) - before) < CALLS // 10


def test_emitting_a_signal_keeps_true_alive(qtbot: QtBot) -> None:
    emitter = _Emitter()
    received: list[bool] = []
    emitter.flag.connect(received.append)
    # A garbage collection in the loop would free earlier tests' objects that hold True and
    # read as a leak (50 in a full run): collect first, and not during the loop.
    gc.collect()
    gc.disable()
    try:
        before = sys.getrefcount(True)
        for _ in range(CALLS):
            emitter.flag.emit(True)
        received.clear()
        after = sys.getrefcount(True)
    finally:
        gc.enable()
    assert abs(after - before) < CALLS // 10
