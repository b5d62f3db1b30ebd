"""Risk figures as words and as a grouped 10 x 10 icon array.

The rules (see ``shared/reference/patient-materials-standards.md``):

* 100 icons, the affected ones grouped together from the top-left, row by row;
* a range: solid icons for the low figure, hatched (outlined, striped) icons up to
  the high figure; the rest are empty outlines;
* colour is never the only signal: solid, striped and empty differ in shape too;
* a caption says the same thing in words, with how many are NOT affected as well;
* a risk below 1 in 100 gets no 100-icon picture (it would show an empty grid):
  it is said in words, in every 1,000 (or the catalog's larger denominator).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from neuromod_aid.catalog.model import Risk
from neuromod_aid.pdf.labels import Labels

GRID = 10
SOLID = colors.HexColor("#1f4e79")
HATCH = colors.HexColor("#1f4e79")
EMPTY_EDGE = colors.HexColor("#8c8c8c")


def _round_half_up(value: float) -> int:
    return math.floor(value + 0.5)


@dataclass(frozen=True)
class GridCounts:
    """How many of the 100 icons are solid (low figure) and hatched (up to high)."""

    solid: int
    hatched: int

    @property
    def empty(self) -> int:
        return GRID * GRID - self.solid - self.hatched


@dataclass(frozen=True)
class RiskFigure:
    """Everything the documents say about how often a risk happens."""

    words: str  # the figure in words, in the catalog's own denominator
    caption: str  # what the picture shows, in words (or the rare-risk sentence)
    grid: GridCounts | None  # None: no picture (not known, or rarer than 1 in 100)


def risk_figure(risk: Risk, labels: Labels) -> RiskFigure:
    """The words, caption and icon counts for ``risk``."""
    low, high = risk.frequency_low, risk.frequency_high
    if low is None or high is None:
        text = labels("not_known")
        return RiskFigure(words=text, caption=text, grid=None)
    per = labels(f"per_{risk.per}")
    den = labels.number(risk.denominator)
    amount = (
        labels("about", low=labels.number(low))
        if low == high
        else labels("between", low=labels.number(low), high=labels.number(high))
    )
    words = labels("exact_figure", text=amount, den=den, per=per)
    per_100_low = low * 100 / risk.denominator
    per_100_high = high * 100 / risk.denominator
    if per_100_high < 1:
        key = "rare_single" if low == high else "rare_range"
        caption = labels(key, low=labels.number(low), high=labels.number(high), den=den, per=per)
        return RiskFigure(words=words, caption=caption, grid=None)
    solid = min(100, _round_half_up(per_100_low))
    top = min(100, max(solid, _round_half_up(per_100_high)))
    grid = GridCounts(solid=solid, hatched=top - solid)
    if grid.hatched == 0:
        caption = labels("grid_single", den=100, per=per, low=solid, not_low=100 - solid)
    else:
        caption = labels(
            "grid_range",
            den=100,
            per=per,
            low=solid,
            high=top,
            not_low=100 - solid,
            not_high=100 - top,
        )
    return RiskFigure(words=words, caption=caption, grid=grid)


class IconArray(Flowable):
    """A 10 x 10 grid of squares: solid, then hatched, then empty, row by row."""

    def __init__(self, counts: GridCounts, size: float) -> None:
        super().__init__()
        self.counts = counts
        self.size = size  # total width and height in points
        self.width = self.height = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        draw_icon_array(self.canv, 0, 0, self.size, self.counts)


def draw_icon_array(canvas: Canvas, x: float, y: float, size: float, counts: GridCounts) -> None:
    """Draw the grid with its lower-left corner at (x, y)."""
    pitch = size / GRID
    gap = pitch * 0.18
    box = pitch - gap
    canvas.saveState()
    canvas.setLineWidth(max(0.5, box * 0.07))
    for index in range(GRID * GRID):
        row, col = divmod(index, GRID)
        left = x + col * pitch + gap / 2
        bottom = y + size - (row + 1) * pitch + gap / 2
        if index < counts.solid:
            canvas.setFillColor(SOLID)
            canvas.setStrokeColor(SOLID)
            canvas.rect(left, bottom, box, box, stroke=1, fill=1)
        elif index < counts.solid + counts.hatched:
            canvas.setStrokeColor(HATCH)
            canvas.setFillColor(colors.white)
            canvas.rect(left, bottom, box, box, stroke=1, fill=1)
            _hatch(canvas, left, bottom, box)
        else:
            canvas.setStrokeColor(EMPTY_EDGE)
            canvas.setFillColor(colors.white)
            canvas.rect(left, bottom, box, box, stroke=1, fill=0)
    canvas.restoreState()


def _hatch(canvas: Canvas, left: float, bottom: float, box: float) -> None:
    """Diagonal stripes inside a square (bottom-left to top-right)."""
    path = canvas.beginPath()
    path.rect(left, bottom, box, box)
    canvas.saveState()
    canvas.clipPath(path, stroke=0, fill=0)
    canvas.setLineWidth(max(0.4, box * 0.09))
    step = box / 3
    offset = -box
    while offset < box:
        canvas.line(left + offset, bottom, left + offset + box, bottom + box)
        offset += step
    canvas.restoreState()


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
            canvas.setFillColor(SOLID)
            canvas.setStrokeColor(SOLID)
            canvas.rect(gap, gap, box, box, stroke=1, fill=1)
        elif counts.hatched:
            canvas.setStrokeColor(HATCH)
            canvas.rect(gap, gap, box, box, stroke=1, fill=0)
            _hatch(canvas, gap, gap, box)
        else:
            canvas.setStrokeColor(EMPTY_EDGE)
            canvas.rect(gap, gap, box, box, stroke=1, fill=0)


__all__ = [
    "GridCounts",
    "IconArray",
    "LegendSwatch",
    "RiskFigure",
    "draw_icon_array",
    "risk_figure",
]
