"""Pictures of a device option (PEMAT 15): where its parts go, and the trial's set-up.

Each picture is the body map's back view (:func:`neuromod_aid.pdf.bodymap.draw_outline`),
cut to the part that matters, with the device drawn on it in body-map units and short
labels beside it, each joined by a line to the part it names; a caption sentence says
the same in words. Parts differ by shape, line and label, never by colour alone. Only
what the content or the clinic's article says is drawn: the DRG generator's place is
said nowhere, so its leads end in a dashed line "to the generator" and the caption says
that we do not show where it goes. The labels and captions are the catalog's wording
(``resources/content/wording/pictures.toml``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Table

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.pdf.blocks import para
from neuromod_aid.pdf.bodymap import draw_outline
from neuromod_aid.pdf.fonts import REGULAR
from neuromod_aid.pdf.layout import FRAME_WIDTH
from neuromod_aid.pdf.styles import (
    BRAND,
    CARD_RULE,
    INK,
    MUTED,
    PAPER,
    PRINT_MARK_EDGE,
    PRINT_MARK_FILL,
    table_style,
)
from neuromod_aid.present.wording import Wording

Point = tuple[float, float]
LEAD = 2.8  # a lead's width, body-map units
GAP = 3 * mm  # between the body and its labels


class Pen:
    """Draws on the canvas in body-map units (x right, y down)."""

    def __init__(self, canvas: Canvas, place: Callable[[Point], Point], scale: float) -> None:
        self.canvas = canvas
        self.place = place
        self.scale = scale

    def line(
        self,
        points: Sequence[Point],
        width: float,
        colour: Color,
        dash: tuple[float, float] | None = None,
    ) -> None:
        canvas = self.canvas
        canvas.setStrokeColor(colour)
        canvas.setLineWidth(width * self.scale)
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        canvas.setDash(*(d * self.scale for d in dash)) if dash else canvas.setDash()
        path = canvas.beginPath()
        path.moveTo(*self.place(points[0]))
        for point in points[1:]:
            path.lineTo(*self.place(point))
        canvas.drawPath(path, stroke=1, fill=0)
        canvas.setDash()

    def box(
        self,
        centre: Point,
        size: Point,
        fill: Color,
        edge: Color,
        dashed: bool = False,
    ) -> None:
        (cx, cy), (w, h) = centre, size
        x, y = self.place((cx - w / 2, cy + h / 2))
        canvas = self.canvas
        canvas.setFillColor(fill)
        canvas.setStrokeColor(edge)
        canvas.setLineWidth(0.9 * self.scale)
        canvas.setDash(*(1.6 * self.scale, 1.2 * self.scale)) if dashed else canvas.setDash()
        radius = min(w, h) * 0.25 * self.scale
        canvas.roundRect(x, y, w * self.scale, h * self.scale, radius, stroke=1, fill=1)
        canvas.setDash()

    def dot(self, centre: Point, radius: float, fill: Color, edge: Color) -> None:
        self.canvas.setFillColor(fill)
        self.canvas.setStrokeColor(edge)
        self.canvas.setLineWidth(0.6 * self.scale)
        self.canvas.circle(*self.place(centre), radius * self.scale, stroke=1, fill=1)


@dataclass(frozen=True)
class Label:
    """A label's wording id and the point of the picture it names."""

    key: str
    at: Point


@dataclass(frozen=True)
class Scene:
    """What one picture shows: the part of the back view it is cut to (left, top,
    right, bottom, body-map units), how the device is drawn, its labels and its
    caption's wording id."""

    crop: tuple[float, float, float, float]
    draw: Callable[[Pen], None]
    labels: tuple[Label, ...]
    caption: str


def _spine(pen: Pen) -> None:
    """The spine as a column of bones from the neck to the bottom of the back."""
    y = 64.0
    while y < 246:
        pen.box((100, y + 4), (9, 8), PAPER, CARD_RULE)
        y += 10


def _scs_leads(pen: Pen) -> Point:
    """Two leads along the spine, their contacts marked; where their tails end."""
    for x in (97.0, 103.0):
        pen.line([(x, 112), (x, 186)], LEAD, INK)
        for y in range(114, 160, 7):
            pen.line([(x, y), (x, y + 2)], LEAD * 0.8, PAPER)
    return (104.0, 196.0)


ROOTS = (192.0, 212.0)  # the two nerve roots' levels, body-map y


