"""Knowing when a window has been painted for the first time.

Work that is not needed for the window's first appearance (the first validation, which loads the
rules and the holiday tables; building the model's validators) waits for it. A zero-time timer
started before the window is shown does not: Qt runs pending timers before it handles the
window's first expose, so such work would delay the first paint instead of following it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    """Sends `painted` once, as soon as the widget's first paint is over."""

    painted = Signal()

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        self._seen = False
        self.done = False
        """Whether `painted` was sent."""
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            self._widget.removeEventFilter(self)
            # The rest of the window is painted in the same pass: a timer started now fires
            # after it. Given this object as its context, the call is dropped if the window is
            # deleted first (a window closed right after its first paint).
            QTimer.singleShot(0, self, self._send)
        return False

    def _send(self) -> None:
        self.done = True
        self.painted.emit()
