"""The mouse wheel scrolls the page: a drop-down or spin box passing under the pointer keeps its
value unless the user is working in it.

One filter on the application sees every wheel event before the widget under the pointer does.
Over a drop-down, spin box or date box (a form's, a picker's or a table's cell editor) that does
not have the focus, the event goes to the enclosing scroll area instead, which scrolls. It is
handed over explicitly: Qt passes an event the widget ignores to its parents only when it comes
from the window system, not when it was sent by the program.
The same widgets are given the strong focus policy (when the guard is installed, and as each
later one is polished), so that a wheel turn does not give them the focus (and the next turn
their value) either.

A filter on the application is called for every event of every widget, a few microseconds each:
the window installs it once its first frame is painted, not before (see ui.first_paint).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

_GUARDED = (QComboBox, QAbstractSpinBox)
_WHEEL = QEvent.Type.Wheel
_POLISH = QEvent.Type.Polish


class WheelGuard(QObject):
    """Sends wheel events over an unfocused value field to the field's scrolling parent."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == _WHEEL:
            if (
                isinstance(watched, _GUARDED)
                and isinstance(event, QWheelEvent)
                and not watched.hasFocus()
            ):
                _scroll_instead(watched, event)
                return True  # the field never sees it
        elif kind == _POLISH and isinstance(watched, _GUARDED):
            _no_wheel_focus(watched)
        return False


def _scroll_instead(field: QWidget, event: QWheelEvent) -> None:
    """Give the wheel turn over `field` to the scroll area around it (if any)."""
    area = field.parentWidget()
    while area is not None and not isinstance(area, QAbstractScrollArea):
        area = area.parentWidget()
    if area is None:
        return
    viewport = area.viewport()
    position = QPointF(viewport.mapFromGlobal(event.globalPosition()))
    moved = QWheelEvent(
        position,
        event.globalPosition(),
        event.pixelDelta(),
        event.angleDelta(),
        event.buttons(),
        event.modifiers(),
        event.phase(),
        event.inverted(),
        event.source(),
    )
    QApplication.sendEvent(viewport, moved)


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Guard every value field of `app` against the wheel (once; later calls return the same)."""
    existing = app.findChild(WheelGuard)
    if existing is not None:
        return existing
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    for widget in app.allWidgets():
        if isinstance(widget, _GUARDED):
            _no_wheel_focus(widget)
    return guard


def _no_wheel_focus(widget: QWidget) -> None:
    if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
