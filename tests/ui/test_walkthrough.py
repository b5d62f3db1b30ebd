"""A whole consultation through the real widgets: the stored record and the PDF."""

from __future__ import annotations

import io
import json
from dataclasses import replace

from pypdf import PdfReader
from PySide6.QtCore import Qt

from neuromod_aid.consultation import Patient
from neuromod_aid.db import documents_repo
from neuromod_aid.db import records_repo as repo
from neuromod_aid.ui.selftest import PATIENT, drive


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def test_a_whole_consultation_is_stored_and_exported(window, dialogs, qtbot) -> None:
    exported = drive(window, dialogs.folder)
    controller = window.controller
    with qtbot.waitSignal(controller.saved, timeout=3000, raising=False):
        pass
    controller.flush()
    with window.services.consultations.database.session() as session:
        stored = repo.load_consultation(session, controller.consultation_id)
        documents = documents_repo.documents_for(session, controller.consultation_id)
    record = stored.record
    assert record.patient.name == PATIENT
    assert record.patient.record_number == "ST-0042"
    assert record.clinician.name == "Dr. Self Test"
    assert len(record.conditions) == 1
    assert len(record.pain_areas) == 1
    assert record.treatments_tried == ("Physiotherapy",)
    assert len(record.therapies_discussed) == 1
    assert record.patient_questions == ("Can I swim?",)
    assert record.notes_for_patient == "Rest for a day after the trial"
    assert record.private_notes == "Private note for the team"
    assert record.agreed_step is not None and record.agreed_step.text == "Think it over at home"
    assert record.sure.score == 4
    assert record.teach_back[0].point == "When to call the clinic"
    assert stored.status == "draft"

    data = exported.read_bytes()
    assert data.startswith(b"%PDF")
    text = pdf_text(data)
    assert "Self-Test" in text
    assert "Can I swim?" in text
    assert "Rest for a day after the trial" in text
    assert "Private note" not in text  # the clinician's own notes are never printed
    assert [d.kind for d in documents] == ["summary"]
    assert documents[0].file_name == exported.name


def test_finishing_marks_the_consultation_complete(window) -> None:
    window.open_demo()
    consultation_id = window.controller.consultation_id
    window.walkthrough.go(5)
    window.walkthrough.page("summary").finish_button.click()
    assert window.stack.currentWidget() is window.start
    with window.services.consultations.database.session() as session:
        assert repo.load_consultation(session, consultation_id).status == "complete"


def test_search_as_you_type_ignores_accents(window, qtbot) -> None:
    window.open_demo()
    window.show_start()
    start = window.start
    qtbot.keyClicks(start.search, "alex sam")
    qtbot.waitUntil(lambda: start.results.count() == 1)
    start.search.clear()
    qtbot.waitUntil(lambda: start.results.count() == 0)
    qtbot.keyClicks(start.search, "DEMO-00")
    qtbot.waitUntil(lambda: start.results.count() == 1)
    assert "Alex Sample" in start.results.item(0).text()


def _current_name(window) -> str:
    return window.controller.record.patient.name


