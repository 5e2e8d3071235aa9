"""The editor without a mouse: steps by shortcut, fields by Tab, a name on every input."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from sla_designer.ui.steps import STEPS
from tests.ui.ui_helpers import WindowFactory

INPUTS = (
    QLineEdit,
    QPlainTextEdit,
    QAbstractSpinBox,
    QComboBox,
    QAbstractButton,
    QAbstractItemView,
)


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_a_metric_target_is_filled_with_key_presses_only(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    assert window.files.new_from("saas-availability")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.navigator.setFocus()
    metrics_row = [s.key for s in STEPS].index("metrics")
    key = Qt.Key(Qt.Key.Key_1.value + metrics_row)
    QTest.keyClick(_focused(), key, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.navigator.currentRow() == metrics_row)
    page = window.pages["metrics"]
    objective = page.findChild(QAbstractSpinBox, "objective")
    assert objective is not None
    # Tab from the step list until the objective field has the focus.
    for _ in range(60):
        if _focused() is objective:
            break
        QTest.keyClick(_focused(), Qt.Key.Key_Tab)
    assert _focused() is objective
    QTest.keyClick(objective, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(objective, "99.5")
    QTest.keyClick(objective, Qt.Key.Key_Tab)
    metric = window.document.agreement.metrics[0]
    assert metric.objective == Decimal("99.5")  # type: ignore[union-attr]


def test_ctrl_page_down_walks_every_step(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    assert window.files.new_from("saas-availability")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.navigator.setFocus()
    seen = [window.navigator.currentRow()]
    for _ in STEPS[1:]:
        QTest.keyClick(_focused(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
        seen.append(window.navigator.currentRow())
    assert seen == list(range(len(STEPS)))


def test_every_input_on_every_page_has_an_accessible_name(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    assert window.files.new_from("contact-centre")
    unnamed: list[str] = []
    for row, step in enumerate(STEPS):
        window.go_to_step(row)
        page = window.pages[step.key]
        for widget in page.findChildren(QWidget):
            if not isinstance(widget, INPUTS) or not widget.isVisibleTo(page):
                continue
            if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
                continue
            # The line edit inside a spin box or combo box is part of it, named through it.
            if isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
                continue
            face = QAccessible.queryAccessibleInterface(widget)
            name = face.text(QAccessible.Text.Name) if face is not None else ""
            if not (name or widget.accessibleName()).strip():
                unnamed.append(f"{step.key}: {type(widget).__name__} {widget.objectName()}")
    assert unnamed == []
