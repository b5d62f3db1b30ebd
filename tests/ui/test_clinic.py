"""The clinic's details: set once, carried by every new consultation and its summary."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QRect, Qt

from neuromod_aid.app.clinic import is_fallback
from neuromod_aid.consultation import Clinic
from neuromod_aid.db import clinic_repo as repo
from neuromod_aid.ui.app import open_window
from neuromod_aid.ui.clinic import ClinicDialog
from neuromod_aid.ui.selftest import PATIENT, drive

CLINIC = Clinic(
    name="Unidad del Dolor Norte",
    phone="+34 900 123 456",
    email="dolor@example.org",
    address="Calle Mayor 1, Madrid",
    hours={"es": "L-V 8:00-15:00"},
)


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def test_first_start_prompts_for_the_clinic_without_blocking(window, dialogs) -> None:
    assert window.start.clinic_area.prompt.isVisible()
    assert dialogs.clinic_shown == []  # no dialog forced on start
    dialogs.clinic_answer = CLINIC
    window.start.clinic_area.prompt_button.click()
    assert not window.start.clinic_area.prompt.isVisible()
    assert "Unidad del Dolor Norte" in window.start.clinic_area.line.text()
    with window.services.consultations.database.session() as session:
        assert repo.clinic_profile(session) == CLINIC


def test_the_toolbar_opens_the_saved_details(window, dialogs) -> None:
    with window.services.consultations.database.session() as session:
        repo.save_clinic_profile(session, CLINIC)
    window.clinic_action.trigger()
    assert dialogs.clinic_shown == [CLINIC]


def test_a_new_consultation_and_its_pdf_carry_the_clinic(window, dialogs) -> None:
    dialogs.clinic_answer = CLINIC
    window.clinic_action.trigger()
    exported = drive(window, dialogs.folder)
    assert window.controller.record.clinic == CLINIC
    assert window.controller.record.patient.name == PATIENT
    text = pdf_text(exported.read_bytes())
    assert "Unidad del Dolor Norte" in text
    assert "900 123 456" in text
    assert not any("clinic" in asked.lower() for asked in dialogs.asked)


def test_without_details_the_stand_in_follows_the_summary_language(make_window) -> None:
    window = make_window("en")
    window.new_consultation("Ana Pérez", "Dr. Ruiz")
    assert is_fallback(window.controller.record.clinic, window.services.catalog)
    assert window.controller.record.clinic.name != "Pain clinic"
    patient = window.walkthrough.page("patient")
    patient.language.setCurrentIndex(patient.language.findData("es"))
    record = window.controller.record
    assert record.language == "es"
    assert record.clinic.name == "la unidad del dolor"


def test_export_offers_the_clinic_details_when_missing(window, dialogs) -> None:
    dialogs.clinic_answer = CLINIC
    exported = drive(window, dialogs.folder)
    assert any("clinic" in asked.lower() for asked in dialogs.asked)
    assert "Unidad del Dolor Norte" in pdf_text(exported.read_bytes())
    with window.services.consultations.database.session() as session:
        assert repo.clinic_profile(session) == CLINIC


def test_the_dialog_needs_a_name(qtbot) -> None:
    dialog = ClinicDialog(None)
    qtbot.addWidget(dialog)
    dialog.phone.setText("123")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.problem.text()
    dialog.name.setText("  Clínica  ")
    dialog.address.setPlainText("Calle 1\nMadrid")
    assert dialog.clinic() == Clinic(name="Clínica", phone="123", address="Calle 1, Madrid")


def _places(start) -> dict[str, QRect]:
    """Where the start screen's fields and buttons are, in window coordinates."""
    targets = {
        "search": start.search,
        "clinician": start.clinician,
        "new": start.new_button,
        "recent": start.recent,
        "open": start.open_button,
        "demo": start.demo_button,
        "clinic": start.clinic_area.button,
    }
    window = start.window()
    return {
        name: QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        for name, widget in targets.items()
    }


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_clinic_banner_moves_nothing_on_the_start_screen(
    qtbot, qapp, context, dialogs, lang
) -> None:
    window = open_window(context, dialogs=dialogs, ui_lang=lang)  # records not open yet
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    start = window.start
    qapp.processEvents()
    before = _places(start)
    assert not start.clinic_area.prompt.isVisible()

    window.attach(context.records())  # no clinic yet: the banner shows
    qtbot.waitUntil(start.clinic_area.prompt.isVisible)
    qapp.processEvents()
    assert _places(start) == before

    dialogs.clinic_answer = CLINIC
    qtbot.mouseClick(start.clinic_area.prompt_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not start.clinic_area.prompt.isVisible())
    qapp.processEvents()
    assert _places(start) == before
    assert "Unidad del Dolor Norte" in start.clinic_area.line.text()
    assert start.clinic_area.line.isVisible()
    window.controller.flush()


def test_saving_the_clinic_reaches_the_unfinished_consultations_begun_without_it(
    window, dialogs
) -> None:
    window.new_consultation("Early Patient", "Dr. Ruiz")
    early = window.controller.consultation_id
    window.show_start()
    dialogs.clinic_answer = CLINIC
    window.start.clinic_area.prompt_button.click()
    assert window.services.consultations.load(early).record.clinic == CLINIC
