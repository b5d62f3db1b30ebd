"""Finishing is final: confirmed, then read-only; changing it is a recorded amendment,
and every document handed out can be rebuilt from the record as it was printed."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from neuromod_aid.pdf import build_document
from neuromod_aid.ui.selftest import pdf_text


def _finish(window, dialogs, qtbot, answer: bool) -> None:
    dialogs.answer = answer
    window.walkthrough.go(5)
    qtbot.mouseClick(window.walkthrough.page("summary").finish_button, Qt.MouseButton.LeftButton)


def test_finishing_asks_first(window, dialogs, qtbot) -> None:
    window.new_consultation("Fina Asked", "Dr. End")
    _finish(window, dialogs, qtbot, answer=False)
    assert "Fina Asked" in dialogs.asked[-1]
    assert not window.controller.finished
    assert window.stack.currentWidget() is window.walkthrough


def test_a_finished_consultation_opens_read_only(window, dialogs, qtbot) -> None:
    window.new_consultation("Fina Done", "Dr. End")
    consultation_id = window.controller.consultation_id
    window.controller.update(lambda record: replace(record, notes_for_patient="As agreed"))
    _finish(window, dialogs, qtbot, answer=True)
    assert window.stack.currentWidget() is window.start

    window.open_consultation(consultation_id)
    assert window.walkthrough.finished_banner.isVisible()
    assert "read-only" in window.walkthrough.finished_banner.text.text()
    window.walkthrough.go(4)
    questions = window.walkthrough.page("questions")
    notes = questions.patient_notes
    assert notes.isReadOnly() and notes.isEnabled()  # readable at full contrast, not greyed
    # and it does not look like a field to type in: the window's colour, not a text box's
    inside = notes.viewport().grab().toImage().pixelColor(2, 2)
    program = QApplication.palette()
    assert inside == program.color(QPalette.ColorRole.Window)
    assert inside != program.color(QPalette.ColorRole.Base)
    qtbot.keyClicks(notes, "changed behind the record's back")
    assert notes.toPlainText() == "As agreed"
    assert not questions.procedure.planned.isEnabled()
    window.walkthrough.go(0)
    born = window.walkthrough.page("patient").birth_date
    born.setFocus()
    before = born.text()
    qtbot.keyClick(born, Qt.Key.Key_Delete)
    assert born.text() == before
    window.controller.update(lambda record: replace(record, notes_for_patient="changed by code"))
    assert window.controller.record.notes_for_patient == "As agreed"
    assert window.services.consultations.load(consultation_id).record.notes_for_patient == (
        "As agreed"
    )
    window.walkthrough.go(5)
    summary = window.walkthrough.page("summary")
    assert summary.export_button.isEnabled()  # the documents can still be made
    assert not summary.finish_button.isEnabled()


def test_amending_records_who_and_why_and_keeps_the_printed_version(
    window, dialogs, qtbot, catalog
) -> None:
    window.new_consultation("Amanda Mended", "Dr. End")
    consultation_id = window.controller.consultation_id
    window.controller.update(lambda record: replace(record, notes_for_patient="Trial on Monday"))
    window.walkthrough.go(5)
    summary = window.walkthrough.page("summary")
    qtbot.mouseClick(summary.export_button, Qt.MouseButton.LeftButton)
    (printed,) = window.services.consultations.documents(consultation_id)
    _finish(window, dialogs, qtbot, answer=True)
    window.open_consultation(consultation_id)

    dialogs.amend_answer = None  # cancelled: still read-only
    qtbot.mouseClick(window.walkthrough.finished_banner.buttons[0], Qt.MouseButton.LeftButton)
    assert window.controller.finished
    dialogs.amend_answer = ("Dr. Second", "The trial moved to Tuesday")
    qtbot.mouseClick(window.walkthrough.finished_banner.buttons[0], Qt.MouseButton.LeftButton)
    assert not window.controller.finished
    assert not window.walkthrough.finished_banner.isVisible()
    window.walkthrough.go(4)
    notes = window.walkthrough.page("questions").patient_notes
    assert not notes.isReadOnly()
    notes.selectAll()
    qtbot.keyClicks(notes, "Trial on Tuesday")
    window.controller.flush()

    (amendment,) = window.services.consultations.amendments(consultation_id)
    assert (amendment.amended_by, amendment.reason) == ("Dr. Second", "The trial moved to Tuesday")
    assert window.services.consultations.load(consultation_id).record.notes_for_patient == (
        "Trial on Tuesday"
    )
    as_printed = window.services.consultations.printed_record(printed)
    assert as_printed.notes_for_patient == "Trial on Monday"
    rebuilt = pdf_text(build_document("summary", as_printed, catalog))
    assert "Trial on Monday" in rebuilt
    assert "Tuesday" not in rebuilt


def test_the_amendment_is_offered_to_the_person_working(window, dialogs, qtbot) -> None:
    services = window.services
    services.staff.add("Dr. End", "physician")
    services.staff.add("Luis Gil", "nurse")
    window.new_consultation("Amanda Mended", "Dr. End")
    consultation_id = window.controller.consultation_id
    _finish(window, dialogs, qtbot, answer=True)
    services.staff.choose("Luis Gil")
    window.open_consultation(consultation_id)
    dialogs.amend_answer = None
    qtbot.mouseClick(window.walkthrough.finished_banner.buttons[0], Qt.MouseButton.LeftButton)
    assert dialogs.amend_offered == ["Luis Gil"]  # not the consultation's clinician
