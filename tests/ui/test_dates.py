"""Date fields: typed or picked, never turned into another date, empty when left alone.

An impossible or out-of-range date is refused where it was typed: the message beside
the field says why, the stored record keeps the previous date. A planned date in the
past is only pointed out.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTableView

from neuromod_aid.db import records_repo as repo
from neuromod_aid.ui.widgets.date_field import DateField

QUESTIONS = 4


def _open_calendar(qtbot, edit: DateField) -> None:
    edit.setFocus()
    qtbot.mouseClick(edit.calendar_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(edit.calendar.isVisible)


def _close_calendar(edit: DateField) -> None:
    edit.calendar.close()


def _type(qtbot, field: DateField, text: str) -> None:
    """Replace what the field shows by ``text``, typed key by key, then press Return."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def _stored(window):
    """The consultation as saved in the database."""
    window.controller.flush()
    with window.services.consultations.database.session() as session:
        return repo.load_consultation(session, window.controller.consultation_id).record


def _says_beside(window, field: DateField, words: str) -> None:
    """``words`` are in the message shown right under ``field``, and read out with it."""
    message = field.message
    assert words in message.text()
    assert message.isVisible()
    assert field.accessibleDescription() == message.text()
    field_at = field.mapTo(window, QPoint(0, field.height()))
    message_at = message.mapTo(window, QPoint(0, 0))
    assert field_at.y() <= message_at.y() <= field_at.y() + field.height()
    assert message_at.x() <= field_at.x() < message_at.x() + message.width()


def test_an_untouched_birth_date_stores_no_date(window, qtbot) -> None:
    window.new_consultation("Nadia Nodate", "Dr. One")
    page = window.walkthrough.page("patient")
    edit = page.birth_date
    assert (edit.text(), edit.placeholderText()) == ("", "Not given")
    _open_calendar(qtbot, edit)
    assert edit.calendar.yearShown() == 1960  # not 1900
    _close_calendar(edit)
    page.record_number.setFocus()
    qtbot.keyClicks(page.record_number, "R-1")  # another edit writes the patient back
    qtbot.keyClick(page.record_number, Qt.Key.Key_Return)
    window.controller.flush()
    record = window.controller.record
    assert record.patient.record_number == "R-1"
    assert record.patient.birth_date is None
    assert (edit.text(), edit.placeholderText()) == ("", "Not given")


def test_an_untouched_next_step_date_stores_no_date(window, qtbot) -> None:
    window.new_consultation("Nadia Nodate", "Dr. One")
    window.walkthrough.go(QUESTIONS)
    editor = window.walkthrough.page("questions").next_steps
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    row = editor.rows[-1]
    qtbot.keyClicks(row.text, "Think it over")
    _open_calendar(qtbot, row.date)
    today = dt.date.today()
    calendar = row.date.calendar
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)
    _close_calendar(row.date)
    window.controller.flush()
    (step,) = window.controller.record.next_steps
    assert step.text == "Think it over"
    assert step.date is None


def _click_day(qtbot, calendar, day: int) -> None:
    """A mouse click on ``day`` of the month the calendar shows."""
    view = calendar.findChild(QTableView, "qt_calendar_calendarview")
    model = view.model()
    (cell,) = (
        model.index(row, column)
        for row in range(1, model.rowCount())  # row 0 names the days of the week
        for column in range(model.columnCount())
        if model.index(row, column).data() == day
        and (row > 1 or day < 8)
        and (row < model.rowCount() - 2 or day > 20)
    )
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(cell).center())


def test_a_date_picked_in_the_calendar_is_stored(window, qtbot) -> None:
    window.new_consultation("Paula Picked", "Dr. One")
    edit = window.walkthrough.page("patient").birth_date
    _open_calendar(qtbot, edit)
    _click_day(qtbot, edit.calendar, 15)  # in January 1960, where it opened
    assert not edit.calendar.isVisible()
    assert edit.text() == "1960-01-15"
    assert _stored(window).patient.birth_date == dt.date(1960, 1, 15)


def test_a_picked_date_can_be_taken_back_with_delete(window, qtbot) -> None:
    window.new_consultation("Nadia Nodate", "Dr. One")
    edit = window.walkthrough.page("patient").birth_date
    edit.set_value(dt.date(1961, 5, 4))
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.value() is None
    assert edit.text() == ""
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
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.text() == "1971-11-05"
    assert edit.message.isHidden()