def test_a_full_record_number_opens_that_patient_not_a_new_one(window, qtbot) -> None:
    window.open_demo()
    demo = window.controller.record.patient
    window.show_start()
    start = window.start
    start.clinician.setText("Dr Ruiz")
    qtbot.keyClicks(start.search, demo.record_number)
    qtbot.waitUntil(lambda: start.chosen_patient() is not None)
    qtbot.keyClick(start.search, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.patient_view
    qtbot.mouseClick(window.patient_view.new_button, Qt.MouseButton.LeftButton)
    assert window.controller.record.patient == demo  # same record number, birth date
    with window.services.consultations.database.session() as session:
        assert len(repo.search_patients(session, demo.name)) == 1


def test_enter_opens_the_highlighted_match_never_a_new_patient(window, qtbot, dialogs) -> None:
    window.new_consultation("María López Ruiz", "Dr Ruiz")
    window.controller.update(
        lambda record: replace(
            record, patient=Patient(name=_current_name(window), record_number="H-20431")
        )
    )
    window.show_start()
    start = window.start
    start.clinician.setText("Dr Ruiz")
    qtbot.keyClicks(start.search, "lopez")
    qtbot.waitUntil(lambda: start.results.count() == 1)
    assert "Enter opens María López Ruiz" in start.new_hint.text()
    qtbot.keyClick(start.search, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.patient_view
    assert window.patient_view.shown.record_number == "H-20431"
    with window.services.consultations.database.session() as session:
        assert [p.name for p in repo.search_patients(session, "")] == ["María López Ruiz"]


def test_a_new_patient_like_a_stored_one_is_asked_about_first(window, qtbot, dialogs) -> None:
    window.new_consultation("María López Ruiz", "Dr Ruiz")
    window.show_start()
    start = window.start
    start.clinician.setText("Dr Ruiz")
    qtbot.keyClicks(start.search, "LOPEZ")
    qtbot.waitUntil(lambda: start.results.count() == 1)
    dialogs.answer = False
    qtbot.mouseClick(start.new_button, Qt.MouseButton.LeftButton)
    assert "María López Ruiz" in dialogs.asked[-1]
    assert window.stack.currentWidget() is window.start  # nothing created
    dialogs.answer = True
    qtbot.mouseClick(start.new_button, Qt.MouseButton.LeftButton)
    assert window.controller.record.patient.name == "LOPEZ"  # a separate person, on purpose
    with window.services.consultations.database.session() as session:
        assert len(repo.search_patients(session, "lopez")) == 2


def test_a_record_number_belongs_to_one_patient(window, qtbot) -> None:
    window.new_consultation("María López Ruiz", "Dr Ruiz")
    window.controller.update(
        lambda record: replace(
            record, patient=Patient(name=_current_name(window), record_number="H-20431")
        )
    )
    window.show_start()
    window.new_consultation("Other Person", "Dr Ruiz")
    window.controller.update(
        lambda record: replace(
            record, patient=Patient(name=_current_name(window), record_number="H-20431")
        )
    )
    assert not window.controller.flush()
    assert "already belongs to María López Ruiz" in window.save_banner.text.text()


def test_consultation_file_round_trip(window, dialogs) -> None:
    window.open_demo()
    window.keeping.save_file()
    saved = sorted(dialogs.folder.glob("*.json"))
    assert saved
    dialogs.open_path = saved[0]
    first = window.controller.consultation_id
    dialogs.answer = False  # "Open it as a new consultation?" — no: nothing is made
    window.keeping.open_file()
    assert window.controller.consultation_id == first
    assert "copy" in dialogs.asked[-1]
    dialogs.answer = True
    window.keeping.open_file()
    assert window.controller.consultation_id != first
    assert window.controller.record.patient.name.startswith("Alex Sample")
    assert not dialogs.warnings


def _another_patient_after_maria(window):
    """María (H-20431) is stored; a consultation for someone else is open on its Patient
    step, the record number field focused."""
    window.new_consultation("María López Ruiz", "Dr Ruiz")
    window.controller.update(
        lambda record: replace(
            record, patient=Patient(name=_current_name(window), record_number="H-20431")
        )
    )
    window.show_start()
    window.new_consultation("Other Person", "Dr Ruiz")
    page = window.walkthrough.page("patient")
    page.record_number.setFocus()
    return page


def test_typing_another_patients_record_number_is_refused_where_it_is_typed(window, qtbot):
    page = _another_patient_after_maria(window)
    qtbot.keyClicks(page.record_number, "H-20431")
    assert window.controller.record.patient.record_number == ""  # nothing half-typed stored
    qtbot.keyClick(page.record_number, Qt.Key.Key_Tab)
    assert "already belongs to María López Ruiz" in page.name_problem.text()
    assert window.controller.record.patient.record_number == ""  # refused whole
    assert page.record_number.text() == ""  # the field shows what is stored
    assert window.controller.flush()
    qtbot.keyClicks(page.record_number, "H-77")
    qtbot.keyClick(page.record_number, Qt.Key.Key_Return)
    assert window.controller.record.patient.record_number == "H-77"


def test_clicking_another_patient_in_the_list_chooses_them(window, qtbot) -> None:
    window.new_consultation("María López Ruiz", "Dr Ruiz")
    window.show_start()
    window.new_consultation("Pedro López", "Dr Ruiz")
    window.show_start()
    start = window.start
    qtbot.keyClicks(start.search, "lopez")
    qtbot.waitUntil(lambda: start.results.count() == 2)
    second = start.results.item(1)
    qtbot.mouseClick(
        start.results.viewport(),
        Qt.MouseButton.LeftButton,
        pos=start.results.visualItemRect(second).center(),
    )
    assert start.patient_button.isEnabled()
    assert start.chosen_patient().name in second.text()
    assert start.chosen_patient().name in start.new_hint.text()


def test_a_file_cannot_give_a_stored_record_number_to_someone_else(window, dialogs) -> None:
    window.new_consultation("María López Ruiz", "Dr Ruiz")
    window.controller.update(
        lambda record: replace(
            record, patient=Patient(name=_current_name(window), record_number="H-20431")
        )
    )
    window.keeping.save_file()
    (saved,) = dialogs.folder.glob("*.json")
    data = json.loads(saved.read_text())
    data["patient"] = {"name": "Juan Impostor", "record_number": "h-20431", "birth_date": None}
    saved.write_text(json.dumps(data))
    dialogs.open_path = saved
    first = window.controller.consultation_id
    window.keeping.open_file()
    assert window.controller.consultation_id == first  # nothing opened, nothing changed
    assert "belongs to María López Ruiz" in dialogs.warnings[-1]
    with window.services.consultations.database.session() as session:
        (maria,) = repo.search_patients(session, "H-20431")
    assert maria.name == "María López Ruiz"


def test_a_nurse_is_told_why_a_file_with_the_physicians_parts_is_not_opened(
    window, dialogs
) -> None:
    window.open_demo()  # risks discussed and a leaning, as the physician recorded them
    window.keeping.save_file()
    (saved,) = dialogs.folder.glob("*.json")
    staff = window.services.staff
    staff.add("Dr Luis Gómez", "physician")
    staff.add("Rosa Pérez", "nurse")
    staff.choose("Rosa Pérez")
    dialogs.open_path, dialogs.answer = saved, True
    first = window.controller.consultation_id
    window.keeping.open_file()
    assert window.controller.consultation_id == first  # nothing opened, nothing stored
    assert "Only a physician can bring those in" in dialogs.warnings[-1]
    staff.choose("Dr Luis Gómez")
    window.keeping.open_file()
    assert window.controller.consultation_id != first
    assert len(dialogs.warnings) == 1


def test_a_record_number_in_other_letters_is_the_same_number(window, qtbot) -> None:
    page = _another_patient_after_maria(window)
    qtbot.keyClicks(page.record_number, "h-20431")
    qtbot.keyClick(page.record_number, Qt.Key.Key_Tab)
    assert "already belongs to María López Ruiz" in page.name_problem.text()
    assert window.controller.record.patient.record_number == ""


def test_every_step_keeps_the_window_active_and_the_keyboard_in_it(window, qtbot) -> None:
    # a widget shown before it had a parent flashed up as a window of its own and took
    # the keyboard away from the program (the risks step did, at every visit)
    from PySide6.QtWidgets import QApplication

    window.new_consultation("Keya Board", "Dr. Focus")  # the steps are built now
    window.controller.update(lambda record: replace(record, therapies_discussed=("scs", "drg")))
    for index, page in enumerate(window.walkthrough.pages):
        window.walkthrough.go(index)
        qtbot.wait(20)  # the window system's events, had a window been opened
        assert QApplication.activeWindow() is window, page.step_id
        window.walkthrough.focus_step_list()
        assert window.walkthrough.steps.hasFocus(), page.step_id
