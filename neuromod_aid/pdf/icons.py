"""Risk figures as words and as grouped icon arrays (100 or 1,000 people).

The rules (see ``shared/reference/patient-materials-standards.md``):

* a figure is never re-rounded: the words give it exactly as the catalog stores it,
  over the catalog's own denominator, with how many are NOT affected as well;
* a 10 x 10 grid of 100 icons only when both ends are whole numbers per 100 (130 in
  1,000 is 13 in 100; 25 in 1,000 is not a whole number per 100);
* a per-1,000 figure (or a per-100 one with a decimal) of at least 10 in 1,000 that
  is not whole per 100 gets a 1,000-icon array (25 x 40 small squares) instead;
* icons are grouped from the top-left, row by row; a range is solid icons for the
  low figure, hatched (outlined, striped) icons up to the high figure, then empty
  outlines; colour is never the only signal (solid, striped and empty differ);
* rarer than 10 in 1,000, or counted per 10,000: words only, saying it is rare.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from neuromod_aid.catalog.therapy import Risk
from neuromod_aid.pdf.labels import Labels
from neuromod_aid.pdf.styles import BRAND, PRINT_ICON_EDGE

GRID = 10
BIG_COLUMNS, BIG_ROWS = 25, 40  # the 1,000-icon array: 25 across, 40 down


@dataclass(frozen=True)
class GridCounts:
    """How many of the ``total`` icons are solid (low figure) and hatched (up to high)."""

    solid: int
    hatched: int
    total: int = GRID * GRID

    @property
    def empty(self) -> int:
        return self.total - self.solid - self.hatched


@dataclass(frozen=True)
class RiskFigure:
    """Everything the documents say about how often a risk happens."""

    words: str  # the figure in words, in the catalog's own denominator
    caption: str  # the exact figure with both sides (or the rare / not-known sentence)
    grid: GridCounts | None  # a 10 x 10 picture of 100, only when whole per 100
    grid_1000: GridCounts | None = None  # a 1,000-icon picture, when not whole per 100
    picture_caption: str = ""  # what the picture shows ("Each picture shows 1,000 people")
    same_as: str = ""  # a per-1,000 figure drawn over 100: "14 in 100 is the same as 140 ..."

    @property
    def picture(self) -> GridCounts | None:
        return self.grid or self.grid_1000


def _whole(value: float) -> int | None:
    """``value`` as an int when it is a whole number (tolerating float noise)."""
    nearest = round(value)
    return int(nearest) if abs(value - nearest) < 1e-9 else None


def risk_figure(risk: Risk, labels: Labels) -> RiskFigure:
    """The words, caption and icon counts for ``risk``; figures exactly as stored."""
    low, high = risk.frequency_low, risk.frequency_high
    if low is None or high is None:
        text = labels("not_known")
        return RiskFigure(words=text, caption=text, grid=None)
    n = labels.number
    per = labels(f"per_{risk.per}")
    den = n(risk.denominator)
    amount = (
        labels("about", low=n(low)) if low == high else labels("between", low=n(low), high=n(high))
    )
    words = labels("exact_figure", text=amount, den=den, per=per)
    if high * 1000 / risk.denominator < 10:  # rarer than 1 in 100
        key = "rare_single" if low == high else "rare_range"
        caption = labels(key, low=n(low), high=n(high), den=den, per=per)
        return RiskFigure(words=words, caption=caption, grid=None)
    if low == high:
        caption = labels(
            "grid_single", den=den, per=per, low=n(low), not_low=n(risk.denominator - low)
        )
    else:
        caption = labels(
            "grid_range",
            den=den,
            per=per,
            low=n(low),
            high=n(high),
            not_low=n(risk.denominator - low),
            not_high=n(risk.denominator - high),
        )
    if risk.denominator > 1000:  # per 10,000: words only
        return RiskFigure(words=words, caption=caption, grid=None)
    low_100, high_100 = _whole(low * 100 / risk.denominator), _whole(high * 100 / risk.denominator)
    if low_100 is not None and high_100 is not None:
        picture = labels("picture_100", per=per)
        same = ""
        if risk.denominator != 100:
            same = (
                labels("same_as_single", low=low_100, low_den=n(low), den=den)
                if low == high
                else labels(
                    "same_as_range",
                    low=low_100,
                    high=high_100,
                    low_den=n(low),
                    high_den=n(high),
                    den=den,
                )
            )
        grid = GridCounts(solid=low_100, hatched=high_100 - low_100)
        return RiskFigure(
            words=words, caption=caption, grid=grid, picture_caption=picture, same_as=same
        )
    low_1000, high_1000 = (
        _whole(low * 1000 / risk.denominator),
        _whole(high * 1000 / risk.denominator),
    )
    if low_1000 is not None and high_1000 is not None:
        big = GridCounts(solid=low_1000, hatched=high_1000 - low_1000, total=1000)
        return RiskFigure(
            words=words,
            caption=caption,
            grid=None,
            grid_1000=big,
            picture_caption=labels("picture_1000", per=per),
        )
    return RiskFigure(words=words, caption=caption, grid=None)  # a decimal per 1,000


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


__all__ = [
    "GridCounts",
    "IconArray",
    "LegendSwatch",
    "RiskFigure",
    "draw_icon_array",
    "risk_figure",
]
