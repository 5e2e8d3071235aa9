"""The wheel scrolls the page over a drop-down or spin box the user is not working in."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.ui_helpers import WindowFactory, go


def _turn(widget: QWidget, steps: int) -> None:
    """One notch of a real wheel over the middle of `widget` (negative: towards the user)."""
    middle = QPointF(widget.rect().center())
    event = QWheelEvent(
        middle,
        QPointF(widget.mapToGlobal(middle)),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_past_the_metric_calendar(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: window.first_paint.done)  # the guard comes with the first frame
    assert window.files.new_from("contact-centre")
    document = window.document
    page = go(window, "metrics")
    metrics = page.sections[0]
    metrics.select_row(0)
    combo = metrics.form.editor("calendar")
    assert isinstance(combo, QComboBox) and combo.count() >= 3
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus  # a wheel turn gives no focus
    combo.setCurrentIndex(1)  # a calendar with a choice on either side
    chosen = document.agreement.metrics[0].calendar
    window.navigator.setFocus()
    bar = page.verticalScrollBar()
    assert bar.maximum() > 0  # the page is taller than the window
    page.ensureWidgetVisible(combo)
    qtbot.wait(10)

    before = bar.value()
    steps = -1 if before < bar.maximum() else 1
    _turn(combo, steps)
    assert combo.currentIndex() == 1
    assert document.agreement.metrics[0].calendar == chosen
    assert bar.value() != before  # the page moved instead
    assert not combo.hasFocus()

    # Working in the field, the wheel changes it as before.
    page.ensureWidgetVisible(combo)
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    _turn(combo, -1)
    assert combo.currentIndex() == 2
    assert document.agreement.metrics[0].calendar == combo.currentData() != chosen


def test_the_wheel_leaves_an_unfocused_spin_box_alone(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: window.first_paint.done)  # the guard comes with the first frame
    assert window.files.new_from("contact-centre")
    page = go(window, "metrics")
    metrics = page.sections[0]
    metrics.select_row(0)  # a service level: its objective is a spin box
    spin = metrics.kind_forms["service_level"].editor("objective")
    assert isinstance(spin, QAbstractSpinBox)
    objective = window.document.agreement.metrics[0].objective
    window.navigator.setFocus()
    page.ensureWidgetVisible(spin)
    before = page.verticalScrollBar().value()
    _turn(spin, -1 if before < page.verticalScrollBar().maximum() else 1)
    assert window.document.agreement.metrics[0].objective == objective
    assert page.verticalScrollBar().value() != before
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    _turn(spin, 1)
    assert window.document.agreement.metrics[0].objective != objective
