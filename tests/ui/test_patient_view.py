"""A patient's record: every consultation, details edited once, archive, merge, delete."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from neuromod_aid.app.consultations import Consultations
from neuromod_aid.consultation import Patient
from neuromod_aid.demo import demo_consultation
from neuromod_aid.ui.selftest import type_text

MARIA = Patient(name="María López Ruiz", record_number="H-20431")


def _two_visits(window, catalog) -> tuple[int, int]:
    """María's first visit, finished with a summary printed, and a second one open."""
    consultations = Consultations(window.services.consultations.database)
    first = replace(demo_consultation(catalog), patient=MARIA, therapies_discussed=("scs",))
    first_id = consultations.start(first).id
    window.open_consultation(first_id)
    window.walkthrough.go(5)
    window.walkthrough.page("summary").export_button.click()
    window.controller.finish()
    second = replace(first, therapies_discussed=("drg",), private_notes="")
    second_id = consultations.start(second).id
    window.show_start()
    return first_id, second_id


def _open_maria(window, qtbot) -> None:
    start = window.start
    start.search.clear()
    qtbot.keyClicks(start.search, "H-20431")
    qtbot.waitUntil(lambda: start.chosen_patient() is not None)
    qtbot.keyClick(start.search, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.patient_view


def _rows(window) -> list[list[str]]:
    history = window.patient_view.history
    return [
        [history.topLevelItem(i).text(c) for c in range(history.columnCount())]
        for i in range(history.topLevelItemCount())
    ]


def test_the_patient_view_lists_every_consultation(window, qtbot, catalog) -> None:
    _two_visits(window, catalog)
    _open_maria(window, qtbot)
    rows = _rows(window)
    assert len(rows) == 2
    statuses = sorted(row[3] for row in rows)
    assert statuses == ["finished", "unfinished"]
    finished = next(row for row in rows if row[3] == "finished")
    assert "Spinal cord stimulation" in finished[2]
    assert finished[4] == "summary"
    assert all(row[1] == demo_consultation(catalog).clinician.name for row in rows)


def test_details_are_corrected_once_for_every_unfinished_consultation(
    window, qtbot, catalog
) -> None:
    first_id, second_id = _two_visits(window, catalog)
    _open_maria(window, qtbot)
    view = window.patient_view
    view.name.clear()
    type_text(view.name, "María López Ruiz de Gea")
    qtbot.mouseClick(view.save_details, Qt.MouseButton.LeftButton)
    consultations = window.services.consultations
    assert consultations.load(second_id).record.patient.name == "María López Ruiz de Gea"
    assert consultations.load(first_id).record.patient.name == "María López Ruiz"  # as printed
    assert view.heading.text() == "María López Ruiz de Gea"


def test_archived_records_leave_the_lists_and_are_kept(window, qtbot, catalog) -> None:
    _, second_id = _two_visits(window, catalog)
    _open_maria(window, qtbot)
    view = window.patient_view
    view.history.setCurrentItem(
        next(
            view.history.topLevelItem(i)
            for i in range(view.history.topLevelItemCount())
            if view.history.topLevelItem(i).text(3) == "unfinished"
        )
    )
    qtbot.mouseClick(view.archive_consultation, Qt.MouseButton.LeftButton)
    assert "unfinished, archived" in [row[3] for row in _rows(window)]
    recent = window.services.consultations.recent()
    assert second_id not in [c.id for c in recent]
    qtbot.mouseClick(view.archive_patient, Qt.MouseButton.LeftButton)
    assert window.services.consultations.recent() == []
    assert window.patient_view.patients.search("López") == []
    assert window.services.consultations.load(second_id).record.patient.name == MARIA.name


def test_two_records_of_one_person_merge_with_nothing_lost(window, qtbot, catalog, dialogs) -> None:
    _two_visits(window, catalog)
    twin = replace(
        demo_consultation(catalog),
        patient=Patient(name="Maria Lopez", record_number=""),
        private_notes="From the twin",
    )
    twin_id = window.services.consultations.start(twin).id
    _open_maria(window, qtbot)
    twin_patient = window.services.consultations.load(twin_id).patient_id
    dialogs.pick = twin_patient
    dialogs.answer = True
    qtbot.mouseClick(window.patient_view.merge_button, Qt.MouseButton.LeftButton)
    assert "Maria Lopez" in dialogs.asked[-1] and "María López Ruiz" in dialogs.asked[-1]
    assert len(_rows(window)) == 3
    twin_record = window.services.consultations.load(twin_id).record
    assert twin_record.private_notes == "From the twin"  # nothing lost
    assert twin_record.patient == Patient(name=MARIA.name, record_number="H-20431")  # who now
    assert window.patient_view.patients.search("lopez")[0].record_number == "H-20431"
    assert len(window.patient_view.patients.search("lopez")) == 1


def test_deleting_a_patient_names_them_and_what_goes(window, qtbot, catalog, dialogs) -> None:
    _two_visits(window, catalog)
    _open_maria(window, qtbot)
    dialogs.answer = False
    qtbot.mouseClick(window.patient_view.delete_button, Qt.MouseButton.LeftButton)
    asked = dialogs.asked[-1]
    assert "María López Ruiz · H-20431" in asked and "2 consultation(s)" in asked
    assert window.stack.currentWidget() is window.patient_view
    dialogs.answer = True
    qtbot.mouseClick(window.patient_view.delete_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.start
    assert window.patient_view.patients.search("López") == []


def test_the_demo_patient_is_marked_wherever_it_appears(window, qtbot) -> None:
    window.open_demo()
    assert window.windowTitle().startswith("Demo (fictional patient)")
    window.show_start()
    item = window.start.recent.item(0).text()
    assert "demo, a fictional patient" in item and "unfinished" not in item
    qtbot.keyClicks(window.start.search, "DEMO-0001")
    qtbot.waitUntil(lambda: window.start.chosen_patient() is not None)
    qtbot.keyClick(window.start.search, Qt.Key.Key_Return)
    assert window.patient_view.demo_mark.isVisibleTo(window.patient_view)


def test_an_amended_consultation_says_so_and_its_older_documents_are_marked(
    window, qtbot, catalog, dialogs
) -> None:
    first_id, _ = _two_visits(window, catalog)
    window.open_consultation(first_id)
    dialogs.amend_answer = ("Dr. Second", "Aspirin added")
    window.keeping.amend()
    window.controller.update(lambda record: replace(record, notes_for_patient="Also stop aspirin."))
    window.controller.flush()
    window.show_start()
    _open_maria(window, qtbot)
    amended = next(row for row in _rows(window) if "amended" in row[3])
    assert amended[3] == "unfinished, amended"
    assert amended[4] == "summary (older version)"  # the paper she holds is not this one


def test_deleting_merging_and_duplicating_default_to_no(window, qtbot, catalog, dialogs) -> None:
    _two_visits(window, catalog)
    window.start.clinician.setText("Dr Ruiz")
    qtbot.keyClicks(window.start.search, "lopez")
    qtbot.waitUntil(lambda: window.start.results.count() == 1)
    dialogs.answer = False
    window.start.new_button.click()  # a second "lopez"?
    _open_maria(window, qtbot)
    window.patient_view.delete_button.click()
    assert dialogs.risky == [True, True]  # Enter answers No to both


def test_a_new_patient_like_an_archived_one_is_asked_about(window, qtbot, catalog, dialogs) -> None:
    _two_visits(window, catalog)
    _open_maria(window, qtbot)
    window.patient_view.archive_patient.click()
    window.show_start()
    window.start.clinician.setText("Dr Ruiz")
    window.start.search.clear()
    type_text(window.start.search, "María López Ruiz")
    dialogs.answer = False
    window.start.new_button.click()
    assert "María López Ruiz · H-20431 (archived)" in dialogs.asked[-1]
