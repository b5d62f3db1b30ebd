"""Finding a patient as you type: what Enter opens answers the text typed now, never a
list found for fewer keys (a barcode scanner types a record number and Enter at once)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from neuromod_aid.consultation import Patient

ANA = Patient(name="Ana Torres", record_number="H0012")
BEA = Patient(name="Bea Ruiz", record_number="H00123")


def _screen(window):
    """The start screen, with two patients whose record numbers share a beginning; what
    it asks to open is in ``start.opened``."""
    patients = window.services.patients
    start = window.start
    start.ids = {p.name: patients.bring_in(p)[0] for p in (ANA, BEA)}
    start.opened = []
    start.patient_requested.connect(start.opened.append)
    window.show_start()
    return start


@pytest.fixture
def start(window):
    return _screen(window)


def _typed(start, qtbot, text: str) -> None:
    qtbot.keyClicks(start.search, text)
    qtbot.waitUntil(lambda: not start.searching())


@pytest.mark.parametrize(("lang", "looking"), [("en", "Looking for"), ("es", "Buscando")])
def test_enter_at_once_after_the_last_key_opens_whose_number_was_typed(
    make_window, qtbot, lang, looking
) -> None:
    start = _screen(make_window(ui_lang=lang))
    _typed(start, qtbot, "H0012")
    assert start.chosen_patient().id == start.ids[ANA.name]  # her number in full
    qtbot.keyClicks(start.search, "3")
    qtbot.keyClick(start.search, Qt.Key.Key_Return)
    # the list still shows what "H0012" found: it is not what Enter opens
    assert start.opened == []
    assert not start.patient_button.isEnabled()
    assert start.new_hint.text().startswith(f"{looking} H00123")
    qtbot.waitUntil(lambda: start.opened != [])
    assert start.opened == [start.ids[BEA.name]]


def test_enter_before_a_list_of_several_opens_nobody_until_pressed_again(start, qtbot) -> None:
    _typed(start, qtbot, "Ruiz")
    start.search.clear()
    qtbot.keyClicks(start.search, "H00")
    qtbot.keyClick(start.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not start.searching())
    assert start.results.count() == 2
    assert start.opened == []  # two patients: the physician sees them and chooses
    shown = start.chosen_patient()
    assert shown is not None and shown.name in start.new_hint.text()
    qtbot.keyClick(start.search, Qt.Key.Key_Return)
    assert start.opened == [shown.id]


def test_a_key_typed_after_enter_cancels_it(start, qtbot) -> None:
    _typed(start, qtbot, "H0012")
    qtbot.keyClicks(start.search, "3")
    qtbot.keyClick(start.search, Qt.Key.Key_Return)
    qtbot.keyClick(start.search, Qt.Key.Key_Backspace)  # back to Ana's number
    qtbot.waitUntil(lambda: not start.searching())
    assert start.chosen_patient().id == start.ids[ANA.name]
    assert start.opened == []  # Enter was for "H00123", which is no longer typed


def test_a_patient_chosen_in_the_list_opens_as_shown(start, qtbot) -> None:
    _typed(start, qtbot, "H00")
    bea = start.results.findItems(BEA.name, Qt.MatchFlag.MatchStartsWith)[0]
    qtbot.keyClicks(start.search, "1")  # a search for "H001" is on its way
    start.results.itemActivated.emit(bea)  # double-clicked: the one the eye is on
    assert start.opened == [start.ids[BEA.name]]
