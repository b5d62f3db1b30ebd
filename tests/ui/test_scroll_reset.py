"""A different consultation opens at the top of every step, not where the last one was."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def test_a_new_consultation_starts_at_the_top(window) -> None:
    window.resize(1000, 600)
    window.open_demo()
    walk = window.walkthrough
    walk.go(1)
    QApplication.processEvents()
    bar = walk.page("pain").scroll_area.verticalScrollBar()
    assert bar.maximum() > 0, "the pain step must scroll for this test to mean anything"
    bar.setValue(bar.maximum())
    window.show_start()
    window.new_consultation("Scroll Patient", "Dr. Top")
    walk.go(1)
    QApplication.processEvents()
    assert walk.page("pain").scroll_area.verticalScrollBar().value() == 0
