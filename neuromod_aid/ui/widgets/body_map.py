"""The interactive body map: front and back, drawn from the catalog's polygons.

Click an area, or move with the arrow keys and press Space, to toggle it. The arrows
move the way they point on screen (``map_moves``), Home and End go to the same part
of the body on the front and the back view, and typing the first letters of an area's
name goes to it. Selected areas are filled *and* hatched (colour is never the only
signal); the widget's accessible name, and ``moved`` for a line on screen, always
name the area that has the keyboard focus and its state.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import QScrollArea, QSizePolicy, QWidget

from neuromod_aid import tokens
from neuromod_aid.body_views import VIEWS, View, viewer_sides
from neuromod_aid.catalog.model import Catalog, PainArea, Shape
from neuromod_aid.catalog.text import Lang
from neuromod_aid.ui.widgets.drawn_once import DrawnOnce
from neuromod_aid.ui.widgets.map_moves import Direction, Spot, counterpart, named, nearest

# the figure is a light picture on any desktop palette, as on paper
SELECTED = QColor(tokens.SCREEN_MARK)
FOCUS = QColor(tokens.BRAND)
UNSELECTED = QColor(tokens.PAPER)
UNSELECTED.setAlpha(90)
TYPING_PAUSE = 1.0  # seconds: letters typed closer together spell one name
ARROWS: dict[Qt.Key, Direction] = {
    Qt.Key.Key_Left: "left",
    Qt.Key.Key_Right: "right",
    Qt.Key.Key_Up: "up",
    Qt.Key.Key_Down: "down",
}


def _path(shapes: tuple[Shape, ...]) -> QPainterPath:
    path = QPainterPath()
    for shape in shapes:
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in shape.points]))
        path.closeSubpath()
    return path


class BodyMap(QWidget):
    toggled = Signal(str, bool)  # area id, now selected
    moved = Signal(str)  # what the focused area is called and its state, as announced

    def __init__(self, catalog: Catalog, parent: QWidget | None = None, readonly: bool = False):
        super().__init__(parent)
        self.catalog = catalog
        self.readonly = readonly
        self.lang: Lang = "en"
        # the patient screen labels the map in the consultation's language
        self.labels_follow_content = readonly
        self.selected: set[str] = set()
        frame = catalog.body_map
        self._frame = QRectF(0, 0, frame.width, frame.height)
        self._outlines = {v: _path(catalog.outline(v).shapes) for v in VIEWS}
        self._areas = sorted(
            catalog.pain_areas,
            key=lambda a: (VIEWS.index(a.view), _path(a.shapes).boundingRect().center().y()),
        )
        self._paths = {a.id: _path(a.shapes) for a in self._areas}
        # the views side by side as drawn, a gap between them: where the arrows go
        self._panel_left: dict[str, float] = {v: i * frame.width * 1.1 for i, v in enumerate(VIEWS)}
        self._spots = [self._spot(a) for a in self._areas]
        self._focus = 0
        self._figures = DrawnOnce()
        self._typed, self._typed_at = "", 0.0
        self.setMinimumSize(240, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        if not readonly:
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._announce()

    # --- data ----------------------------------------------------------------------

    def set_selection(self, area_ids: tuple[str, ...] | set[str], lang: Lang) -> None:
        self.selected = set(area_ids)
        self.lang = lang
        self._announce()
        self.update()

    def area_ids(self) -> list[str]:
        return [a.id for a in self._areas]

    def focused_area(self) -> PainArea:
        return self._areas[self._focus]

    def _spot(self, area: PainArea) -> Spot:
        centre = self._paths[area.id].boundingRect().center()
        x = self._panel_left[area.view] + centre.x()
        return Spot(area.id, area.view, area.region, area.side, x, centre.y())

    def area_rect(self, area_id: str) -> QRectF:
        """Where an area is drawn, in widget coordinates (for tests and tooltips)."""
        view = self.catalog.pain_area(area_id).view
        rect: QRectF = self._transform(view).mapRect(self._paths[area_id].boundingRect())
        return rect

    def area_centre(self, area_id: str) -> QPointF:
        view = self.catalog.pain_area(area_id).view
        path = self._paths[area_id]
        centre = path.boundingRect().center()
        if not path.contains(centre):  # an L-shaped area: any point inside will do
            centre = path.pointAtPercent(0.0)
        point: QPointF = self._transform(view).map(centre)
        return point

    # --- geometry ------------------------------------------------------------------

    def _panel(self, view: View) -> QRectF:
        label = self.fontMetrics().height() * 2.4
        half = self.width() / 2
        index = VIEWS.index(view)
        return QRectF(index * half + 4, label, half - 8, self.height() - label * 2)

    def _transform(self, view: View) -> QTransform:
        panel = self._panel(view)
        scale = min(panel.width() / self._frame.width(), panel.height() / self._frame.height())
        dx = panel.x() + (panel.width() - self._frame.width() * scale) / 2
        dy = panel.y()  # top-aligned: a tall, narrow map keeps the figures under their titles
        return QTransform(scale, 0, 0, scale, dx, dy)

    def _area_at(self, point: QPointF) -> PainArea | None:
        for view in VIEWS:
            inverse, ok = self._transform(view).inverted()
            if not ok:
                continue
            local = inverse.map(point)
            for area in self._areas:
                if area.view == view and self._paths[area.id].contains(local):
                    return area
        return None

    # --- painting ------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(420, 460)

    def _side_labels(self, view: View) -> tuple[str, str]:
        """(viewer's left, viewer's right) as the patient's sides."""
        words = {
            "left": self._word("left", self.tr("Left")),
            "right": self._word("right", self.tr("Right")),
        }
        viewer_left, viewer_right = viewer_sides(self.catalog.body_map, view)
        return words[viewer_left], words[viewer_right]

    def _fitting_font(self, left: str, right: str, width: float) -> QFont:
        """The widget's font, smaller if need be so both side labels fit apart."""
        font = QFont(self.font())
        while font.pointSizeF() > 6:
            metrics = QFontMetrics(font)
            gap = metrics.averageCharWidth() * 2
            if metrics.horizontalAdvance(left) + metrics.horizontalAdvance(right) + gap <= width:
                break
            font.setPointSizeF(font.pointSizeF() - 1)
        return font

    def _word(self, key: str, program: str) -> str:
        """A label in the content's language on the patient screen, else the program's."""
        if not self.labels_follow_content:
            return program
        return self.catalog.words(self.lang)(f"screen_{key}")

    def figure_rect(self, view: View) -> QRectF:
        """The figure itself (arms included), in widget coordinates."""
        rect: QRectF = self._transform(view).mapRect(self._outlines[view].boundingRect())
        return rect

    def side_labels(self, view: View) -> tuple[QFont, list[tuple[QRectF, str]]]:
        """The patient's sides, each beside the figure's head, inside the figure's width.

        Kept within the figure (not at the panel's edges) so each pair clearly
        belongs to its own view and the two middle labels never run together.
        """
        figure = self.figure_rect(view)
        viewer_left, viewer_right = self._side_labels(view)
        head = figure.width() * 0.22  # the head and neck, between the two labels
        font = self._fitting_font(viewer_left, viewer_right, figure.width() - head)
        metrics = QFontMetrics(font)
        height = metrics.height() * 1.2
        top = figure.top() + figure.height() * 0.03
        half = (figure.width() - head) / 2
        left = QRectF(figure.left(), top, half, height)
        right = QRectF(figure.right() - half, top, half, height)
        return font, [(left, viewer_left), (right, viewer_right)]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        titles = {
            "front": self._word("front", self.tr("Front")),
            "back": self._word("back", self.tr("Back")),
        }
        bold = QFont(self.font())
        bold.setBold(True)
        line = self.fontMetrics().height()
        for view in VIEWS:
            panel = self._panel(view)
            painter.setPen(text)
            painter.setFont(bold)
            painter.drawText(
                QRectF(panel.x(), 0, panel.width(), line * 1.4),
                Qt.AlignmentFlag.AlignCenter,
                titles[view],
            )
            font, sides = self.side_labels(view)
            painter.setFont(font)
            (left_rect, left_text), (right_rect, right_text) = sides
            middle = Qt.AlignmentFlag.AlignVCenter
            painter.drawText(left_rect, Qt.AlignmentFlag.AlignLeft | middle, left_text)
            painter.drawText(right_rect, Qt.AlignmentFlag.AlignRight | middle, right_text)
        focus = self._focus if self.hasFocus() else None
        self._figures.paint(painter, self, (frozenset(self.selected), focus, line), self._draw)

    def _draw(self, painter: QPainter) -> None:
        """The figures and their areas: the selected ones hatched, the focused one ringed."""
        for view in VIEWS:
            painter.save()
            painter.setTransform(self._transform(view))
            painter.setPen(QPen(QColor(tokens.BODY_EDGE), 0))
            painter.setBrush(QColor(tokens.BODY_FILL))
            painter.drawPath(self._outlines[view])
            for index, area in enumerate(self._areas):
                if area.view != view:
                    continue
                path = self._paths[area.id]
                chosen = area.id in self.selected
                painter.setPen(QPen(QColor(tokens.AREA_EDGE), 0))
                painter.setBrush(SELECTED if chosen else UNSELECTED)
                painter.drawPath(path)
                if chosen:
                    painter.setBrush(QBrush(QColor(tokens.PAPER), Qt.BrushStyle.BDiagPattern))
                    painter.drawPath(path)
                if index == self._focus and self.hasFocus():
                    pen = QPen(FOCUS, 3)
                    pen.setCosmetic(True)
                    pen.setStyle(Qt.PenStyle.DashLine)
                    painter.setPen(pen)
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawPath(path)
            painter.restore()

    # --- interaction ---------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.readonly or event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        area = self._area_at(event.position())
        if area is not None:
            self.set_focused(area.id)
            self.toggle(area.id)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        area = self._area_at(event.position())
        self.setToolTip(area.name(self.lang) if area else "")
        super().mouseMoveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        here = self._spots[self._focus]
        typing = self._typing(event)
        if typing:
            self._go_to(named(self._names(), typing, here.id))
        elif key in ARROWS:
            self.set_focused(nearest(self._spots, here, ARROWS[key]).id)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            view = VIEWS[0] if key == Qt.Key.Key_Home else VIEWS[-1]
            self.set_focused(counterpart(self._spots, here, view, self._panel_left).id)
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._typed = ""  # the name is chosen: the next letter starts another
            self.toggle(self._areas[self._focus].id)
        else:
            super().keyPressEvent(event)

    def _typing(self, event: QKeyEvent) -> str:
        """What has been typed of an area's name, this letter included ("" if the key
        is not a letter of one). Space belongs to a name only after letters that begin
        a name with a space after them ("left "); otherwise it marks the area."""
        text = event.text()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        if not (plain and text.isprintable() and len(text) == 1):
            return ""
        now = time.monotonic()
        typed = self._typed if now - self._typed_at <= TYPING_PAUSE else ""
        if text == " " and not (typed and named(self._names(), typed + " ", "") is not None):
            return ""
        self._typed, self._typed_at = typed + text, now
        return self._typed

    def _names(self) -> list[tuple[str, str]]:
        return [(a.id, a.name(self.lang)) for a in self._areas]

    def set_focused(self, area_id: str) -> None:
        """Put the keyboard on an area (a name being typed starts again)."""
        self._typed = ""
        self._go_to(area_id)

    def _go_to(self, area_id: str | None) -> None:
        if area_id is None:
            return
        self._focus = self.area_ids().index(area_id)
        self._announce()
        self._keep_in_view()
        self.update()

    def _in_view_rect(self) -> QRectF:
        """What must show while an area has the focus: its view's title down to the
        area, or the area alone when both do not fit in the page."""
        area = self._areas[self._focus]
        rect = self.area_rect(area.id)
        titled = QRectF(rect.left(), 0, rect.width(), rect.bottom()).united(rect)
        scroll = self._scroll_area()
        room = scroll.viewport().height() if scroll is not None else self.height()
        return titled if titled.height() <= room else rect

    def _scroll_area(self) -> QScrollArea | None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        return parent

    def _keep_in_view(self) -> None:
        scroll = self._scroll_area()
        inner = scroll.widget() if scroll is not None else None
        if scroll is None or inner is None or not inner.isAncestorOf(self):
            return
        rect = self._in_view_rect()
        centre = self.mapTo(inner, rect.center().toPoint())
        scroll.ensureVisible(
            centre.x(), centre.y(), int(rect.width() / 2) + 8, int(rect.height() / 2) + 8
        )

    def inputMethodQuery(self, query: Qt.InputMethodQuery) -> Any:
        """Tab into the map scrolls its titles and the focused area into view, not the
        middle of the map (a scroll area shows a focused widget's cursor rectangle)."""
        if query == Qt.InputMethodQuery.ImCursorRectangle:
            return self._in_view_rect().toRect()
        return super().inputMethodQuery(query)

    def toggle(self, area_id: str) -> None:
        now = area_id not in self.selected
        (self.selected.add if now else self.selected.discard)(area_id)
        self._announce()
        self.update()
        self.toggled.emit(area_id, now)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._announce()
        super().focusInEvent(event)
        self._keep_in_view()

    def _announce(self) -> None:
        area = self._areas[self._focus]
        state = self.tr("selected") if area.id in self.selected else self.tr("not selected")
        self.setAccessibleName(self.tr("Body map: {0}, {1}").format(area.name(self.lang), state))
        self.setAccessibleDescription(
            self.tr(
                "Arrow keys move between areas, Home and End to the front and the back view, "
                "letters to an area's name; Space marks or unmarks the area."
            )
        )
        self.moved.emit(self.tr("{0}, {1}").format(area.name(self.lang), state))
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))
