"""The mouse wheel scrolls the page; it changes a field only when the field was chosen.

Real wheel events, through the window system as a mouse sends them (QTest.wheelEvent),
over the fields of the Planned procedure section on the Questions step.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QWidget

QUESTIONS = 4
DOWN = QPoint(0, -120)  # one notch of the wheel, towards the user


def _procedure_planned(window, qtbot):
    window.new_consultation("Wanda Wheel", "Dr. Scroll")
    window.controller.update(lambda record: replace(record, therapies_discussed=("scs",)))
    window.walkthrough.go(QUESTIONS)
    page = window.walkthrough.page("questions")
    editor = page.procedure
    editor.planned.click()
    editor.date.setFocus()
    qtbot.keyClicks(editor.date, "2031-01-15")
    editor.planned.setFocus()  # no field is chosen
    window.controller.flush()
    return page, editor


def _on_screen(qtbot, page, field: QWidget) -> None:
    """The page scrolled so that ``field`` shows, with more page below it."""
    page.scroll_area.ensureWidgetVisible(field, 0, field.height() * 2)
    qtbot.waitUntil(lambda: not field.visibleRegion().isEmpty())


def _wheel_over(window, field: QWidget) -> None:
    """One notch of the wheel with the pointer over the middle of ``field``."""
    centre = field.mapTo(window, field.rect().center())
    QTest.wheelEvent(window.windowHandle(), QPointF(centre), DOWN)


def _value(field: QWidget) -> object:
    return field.currentData() if isinstance(field, QComboBox) else field.value()


@pytest.mark.parametrize("name", ["therapy", "date", "trial_days"])
def test_the_wheel_over_a_field_scrolls_the_page_and_changes_nothing(window, qtbot, name) -> None:
    page, editor = _procedure_planned(window, qtbot)
    stored = window.controller.record.procedure
    assert (stored.therapy, stored.date, stored.trial_days) == ("scs", dt.date(2031, 1, 15), 7)
    field = getattr(editor, name)
    before = _value(field)
    bar = page.scroll_area.verticalScrollBar()
    _on_screen(qtbot, page, field)
    scrolled = bar.value()
    _wheel_over(window, field)
    assert bar.value() > scrolled  # the page moved on
    assert _value(field) == before
    assert not field.hasFocus()  # the wheel does not choose the field
    window.controller.flush()
    assert window.controller.record.procedure == stored


def test_the_wheel_never_changes_a_chosen_field_either(window, qtbot) -> None:
    """Clicking a value and then rolling the wheel to read on is what people do: the
    wheel scrolls even then; values change by keyboard or by the list only."""
    page, editor = _procedure_planned(window, qtbot)
    for field in (editor.trial_days, editor.therapy):
        _on_screen(qtbot, page, field)
        field.setFocus(Qt.FocusReason.MouseFocusReason)
        qtbot.waitUntil(field.hasFocus)
        _wheel_over(window, field)
    qtbot.keyClick(editor.trial_days, Qt.Key.Key_Up)  # the keyboard still changes it
    window.controller.flush()
    procedure = window.controller.record.procedure
    assert procedure.therapy == "scs"
    assert procedure.trial_days == 8
