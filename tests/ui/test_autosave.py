"""Nothing is ever unsaved for long: autosave, saving when moving on, recovery after a crash."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import replace

from PySide6.QtCore import Qt

from neuromod_aid.app.consultations import Consultations
from neuromod_aid.consultation import Patient
from neuromod_aid.demo import demo_consultation
from neuromod_aid.ui.app import first_screen
from neuromod_aid.ui.controller import AUTOSAVE_DELAY_MS


def _stored_notes(window, consultation_id: int) -> str:
    return window.services.consultations.load(consultation_id).record.private_notes


def test_changes_are_saved_within_a_second(window, qtbot) -> None:
    assert AUTOSAVE_DELAY_MS < 1000
    window.new_consultation("Autosave Patient", "Dr. Save")
    window.walkthrough.go(4)
    notes = window.walkthrough.page("questions").private_notes
    with qtbot.waitSignal(window.controller.saved, timeout=1000):
        qtbot.keyClicks(notes, "Typed a moment ago")
    assert _stored_notes(window, window.controller.consultation_id) == "Typed a moment ago"


def _typed_in_the_notes(window, qtbot, name: str, text: str):  # type: ignore[no-untyped-def]
    """A new consultation of ``name``, ``text`` typed into its clinician notes; the page."""
    window.new_consultation(name, "Dr. Focus")
    window.walkthrough.go(4)
    page = window.walkthrough.page("questions")
    page.private_notes.setFocus()
    qtbot.keyClicks(page.private_notes, text)
    return page


def test_moving_to_another_field_saves_at_once(window, qtbot) -> None:
    page = _typed_in_the_notes(window, qtbot, "Focus Patient", "Then the phone rang")
    assert window.controller.pending
    page.questions.setFocus()  # no timer has run: the focus change itself saves
    assert window.controller.saving
    qtbot.waitUntil(lambda: not window.controller.pending, timeout=2000)
    assert _stored_notes(window, window.controller.consultation_id) == "Then the phone rang"


def test_changing_step_saves_at_once(window, qtbot) -> None:
    window.new_consultation("Step Patient", "Dr. Step")
    window.walkthrough.go(4)
    window.controller.update(lambda record: replace(record, private_notes="Before the next step"))
    window.walkthrough.go(5)
    assert window.controller.saving
    qtbot.waitUntil(lambda: not window.controller.pending, timeout=2000)
    assert _stored_notes(window, window.controller.consultation_id) == "Before the next step"


def test_typing_goes_on_while_another_room_holds_the_database(window, qtbot) -> None:
    page = _typed_in_the_notes(window, qtbot, "Busy Patient", "First line")
    database = window.services.consultations.database.engine.url.database
    with closing(sqlite3.connect(database, isolation_level=None)) as other_room:
        other_room.execute("BEGIN IMMEDIATE")  # another program is writing for a while
        page.questions.setFocus()
        assert window.controller.saving  # begun, and the window did not wait for it
        qtbot.wait(300)
        qtbot.keyClicks(page.private_notes, ", and a second")  # typed while it waits
        assert window.saved_label.text() == "Saving…"
        other_room.execute("COMMIT")
    qtbot.waitUntil(lambda: not window.controller.pending, timeout=5000)
    assert _stored_notes(window, window.controller.consultation_id) == "First line, and a second"
    assert window.saved_label.text().startswith("All changes saved")


def _die(window, qtbot) -> None:
    """The process dies: no close, no last save."""
    window.controller.blockSignals(True)
    window.controller._timer.stop()
    with qtbot.waitSignal(window.destroyed, timeout=2000):
        window.deleteLater()


def test_the_next_start_offers_the_consultation_that_was_open(
    make_window, dialogs, qtbot, catalog
) -> None:
    first = make_window(track=False)
    first.new_consultation("María López Ruiz", "Dr. Crash")
    maria = first.controller.consultation_id
    first.walkthrough.go(4)
    with qtbot.waitSignal(first.controller.saved, timeout=1000):
        qtbot.keyClicks(first.walkthrough.page("questions").questions, "Will it hurt?")
    # another unfinished consultation, changed more recently, is not what was open
    other = replace(demo_consultation(catalog), patient=Patient(name="lopez"))
    Consultations(first.services.consultations.database).start(other)
    _die(first, qtbot)

    second = make_window()
    dialogs.answer = True
    assert second.offer_recovery()
    assert "María López Ruiz" in dialogs.asked[-1]
    assert second.controller.consultation_id == maria
    assert second.controller.record.patient_questions == ("Will it hurt?",)
    assert second.walkthrough.isVisible()


def test_the_demo_start_still_offers_what_was_open(make_window, dialogs, qtbot) -> None:
    first = make_window(track=False)
    first.new_consultation("Inés Interrupted", "Dr. Crash")
    wanted = first.controller.consultation_id
    _die(first, qtbot)

    second = make_window()
    dialogs.answer = True
    first_screen(second, demo=True)
    assert second.controller.consultation_id == wanted
    assert not second.controller.is_demo


def test_after_a_normal_close_nothing_is_offered(make_window, dialogs) -> None:
    first = make_window()
    first.new_consultation("Declined Patient", "Dr. No")
    first.close()
    second = make_window()
    dialogs.answer = True
    assert not second.offer_recovery()
    assert dialogs.asked == []
    assert second.stack.currentWidget() is second.start


def test_declining_the_offer_stays_on_the_start_screen(make_window, dialogs, qtbot) -> None:
    first = make_window(track=False)
    first.new_consultation("Declined Patient", "Dr. No")
    _die(first, qtbot)
    second = make_window()
    dialogs.answer = False
    assert not second.offer_recovery()
    assert second.stack.currentWidget() is second.start
    assert not second.offer_recovery()  # asked once, not at every start


def test_closing_writes_a_pending_change_at_once(window, qtbot) -> None:
    window.new_consultation("Close Patient", "Dr. Close")
    consultation_id = window.controller.consultation_id
    window.controller.update(lambda record: replace(record, private_notes="just typed"))
    assert window.controller.pending
    window.close()
    assert not window.controller.pending
    assert _stored_notes(window, consultation_id) == "just typed"


def test_ctrl_q_closes_the_window_with_everything_saved(window, qtbot) -> None:
    window.open_demo()
    consultation_id = window.controller.consultation_id
    window.controller.update(
        lambda record: replace(record, private_notes="Written just before quitting")
    )
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
    assert _stored_notes(window, consultation_id) == "Written just before quitting"
