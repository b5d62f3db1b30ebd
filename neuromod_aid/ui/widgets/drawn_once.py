"""A widget's picture drawn once into a pixmap and copied on each repaint.

Drawing hundreds of antialiased paths takes milliseconds; showing a step again, or
scrolling it, repaints them unchanged. The picture is drawn again only when what it
shows (the key the widget gives), its size or the screen's pixel ratio changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QWidget


class DrawnOnce:
    def __init__(self) -> None:
        self._drawn: tuple[object, QSize, float, QPixmap] | None = None

    def paint(
        self, painter: QPainter, widget: QWidget, key: object, draw: Callable[[QPainter], None]
    ) -> None:
        """Copy the picture ``draw`` paints (antialiased, on a clear background) for
        ``key`` at the widget's size onto ``painter``, drawing it first if need be."""
        size, ratio = widget.size(), widget.devicePixelRatioF()
        drawn = self._drawn
        if drawn is None or drawn[:3] != (key, size, ratio):
            pixmap = QPixmap(size * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            on_pixmap = QPainter(pixmap)
            on_pixmap.setRenderHint(QPainter.RenderHint.Antialiasing)
            draw(on_pixmap)
            on_pixmap.end()
            drawn = self._drawn = (key, size, ratio, pixmap)
        painter.drawPixmap(0, 0, drawn[3])
