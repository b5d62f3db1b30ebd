"""The body map: mouse and keyboard toggle areas; the focused area is announced."""

from __future__ import annotations

from PySide6.QtCore import Qt


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