@pytest.mark.parametrize(
    ("lang", "why"),
    [
        ("en", "1968-02-31 was not saved: February 1968 has 29 days. No date is stored."),
        ("es", "1968-02-31 no se ha guardado: febrero de 1968 tiene 29 días. No hay ninguna"),
    ],
)
def test_an_impossible_birth_date_is_refused_not_changed(make_window, qtbot, lang, why) -> None:
    window = make_window(lang)
    window.new_consultation("Imposible Fecha", "Dr. One")
    field = window.walkthrough.page("patient").birth_date
    _type(qtbot, field, "1968-02-31")
    assert _stored(window).patient.birth_date is None  # not 1968-02-03
    _says_beside(window, field, why)
    assert field.text() == ""  # the field shows what is stored


@pytest.mark.parametrize(
    ("lang", "why", "kept"),
    [
        ("en", "a date of birth cannot be in the future", "The date stays 1968-03-12."),
        ("es", "una fecha de nacimiento no puede ser futura", "La fecha sigue siendo 1968-03-12."),
    ],
)
def test_a_birth_date_in_the_future_is_refused(make_window, qtbot, lang, why, kept) -> None:
    window = make_window(lang)
    window.new_consultation("Futura Fecha", "Dr. One")
    field = window.walkthrough.page("patient").birth_date
    _type(qtbot, field, "1968-03-12")
    assert _stored(window).patient.birth_date == dt.date(1968, 3, 12)
    assert field.message.isHidden()
    future = f"{dt.date.today().year + 4}-01-01"  # like 2030-01-01, which became 1968-01-01
    _type(qtbot, field, future)
    assert _stored(window).patient.birth_date == dt.date(1968, 3, 12)
    _says_beside(window, field, why)
    assert kept in field.message.text()
    assert field.text() == "1968-03-12"


def test_a_birth_date_before_1900_is_refused(window, qtbot) -> None:
    window.new_consultation("Vieja Fecha", "Dr. One")
    field = window.walkthrough.page("patient").birth_date
    _type(qtbot, field, "18991231")
    assert _stored(window).patient.birth_date is None
    _says_beside(window, field, "dates before 1900 are not accepted")


@pytest.mark.parametrize(
    ("lang", "why"),
    [("en", "there is no month 13"), ("es", "no existe el mes 13")],
)
def test_an_impossible_consultation_date_is_refused(make_window, qtbot, lang, why) -> None:
    window = make_window(lang)
    window.new_consultation("Visita Imposible", "Dr. One")
    visit = window.controller.record.date
    field = window.walkthrough.page("patient").date
    _type(qtbot, field, "1999-13-45")  # it became 2026-01-04
    assert _stored(window).date == visit
    _says_beside(window, field, "1999-13-45")
    assert why in field.message.text()
    assert field.text() == visit.isoformat()


def test_the_consultation_date_cannot_be_left_empty(window, qtbot) -> None:
    window.new_consultation("Visita Vacia", "Dr. One")
    visit = window.controller.record.date
    field = window.walkthrough.page("patient").date
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert _stored(window).date == visit
    _says_beside(window, field, f"A date is needed. The date stays {visit.isoformat()}.")
    assert field.text() == visit.isoformat()


def test_a_consultation_date_can_be_typed(window, qtbot) -> None:
    window.new_consultation("Visita Tecleada", "Dr. One")
    field = window.walkthrough.page("patient").date
    _type(qtbot, field, "2026-01-04")
    assert _stored(window).date == dt.date(2026, 1, 4)
    assert field.message.isHidden()


@pytest.mark.parametrize(
    ("lang", "warning"),
    [
        ("en", "Check this date: 2020-05-06 is in the past."),
        ("es", "Compruebe esta fecha: 2020-05-06 ya ha pasado."),
    ],
)
def test_a_planned_date_in_the_past_is_kept_with_a_warning(make_window, qtbot, lang, warning):
    window = make_window(lang)
    window.new_consultation("Pasada Fecha", "Dr. One")
    window.walkthrough.go(QUESTIONS)
    page = window.walkthrough.page("questions")
    editor = page.procedure
    editor.planned.click()
    _type(qtbot, editor.date, "2020-05-06")
    assert _stored(window).procedure.date == dt.date(2020, 5, 6)
    _says_beside(window, editor.date, warning)

    qtbot.mouseClick(page.next_steps.add_button, Qt.MouseButton.LeftButton)
    row = page.next_steps.rows[-1]
    qtbot.waitUntil(row.isVisible)
    _type(qtbot, row.date, "2020-05-06")
    (step,) = _stored(window).next_steps
    assert step.date == dt.date(2020, 5, 6)
    assert warning in row.date.message.text()
    assert row.date.message.isVisible()
