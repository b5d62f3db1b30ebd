"""The body diagram, front and back, drawn from the catalog's pain-area data.

The outlines and area polygons are the very data the UI's body map draws
(``catalog.body_map``, ``catalog.body_outlines``, ``catalog.pain_areas``), in its
coordinate frame (x to the right, y down). The patient's areas are filled AND
striped AND numbered, and the numbers are listed by name under the picture, so
nothing depends on colour. Each number stands in a column beside its view, on the side
its area is on, with a thin line to the area: a number drawn on the area hid most of a
small one (a calf, a thigh).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from neuromod_aid.body_views import VIEWS, viewer_sides
from neuromod_aid.catalog.model import Catalog, PainArea, Shape
from neuromod_aid.pdf.fonts import BOLD, REGULAR
from neuromod_aid.pdf.styles import (
    AREA_EDGE,
    BODY_EDGE,
    BODY_FILL,
    MUTED,
    PAPER,
    PRINT_MARK_EDGE,
    PRINT_MARK_FILL,
)
from neuromod_aid.present.wording import Wording

SIDE_LABEL = 0.9  # "your left" / "your right": the map's smallest text, of text_size

Place = Callable[[tuple[float, float]], tuple[float, float]]  # body-map units -> the page


def shape_path(canvas: Canvas, shape: Shape, place: Place):  # type: ignore[no-untyped-def]
    """The closed path of ``shape``, its points put on the page by ``place``."""
    path = canvas.beginPath()
    first, *rest = (place(p) for p in shape.points)
    path.moveTo(*first)
    for point in rest:
        path.lineTo(*point)
    path.close()
    return path


def draw_outline(canvas: Canvas, catalog: Catalog, view: str, place: Place) -> None:
    """The body's outline in ``view``, filled and edged as the body map draws it (also the
    device pictures' body, :mod:`neuromod_aid.pdf.pictures`)."""
    canvas.setFillColor(BODY_FILL)
    canvas.setStrokeColor(BODY_EDGE)
    canvas.setLineWidth(1.0)
    for shape in catalog.outline(view).shapes:
        canvas.drawPath(shape_path(canvas, shape, place), stroke=1, fill=1)


def numbered_areas(catalog: Catalog, area_ids: Sequence[str]) -> list[tuple[int, PainArea]]:
    """The patient's areas, numbered 1.. in the order front then back, as drawn."""
    chosen = [catalog.pain_area(area_id) for area_id in dict.fromkeys(area_ids)]
    chosen.sort(key=lambda area: VIEWS.index(area.view))
    return list(enumerate(chosen, start=1))


