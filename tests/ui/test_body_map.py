"""The body map: mouse and keyboard toggle areas; the focused area is announced."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPolygonF

from neuromod_aid import tokens


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
    page = _pain_page(window)
    body = page.body_map
    body.setFocus()
    start = body.focused_area()
    qtbot.keyClick(body, Qt.Key.Key_Down)
    area = body.focused_area()
    assert body.area_centre(area.id).y() > body.area_centre(start.id).y()
    assert area.name("en") in body.accessibleName()
    assert "not selected" in body.accessibleName()
    assert area.name("en") in page.at_area.text()  # on screen too, not only announced
    qtbot.keyClick(body, Qt.Key.Key_Space)
    assert window.controller.record.pain_areas == (area.id,)
    assert body.accessibleName().endswith(", selected")
    assert area.name("en") in page.marked.text()
    assert page.at_area.text().endswith(", selected")


def _marked_pixels(body, area: str) -> int:
    """How many pixels inside the area are drawn in the colour of a marked area."""
    image = body.grab().toImage()
    rect = body.area_rect(area).toRect()
    mark = QColor(tokens.SCREEN_MARK).name()
    return sum(
        image.pixelColor(x, y).name() == mark
        for x in range(rect.left(), rect.right())
        for y in range(rect.top(), rect.bottom())
    )


def test_a_marked_area_is_drawn_marked_and_unmarked_again(window, qtbot) -> None:
    body = _pain_page(window).body_map
    area = body.area_ids()[0]
    point = body.area_centre(area).toPoint()
    assert _marked_pixels(body, area) == 0
    qtbot.mouseClick(body, Qt.MouseButton.LeftButton, pos=point)
    assert _marked_pixels(body, area) > 20
    qtbot.mouseClick(body, Qt.MouseButton.LeftButton, pos=point)
    assert _marked_pixels(body, area) == 0


ARROW_WAYS = {
    Qt.Key.Key_Right: lambda a, b: b.x() > a.x(),
    Qt.Key.Key_Left: lambda a, b: b.x() < a.x(),
    Qt.Key.Key_Down: lambda a, b: b.y() > a.y(),
    Qt.Key.Key_Up: lambda a, b: b.y() < a.y(),
}


def test_each_arrow_moves_the_way_it_points_on_both_views(window, qtbot) -> None:
    """From every area, each arrow goes to an area drawn that way on screen (or stays,
    at the edge), so Right on the back view moves right as it does on the front."""
    body = _pain_page(window).body_map
    body.resize(460, 520)
    body.setFocus()
    moved = 0
    for area_id in body.area_ids():
        for key, points_that_way in ARROW_WAYS.items():
            body.set_focused(area_id)
            qtbot.keyClick(body, key)
            now = body.focused_area().id
            if now != area_id:
                moved += 1
                here, there = body.area_centre(area_id), body.area_centre(now)
                assert points_that_way(here, there), (area_id, key, now)
    assert moved >= len(body.area_ids()) * 3  # only the edges stay put


def test_a_few_presses_reach_any_area(window, qtbot) -> None:
    """From the head, Lower back is End and a few Downs, Left calf a few more."""
    body = _pain_page(window).body_map
    body.setFocus()
    for target, most in (("lower_back_centre_back", 6), ("lower_leg_left_back", 10)):
        body.set_focused(body.area_ids()[0])
        presses = 0
        qtbot.keyClick(body, Qt.Key.Key_End)
        presses += 1
        while body.focused_area().id != target and presses < most:
            here, goal = body.area_centre(body.focused_area().id), body.area_centre(target)
            sideways = abs(goal.x() - here.x()) > abs(goal.y() - here.y())
            if sideways:
                key = Qt.Key.Key_Right if goal.x() > here.x() else Qt.Key.Key_Left
            else:
                key = Qt.Key.Key_Down if goal.y() > here.y() else Qt.Key.Key_Up
            qtbot.keyClick(body, key)
            presses += 1
        assert body.focused_area().id == target, (target, presses)


def test_home_and_end_go_to_the_same_part_on_the_other_view(window, qtbot, catalog) -> None:
    body = _pain_page(window).body_map
    body.setFocus()
    body.set_focused("knee_left_front")
    qtbot.keyClick(body, Qt.Key.Key_End)
    assert body.focused_area().id == "knee_left_back"
    qtbot.keyClick(body, Qt.Key.Key_Home)
    assert body.focused_area().id == "knee_left_front"
    body.set_focused("lower_back_centre_back")  # no front counterpart: the nearest place
    qtbot.keyClick(body, Qt.Key.Key_Home)
    assert catalog.pain_area(body.focused_area().id).view == "front"


@pytest.mark.parametrize("lang", ["en", "es"])
def test_typing_a_names_first_letters_goes_to_it(make_window, qtbot, catalog, lang) -> None:
    from neuromod_aid.ui.selftest import type_text

    window = make_window(ui_lang=lang)
    page = _pain_page(window)
    body = page.body_map
    body.setFocus()
    for area_id in ("lower_back_centre_back", "lower_leg_left_back", "foot_right_back"):
        name = catalog.pain_area(area_id).name(lang)
        body.set_focused(body.area_ids()[0])
        typed = ""
        for letter in name:
            if body.focused_area().id == area_id:
                break
            typed += letter
            type_text(body, letter)
        assert body.focused_area().id == area_id, (lang, typed)
        assert name in page.at_area.text()
        assert len(typed) < len(name)  # the first letters, not the whole name


def test_typing_one_letter_again_goes_to_the_next_area_with_it(window, qtbot, catalog) -> None:
    body = _pain_page(window).body_map
    body.setFocus()
    seen = []
    for _ in range(3):
        qtbot.keyClick(body, Qt.Key.Key_R)
        seen.append(body.focused_area().id)
    assert len(set(seen)) == 3
    assert all(catalog.pain_area(a).name("en").startswith("R") for a in seen)


def test_tab_into_a_tall_map_keeps_its_titles_in_view(window, qtbot) -> None:
    page = _pain_page(window)
    window.resize(900, 420)  # a short window: the map is taller than the page
    qtbot.wait(50)
    page.tried.setFocus()
    qtbot.keyClick(page.tried, Qt.Key.Key_Tab)
    body = page.body_map
    assert body.hasFocus()
    viewport = page.scroll_area.viewport()
    top = body.mapTo(viewport, body.rect().topLeft()).y()
    head = body.mapTo(viewport, body.area_rect(body.focused_area().id).bottomLeft().toPoint())
    assert top >= 0 and head.y() <= viewport.height()  # "Front", "Back" and the area show


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


@pytest.mark.parametrize(("lang", "key"), [("en", Qt.Key.Key_H), ("es", Qt.Key.Key_D)])
def test_alt_key_goes_to_the_map_and_names_typed_one_after_another_mark_two(
    make_window, qtbot, catalog, lang, key
) -> None:
    """The map's heading has a mnemonic; after Space marks an area, the next letters
    start another name (a whole path: two areas in a dozen keys)."""
    from neuromod_aid.ui.selftest import type_text

    window = make_window(ui_lang=lang)
    body = _pain_page(window).body_map
    window.activateWindow()  # the mnemonics reach the active window
    qtbot.waitUntil(window.isActiveWindow)
    window.walkthrough.go_to_field(1)
    qtbot.keyClick(window, key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(body.hasFocus, timeout=1000)
    wanted = ("lower_back_centre_back", "lower_leg_left_back")
    for area_id in wanted:
        name = catalog.pain_area(area_id).name(lang)
        for end in range(1, len(name) + 1):
            type_text(body, name[end - 1])
            if body.focused_area().id == area_id:
                break
        qtbot.keyClick(body, Qt.Key.Key_Space)
    assert set(window.controller.record.pain_areas) == set(wanted)
