"""The main window fits the screen it opens on (Back and Next never cut off)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize

from neuromod_aid.ui.geometry import FRAME, fitted, place_window, remember_window


def test_a_1366_by_768_screen_gets_a_window_that_fits() -> None:
    available = QRect(0, 0, 1366, 728)  # a task bar at the bottom
    size = fitted(QSize(1280, 800), available)
    assert size.width() == 1280
    assert size.height() + FRAME.height() <= 728


def test_the_window_opens_inside_the_available_screen(window) -> None:
    available = window.screen().availableGeometry()
    window.resize(4000, 3000)
    window.move(-500, -500)
    remember_window(window, window.services.settings)  # as if left that way
    place_window(window, window.services.settings)
    assert window.width() + FRAME.width() <= available.width()
    assert window.height() + FRAME.height() <= available.height()
    assert available.contains(window.geometry().topLeft())
    next_button = window.walkthrough.next_button
    window.open_demo()
    bottom = next_button.mapTo(window, next_button.rect().bottomLeft()).y()
    assert bottom <= window.height()


def test_size_and_position_are_remembered(window) -> None:
    window.resize(700, 500)
    window.close()  # closing stores the geometry
    window.resize(900, 650)
    place_window(window, window.services.settings)
    assert window.size() == QSize(700, 500)
