"""The patient screen: this patient's content only, never the clinician's notes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from neuromod_aid.ui.presentation import STEP_IDS


def test_the_patient_screen_follows_the_steps_and_hides_notes(window, qtbot) -> None:
    window.open_demo()
    notes = window.controller.record.clinician_notes
    assert notes
    window.present_action.setChecked(True)
    screen = window.presentation
    qtbot.waitExposed(screen)
    for index, step in enumerate(STEP_IDS):
        window.walkthrough.go(index)
        screen.rebuild()
        assert screen.step == step
        shown = screen.text()
        assert notes not in shown
        assert "Leg pain is worse" not in shown
    window.walkthrough.go(4)
    screen.rebuild()
    assert "Will I still need my pain medicines?" in screen.text()


def test_no_other_patient_appears(window, qtbot) -> None:
    window.new_consultation("Other Person", "Dr. One")
    window.open_demo()
    window.present_action.setChecked(True)
    for index in range(len(STEP_IDS)):
        window.walkthrough.go(index)
        window.presentation.rebuild()
        assert "Other Person" not in window.presentation.text()


def test_escape_leaves_and_f5_toggles(window, qtbot) -> None:
    window.open_demo()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.presentation.isVisible()
    qtbot.keyClick(window.presentation, Qt.Key.Key_Escape)
    assert not window.presentation.isVisible()
    assert not window.present_action.isChecked()


def test_the_options_screen_shows_the_option_opened(window) -> None:
    window.open_demo()
    window.walkthrough.go(2)
    options = window.walkthrough.page("options")
    options.cards["current_care"].open_button.click()
    window.present_action.setChecked(True)
    window.presentation.rebuild()
    care = window.services.catalog.current_care.name("en")
    assert care in window.presentation.text()


def test_after_a_step_change_only_the_new_step_is_shown(window, qtbot) -> None:
    window.open_demo()
    record = window.controller.record
    catalog = window.services.catalog
    window.present_action.setChecked(True)
    screen = window.presentation
    qtbot.waitExposed(screen)
    window.walkthrough.go(1)  # pain: the conditions and what they are
    condition = catalog.condition(record.conditions[0]).what_it_is(record.language)
    qtbot.waitUntil(lambda: screen.step == "pain" and condition in screen.text())
    window.walkthrough.go(4)  # questions, through the screen's own timer
    qtbot.waitUntil(lambda: "Will I still need my pain medicines?" in screen.text())
    shown = screen.text()
    assert condition not in shown
    assert record.clinician_notes not in shown
    labels = screen.host.findChildren(QLabel)
    assert labels and all(label.isVisibleTo(screen) for label in labels)
    assert all(label.font().pointSizeF() >= 20 for label in labels)
    window.walkthrough.go(1)
    screen.rebuild()  # at once, before the event loop runs: nothing of the last step left
    assert "Will I still need my pain medicines?" not in screen.text()
    assert condition in screen.text()
    for index in range(len(STEP_IDS)):
        window.walkthrough.go(index)
        screen.rebuild()
        assert record.clinician_notes not in screen.text()
