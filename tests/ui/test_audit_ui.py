"""The audit log in the window: the patient view's "History of changes" (who did what,
newest first) in both languages, and a nurse's refused change said in one line."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from neuromod_aid.consultation import Patient
from neuromod_aid.demo import demo_consultation
from neuromod_aid.ui.selftest import type_text

WORDS = {
    "en": ("History of changes", "Patient's details corrected", "Consultation started"),
    "es": ("Historial de cambios", "Datos del paciente corregidos", "Consulta iniciada"),
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_patient_view_shows_who_changed_what(make_window, qtbot, catalog, lang) -> None:
    window = make_window(lang)
    services = window.services
    services.staff.add("Dr Ana Ruiz", "physician")
    services.staff.choose("Dr Ana Ruiz")
    patient = Patient(name="María López", record_number="H-5")
    stored = services.consultations.start(replace(demo_consultation(catalog), patient=patient))
    window.show_patient(stored.patient_id)
    view = window.patient_view
    view.name.clear()
    type_text(view.name, "María López Gea")
    qtbot.mouseClick(view.save_details, Qt.MouseButton.LeftButton)

    heading, corrected, started = WORDS[lang]
    panel = view.changes
    assert panel.title() == heading
    rows = [
        [panel.list.topLevelItem(i).text(c) for c in range(3)]
        for i in range(panel.list.topLevelItemCount())
    ]
    assert [row[1:] for row in rows] == [["Dr Ana Ruiz", corrected], ["Dr Ana Ruiz", started]]
    assert all(row[0][:4].isdigit() for row in rows)  # when, as a date and time
    assert all("María" not in cell for row in rows for cell in row)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_nurse_unmarking_a_risk_is_refused_in_one_line(make_window, qtbot, lang) -> None:
    window = make_window(lang)
    services = window.services
    services.staff.add("Dr Ana Ruiz", "physician")
    services.staff.add("Rosa Pérez", "nurse")
    window.open_demo()
    services.staff.choose("Rosa Pérez")
    window.walkthrough.go(3)
    page = window.walkthrough.page("risks")
    before = services.consultations.latest(window.controller.consultation_id).record
    row = next(r for r in page.rows if r.discussed.isChecked())
    row.discussed.click()
    assert not window.controller.flush()
    text = window.save_banner.text.text()
    assert window.save_banner.isVisible()
    assert text.count("\n") == 0
    assert ("only a physician" if lang == "en" else "solo un médico") in text
    # what to do about it, not "correct it": a nurse cannot make the change at all
    assert ("let a physician make it" if lang == "en" else "que lo haga un médico") in text
    after = services.consultations.latest(window.controller.consultation_id).record
    assert after.risks_discussed == before.risks_discussed


def _review_as_the_nurse(window, decided: str | None = None):  # type: ignore[no-untyped-def]
    """The demo's trial review, opened by the nurse Rosa Pérez (a physician on the list
    too), after the physician recorded ``decided`` when given."""
    services = window.services
    services.staff.add("Dr Ana Ruiz", "physician")
    services.staff.add("Rosa Pérez", "nurse")
    services.staff.choose("Dr Ana Ruiz")
    window.open_demo()
    cid = window.controller.consultation_id
    if decided is not None:
        services.pathway.decide(cid, decided, "Little relief")
    services.staff.choose("Rosa Pérez")
    window.workspace.show_procedure(cid)
    window.workspace.screen.review_button.click()
    return window.workspace.review, cid


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_nurse_recording_the_trial_decision_is_told_a_physician_does(make_window, lang) -> None:
    window = make_window(lang)
    services = window.services
    review, cid = _review_as_the_nurse(window)
    type_text(review.reasons, "Más de la mitad del dolor se fue")
    review.decide_button.click()
    said = review.decided.text()
    assert ("only a physician" if lang == "en" else "solo un médico") in said
    assert "\n" not in said
    assert review.reasons.toPlainText() == "Más de la mitad del dolor se fue"  # kept
    procedure = services.consultations.latest(cid).record.procedure
    assert procedure is not None and procedure.decision is None


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_nurse_withdrawing_the_trial_decision_is_told_a_physician_does(
    make_window, dialogs, lang
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(lang)
    review, cid = _review_as_the_nurse(window, decided="no_implant")
    type_text(review.reasons, "Typed for the wrong patient")
    review.withdraw_button.click()  # the scripted dialogs answer yes
    said = review.decided.text()
    assert ("only a physician" if lang == "en" else "solo un médico") in said
    assert "\n" not in said
    procedure = window.services.consultations.latest(cid).record.procedure
    assert procedure is not None and procedure.decision is not None  # still decided
