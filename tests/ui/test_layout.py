"""The layout at 1366 x 768: cards stay readable, nothing is clipped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect


@pytest.mark.parametrize("lang", ["en", "es"])
def test_option_cards_stay_readable_with_the_explanation_open(make_window, lang) -> None:
    window = make_window(lang)
    window.open_demo()
    window.walkthrough.go(2)
    options = window.walkthrough.page("options")
    options.cards[options._order[0]].open_button.click()
    char = options.fontMetrics().averageCharWidth()
    for card in options.cards.values():
        assert card.width() >= 30 * char
    assert options.explanation.width() >= 40 * char


@pytest.fixture
def doubled_font(qapp):
    """The application font at twice its size (as a user with 200% text would have)."""
    original = qapp.font()
    font = qapp.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    qapp.setFont(font)
    yield
    qapp.setFont(original)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_step_fits_its_width_at_double_font_size(doubled_font, make_window, qtbot, lang):
    """At 200% text on 1366 x 768 pages scroll down; nothing is cut off at the side."""
    window = make_window(lang)
    window.open_demo()
    for index, page in enumerate(window.walkthrough.pages):
        window.walkthrough.go(index)
        qtbot.wait(10)
        if page.step_id == "questions":
            page.next_steps.add_button.click()
            qtbot.wait(100)  # the new row is laid out, then rearranged for the room
        room = page.scroll_area.viewport().width()
        assert page.body.minimumSizeHint().width() <= room, page.step_id
        assert page.body.width() <= room, page.step_id
    options = window.walkthrough.page("options")
    cards = options.cards_scroll
    assert cards.widget().minimumSizeHint().width() <= cards.viewport().width()
    window.walkthrough.go(4)
    qtbot.wait(10)
    for row in window.walkthrough.page("questions").next_steps.rows:
        assert row.text.width() >= 20 * row.text.fontMetrics().averageCharWidth()
    pain = window.walkthrough.page("pain")
    window.walkthrough.go(1)
    qtbot.wait(10)
    assert pain.body_map.width() >= 240


@pytest.mark.parametrize("lang", ["en", "es"])
def test_at_normal_size_the_rows_stay_rows(make_window, qtbot, lang) -> None:
    window = make_window(lang)
    window.open_demo()
    window.walkthrough.go(5)
    summary = window.walkthrough.page("summary")
    qtbot.wait(10)
    assert summary.finish_button.y() == summary.export_button.y()
    window.walkthrough.go(1)
    qtbot.wait(10)
    pain = window.walkthrough.page("pain")
    assert (
        pain.body_map.parentWidget().x()
        > pain.condition_boxes[next(iter(pain.condition_boxes))].x()
    )


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_areas_marked_show_beside_the_body_map_without_scrolling(
    make_window, qtbot, lang
) -> None:
    window = make_window(lang)
    window.open_demo()
    window.walkthrough.go(1)
    pain = window.walkthrough.page("pain")
    marked, body = pain.marked, pain.body_map
    qtbot.waitUntil(marked.isVisible)
    names = [
        window.services.catalog.pain_area(a).name(lang) for a in window.controller.record.pain_areas
    ]
    assert names and all(name in marked.text() for name in names)
    viewport = pain.scroll_area.viewport()
    assert pain.scroll_area.verticalScrollBar().value() == 0
    shown = QRect(marked.mapTo(viewport, QPoint(0, 0)), marked.size())
    assert viewport.rect().contains(shown)  # all of it, at the top of the page
    assert marked.mapTo(window, QPoint(0, 0)).x() >= body.mapTo(window, QPoint(body.width(), 0)).x()
