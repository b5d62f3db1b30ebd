"""Date fields left alone store no date; their calendars open somewhere useful."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt

from neuromod_aid.ui.widgets.date_field import OptionalDateEdit


def _open_calendar(qtbot, edit: OptionalDateEdit) -> None:
    edit.setFocus()
    arrow = QPoint(edit.width() - 6, edit.height() // 2)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=arrow)
    qtbot.waitUntil(lambda: edit.calendarWidget().isVisible())


def _close_calendar(edit: OptionalDateEdit) -> None:
    edit.calendarWidget().window().close()


def test_an_untouched_birth_date_stores_no_date(window, qtbot) -> None:
    window.new_consultation("Nadia Nodate", "Dr. One")
    page = window.walkthrough.page("patient")
    edit = page.birth_date
    assert edit.text() == "Not given"
    _open_calendar(qtbot, edit)
    assert edit.calendarWidget().yearShown() == 1960  # not 1900
    _close_calendar(edit)
    page.record_number.setFocus()
    qtbot.keyClicks(page.record_number, "R-1")  # another edit writes the patient back
    window.controller.flush()
    record = window.controller.record
    assert record.patient.record_number == "R-1"
    assert record.patient.birth_date is None
    assert edit.text() == "Not given"


def test_an_untouched_next_step_date_stores_no_date(window, qtbot) -> None:
    window.new_consultation("Nadia Nodate", "Dr. One")
    window.walkthrough.go(4)
    editor = window.walkthrough.page("questions").next_steps
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    row = editor.rows[-1]
    qtbot.keyClicks(row.text, "Think it over")
    _open_calendar(qtbot, row.date)
    today = dt.date.today()
    calendar = row.date.calendarWidget()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)
    _close_calendar(row.date)
    window.controller.flush()
    (step,) = window.controller.record.next_steps
    assert step.text == "Think it over"
    assert step.date is None


def test_a_picked_date_can_be_taken_back_with_delete(window, qtbot) -> None:
    window.new_consultation("Nadia Nodate", "Dr. One")
    edit = window.walkthrough.page("patient").birth_date
    edit.set_value(dt.date(1961, 5, 4))
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.value() is None
    assert window.controller.record.patient.birth_date is None


def test_a_birth_date_can_be_typed_with_or_without_dashes(window, qtbot) -> None:
    window.new_consultation("Tecla Typed", "Dr. One")
    edit = window.walkthrough.page("patient").birth_date
    edit.setFocus()
    qtbot.keyClicks(edit, "19680312")
    window.controller.flush()
    assert window.controller.record.patient.birth_date == dt.date(1968, 3, 12)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, "1971-11-05")
    window.controller.flush()
    assert window.controller.record.patient.birth_date == dt.date(1971, 11, 5)
