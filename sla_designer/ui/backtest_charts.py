"""The back-test's two charts, drawn with QPainter: a metric's attainment window by window
against its objective, and how its tickets' elapsed times spread against the target.

Each chart keeps the data it draws (`points`, `histogram`), says what it shows in its
accessible name and description, and draws its axes and labels in the interface language with
the palette's text colour, so that it reads in a light or a dark theme.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from sla_designer.backtest.figures import Histogram, WindowPoint
from sla_designer.text.formats import formatter
from sla_designer.ui.i18n import current_language, duration_text

MET_COLOUR = QColor("#3f9b5a")
MISSED_COLOUR = QColor("#c8453c")
FEW_COLOUR = QColor("#9aa0a6")
LINE_COLOUR = QColor("#1f5fbf")
MARGIN = 8


def window_name(day: dt.date, kind: str) -> str:
    """A window's short name in the interface language: 'Jan 25' / 'jan. 25', 'Q1 25', '2025'."""
    if kind == "month":
        locale = QLocale("pt_BR" if current_language() == "pt-BR" else "en_GB")
        return locale.toString(QDate(day.year, day.month, day.day), "MMM yy")
    if kind == "quarter":
        quarter = QCoreApplication.translate("Backtest", "Q%1 %2")
        return quarter.replace("%1", str((day.month - 1) // 3 + 1)).replace("%2", f"{day:%y}")
    if kind == "year":
        return str(day.year)
    return formatter(current_language()).short_date(day)


class Chart(QWidget):
    """Axes, a legend and what the chart is, common to both charts."""

    def __init__(self) -> None:
        super().__init__()
        self.setMinimumSize(300, 190)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def sizeHint(self) -> QSize:
        return QSize(420, 230)

    def text_pen(self) -> QPen:
        return QPen(self.palette().color(QPalette.ColorRole.WindowText))

    def grid_pen(self) -> QPen:
        colour = QColor(self.palette().color(QPalette.ColorRole.WindowText))
        colour.setAlpha(50)
        return QPen(colour, 1)

    def legend(self, painter: QPainter, entries: list[tuple[QColor, str, bool]]) -> int:
        """Draw the legend along the top (a swatch, or a dashed line, and its words); returns
        the height it takes."""
        metrics = QFontMetrics(self.font())
        x, y = MARGIN, MARGIN
        height = metrics.height()
        for colour, words, line in entries:
            width = 14 + 4 + metrics.horizontalAdvance(words) + 14
            if x + width > self.width() - MARGIN and x > MARGIN:
                x, y = MARGIN, y + height + 2
            if line:
                pen = QPen(colour, 2, Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.drawLine(QPointF(x, y + height / 2), QPointF(x + 14, y + height / 2))
            else:
                painter.fillRect(QRectF(x, y + 2, 14, height - 4), colour)
            painter.setPen(self.text_pen())
            painter.drawText(QPointF(x + 18, y + metrics.ascent()), words)
            x += width
        return y + height + 4 - MARGIN

    def empty(self, painter: QPainter, words: str) -> None:
        painter.setPen(self.text_pen())
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, words)


class AttainmentChart(Chart):
    """Bars of each window's attainment (met, missed, too few tickets to count) and the
    objective's dashed line."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("attainment-chart")
        self.points: list[WindowPoint] = []
        self.kind = "month"
        self.set_points([], "month")

    def set_points(self, points: list[WindowPoint], kind: str) -> None:
        self.points, self.kind = points, kind
        self.setAccessibleName(
            QCoreApplication.translate("Backtest", "Attainment by window against the objective")
        )
        missed = sum(p.objective_met is False for p in points)
        self.setAccessibleDescription(
            QCoreApplication.translate("Backtest", "%1 windows, %2 missed the objective")
            .replace("%1", str(len(points)))
            .replace("%2", str(missed))
        )
        self.update()

    def floor(self) -> int:
        """The lowest percentage on the axis: a multiple of 10 under every bar and line."""
        values = [p.attainment for p in self.points if p.attainment is not None]
        values += [p.objective for p in self.points]
        low = min(values, default=Decimal(90))
        floor = max(0, int(low // 10) * 10 - 10)
        # Ticks every 10 points, or 20 over a wider range: the axis ends on a tick at 100 %.
        return floor - (100 - floor) % self.tick(floor)

    @staticmethod
    def tick(floor: int) -> int:
        return 10 if 100 - floor <= 50 else 20

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.points:
            self.empty(painter, QCoreApplication.translate("Backtest", "No window to show"))
            return
        top = MARGIN + self.legend(
            painter,
            [
                (MET_COLOUR, QCoreApplication.translate("Backtest", "Met"), False),
                (MISSED_COLOUR, QCoreApplication.translate("Backtest", "Missed"), False),
                (FEW_COLOUR, QCoreApplication.translate("Backtest", "Too few tickets"), False),
                (LINE_COLOUR, QCoreApplication.translate("Backtest", "Objective"), True),
            ],
        )
        metrics = QFontMetrics(self.font())
        fmt = formatter(current_language())
        low = self.floor()
        ticks = list(range(low, 101, self.tick(low)))
        left = MARGIN + max(metrics.horizontalAdvance(fmt.percent(Decimal(t))) for t in ticks) + 6
        bottom = self.height() - MARGIN - metrics.height() - 4
        plot = QRectF(left, top + 4, self.width() - left - MARGIN, bottom - top - 4)

        def y_of(value: Decimal | int) -> float:
            return plot.bottom() - (float(value) - low) / (100 - low) * plot.height()

        for tick in ticks:
            painter.setPen(self.grid_pen())
            painter.drawLine(QPointF(plot.left(), y_of(tick)), QPointF(plot.right(), y_of(tick)))
            painter.setPen(self.text_pen())
            words = fmt.percent(Decimal(tick))
            painter.drawText(
                QRectF(MARGIN, y_of(tick) - metrics.height() / 2, left - MARGIN - 4, 40),
                Qt.AlignmentFlag.AlignRight,
                words,
            )
        slot = plot.width() / len(self.points)
        every = max(1, int((metrics.horizontalAdvance("Mmm 00") + 8) // max(slot, 1)) + 1)
        for index, point in enumerate(self.points):
            x = plot.left() + index * slot
            if point.attainment is not None:
                colour = (
                    FEW_COLOUR
                    if point.objective_met is None
                    else MET_COLOUR
                    if point.objective_met
                    else MISSED_COLOUR
                )
                height = plot.bottom() - y_of(max(point.attainment, Decimal(low)))
                painter.fillRect(
                    QRectF(x + slot * 0.15, plot.bottom() - height, slot * 0.7, height), colour
                )
            if index % every == 0:
                painter.setPen(self.text_pen())
                painter.drawText(
                    QRectF(x - slot, bottom + 2, slot * 3, metrics.height()),
                    Qt.AlignmentFlag.AlignHCenter,
                    window_name(point.window, self.kind),
                )
        painter.setPen(QPen(LINE_COLOUR, 2, Qt.PenStyle.DashLine))
        for index, point in enumerate(self.points):
            x = plot.left() + index * slot
            y = y_of(point.objective)
            painter.drawLine(QPointF(x, y), QPointF(x + slot, y))
        painter.setPen(self.text_pen())
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())


def span_text(seconds: int) -> str:
    """A length of time as the editor writes durations ('1 h 30 min', '2 dias')."""
    return duration_text(dt.timedelta(seconds=seconds))


class ElapsedHistogram(Chart):
    """Bars of how many tickets took each span of elapsed time, those within the target apart
    from those over it, and the target's line."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("elapsed-histogram")
        self.histogram = Histogram((0, 1), (0,), 0, None)
        self.set_histogram(self.histogram)

    def set_histogram(self, histogram: Histogram) -> None:
        self.histogram = histogram
        self.setAccessibleName(
            QCoreApplication.translate(
                "Backtest", "Elapsed times of the tickets against the target"
            )
        )
        target = histogram.target
        self.setAccessibleDescription(
            QCoreApplication.translate("Backtest", "%1 tickets; target %2")
            .replace("%1", str(histogram.total))
            .replace("%2", span_text(target) if target is not None else "-")
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        data = self.histogram
        if data.total == 0:
            self.empty(painter, QCoreApplication.translate("Backtest", "No ticket to show"))
            return
        entries = [
            (MET_COLOUR, QCoreApplication.translate("Backtest", "Within the target"), False),
            (MISSED_COLOUR, QCoreApplication.translate("Backtest", "Over the target"), False),
        ]
        if data.target is not None:
            entries.append(
                (
                    LINE_COLOUR,
                    QCoreApplication.translate("Backtest", "Target: %1").replace(
                        "%1", span_text(data.target)
                    ),
                    True,
                )
            )
        top = MARGIN + self.legend(painter, entries)
        metrics = QFontMetrics(self.font())
        fmt = formatter(current_language())
        bars = [*data.counts, data.over]
        most = max(bars) or 1
        step = _nice_step(most)
        ticks = list(range(0, most + step, step))
        left = MARGIN + max(metrics.horizontalAdvance(fmt.number(t)) for t in ticks) + 6
        bottom = self.height() - MARGIN - metrics.height() - 4
        plot = QRectF(left, top + 4, self.width() - left - MARGIN, bottom - top - 4)
        high = ticks[-1] or 1

        def y_of(count: int) -> float:
            return plot.bottom() - count / high * plot.height()

        for tick in ticks:
            painter.setPen(self.grid_pen())
            painter.drawLine(QPointF(plot.left(), y_of(tick)), QPointF(plot.right(), y_of(tick)))
            painter.setPen(self.text_pen())
            painter.drawText(
                QRectF(MARGIN, y_of(tick) - metrics.height() / 2, left - MARGIN - 4, 40),
                Qt.AlignmentFlag.AlignRight,
                fmt.number(tick),
            )
        edges = data.edges
        slot = plot.width() / len(bars)
        span = edges[-1] or 1
        for index, count in enumerate(bars):
            x = plot.left() + index * slot
            within = index < len(data.counts) and (
                data.target is None or edges[index + 1] <= data.target
            )
            colour = MET_COLOUR if within else MISSED_COLOUR
            if data.target is None and index == len(data.counts):
                colour = FEW_COLOUR
            painter.fillRect(
                QRectF(x + 1, y_of(count), max(slot - 2, 1), plot.bottom() - y_of(count)), colour
            )
        painter.setPen(self.text_pen())
        middle = len(data.counts) // 2
        for index, words, align in (
            (0, "0", Qt.AlignmentFlag.AlignLeft),
            (middle, span_text(edges[middle]), Qt.AlignmentFlag.AlignHCenter),
        ):
            x = plot.left() + index * slot
            box = QRectF(x - 60 if index else x, bottom + 2, 120, metrics.height())
            painter.drawText(box, align, words)
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3))
        # The last bar holds the tickets that took the last edge or more: "≥ 1 d 16 h".
        longest = QCoreApplication.translate("Backtest", "≥ %1").replace("%1", span_text(edges[-1]))
        painter.drawText(
            QRectF(plot.right() - 200, bottom + 2, 200, metrics.height()),
            Qt.AlignmentFlag.AlignRight,
            longest,
        )
        if data.target is not None:
            x = plot.left() + data.target / span * (plot.width() - slot)
            painter.setPen(QPen(LINE_COLOUR, 2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        painter.setPen(self.text_pen())
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())


def _nice_step(most: int) -> int:
    """A round step for about four ticks up to `most`: 1, 2, 5 times a power of ten."""
    rough = max(1, most / 4)
    power = 1
    while power * 10 <= rough:
        power *= 10
    for factor in (1, 2, 5, 10):
        if factor * power >= rough:
            return factor * power
    return 10 * power
