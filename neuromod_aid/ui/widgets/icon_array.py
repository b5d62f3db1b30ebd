"""A grouped 10 x 10 icon array for one risk, as on the printed summary.

Dark figures: people this happens to at the low end of the range; hatched figures:
the rest of the range ("up to"); outlined figures: people it does not happen to.
The shapes differ as well as the colours.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

AFFECTED = QColor("#b23a48")
MAYBE = QColor("#e3a1a8")
OTHERS = QColor("#c9c9c9")


def _person(rect: QRectF) -> QPainterPath:
    path = QPainterPath()
    head = rect.width() * 0.36
    path.addEllipse(QRectF(rect.center().x() - head / 2, rect.top(), head, head))
    body = QRectF(
        rect.left() + rect.width() * 0.18,
        rect.top() + head * 1.1,
        rect.width() * 0.64,
        rect.height() - head * 1.1,
    )
    path.addRoundedRect(body, body.width() * 0.35, body.width() * 0.35)
    return path


class IconArray(QWidget):
    def __init__(self, parent: QWidget | None = None, cell: int | None = None) -> None:
        super().__init__(parent)
        self.cell = cell or max(10, int(self.fontMetrics().height() * 0.85))
        self.certain = 0
        self.upper = 0
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFixedSize(self.sizeHint())

    def sizeHint(self) -> QSize:
        cell = self.cell
        return QSize(cell * 10 + cell // 2 + 2, int(cell * 1.3) * 10 + cell // 2 + 2)

    def set_counts(self, solid: int, hatched: int, caption: str) -> None:
        self.certain, self.upper = solid, solid + hatched
        self.setAccessibleName(self.tr("Picture of 100 people"))
        self.setAccessibleDescription(caption)
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        cell = self.cell
        height = int(cell * 1.3)
        for index in range(100):
            row, col = divmod(index, 10)
            x = col * cell + (cell // 2 if col >= 5 else 0)  # groups of five
            y = row * height + (cell // 2 if row >= 5 else 0)
            rect = QRectF(x + 2, y + 2, cell - 4, height - 4)
            figure = _person(rect)
            if index < self.certain:
                painter.setPen(QPen(AFFECTED.darker(130), 1))
                painter.setBrush(AFFECTED)
            elif index < self.upper:
                painter.setPen(QPen(AFFECTED, 1))
                painter.setBrush(QBrush(AFFECTED, Qt.BrushStyle.BDiagPattern))
            else:
                painter.setPen(QPen(OTHERS.darker(120), 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(figure)
