"""A returning patient: found and chosen by keyboard, their record lists every
consultation, and a new one can start from the last one, never silently."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from neuromod_aid.app.consultations import Consultations
from neuromod_aid.consultation import Patient, Procedure
from neuromod_aid.demo import demo_consultation
from neuromod_aid.ui.focus import tab_chain

ANA = Patient(name="Ana Torres Vidal", record_number="H-5150")


def _store(window, catalog, lang="en", **changes) -> int:
    record = replace(demo_consultation(catalog, lang), patient=ANA, **changes)
    return Consultations(window.services.consultations.database).start(record).id


def _find_ana(window, qtbot, key=Qt.Key.Key_Return) -> None:
    window.show_start()
    start = window.start
    start.clinician.setText("Dr Ruiz")
    qtbot.keyClicks(start.search, "torres")
    qtbot.waitUntil(lambda: start.results.count() == 1)
    qtbot.keyClick(start.search, key)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_down_on_the_only_match_chooses_it_and_enter_opens_it(
    make_window, qtbot, catalog, lang
) -> None:
    window = make_window(ui_lang=lang)
    _store(window, catalog, lang)
    _find_ana(window, qtbot, Qt.Key.Key_Down)
    start = window.start
    assert start.results.hasFocus()
    assert start.chosen_patient().name == ANA.name
    assert ANA.name in start.new_hint.text()
    qtbot.keyClick(start.results, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.patient_view
    assert window.patient_view.shown.name == ANA.name


def test_every_earlier_consultation_is_listed_with_the_patient(window, qtbot, catalog) -> None:
    for day in range(1, 26):
        _store(window, catalog, date=demo_consultation(catalog).date.replace(day=day))
    _find_ana(window, qtbot)
    assert window.start.recent.count() == 20  # the start screen shows the latest 20
    assert window.patient_view.history.topLevelItemCount() == 25


def _carried_start(window, qtbot, catalog, lang="en", carry=True):
    procedure = Procedure(
        therapy="scs", blood_thinners=("clopidogrel",), allergies=("Penicillin: rash",)
    )
    earlier_id = _store(window, catalog, lang, procedure=procedure)
    _find_ana(window, qtbot)
    view = window.patient_view
    window.activateWindow()  # the mnemonics reach the active window
    qtbot.waitUntil(window.isActiveWindow)
    if not carry:
        qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)  # Carr&y over
        qtbot.waitUntil(lambda: not view.carry.isChecked())
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # Start a &new
    qtbot.waitUntil(lambda: window.controller.consultation_id not in (None, earlier_id))
    return window.services.consultations.load(earlier_id).record


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_offer_names_what_carries_over_and_from_when(make_window, qtbot, catalog, lang):
    window = make_window(ui_lang=lang)
    earlier = _store(window, catalog, lang)
    record = window.services.consultations.load(earlier).record
    _find_ana(window, qtbot)
    view = window.patient_view
    assert view.carry.isVisible() and view.carry.isChecked()
    assert record.date.isoformat() in view.carry.text()
    for condition in record.conditions:
        assert catalog.condition(condition).name(lang) in view.carried.text()
    for area in record.pain_areas:
        assert catalog.pain_area(area).name(lang) in view.carried.text()
    for tried in record.treatments_tried:
        assert tried in view.carried.text()


@pytest.mark.parametrize("lang", ["en", "es"])
def test_carried_over_values_are_shown_as_such_until_checked(make_window, qtbot, catalog, lang):
    window = make_window(ui_lang=lang)
    earlier = _carried_start(window, qtbot, catalog, lang)
    record = window.controller.record
    assert record.conditions == earlier.conditions
    assert record.pain_areas == earlier.pain_areas
    assert record.treatments_tried == earlier.treatments_tried
    assert record.procedure is None  # allergies and blood thinners are asked again
    window.walkthrough.go_to_field(1)
    page = window.walkthrough.page("pain")
    banner = page.carried
    assert banner.isVisible()
    said = banner.text.text()
    assert earlier.date.isoformat() in said
    assert "Penicillin: rash" in said and "Clopidogrel" in said  # named, to ask again
    assert page.condition_boxes[earlier.conditions[0]].isChecked()  # editable as usual
    # the record itself says so, in the notes that are never printed
    notes = window.controller.record.private_notes
    assert earlier.date.isoformat() in notes
    window.controller.flush()
    consultation_id = window.controller.consultation_id
    window.show_start()
    window.open_consultation(consultation_id)  # still unchecked when reopened
    window.walkthrough.go_to_field(1)
    assert banner.isVisible()
    assert banner.confirm.hasFocus()  # the step's first field
    stops = tab_chain(window.walkthrough)  # Tab reads it first, then the conditions
    first_condition = page.condition_boxes[page.services.catalog.conditions[0].id]
    assert stops.index(banner.confirm) + 1 == stops.index(first_condition)
    QTest.keyClick(banner.confirm, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not banner.isVisible())
    checked = window.controller.record.private_notes
    assert checked != notes and earlier.date.isoformat() in checked
    assert window.controller.record.conditions == earlier.conditions
    assert page.condition_boxes[page.services.catalog.conditions[0].id].hasFocus()


def test_unticking_the_offer_starts_empty(window, qtbot, catalog) -> None:
    _carried_start(window, qtbot, catalog, carry=False)
    record = window.controller.record
    assert (record.conditions, record.pain_areas, record.treatments_tried) == ((), (), ())
    assert record.private_notes == ""
    window.walkthrough.go_to_field(1)
    assert not window.walkthrough.page("pain").carried.isVisible()
