"""The patient screen: this patient's content only, never the clinician's notes."""

from __future__ import annotations

from dataclasses import replace
from html import escape

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFrame, QLabel

from neuromod_aid.ui.focus import tab_chain
from neuromod_aid.ui.presentation import STEP_IDS


def test_the_patient_screen_follows_the_steps_and_hides_notes(window, qtbot) -> None:
    window.open_demo()
    notes = window.controller.record.private_notes
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
    assert record.private_notes not in shown
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
        assert record.private_notes not in screen.text()


def _present(window, qtbot, step: int):
    """The patient screen open on ``step``, the main window active again (as after a click)."""
    window.present_action.setChecked(True)
    screen = window.presentation
    qtbot.waitExposed(screen)
    window.walkthrough.go(step)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QApplication.processEvents()  # the page laid out, as on screen
    return window.walkthrough.pages[step], screen


def _shows(screen, present: str, absent: str) -> bool:
    shown = screen.text()
    return present in shown and absent not in shown


def _highlighted(screen) -> str:
    frame = screen.host.findChild(QFrame, "shownRisk")
    return "" if frame is None else "\n".join(label.text() for label in frame.findChildren(QLabel))


def _risk_name(window, row) -> str:
    therapy = window.services.catalog.therapy(row.therapy_id)
    return therapy.risk(row.risk_id).name(window.controller.record.language)


def test_the_risks_screen_follows_the_jump_list(window, qtbot) -> None:
    window.open_demo()
    record = window.controller.record
    catalog = window.services.catalog
    scs, drg = (catalog.therapy(t).name("en") for t in ("scs", "drg"))
    page, screen = _present(window, qtbot, 3)
    qtbot.waitUntil(lambda: screen.step == "risks" and scs in screen.text())
    assert drg in screen.text()  # at the top of the step: every therapy discussed
    qtbot.mouseClick(page.jump_buttons["drg"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _shows(screen, drg, scs))
    first = next(row for row in page.rows if row.therapy_id == "drg")
    assert _risk_name(window, first) in _highlighted(screen)
    assert record.private_notes not in screen.text()
    page.jump_buttons["scs"].setFocus()
    qtbot.keyClick(page.jump_buttons["scs"], Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: _shows(screen, scs, drg))
    assert record.private_notes not in screen.text()


def test_the_risks_screen_follows_the_risk_focused(window, qtbot) -> None:
    window.open_demo()
    page, screen = _present(window, qtbot, 3)
    qtbot.mouseClick(page.jump_buttons["drg"], Qt.MouseButton.LeftButton)
    first, second = [row for row in page.rows if row.therapy_id == "drg"][:2]
    qtbot.waitUntil(lambda: _risk_name(window, first) in _highlighted(screen))
    qtbot.keyClick(first.discussed, Qt.Key.Key_Tab)
    assert second.discussed.hasFocus()
    qtbot.waitUntil(lambda: _risk_name(window, second) in _highlighted(screen))
    assert _risk_name(window, first) not in _highlighted(screen)
    frame = screen.host.findChild(QFrame, "shownRisk")
    top = frame.mapTo(screen.scroll_area.viewport(), frame.rect().topLeft()).y()
    assert 0 <= top < screen.scroll_area.viewport().height()  # scrolled to, on the patient's side
    qtbot.mouseClick(page.jump_buttons["scs"], Qt.MouseButton.LeftButton)  # focus leaves DRG
    drg = window.services.catalog.therapy("drg").name("en")
    scs_first = next(row for row in page.rows if row.therapy_id == "scs")
    qtbot.waitUntil(lambda: drg not in screen.text())
    assert _risk_name(window, scs_first) in _highlighted(screen)


def test_the_risks_screen_follows_scrolling(window, qtbot) -> None:
    window.open_demo()
    catalog = window.services.catalog
    scs, drg = (catalog.therapy(t).name("en") for t in ("scs", "drg"))
    page, screen = _present(window, qtbot, 3)
    window.walkthrough.steps.setFocus()  # no risk box has the keyboard focus
    bar = page.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())  # DRG, the last therapy, fills the page
    qtbot.waitUntil(lambda: _shows(screen, drg, scs))
    assert _highlighted(screen) == ""
    scs_box = page.rows[0].parentWidget()
    bar.setValue(scs_box.mapTo(page.body, scs_box.rect().topLeft()).y() + 50)
    qtbot.waitUntil(lambda: _shows(screen, scs, drg))
    bar.setValue(0)  # back at the top of the step: all of it
    qtbot.waitUntil(lambda: scs in screen.text() and drg in screen.text())


@pytest.mark.parametrize("ui_lang", ["en", "es"])
def test_the_risks_screen_follows_in_the_records_language(make_window, qtbot, ui_lang) -> None:
    window = make_window(ui_lang)
    window.new_consultation("Paciente Español", "Dra. Prueba")
    patient = window.walkthrough.page("patient")
    window.walkthrough.go(0)
    patient.language.setCurrentIndex(patient.language.findData("es"))
    window.controller.update(lambda record: replace(record, therapies_discussed=("scs", "drg")))
    assert window.controller.record.language == "es"
    page, screen = _present(window, qtbot, 3)
    qtbot.mouseClick(page.jump_buttons["drg"], Qt.MouseButton.LeftButton)
    drg = "Estimulación del ganglio de la raíz dorsal (DRG)"
    scs = "Estimulación de la médula espinal (EME)"
    qtbot.waitUntil(lambda: _shows(screen, drg, scs))
    assert "<h1>Riesgos</h1>" in screen.text()
    first = next(row for row in page.rows if row.therapy_id == "drg")
    assert "Algún problema no debido a infección" in _highlighted(screen)
    qtbot.keyClick(first.discussed, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: "Un cable se mueve de su sitio" in _highlighted(screen))
    qtbot.mouseClick(page.jump_buttons["scs"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _shows(screen, scs, drg))


def test_the_options_screen_follows_the_card_clicked_or_focused(window, qtbot) -> None:
    window.open_demo()
    catalog = window.services.catalog
    options, screen = _present(window, qtbot, 2)
    name = {t.id: t.name("en") for t in catalog.therapies}
    name["current_care"] = catalog.current_care.name("en")
    qtbot.waitUntil(lambda: _shows(screen, name["scs"], name["tms"]))
    qtbot.mouseClick(options.cards["tms"].summary, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _shows(screen, name["tms"], name["scs"]))
    assert name["tms"] in options.explanation.toPlainText()
    chain = tab_chain(options)
    box = options.cards["tms"].discussed
    after = chain[chain.index(box) + 1]
    card = next(card for card in options.cards.values() if card.open_button is after)
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert after.hasFocus()
    qtbot.waitUntil(lambda: _shows(screen, name[card.option_id], name["tms"]))
    assert name[card.option_id] in options.explanation.toPlainText()
    assert window.controller.record.private_notes not in screen.text()


def test_the_pain_screen_says_how_each_condition_can_feel_and_why_it_is_hard_to_treat(
    window, qtbot
) -> None:
    window.open_demo()
    record = window.controller.record
    _, screen = _present(window, qtbot, 1)
    screen.rebuild()
    shown = " ".join(screen.text().split())
    for condition_id in record.conditions:
        condition = window.services.catalog.condition(condition_id)
        for text in (condition.how_it_feels, condition.why_hard_to_treat):
            assert " ".join(escape(text(record.language)).split()) in shown, condition_id
