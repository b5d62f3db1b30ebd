"""The system URI of the clinic's record numbers, set in Clinic details: typed, checked
(the reason said in the program's language), kept, and named in the hospital record."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from neuromod_aid.consultation import Clinic
from neuromod_aid.identifier_system import PLACEHOLDER
from neuromod_aid.ui.clinic import ClinicDialog

SUMMARY = 5
REFUSED = {
    "en": ("Record numbers' system not saved", "numbers and dots only"),
    "es": ("No se guardó el sistema de los números de historia", "solo números y puntos"),
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_dialog_takes_only_a_system_uri_and_says_why(make_window, qtbot, lang) -> None:
    window = make_window(ui_lang=lang)
    dialog = ClinicDialog(Clinic(name="Unidad del Dolor"), {}, window, "urn:oid:1.2.3")
    qtbot.addWidget(dialog)
    assert dialog.identifier_system.text() == "urn:oid:1.2.3"  # what was saved, shown
    dialog.identifier_system.setFocus()
    dialog.identifier_system.selectAll()
    qtbot.keyClicks(dialog.identifier_system, "urn:oid:1.2.x")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    said, why = REFUSED[lang]
    assert said in dialog.system_problem.text() and why in dialog.system_problem.text()
    assert not dialog.system_problem.isHidden()
    assert dialog.identifier_system.accessibleDescription() == dialog.system_problem.text()
    dialog.identifier_system.selectAll()
    qtbot.keyClicks(dialog.identifier_system, " https://hospital.example/mrn ")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    settings = dialog.settings()
    assert settings is not None
    assert settings.identifier_system == "https://hospital.example/mrn"
    assert dialog.system_problem.isHidden()


def test_it_is_kept_with_the_clinic_details_and_named_in_the_hospital_record(
    window, dialogs
) -> None:
    window.open_demo()
    window.walkthrough.go(SUMMARY)
    page = window.walkthrough.page("summary")
    page.hospital.button.click()  # not set yet: the stand-in, and the step says so
    (first,) = dialogs.folder.glob("*.json")
    assert _system(first) == PLACEHOLDER
    assert "Clinic details (Ctrl+Shift+D)" in page.status.text()
    first.unlink()
    dialogs.clinic_answer = Clinic(name="Unidad del Dolor Norte", phone="900 123 456")
    dialogs.system_answer = "urn:oid:2.16.724.4.9.10"
    window.clinic_action.trigger()
    assert window.services.clinic.identifier_system() == "urn:oid:2.16.724.4.9.10"
    window.clinic_action.trigger()  # opened again: with the system saved
    assert dialogs.system_shown == ["", "urn:oid:2.16.724.4.9.10"]
    page.hospital.button.click()
    (second,) = dialogs.folder.glob("*.json")
    assert _system(second) == "urn:oid:2.16.724.4.9.10"
    assert "Clinic details" not in page.status.text()


def _system(path) -> str:  # type: ignore[no-untyped-def]
    bundle = json.loads(path.read_text(encoding="utf-8"))
    (patient,) = [
        e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient"
    ]
    return str(patient["identifier"][0]["system"])


def test_the_field_is_reached_by_its_own_key(qtbot) -> None:
    dialog = ClinicDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.name.setFocus()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    assert dialog.identifier_system.hasFocus()
