"""Nothing is ever unsaved: autosave within a second, recovery after a crash."""

from __future__ import annotations

from neuromod_aid.db import records_repo as repo
from neuromod_aid.ui.controller import AUTOSAVE_DELAY_MS


def test_changes_are_saved_within_a_second(window, qtbot) -> None:
    assert AUTOSAVE_DELAY_MS < 1000
    window.new_consultation("Autosave Patient", "Dr. Save")
    window.walkthrough.go(4)
    notes = window.walkthrough.page("questions").notes
    with qtbot.waitSignal(window.controller.saved, timeout=1000):
        qtbot.keyClicks(notes, "Typed a moment ago")
    with window.services.database.session() as session:
        stored = repo.load_consultation(session, window.controller.consultation_id)
    assert stored.record.clinician_notes == "Typed a moment ago"


def test_a_draft_is_offered_again_after_the_window_is_destroyed(
    make_window, dialogs, qtbot
) -> None:
    first = make_window(track=False)
    first.new_consultation("Crash Patient", "Dr. Crash")
    first.walkthrough.go(4)
    with qtbot.waitSignal(first.controller.saved, timeout=1000):
        qtbot.keyClicks(first.walkthrough.page("questions").questions, "Will it hurt?")
    first.controller.blockSignals(True)  # the process dies: no close, no flush
    with qtbot.waitSignal(first.destroyed, timeout=2000):
        first.deleteLater()

    second = make_window()
    dialogs.answer = True
    assert second.offer_draft()
    assert "Crash Patient" in dialogs.asked[-1]
    record = second.controller.record
    assert record.patient.name == "Crash Patient"
    assert record.patient_questions == ("Will it hurt?",)
    assert second.walkthrough.isVisible()


def test_closing_writes_a_pending_change_at_once(window, qtbot) -> None:
    window.new_consultation("Close Patient", "Dr. Close")
    consultation_id = window.controller.consultation_id
    window.controller.update(clinician_notes="just typed")
    assert window.controller.pending
    window.close()
    assert not window.controller.pending
    with window.services.database.session() as session:
        stored = repo.load_consultation(session, consultation_id)
    assert stored.record.clinician_notes == "just typed"


def test_declining_the_draft_stays_on_the_start_screen(make_window, dialogs) -> None:
    first = make_window()
    first.new_consultation("Declined Patient", "Dr. No")
    first.close()
    second = make_window()
    dialogs.answer = False
    assert not second.offer_draft()
    assert second.stack.currentWidget() is second.start


def test_ctrl_q_closes_the_window_with_everything_saved(window, qtbot) -> None:
    from PySide6.QtCore import Qt

    window.open_demo()
    window.controller.update(clinician_notes="Written just before quitting")
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
    assert not window.controller.pending
