"""A line chart drawn with QPainter from a :class:`~neuromod_aid.present.trial_result.Chart`:
pain (0-10, left axis) and a percent (right axis) by column, levels across it, the first
columns shaded (the days before the trial), and a legend. The trial review's chart and
the timeline's pain over time are both this widget; the trial result PDF draws the same
chart from the same numbers (``present.trial_result.points``).
"""

from __future__ import annotations

from math import ceil

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from neuromod_aid.present.trial_result import PAIN_MAX, Box, Chart, Series, level_y, points
from neuromod_aid.ui.style import colours

PEN_STYLE = {
    "pain": Qt.PenStyle.SolidLine,
    "relief": Qt.PenStyle.DashLine,
    "baseline": Qt.PenStyle.DotLine,
    "success": Qt.PenStyle.DashDotLine,
}


class LineChart(QWidget):
    def __init__(self, legend: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.legend = legend  # series and level key -> what the legend says
        self.chart = Chart(columns=(), series=())
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 16)

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 70, self.minimumHeight())

    def show_chart(self, chart: Chart) -> None:
        self.chart = chart
        self.setAccessibleDescription(self._described())
        self.update()

    def _described(self) -> str:
        """The values in words, for a screen reader: each series' values in order."""
        return "; ".join(
            f"{self.legend.get(s.key, s.key)}: "
            + ", ".join("—" if v is None else f"{v:g}" for v in s.values)
            for s in self.chart.series
        )

    def plot_box(self) -> Box:
        """The plot inside the widget: room for the axes' numbers, the column labels
        and a line of legend per series and level."""
        metrics = self.fontMetrics()
        side = metrics.horizontalAdvance("100") + 12
        line = metrics.lineSpacing()
        keys = len(self.chart.series) + len(self.chart.levels)
        height = self.height() - line * (2 + keys) - 8
        return Box(side, line, max(self.width() - 2 * side, 1), max(height, 1))

    def points_of(self, series: Series) -> tuple[tuple[float, float], ...]:
        """Where the series' values are drawn (the test compares them with the values)."""
        return points(self.chart, series, self.plot_box())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = colours(self.palette())
        box, chart = self.plot_box(), self.chart
        columns = len(chart.columns)
        step = box.width / max(columns, 1)
        text = self.palette().windowText().color()
        if chart.before:
            painter.fillRect(
                QRectF(box.left, box.top, step * chart.before, box.height),
                QColor(palette.brand_soft),
            )
        painter.setPen(QPen(text, 0.5))
        metrics = self.fontMetrics()
        percent = any(series.top != PAIN_MAX for series in chart.series)  # the right axis
        for score in range(0, int(PAIN_MAX) + 1, 2):
            y = box.y(score, PAIN_MAX)
            painter.drawLine(QPointF(box.left, y), QPointF(box.left + box.width, y))
            painter.drawText(QPointF(2, y + metrics.ascent() / 2), str(score))
            if percent:
                painter.drawText(
                    QPointF(box.left + box.width + 4, y + metrics.ascent() / 2), f"{score * 10}"
                )
        widest = max((metrics.horizontalAdvance(label) + 6 for label in chart.columns), default=1)
        every = max(1, ceil(widest / step))  # dates on a long timeline: every few
        for column, label in enumerate(chart.columns):
            if column % every:
                continue
            x = box.x(column, columns) - metrics.horizontalAdvance(label) / 2
            painter.drawText(QPointF(x, box.top + box.height + metrics.lineSpacing()), label)
        colour = {
            "pain": palette.brand,
            "relief": palette.caution,
            "baseline": text.name(),
            "success": palette.warning,
        }
        for level in chart.levels:
            painter.setPen(QPen(QColor(colour[level.key]), 2, PEN_STYLE[level.key]))
            y = level_y(level, box)
            painter.drawLine(QPointF(box.left, y), QPointF(box.left + box.width, y))
        for series in chart.series:
            drawn = [QPointF(x, y) for x, y in self.points_of(series)]
            pen = QPen(QColor(colour[series.key]), 2.5, PEN_STYLE[series.key])
            painter.setPen(pen)
            if len(drawn) > 1:
                painter.drawPolyline(drawn)
            painter.setBrush(QColor(colour[series.key]))
            for point in drawn:
                painter.drawEllipse(point, 3.5, 3.5)
        y = box.top + box.height + metrics.lineSpacing() * 2
        for key in (*(s.key for s in chart.series), *(level.key for level in chart.levels)):
            painter.setPen(QPen(QColor(colour[key]), 2.5, PEN_STYLE[key]))
            painter.drawLine(QPointF(box.left, y - 4), QPointF(box.left + 30, y - 4))
            painter.setPen(text)
            painter.drawText(QPointF(box.left + 38, y), self.legend.get(key, key))
            y += metrics.lineSpacing()
        painter.end()
