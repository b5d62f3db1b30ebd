"""Risk pictures drawn for print: the grouped icon arrays of 100 or 1,000 people and the
legend's squares. What they show (the counts, and the words beside them) comes from
:func:`neuromod_aid.present.figures.risk_figure`; colour is never the only signal (solid,
striped and empty squares differ).
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from neuromod_aid.pdf.styles import BRAND, PRINT_ICON_EDGE
from neuromod_aid.present.figures import BIG_COLUMNS, BIG_ROWS, GRID, GridCounts


class IconArray(Flowable):
    """A grid of squares, solid, then hatched, then empty, row by row.

    100 icons: 10 x 10, ``size`` wide and high. 1,000 icons: 25 across and 40 down,
    ``size`` wide.
    """

    def __init__(self, counts: GridCounts, size: float) -> None:
        super().__init__()
        self.counts = counts
        self.columns, self.rows = (BIG_COLUMNS, BIG_ROWS) if counts.total > 100 else (GRID, GRID)
        self.size = size  # total width in points
        self.width = size
        self.height = size * self.rows / self.columns

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        draw_icon_array(self.canv, 0, 0, self.size, self.counts)


def draw_icon_array(canvas: Canvas, x: float, y: float, size: float, counts: GridCounts) -> None:
    """Draw the grid with its lower-left corner at (x, y), ``size`` points wide.

    Each kind of square is one path (one fill, one stroke, one clipped set of
    stripes), so even 1,000 icons stay quick to draw and small in the file.
    """
    columns, rows = (BIG_COLUMNS, BIG_ROWS) if counts.total > 100 else (GRID, GRID)
    pitch = size / columns
    gap = pitch * (0.22 if columns > GRID else 0.18)
    box = pitch - gap
    height = pitch * rows
    solid, hatched, empty = canvas.beginPath(), canvas.beginPath(), canvas.beginPath()
    has = [False, False, False]
    for index in range(columns * rows):
        row, col = divmod(index, columns)
        left = x + col * pitch + gap / 2
        bottom = y + height - (row + 1) * pitch + gap / 2
        if index < counts.solid:
            solid.rect(left, bottom, box, box)
            has[0] = True
        elif index < counts.solid + counts.hatched:
            hatched.rect(left, bottom, box, box)
            has[1] = True
        else:
            empty.rect(left, bottom, box, box)
            has[2] = True
    canvas.saveState()
    canvas.setLineWidth(max(0.3 if columns > GRID else 0.5, box * 0.07))
    if has[2]:
        canvas.setStrokeColor(PRINT_ICON_EDGE)
        canvas.drawPath(empty, stroke=1, fill=0)
    if has[0]:
        canvas.setFillColor(BRAND)
        canvas.setStrokeColor(BRAND)
        canvas.drawPath(solid, stroke=1, fill=1)
    if has[1]:
        canvas.setStrokeColor(BRAND)
        canvas.drawPath(hatched, stroke=1, fill=0)
        _stripes(canvas, hatched, x, y, size, height, box)
    canvas.restoreState()


def _stripes(
    canvas: Canvas, clip: object, x: float, y: float, width: float, height: float, box: float
) -> None:
    """Diagonal stripes (bottom-left to top-right) inside the squares of ``clip``."""
    canvas.saveState()
    canvas.clipPath(clip, stroke=0, fill=0)
    canvas.setLineWidth(max(0.3, box * 0.09))
    step = box / 3 if box > 4 else box / 2
    offset = -height
    while offset < width:
        canvas.line(x + offset, y, x + offset + height, y + height)
        offset += step
    canvas.restoreState()


def _hatch(canvas: Canvas, left: float, bottom: float, box: float) -> None:
    """Diagonal stripes inside one square (the legend)."""
    path = canvas.beginPath()
    path.rect(left, bottom, box, box)
    _stripes(canvas, path, left, bottom, box, box, box)


class LegendSwatch(Flowable):
    """One square of the legend, drawn the same way as in the grid."""

    def __init__(self, kind: str, size: float) -> None:
        super().__init__()
        self.kind = kind
        self.size = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        counts = {
            "solid": GridCounts(1, 0),
            "hatched": GridCounts(0, 1),
            "empty": GridCounts(0, 0),
        }[self.kind]
        canvas = self.canv
        box = self.size * 0.82
        gap = (self.size - box) / 2
        if counts.solid:
            canvas.setFillColor(BRAND)
            canvas.setStrokeColor(BRAND)
            canvas.rect(gap, gap, box, box, stroke=1, fill=1)
        elif counts.hatched:
            canvas.setStrokeColor(BRAND)
            canvas.rect(gap, gap, box, box, stroke=1, fill=0)
            _hatch(canvas, gap, gap, box)
        else:
            canvas.setStrokeColor(PRINT_ICON_EDGE)
            canvas.rect(gap, gap, box, box, stroke=1, fill=0)


__all__ = ["IconArray", "LegendSwatch", "draw_icon_array"]
