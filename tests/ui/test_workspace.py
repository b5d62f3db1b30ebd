"""The nurses' workspace through the real widgets, in English and Spanish: the staff list,
who is working, the procedures list, a procedure's checklist and calls, the nurse's
checklist PDF, and the calls in the patient's history (issue 13 §1–§4)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from neuromod_aid.consultation import Procedure
from neuromod_aid.demo import demo_consultation
from neuromod_aid.preparation import applicable
from neuromod_aid.ui.selftest import pdf_text, type_text
from neuromod_aid.ui.settings import WORKING_AS
from neuromod_aid.ui.staff import StaffDialog

LANGS = ["en", "es"]


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


@pytest.mark.parametrize("lang", LANGS)
def test_the_staff_list_adds_edits_and_retires_people(make_window, qtbot, lang) -> None:
    window = make_window(lang)
    dialog = StaffDialog(window.services.staff, window)
    qtbot.addWidget(dialog)
    for name, role in (("Rosa Pérez", "nurse"), ("Dr. Luis Gómez", "physician")):
        dialog.name.clear()
        type_text(dialog.name, name)
        dialog.role.setCurrentIndex(dialog.role.findData(role))
        dialog.add_button.click()
    assert dialog.problem.text() == ""
    dialog.name.clear()
    type_text(dialog.name, "rosa perez")
    dialog.add_button.click()  # the same person again
    assert dialog.problem.text() == tr("StaffDialog", "{0} is on the staff list already.").format(
        "rosa perez"
    )
    rosa = next(
        dialog.people.topLevelItem(i)
        for i in range(dialog.people.topLevelItemCount())
        if dialog.people.topLevelItem(i).text(0) == "Rosa Pérez"
    )
    dialog.people.setCurrentItem(rosa)
    assert dialog.name.text() == "Rosa Pérez"
    assert rosa.text(1) == tr("StaffDialog", "Nurse")
    dialog.retire_button.click()
    retired = dialog.people.topLevelItem(dialog.people.topLevelItemCount() - 1)
    assert (retired.text(0), retired.text(2)) == ("Rosa Pérez", tr("StaffDialog", "retired"))
    assert dialog.retire_button.text() == tr("StaffDialog", "Back to &work")
    working = [m.name for m in window.services.staff.members(retired_too=False)]
    assert working == ["Dr. Luis Gómez"]


@pytest.mark.parametrize("lang", LANGS)
def test_who_is_working_is_asked_once_remembered_and_switched(
    make_window, context, dialogs, lang
) -> None:
    records = context.records()
    records.staff.add("Rosa Pérez", "nurse")
    records.staff.add("Dr. Luis Gómez", "physician")
    dialogs.person = "Dr. Luis Gómez"
    window = make_window(lang)
    asked = tr("StaffDialog", "Who is using the program now?")
    assert dialogs.asked.count(asked) == 1
    assert window.working_action.text() == tr("StaffDialog", "Working as: {0}").format(
        "Dr. Luis Gómez"
    )
    assert window.start.clinician.text() == "Dr. Luis Gómez"  # a physician: the clinician
    assert WORKING_AS.get(window.settings) == "Dr. Luis Gómez"
    dialogs.person = "Rosa Pérez"
    window.working_action.trigger()  # the toolbar's quick switch
    assert window.services.staff.working.name == "Rosa Pérez"
    window.open_demo()
    window.controller.update(lambda r: replace(r, private_notes="Seen by the nurse"))
    window.controller.flush()
    changes = window.services.consultations.changes(window.controller.consultation_id)
    assert changes[-1].changed_by == "Rosa Pérez"


def test_the_person_remembered_here_is_not_asked_again(make_window, context, dialogs) -> None:
    context.records().staff.add("Rosa Pérez", "nurse")
    first = make_window()
    WORKING_AS.set(first.settings, "Rosa Pérez")
    first.settings.sync()
    second = make_window()
    assert dialogs.asked.count(tr("StaffDialog", "Who is using the program now?")) == 1
    assert second.services.staff.working.name == "Rosa Pérez"


def _planned(window, catalog, name: str, number: str, when: dt.date) -> int:
    demo = demo_consultation(catalog)
    record = replace(
        demo,
        patient=replace(demo.patient, name=name, record_number=number),
        procedure=Procedure(therapy="scs", kind="implant", date=when, place="Theatre 2"),
    )
    return window.services.consultations.start(record).id


def _rows(tree) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [
        [tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
        for i in range(tree.topLevelItemCount())
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_the_procedures_list_filters_and_opens_a_procedure(
    make_window, qtbot, catalog, lang
) -> None:
    window = make_window(lang)
    window.open_demo()  # its trial: 3 done, 1 not needed, a problem
    soon = _planned(window, catalog, "Ana Soon", "H-1", dt.date(2026, 12, 9))
    _planned(window, catalog, "Bo Later", "H-2", dt.date(2027, 2, 1))
    window.procedures_action.trigger()
    view = window.workspace.procedures
    assert window.stack.currentWidget() is view and window.controller.record is None
    view.today = lambda: dt.date(2026, 12, 14)  # the demo's trial day, a Monday
    view.refresh()
    rows = _rows(view.list)
    assert [row[2] for row in rows] == ["H-1", "DEMO-0001", "H-2"]  # by date
    total = len(catalog.checklist)
    assert rows[1][4] == tr("ProcedureEditor", "Trial")
    assert rows[1][6] == tr("ProceduresView", "{0} done, {1} not needed, {2} to do").format(
        3, 1, total - 4
    ) + tr("ProceduresView", ", {0} problem(s)").format(1)
    assert rows[0][4:6] == [tr("ProcedureEditor", "Implant"), "Theatre 2"]
    view.filter.setCurrentIndex(view.filter.findData("week"))  # 14 to 20 December
    assert [row[2] for row in _rows(view.list)] == ["DEMO-0001"]
    view.filter.setCurrentIndex(view.filter.findData("overdue"))  # its day came or went
    assert [row[2] for row in _rows(view.list)] == ["H-1", "DEMO-0001"]
    view.filter.setCurrentIndex(view.filter.findData("incomplete"))
    assert len(_rows(view.list)) == 3
    view.filter.setCurrentIndex(view.filter.findData("all"))
    view.list.setFocus()
    qtbot.keyClick(view.list, Qt.Key.Key_Return)  # the first: Ana's implant
    screen = window.workspace.screen
    assert window.stack.currentWidget() is screen and screen.consultation_id == soon
    # an implant: every item but the trial's own (its diary)
    assert len(screen.rows) == total - sum(item.with_trial for item in catalog.checklist)


@pytest.mark.parametrize("lang", LANGS)
def test_a_checklist_item_and_a_call_are_saved_signed_and_printed(
    make_window, qtbot, context, catalog, dialogs, lang
) -> None:
    context.records().staff.add("Rosa Pérez", "nurse")
    dialogs.person = "Rosa Pérez"
    window = make_window(lang)
    window.open_demo()
    cid = window.controller.consultation_id
    window.workspace.show_procedure(cid)
    screen = window.workspace.screen
    consent = next(row for row in screen.rows if row.item.id == "consent")
    consent.note.setFocus()
    type_text(consent.note, "Firmado el día 1")
    consent.state.setFocus()
    qtbot.keyClick(consent.state, Qt.Key.Key_Down)  # "Not yet" -> "Done", by keyboard
    stored = window.services.pathway.load(cid).record.procedure
    mark = stored.mark("consent")
    assert (mark.state, mark.by, mark.note) == ("done", "Rosa Pérez", "Firmado el día 1")
    assert consent.who.text().startswith("Rosa Pérez, ")
    assert screen.status.text() == tr("ProcedureScreen", "Checklist: {0}").format(
        tr("ProceduresView", "{0} done, {1} not needed, {2} to do").format(
            4, 1, len(applicable(stored, catalog)) - 5
        )
        + tr("ProceduresView", ", {0} problem(s)").format(1)
    )
    calls = screen.calls
    calls.kind.setCurrentIndex(calls.kind.findData("follow_up"))
    calls.reached.setChecked(False)
    type_text(calls.said, "Buzón de voz; volveré a llamar")
    calls.day.set_value(dt.date(2026, 12, 1))
    qtbot.keyClicks(calls.time, "9h75")  # not a time: nothing recorded, the reason shown
    calls.record_button.click()
    assert len(window.services.pathway.load(cid).record.procedure.calls) == 1
    assert calls.time_problem.text() and window.focusWidget() is calls.time
    calls.time.clear()
    qtbot.keyClicks(calls.time, "9.15")
    calls.record_button.click()
    last = window.services.pathway.load(cid).record.procedure.calls[-1]
    assert (last.kind, last.reached, last.by) == ("follow_up", False, "Rosa Pérez")
    assert last.at.astimezone().replace(tzinfo=None) == dt.datetime(2026, 12, 1, 9, 15)
    listed = _rows(calls.list)
    assert listed[0][0] == "2026-12-01 09:15"
    assert listed[0][1:5] == [
        tr("CallsPanel", "Follow-up"),
        "Rosa Pérez",
        tr("CallsPanel", "not reached"),
        "Buzón de voz; volveré a llamar",
    ]
    assert calls.said.toPlainText() == ""
    screen.print_button.click()
    (saved,) = dialogs.folder.glob("*.pdf")
    text = " ".join(pdf_text(saved.read_bytes()).split())
    assert "Firmado el día 1" in text and "Buzón de voz; volveré a llamar" in text
    kinds = [d.kind for d in window.services.consultations.documents(cid)]
    assert kinds == ["nurse_checklist"]
    # the calls are in the patient's history too
    window.show_patient(window.services.consultations.load(cid).patient_id)
    history = _rows(window.patient_view.calls)
    assert [row[5] for row in history] == [
        "Buzón de voz; volveré a llamar",
        demo_consultation(catalog, lang).procedure.calls[0].said,
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_the_new_screens_read_in_order_by_keyboard_with_every_stop_named(
    make_window, qtbot, lang
) -> None:
    from ui.test_keyboard import check_chain, clashes

    window = make_window(lang)
    window.open_demo()
    cid = window.controller.consultation_id
    window.workspace.show_procedures()
    qtbot.wait(10)
    assert check_chain(window.workspace.procedures) == []
    assert clashes(window.workspace.procedures) == []
    window.workspace.show_procedure(cid)
    qtbot.wait(10)
    screen = window.workspace.screen
    assert check_chain(screen) == []
    assert clashes(screen) == []
    assert window.focusWidget() is screen.rows[0].state  # the first item, ready to mark
    dialog = StaffDialog(window.services.staff, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert check_chain(dialog) == [] and clashes(dialog) == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_clinician_is_chosen_from_the_staff_still_working_and_an_old_name_is_kept(
    make_window, context, qtbot, lang
) -> None:
    records = context.records()
    records.staff.add("Dr. Luis Gómez", "physician")
    records.staff.retire(records.staff.add("Dr. Old Leaver", "physician").id)
    window = make_window(lang)
    window.open_demo()
    cid = window.controller.consultation_id
    typed = window.controller.record.clinician.name  # the demo's, typed: not on the list
    window.walkthrough.go(0)
    page = window.walkthrough.page("patient")
    fields = (window.start.clinician, page.clinician, window.patient_view.clinician)
    for field in fields:
        assert not field.isEditable()  # chosen, not typed
        items = [field.itemText(row) for row in range(field.count())]
        assert items[0] == "Dr. Luis Gómez" and not any("Old Leaver" in i for i in items)
    not_listed = tr("ClinicianField", "{0} (not on the staff list)").format(typed)
    assert page.clinician.currentText() == typed and page.clinician.count() == 2
    assert page.clinician.itemText(page.clinician.currentIndex()) == not_listed
    page.clinician.setFocus()
    qtbot.keyClick(page.clinician, Qt.Key.Key_Up)  # the staff's name, by keyboard
    window.controller.flush()
    stored = window.services.consultations.load(cid).record.clinician
    assert stored.name == "Dr. Luis Gómez"


def test_with_no_staff_list_the_clinician_is_typed(make_window, qtbot) -> None:
    window = make_window()
    window.open_demo()
    window.walkthrough.go(0)
    field = window.walkthrough.page("patient").clinician
    assert field.isEditable()
    field.setFocus()
    field.selectAll()
    type_text(field, "Dra. Nueva")
    window.controller.flush()
    stored = window.services.consultations.load(window.controller.consultation_id).record
    assert stored.clinician.name == "Dra. Nueva"


def test_with_no_staff_list_nobody_is_asked_and_the_switch_says_why(window, dialogs) -> None:
    assert window.working_action.text() == tr("StaffDialog", "Working as: nobody chosen")
    assert dialogs.asked == []  # a single-user install keeping no list is never asked
    window.working_action.trigger()
    assert dialogs.asked == [
        tr("StaffDialog", "The staff list is empty: add the people who work here first.")
    ]
    window.staff_action.trigger()
    assert dialogs.staff_lists == 1


def test_the_nurses_checklist_is_in_the_programs_language_and_rebuilt_so(
    make_window, context, catalog, dialogs
) -> None:
    # a Spanish-speaking nurse preparing an English-speaking patient's procedure reads
    # her own form in Spanish; the patient's record keeps its language
    from neuromod_aid.app.rebuild import rebuild
    from neuromod_aid.present.wording import Wording

    window = make_window("es")
    cid = window.controller.start(demo_consultation(catalog, "en"), is_demo=True)
    window.workspace.show_procedure(cid)
    window.workspace.screen.print_button.click()
    (saved,) = dialogs.folder.glob("*.pdf")
    text = " ".join(pdf_text(saved.read_bytes()).split())
    assert Wording(catalog, "es")("nc_title") in text
    assert Wording(catalog, "en")("nc_title") not in text
    (made,) = window.services.consultations.documents(cid)
    assert made.language == "es"
    assert window.services.consultations.load(cid).record.language == "en"
    again = rebuild(window.services.consultations, window.services.content, made.id)
    assert pdf_text(again.data) == pdf_text(saved.read_bytes())


def test_a_checklist_that_cannot_be_written_says_so_and_records_nothing(
    make_window, catalog, dialogs, tmp_path
) -> None:
    window = make_window("en")
    window.open_demo()
    cid = window.controller.consultation_id
    window.workspace.show_procedure(cid)
    dialogs.folder = tmp_path / "a folder since removed"
    window.workspace.screen.print_button.click()  # no traceback: a message
    (said,) = dialogs.warnings
    assert "could not be written" in said
    assert window.services.consultations.documents(cid) == []
