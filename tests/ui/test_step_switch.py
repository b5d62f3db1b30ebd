"""Switching steps: the screen shows each step as it is drawn, and the keyboard focus
in the step left goes on to the step coming (the step going is hidden before the
stack switches, so Qt paints the coming one once; see ``Walkthrough._hide_going``)."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

PATH = (1, 2, 3, 4, 5, 2, 1, 4, 0)


def _on_screen(window) -> QImage:  # type: ignore[no-untyped-def]
    """What the window shows: its pixels on the screen, as they were last painted."""
    return (
        window.screen()
        .grabWindow(window.winId())
        .toImage()
        .convertToFormat(QImage.Format.Format_RGB32)
    )


def _drawn(window) -> QImage:  # type: ignore[no-untyped-def]
    """The window drawn afresh, every widget painting itself whole."""
    return window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def test_each_step_switched_to_is_on_screen_as_it_is_drawn(window) -> None:
    window.open_demo()
    walk = window.walkthrough
    QApplication.processEvents()
    for index in PATH:
        walk.go(index)
        QApplication.processEvents()
        assert _on_screen(window) == _drawn(window), f"step {index + 1} is not shown whole"


def test_the_focus_in_the_step_left_goes_on_to_the_step_coming(window) -> None:
    window.open_demo()
    walk = window.walkthrough
    walk.go(2)
    QApplication.processEvents()
    card = next(iter(walk.options_page.cards.values()))
    card.open_button.setFocus()
    assert card.open_button.hasFocus()
    walk.go(3)
    QApplication.processEvents()
    focus = QApplication.focusWidget()
    assert focus is not None and walk.risks_page.isAncestorOf(focus)
