"""Wording inside patient-facing content follow the summary language, not the program's."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QApplication

from neuromod_aid.ui.widgets.body_map import BodyMap


def _spanish_demo(window):
    window.open_demo()  # an English program: the demo is English
    window.controller.update(lambda record: replace(record, language="es"))
    return window.controller.record


def test_option_reasons_name_their_source_in_the_summary_language(window) -> None:
    _spanish_demo(window)
    window.walkthrough.go(2)
    reasons = [card.reason.text() for card in window.walkthrough.page("options").cards.values()]
    with_source = [text for text in reasons if "Fuente:" in text or "Source:" in text]
    assert with_source, "the demo must have a commonly-considered option with a source"
    assert all("Fuente:" in text and "Source:" not in text for text in with_source)


def test_the_patient_screen_body_map_speaks_the_summary_language(window) -> None:
    _spanish_demo(window)
    window.walkthrough.go(1)
    window.present_action.setChecked(True)
    window.presentation.rebuild()
    QApplication.processEvents()
    maps = window.presentation.host.findChildren(BodyMap)
    assert maps
    _, sides = maps[0].side_labels("front")
    assert {text for _, text in sides} == {"Derecha", "Izquierda"}
    window.present_action.setChecked(False)


def test_the_physicians_body_map_speaks_the_programs_language(window) -> None:
    _spanish_demo(window)
    window.walkthrough.go(1)
    _, sides = window.walkthrough.page("pain").body_map.side_labels("front")
    assert {text for _, text in sides} == {"Right", "Left"}


def test_the_sure_questions_are_asked_in_the_summary_language(window) -> None:
    # an English-speaking program, a Spanish-speaking patient: read aloud in Spanish
    window.new_consultation("Lucía Prueba", "Dr. One")
    window.controller.update(lambda record: replace(record, language="es"))
    window.walkthrough.go(4)
    page = window.walkthrough.page("questions")
    asked = [label.text() for label in page.sure_labels]
    assert all(question.startswith("¿") for question in asked), asked
    yes = page.sure_groups["sure"].button(1)
    assert yes.accessibleName() == f"Yes: {asked[0]}"