class BodyMap(Flowable):
    """Front and back side by side, ``height`` points tall, centred in the frame."""

    def __init__(
        self,
        catalog: Catalog,
        area_ids: Sequence[str],
        labels: Wording,
        height: float,
        text_size: float = 10.0,
    ) -> None:
        super().__init__()
        self.catalog = catalog
        self.numbered = numbered_areas(catalog, area_ids)
        self.labels = labels
        self.map_height = height
        frame = catalog.body_map
        self.scale = height / frame.height
        self.view_width = frame.width * self.scale
        self.label_size = text_size
        self.radius = text_size * 0.75  # a number's circle
        self.column = 2 * self.radius + text_size * 0.4  # the numbers' room beside a view
        # room for the side labels: centred 0.12 of a view from its edges, or further
        # apart where a view is too narrow for its two; the two in the middle, and
        # those at the outer edges, must not touch however large the print; and room for
        # a column of numbers on both sides of each view
        widest = max(
            stringWidth(labels(f"your_{side}"), REGULAR, text_size * SIDE_LABEL)
            for side in ("left", "right")
        )
        self.sides_apart = max(self.view_width * 0.76, widest + text_size)
        self.gap = max(
            self.view_width * 0.5,
            self.sides_apart + widest + text_size - self.view_width,
            2 * self.column,
        )
        self.outer = max(self.column, (self.sides_apart + widest - self.view_width) / 2)
        self.width = 2 * (self.view_width + self.outer) + self.gap
        self.height = height + self.label_size * 2.6

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._avail = max(availWidth, self.width)
        return self._avail, self.height

    def draw(self) -> None:
        canvas = self.canv
        left = (getattr(self, "_avail", self.width) - self.width) / 2 + self.outer
        base = self.label_size * 2.6
        for index, view in enumerate(VIEWS):
            x0 = left + index * (self.view_width + self.gap)
            self._draw_view(canvas, view, x0, base)
            canvas.setFillColor(colors.black)
            canvas.setFont(BOLD, self.label_size * 1.1)
            canvas.drawCentredString(
                x0 + self.view_width / 2, self.label_size * 1.2, self.labels(view)
            )
            self._draw_sides(canvas, view, x0, base)

    def _point(self, x0: float, base: float, point: tuple[float, float]) -> tuple[float, float]:
        x, y = point
        return x0 + x * self.scale, base + self.map_height - y * self.scale

    def _path(self, canvas: Canvas, shape: Shape, x0: float, base: float):  # type: ignore[no-untyped-def]
        return shape_path(canvas, shape, lambda p: self._point(x0, base, p))

    def _draw_view(self, canvas: Canvas, view: str, x0: float, base: float) -> None:
        canvas.saveState()
        canvas.setLineJoin(1)
        draw_outline(canvas, self.catalog, view, lambda p: self._point(x0, base, p))
        canvas.setStrokeColor(AREA_EDGE)
        canvas.setLineWidth(0.3)
        canvas.setDash(1.5, 1.5)
        for area in self.catalog.pain_areas:
            if area.view == view:
                for shape in area.shapes:
                    canvas.drawPath(self._path(canvas, shape, x0, base), stroke=1, fill=0)
        canvas.setDash()
        for _number, area in self.numbered:
            if area.view != view:
                continue
            for shape in area.shapes:
                path = self._path(canvas, shape, x0, base)
                canvas.setFillColor(PRINT_MARK_FILL)
                canvas.setStrokeColor(PRINT_MARK_EDGE)
                canvas.setLineWidth(1.2)
                canvas.drawPath(path, stroke=1, fill=1)
                self._stripes(canvas, shape, x0, base)
        for number, at, to in self._numbers_beside(view, x0, base):
            self._number(canvas, number, at, to)
        canvas.restoreState()

    def _stripes(self, canvas: Canvas, shape: Shape, x0: float, base: float) -> None:
        points = [self._point(x0, base, p) for p in shape.points]
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        canvas.saveState()
        canvas.clipPath(self._path(canvas, shape, x0, base), stroke=0, fill=0)
        canvas.setStrokeColor(PRINT_MARK_EDGE)
        canvas.setLineWidth(0.6)
        span = (max(xs) - min(xs)) + (max(ys) - min(ys))
        step = 3.2
        offset = -span
        while offset < span:
            x = min(xs) + offset
            canvas.line(x, min(ys), x + span, min(ys) + span)
            offset += step
        canvas.restoreState()

    def _numbers_beside(
        self, view: str, x0: float, base: float
    ) -> list[tuple[int, tuple[float, float], tuple[float, float]]]:
        """Each of ``view``'s numbered areas: its number, where the number stands and the
        point of the area it points to. A number stands in the column on the side of the
        view its area is on, at the area's height, moved only as far as its neighbours
        need; a column with more numbers than the picture is tall has them on their
        areas instead (standing where they point)."""
        middle = x0 + self.view_width / 2
        columns: dict[bool, list[tuple[int, tuple[float, float]]]] = {True: [], False: []}
        for number, area in self.numbered:
            if area.view == view:
                largest = max(area.shapes, key=lambda s: _area(s.points))
                target = self._point(x0, base, _centroid(largest.points))
                columns[target[0] < middle].append((number, target))
        step = 2 * self.radius + self.label_size * 0.2
        lowest, top = base + self.radius, base + self.map_height - self.radius
        placed = []
        for on_left, marks in columns.items():
            if len(marks) > (top - lowest) // step + 1:
                placed += [(number, target, target) for number, target in marks]
                continue
            x = x0 - self.column / 2 if on_left else x0 + self.view_width + self.column / 2
            marks.sort(key=lambda mark: -mark[1][1])  # from the top down
            ys: list[float] = []
            for _number, (_x, y) in marks:
                ys.append(min(y, top, ys[-1] - step) if ys else min(y, top))
            for i in range(len(ys) - 1, -1, -1):  # numbers pushed below the foot: back up
                ys[i] = max(ys[i], lowest if i == len(ys) - 1 else ys[i + 1] + step)
            placed += [(n, (x, y), target) for (n, target), y in zip(marks, ys, strict=True)]
        return sorted(placed)

    def _number(
        self, canvas: Canvas, number: int, at: tuple[float, float], to: tuple[float, float]
    ) -> None:
        """A number in its circle at ``at``, with a thin line to its area's point ``to``
        (none when it stands on the area)."""
        (x, y), (to_x, to_y) = at, to
        canvas.setStrokeColor(colors.black)
        canvas.setFillColor(colors.black)
        if at != to:
            canvas.setLineWidth(0.6)
            canvas.line(x + (self.radius if to_x > x else -self.radius), y, to_x, to_y)
            canvas.circle(to_x, to_y, self.label_size * 0.12, stroke=0, fill=1)
        canvas.setFillColor(PAPER)
        canvas.setLineWidth(0.8)
        canvas.circle(x, y, self.radius, stroke=1, fill=1)
        canvas.setFillColor(colors.black)
        canvas.setFont(BOLD, self.label_size * 0.95)
        canvas.drawCentredString(x, y - self.label_size * 0.33, str(number))

    def _draw_sides(self, canvas: Canvas, view: str, x0: float, base: float) -> None:
        """'your left' / 'your right' under the correct side of each view."""
        canvas.setFont(REGULAR, self.label_size * SIDE_LABEL)
        canvas.setFillColor(MUTED)
        y = base - self.label_size * 0.3
        on_viewer_left, on_viewer_right = (
            self.labels(f"your_{side}") for side in viewer_sides(self.catalog.body_map, view)
        )
        # centred under each side, free to reach into the gap between the views
        middle, half = x0 + self.view_width / 2, self.sides_apart / 2
        canvas.drawCentredString(middle - half, y, on_viewer_left)
        canvas.drawCentredString(middle + half, y, on_viewer_right)


def _area(points: Sequence[tuple[float, float]]) -> float:
    total = 0.0
    for (x1, y1), (x2, y2) in zip(points, [*points[1:], points[0]], strict=True):
        total += x1 * y2 - x2 * y1
    return abs(total) / 2


def _centroid(points: Sequence[tuple[float, float]]) -> tuple[float, float]:
    signed = 0.0
    cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(points, [*points[1:], points[0]], strict=True):
        cross = x1 * y2 - x2 * y1
        signed += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    if abs(signed) < 1e-9:  # degenerate: average of the points
        return (
            sum(p[0] for p in points) / len(points),
            sum(p[1] for p in points) / len(points),
        )
    signed /= 2
    return cx / (6 * signed), cy / (6 * signed)