def _drg_leads(pen: Pen) -> Point:
    """Nerve roots on both sides of the spine, each with its ganglion; a lead to each
    ganglion on the viewer's right; where the leads' tails end."""
    for y in ROOTS:
        for side in (-1, 1):
            pen.line([(100 + 5 * side, y), (100 + 22 * side, y + 12)], 1.6, PRINT_MARK_EDGE)
            pen.dot((100 + 12 * side, y + 5), 3.4, PRINT_MARK_FILL, PRINT_MARK_EDGE)
    for x, y in zip((101.0, 103.5), ROOTS, strict=True):
        pen.line([(x, 242), (x, y + 2), (108.5, y + 4)], LEAD, INK)
    return (102.0, 242.0)


def _generator(pen: Pen) -> None:
    """SCS: the leads' tails under the skin to a generator in the buttock."""
    tail = _scs_leads(pen)
    pen.line([(97, 186), (99, 200), tail, (112, 212), (118, 226)], LEAD, INK)
    pen.box((123, 232), (24, 15), MUTED, INK)


def _no_generator(pen: Pen) -> None:
    """DRG: the leads, their tails dashed on "to the generator", not drawn."""
    x, y = _drg_leads(pen)
    pen.line([(x, y), (x, y + 18)], LEAD, INK, dash=(3, 3))


def _trial(leads: Callable[[Pen], Point]) -> Callable[[Pen], None]:
    """The trial: the leads out through the skin under a dressing, a cable to a
    stimulator worn outside the body, beyond the arm and a little lower."""

    def draw(pen: Pen) -> None:
        x, y = leads(pen)
        pen.box((x, y + 4), (20, 16), PAPER, INK, dashed=True)
        pen.line([(x, y + 4), (x + 40, y + 2), (182, y + 24)], LEAD, BRAND)
        pen.box((186, y + 30), (14, 24), BRAND, INK)

    return draw


def _pns(pen: Pen) -> None:
    """A nerve down the back of the thigh, a thin wire beside it from a small dressing,
    and the stimulator worn on the skin above it."""
    pen.line([(111, 212), (114, 280), (116, 330), (115, 392)], 1.6, PRINT_MARK_EDGE)
    pen.line([(124, 286), (119, 298), (119, 330)], 1.1, INK)
    pen.box((124, 286), (9, 8), PAPER, INK, dashed=True)
    pen.line([(124, 282), (124, 272)], 1.1, INK)
    pen.box((124, 265), (12, 9), BRAND, INK)


def _on_spine(draw: Callable[[Pen], object]) -> Callable[[Pen], None]:
    """The spine, then ``draw`` over it."""

    def both(pen: Pen) -> None:
        _spine(pen)
        draw(pen)

    return both


SCENES: dict[str, Scene] = {
    "scs": Scene(
        (50, 76, 150, 262),
        _on_spine(_generator),
        (
            Label("picture_spine", (100, 90)),
            Label("picture_leads", (103, 140)),
            Label("picture_generator", (130, 232)),
        ),
        "picture_scs",
    ),
    "drg": Scene(
        (50, 96, 150, 282),
        _on_spine(_no_generator),
        (
            Label("picture_spine", (100, 140)),
            Label("picture_leads", (103.5, 225)),
            Label("picture_nerve_roots", (112, 197)),
            Label("picture_to_generator", (102, 256)),
        ),
        "picture_drg",
    ),
    "pns": Scene(
        (64, 200, 140, 400),
        _pns,
        (
            Label("picture_skin_stimulator", (129, 265)),
            Label("picture_wire", (119, 318)),
            Label("picture_nerve", (115, 370)),
        ),
        "picture_pns",
    ),
}
TRIALS: dict[str, Scene] = {
    "scs": Scene(
        (50, 76, 200, 262),
        _on_spine(_trial(_scs_leads)),
        (
            Label("picture_leads", (103, 140)),
            Label("picture_dressing", (112, 194)),
            Label("picture_outside_stimulator", (191, 230)),
        ),
        "picture_trial",
    ),
    "drg": Scene(
        (50, 96, 200, 290),
        _on_spine(_trial(_drg_leads)),
        (
            Label("picture_leads", (103.5, 225)),
            Label("picture_dressing", (110, 240)),
            Label("picture_outside_stimulator", (191, 276)),
        ),
        "picture_trial",
    ),
}


