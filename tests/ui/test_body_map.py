"""The body map: mouse and keyboard toggle areas; the focused area is announced."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainterPath, QPolygonF


def _pain_page(window):
    window.new_consultation("Body Map Patient", "Dr. Map")
    window.walkthrough.go(1)
    return window.walkthrough.page("pain")


def test_clicking_an_area_marks_and_unmarks_it(window, qtbot) -> None:
    body = _pain_page(window).body_map
    area = body.area_ids()[0]
    point = body.area_centre(area).toPoint()
    qtbot.mouseClick(body, Qt.MouseButton.LeftButton, pos=point)
    assert window.controller.record.pain_areas == (area,)
    qtbot.mouseClick(body, Qt.MouseButton.LeftButton, pos=point)
    assert window.controller.record.pain_areas == ()


def test_the_keyboard_moves_and_toggles_and_names_the_area(window, qtbot, catalog) -> None:
    body = _pain_page(window).body_map
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_Right)
    area = body.focused_area()
    assert area.id == body.area_ids()[1]
    assert area.name("en") in body.accessibleName()
    assert "not selected" in body.accessibleName()
    qtbot.keyClick(body, Qt.Key.Key_Space)
    assert window.controller.record.pain_areas == (area.id,)
    assert body.accessibleName().endswith(", selected")
    page = window.walkthrough.page("pain")
    assert area.name("en") in page.marked.text()


def test_side_labels_sit_beside_each_figure(window, qtbot) -> None:
    window.open_demo()
    window.walkthrough.go(1)
    body = window.walkthrough.page("pain").body_map
    body.resize(460, 520)
    rects = {}
    for view in ("front", "back"):
        figure = body.figure_rect(view)
        _, sides = body.side_labels(view)
        for rect, _text in sides:
            assert figure.left() - 1 <= rect.left() and rect.right() <= figure.right() + 1
            assert figure.top() <= rect.center().y() <= figure.top() + figure.height() * 0.2
        rects[view] = [rect for rect, _ in sides]
        assert {text for _, text in sides} == {"Right", "Left"}
    # the front's inner label and the back's inner label are clearly apart
    gap = rects["back"][0].left() - rects["front"][1].right()
    assert gap >= body.fontMetrics().averageCharWidth() * 2


def test_the_patients_left_hand_is_drawn_under_left_on_both_views(window) -> None:
    """Facing the patient (front) their left hand is on the viewer's right; seen from
    behind (back) on the viewer's left; the "Left" label is over it each time."""
    window.open_demo()
    window.walkthrough.go(1)
    body = window.walkthrough.page("pain").body_map
    body.resize(460, 520)
    for view, on_viewer_right in (("front", True), ("back", False)):
        middle = body.figure_rect(view).center().x()
        hand = body.area_rect(f"hand_left_{view}").center().x()
        _, sides = body.side_labels(view)
        label = next(rect for rect, text in sides if text == "Left").center().x()
        assert (hand > middle) == on_viewer_right, view
        assert (label > middle) == on_viewer_right, view


def _path(shapes) -> QPainterPath:
    path = QPainterPath()
    for shape in shapes:
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in shape.points]))
        path.closeSubpath()
    return path


def _size(path: QPainterPath) -> float:
    """The surface a path covers, in square body-map units."""
    total = 0.0
    for polygon in path.toFillPolygons():
        points = [polygon.at(i) for i in range(polygon.size())]
        total += abs(
            sum(
                a.x() * b.y() - b.x() * a.y()
                for a, b in zip(points, points[1:] + points[:1], strict=True)
            )
        )
    return total / 2


@pytest.mark.parametrize("view", ["front", "back"])
def test_a_click_inside_the_body_lands_in_exactly_one_area(catalog, view) -> None:
    """The areas share their borders: none overlaps another, together they fill the body."""
    areas = [(a.id, _path(a.shapes)) for a in catalog.pain_areas if a.view == view]
    for index, (first, path) in enumerate(areas):
        for second, other in areas[index + 1 :]:
            assert _size(path.intersected(other)) < 0.01, (first, second)
    everything = QPainterPath()
    for _, path in areas:
        everything = everything.united(path)
    body = _path(catalog.outline(view).shapes)
    assert _size(body.subtracted(everything)) < 0.01  # no part of the body is in no area
    assert _size(everything.subtracted(body)) < 0.01


def test_the_front_groin_ends_where_the_legs_part(catalog) -> None:
    """The groin is the fold above the leg: below the crotch it is thigh, not groin."""
    middle = catalog.body_map.width / 2
    front = catalog.outline("front")
    (crotch,) = (y for shape in front.shapes for x, y in shape.points if x == middle)
    groins = [a for a in catalog.pain_areas if a.region == "groin" and a.view == "front"]
    assert len(groins) == 2
    for groin in groins:
        lowest = max(y for shape in groin.shapes for _, y in shape.points)
        assert lowest <= crotch, groin.id
