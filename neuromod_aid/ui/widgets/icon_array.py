"""A grouped icon array for one risk, as on the printed summary: 100 or 1,000 people.

100 people: a 10 x 10 array of figures in groups of five. 1,000 people: 25 across
and 40 down, small squares (the printed summary's layout). Solid: people this
happens to at the low end of the range; striped: the rest of the range ("up to");
outlined with a clear edge: people it does not happen to. The shapes differ as well
as the colours (:mod:`neuromod_aid.tokens`: the printed summary's blue, or the dark
variant on a dark desktop).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from neuromod_aid.present.figures import BIG_COLUMNS, BIG_ROWS
from neuromod_aid.tokens import ScreenColours
from neuromod_aid.ui.style import colours
from neuromod_aid.ui.widgets.drawn_once import DrawnOnce


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
    def __init__(
        self, parent: QWidget | None = None, cell: int | None = None, total: int = 100
    ) -> None:
        super().__init__(parent)
        self.total = total
        line = self.fontMetrics().height()
        if total > 100:
            self.cell = cell or max(8, int(line * 0.6))
        else:
            self.cell = cell or max(16, int(line * 1.5))
        self.certain = 0
        self.upper = 0
        self._picture = DrawnOnce()
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFixedSize(self.sizeHint())

    def sizeHint(self) -> QSize:
        cell = self.cell
        if self.total > 100:
            return QSize(cell * BIG_COLUMNS + 2, cell * BIG_ROWS + 2)
        return QSize(cell * 10 + cell // 2 + 2, int(cell * 1.3) * 10 + cell // 2 + 2)

    def set_counts(self, solid: int, hatched: int, caption: str) -> None:
        self.certain, self.upper = solid, solid + hatched
        if self.total > 100:
            self.setAccessibleName(self.tr("Picture of 1,000 people"))
        else:
            self.setAccessibleName(self.tr("Picture of 100 people"))
        self.setAccessibleDescription(caption)
        self.update()

    def kind(self, index: int) -> str:
        """'solid', 'hatched' or 'empty': how the icon at ``index`` is drawn."""
        if index < self.certain:
            return "solid"
        return "hatched" if index < self.upper else "empty"

    def paintEvent(self, event: QPaintEvent) -> None:
        scheme = colours(self.palette())
        self._picture.paint(
            QPainter(self),
            self,
            (self.certain, self.upper, scheme),
            lambda painter: self._draw(painter, scheme),
        )

    def _draw(self, painter: QPainter, scheme: ScreenColours) -> None:
        paths = {"solid": QPainterPath(), "hatched": QPainterPath(), "empty": QPainterPath()}
        cell = self.cell
        if self.total > 100:
            gap = max(2.0, cell * 0.3)
            for index in range(self.total):
                row, col = divmod(index, BIG_COLUMNS)
                box = QRectF(
                    col * cell + 1 + gap / 2, row * cell + 1 + gap / 2, cell - gap, cell - gap
                )
                paths[self.kind(index)].addRect(box)
            width = 0.9
        else:
            height = int(cell * 1.3)
            for index in range(100):
                row, col = divmod(index, 10)
                x = col * cell + (cell // 2 if col >= 5 else 0)  # groups of five
                y = row * height + (cell // 2 if row >= 5 else 0)
                rect = QRectF(x + 2, y + 2, cell - 4, height - 4)
                paths[self.kind(index)].addPath(_person(rect))
            width = 1.4
        affected, fill = QColor(scheme.brand), QColor(scheme.icon_fill)
        painter.setPen(QPen(QColor(scheme.icon_edge), width))
        painter.setBrush(fill)
        painter.drawPath(paths["empty"])
        painter.setPen(QPen(affected, width))
        painter.setBrush(affected)
        painter.drawPath(paths["solid"])
        painter.setBrush(fill)
        painter.drawPath(paths["hatched"])
        painter.setBrush(QBrush(affected, Qt.BrushStyle.BDiagPattern))
        painter.drawPath(paths["hatched"])