class Picture(Flowable):
    """One scene, the body ``height`` points tall, its labels (``text_size`` points)
    beside it on the right, in ``width``."""

    def __init__(
        self,
        catalog: Catalog,
        scene: Scene,
        labels: Wording,
        width: float,
        height: float,
        text_size: float,
    ) -> None:
        super().__init__()
        self.catalog = catalog
        self.scene = scene
        self.texts = tuple(labels(label.key) for label in scene.labels)
        left, top, right, bottom = scene.crop
        self.scale = height / (bottom - top)
        self.body_width = (right - left) * self.scale
        self.text_size = text_size
        self.width = width
        self.height = height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def _place(self, point: Point) -> Point:
        left, top, _, _ = self.scene.crop
        return (point[0] - left) * self.scale, self.height - (point[1] - top) * self.scale

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        clip = canvas.beginPath()
        clip.rect(0, 0, self.body_width, self.height)
        canvas.clipPath(clip, stroke=0, fill=0)
        draw_outline(canvas, self.catalog, "back", self._place)
        self.scene.draw(Pen(canvas, self._place, self.scale))
        canvas.restoreState()
        self._labels(canvas)

    def _labels(self, canvas: Canvas) -> None:
        """Each label beside the body, as near its part's height as the others let it,
        joined to its part by a thin line ending in a dot."""
        size, leading = self.text_size, self.text_size * 1.15
        x = self.body_width + GAP
        column = self.width - x
        lines = [simpleSplit(text, REGULAR, size, column) for text in self.texts]
        heights = [len(wrapped) * leading for wrapped in lines]
        tops = _stacked(
            [self._place(label.at)[1] + leading / 2 for label in self.scene.labels],
            heights,
            self.height,
        )
        canvas.setFont(REGULAR, size)
        for label, wrapped, top in zip(self.scene.labels, lines, tops, strict=True):
            ax, ay = self._place(label.at)
            mid = top - leading / 2
            canvas.setStrokeColor(INK)
            canvas.setLineWidth(0.6)
            canvas.line(ax, ay, x - 1.5, mid)
            canvas.setFillColor(INK)
            canvas.circle(ax, ay, 1.3, stroke=0, fill=1)
            for n, line in enumerate(wrapped):
                canvas.drawString(x, top - (n + 1) * leading + (leading - size) * 0.9, line)


def _stacked(wanted: list[float], heights: list[float], room: float) -> list[float]:
    """The labels' tops (points from the bottom): each where it is ``wanted``, moved down
    below the one above it where they would touch, then all moved up if the last would
    fall off the picture's foot (and none above its top)."""
    order = sorted(range(len(wanted)), key=lambda i: -wanted[i])
    tops = [0.0] * len(wanted)
    floor = room
    for i in order:
        tops[i] = min(wanted[i], floor, room)
        floor = tops[i] - heights[i] - 2
    lift = max(0.0, -floor - 2)
    return [min(room, top + lift) for top in tops]


def scenes(therapy_id: str, trial: bool) -> list[Scene]:
    """The pictures of a therapy: where its parts go, then its trial's set-up when it
    has a trial; none for a therapy with no picture."""
    drawn = [SCENES[therapy_id]] if therapy_id in SCENES else []
    return drawn + ([TRIALS[therapy_id]] if trial and therapy_id in TRIALS else [])


def figure(
    catalog: Catalog,
    scene: Scene,
    labels: Wording,
    sheet: StyleSheet1,
    width: float,
    height: float,
    *,
    beside: bool,
) -> list[Flowable]:
    """A picture with its caption: under it (for a table's cell, which keeps them
    together), or (``beside``) to its right in a row that is never split. Its labels as
    large as the sheet's small text (16 pt in large print)."""
    text_size = sheet["Small"].fontSize
    caption = para(labels(scene.caption), "Caption", sheet)
    if not beside:
        return [Picture(catalog, scene, labels, width, height, text_size), caption]
    picture_width = width * 0.55
    picture = Picture(catalog, scene, labels, picture_width, height, text_size)
    table = Table([[picture, caption]], colWidths=[picture_width, width - picture_width])
    table.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ("LEFTPADDING", (0, 0), (0, 0), 0),
            ("LEFTPADDING", (1, 0), (1, 0), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        )
    )
    return [table]


def trial_figure(
    catalog: Catalog, therapy_id: str, labels: Wording, sheet: StyleSheet1, large: bool
) -> list[Flowable]:
    """The trial's set-up with its caption beside it, for the nurse sheet's "During your
    trial"; nothing for a therapy whose trial has no picture."""
    scene = TRIALS.get(therapy_id)
    if scene is None:
        return []
    height = (60 if large else 36) * mm  # the sheet's pages are full: a little smaller
    return figure(catalog, scene, labels, sheet, FRAME_WIDTH, height, beside=True)
