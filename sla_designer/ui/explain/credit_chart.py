"""A small chart of a credit curve, drawn with QPainter (QtCharts is not in PySide6-Essentials).

Credit % up the side, the measured value along the bottom; the steps as a line, the objective as
a dashed vertical line, and the "what if" value as a dot on the curve.
"""

from __future__ import annotations

import math
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from sla_designer.calc.credit_curve import CreditCurve
from sla_designer.text.formats import formatter

_TICKS = 5


def nice_ticks(low: float, high: float, count: int = _TICKS) -> list[float]:
    """About `count` round values (1, 2 or 5 times a power of ten apart) from low to high."""
    span = high - low
    if span <= 0:
        return [low]
    raw = span / count
    power = 10.0 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1.0, 2.0, 5.0, 10.0) if m * power >= raw)
    first = -(-low // step) * step
    ticks: list[float] = []
    value = first
    while value <= high + step * 1e-9:
        ticks.append(round(value, 10))
        value += step
    return ticks


class CreditChart(QWidget):
    """Draws a `CreditCurve`; holds no model, only what it was last given."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("creditChart")
        self.setMinimumSize(320, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.curve: CreditCurve | None = None
        self.marker: tuple[Decimal, Decimal] | None = None
        self.language = "en"
        self.x_title = ""
        self.y_title = ""
        self.objective_title = ""

    def sizeHint(self) -> QSize:
        return QSize(420, 220)

    def set_curve(
        self,
        curve: CreditCurve | None,
        titles: tuple[str, str, str],
        language: str,
    ) -> None:
        """Draw `curve`; `titles` name the x axis, the y axis and the objective line."""
        self.curve = curve
        self.x_title, self.y_title, self.objective_title = titles
        self.language = language
        self.update()

    def set_marker(self, point: tuple[Decimal, Decimal] | None) -> None:
        """Mark (measured, credit %) on the chart, or nothing."""
        self.marker = point
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        curve = self.curve
        if curve is None or not curve.steps:
            painter.end()
            return
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        top_value = max(float(curve.top), 10.0)
        y_ticks = nice_ticks(0.0, top_value)
        y_top = max(top_value, y_ticks[-1])
        y_labels = [formatter(self.language).percent(Decimal(str(t))) for t in y_ticks]
        left = max(metrics.horizontalAdvance(label) for label in y_labels) + 10
        area = QRectF(left, line * 1.5, self.width() - left - 16, self.height() - line * 4)
        low, high = float(curve.low), float(curve.high)
        if area.width() <= 0 or area.height() <= 0 or high <= low:
            painter.end()
            return

        def x_at(value: float) -> float:
            return area.left() + (value - low) / (high - low) * area.width()

        def y_at(value: float) -> float:
            return area.bottom() - value / y_top * area.height()

        text_color = palette.color(QPalette.ColorRole.Text)
        grid = QPen(palette.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DotLine)
        axis = QPen(text_color, 1)
        painter.setPen(axis)
        painter.drawText(QPointF(4, line), self.y_title)
        for tick, label in zip(y_ticks, y_labels, strict=True):
            y = y_at(tick)
            painter.setPen(grid)
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(axis)
            width = metrics.horizontalAdvance(label)
            painter.drawText(QPointF(area.left() - width - 6, y + metrics.ascent() / 2), label)
        for tick in nice_ticks(low, high):
            x = x_at(tick)
            painter.drawLine(QPointF(x, area.bottom()), QPointF(x, area.bottom() + 4))
            label = self._x_label(tick)
            width = metrics.horizontalAdvance(label)
            painter.drawText(QPointF(x - width / 2, area.bottom() + 4 + metrics.ascent()), label)
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        painter.drawLine(area.bottomLeft(), area.topLeft())
        title_width = metrics.horizontalAdvance(self.x_title)
        painter.drawText(
            QPointF(area.center().x() - title_width / 2, self.height() - 4), self.x_title
        )
        if curve.objective is not None:
            x = x_at(float(curve.objective))
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Link), 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))
            width = metrics.horizontalAdvance(self.objective_title)
            # The title sits left of the line when it would run off the right edge.
            title_x = x + 4 if x + 4 + width <= self.width() else x - 4 - width
            painter.drawText(QPointF(title_x, area.top() - 4), self.objective_title)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2.5))
        previous: QPointF | None = None
        for step in curve.steps:
            start = QPointF(x_at(float(step.start)), y_at(float(step.percent)))
            end = QPointF(x_at(float(step.end)), y_at(float(step.percent)))
            if previous is not None:
                painter.drawLine(previous, start)
            painter.drawLine(start, end)
            previous = end
        if self.marker is not None:
            measured, credit = (float(v) for v in self.marker)
            if low <= measured <= high:
                painter.setBrush(text_color)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawEllipse(QPointF(x_at(measured), y_at(float(credit))), 4.5, 4.5)
        painter.end()

    def _x_label(self, value: float) -> str:
        if self.curve is not None and self.curve.in_seconds:
            minutes = value / 60
            return formatter(self.language).number(Decimal(str(round(minutes, 2))))
        return formatter(self.language).number(Decimal(str(round(value, 6))))
