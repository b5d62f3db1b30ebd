"""The clinician sees which language each printed field is printed in, and the
clinic's worded details are entered for every language."""

from __future__ import annotations

from neuromod_aid.consultation import Clinic
from neuromod_aid.ui.clinic import ClinicDialog


def test_printed_fields_say_they_are_printed_in_the_summary_language(window) -> None:
    window.new_consultation("Carmen Idioma", "Dr. One")
    patient = window.walkthrough.page("patient")
    patient.language.setCurrentIndex(patient.language.findData("es"))
    window.walkthrough.go(4)
    questions = window.walkthrough.page("questions")
    badges = questions._printed_in
    assert len(badges) == 3  # the patient's questions, the notes for them, the next steps
    assert all(b.text() == "Printed for the patient in Spanish." for b in badges)
    window.walkthrough.go(1)
    assert window.walkthrough.page("pain")._printed_in[0].text().endswith("Spanish.")
    window.walkthrough.go(0)
    patient.language.setCurrentIndex(patient.language.findData("en"))
    window.walkthrough.go(4)
    assert badges[0].text() == "Printed for the patient in English."


def test_in_a_spanish_window_the_line_names_the_language_in_spanish_as_it_changes(
    make_window,
) -> None:
    window = make_window(ui_lang="es")
    window.new_consultation("Carmen Idioma", "Dr. One")
    patient = window.walkthrough.page("patient")
    patient.language.setCurrentIndex(patient.language.findData("en"))
    (line,) = patient._printed_in
    assert line.text() == "Se imprime para el paciente en inglés."  # at once, on the step
    patient.language.setCurrentIndex(patient.language.findData("es"))
    assert line.text() == "Se imprime para el paciente en español."


def test_the_private_notes_are_named_so_nobody_prints_them_by_mistake(window) -> None:
    window.new_consultation("Nora Notes", "Dr. One")
    window.walkthrough.go(4)
    questions = window.walkthrough.page("questions")
    assert "never printed" in questions.private_notes.accessibleDescription().lower()
    assert questions.patient_notes.accessibleName() == "Notes for the patient"


def test_the_clinic_dialog_keeps_each_language_apart(qtbot) -> None:
    clinic = Clinic(
        name="Unidad del Dolor Norte",
        hours={"en": "Mon to Fri", "es": "De lunes a viernes"},
        out_of_hours={"es": "Llame a la centralita."},
        out_of_hours_phone="+34 900 999 999",
    )
    dialog = ClinicDialog(clinic, {"en": "English", "es": "Español"})
    qtbot.addWidget(dialog)
    assert dialog.hours["es"].text() == "De lunes a viernes"
    dialog.out_of_hours["en"].setPlainText("Call the\nswitchboard.")
    assert dialog.clinic() == Clinic(
        name="Unidad del Dolor Norte",
        hours={"en": "Mon to Fri", "es": "De lunes a viernes"},
        out_of_hours={"en": "Call the switchboard.", "es": "Llame a la centralita."},
        out_of_hours_phone="+34 900 999 999",
    )
