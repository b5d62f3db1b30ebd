"""Another exam room saved the open consultation first: the window never saves over it
silently; it asks (keep mine as a copy, reload theirs, keep mine after the differences),
and the start screen shows the other room's consultations."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Executor, Future
from dataclasses import replace

import pytest

from neuromod_aid.app.consultations import Consultations
from neuromod_aid.app.context import AppContext
from neuromod_aid.app.recovery import RecoveryStore
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.consultation import Patient
from neuromod_aid.db import open_database
from neuromod_aid.demo import demo_consultation
from neuromod_aid.ui.controller import ConsultationController


@pytest.fixture
def other_room(context: AppContext) -> Iterator[Consultations]:
    """A second program on the same records (its own connections, its own view)."""
    database = open_database(context.url, context.location)
    yield Consultations(database)
    database.dispose()


def _saved_in_both(window, dialogs, other_room: Consultations, answer: str | None):  # type: ignore[no-untyped-def]
    """The window's save after another room saved first, ``answer`` given to its question:
    the consultation's id, what the other room typed, what was typed here, and whether
    the window's save went through."""
    window.new_consultation("Rosa Díaz", "Dr. Room")
    consultation_id = window.controller.consultation_id
    theirs = replace(other_room.load(consultation_id).record, private_notes="Typed next door")
    other_room.save(consultation_id, theirs)
    window.controller.update(lambda r: replace(r, notes_for_patient="Typed here"))
    dialogs.choices = [answer] if answer else []
    saved = window.controller.flush()
    return consultation_id, "Typed next door", "Typed here", saved


def test_reloading_theirs_drops_mine_and_saves_nothing_over_theirs(
    window, dialogs, other_room: Consultations
) -> None:
    consultation_id, theirs, _, saved = _saved_in_both(window, dialogs, other_room, "theirs")
    assert not saved
    (text, keys), *_ = dialogs.chosen_from
    assert "Rosa Díaz" in text and keys == ["copy", "theirs", "mine"]
    stored = other_room.load(consultation_id).record
    assert (stored.private_notes, stored.notes_for_patient) == (theirs, "")
    assert window.controller.record == stored  # the window now shows theirs
    assert not window.controller.pending and not window.save_banner.isVisible()


def test_keeping_mine_shows_the_difference_first_then_saves_mine(
    window, dialogs, other_room: Consultations
) -> None:
    consultation_id, theirs, mine, _ = _saved_in_both(window, dialogs, other_room, "mine")
    difference = dialogs.asked[-1]
    assert "notes_for_patient" in difference and "private_notes" in difference
    assert theirs in difference and mine in difference
    stored = other_room.load(consultation_id).record
    assert stored == window.controller.record  # deliberately over theirs
    assert stored.notes_for_patient == mine


def test_keeping_mine_as_a_copy_leaves_theirs_as_saved(
    window, dialogs, other_room: Consultations
) -> None:
    consultation_id, theirs, mine, _ = _saved_in_both(window, dialogs, other_room, "copy")
    copy_id = window.controller.consultation_id
    assert copy_id != consultation_id
    assert other_room.load(consultation_id).record.private_notes == theirs
    copy = other_room.load(copy_id)
    assert copy.record.notes_for_patient == mine
    assert copy.patient_id == other_room.load(consultation_id).patient_id  # the same patient


def test_closing_the_question_keeps_mine_unsaved_and_says_why(
    window, dialogs, other_room: Consultations
) -> None:
    consultation_id, theirs, mine, saved = _saved_in_both(window, dialogs, other_room, None)
    assert not saved  # the question closed without an answer
    assert window.save_banner.isVisible()
    assert "another room" in window.save_banner.text.text()
    assert window.controller.pending and window.controller.record.notes_for_patient == mine
    assert other_room.load(consultation_id).record.private_notes == theirs
    assert window.recovery.unsaved()[0].record.notes_for_patient == mine  # kept on disk too


def test_the_start_screen_shows_what_another_room_started(
    window, catalog, other_room: Consultations
) -> None:
    window.show_start()
    record = replace(demo_consultation(catalog), patient=Patient(name="Pablo Ruiz"))
    other_room.start(record)
    window.rooms.poll.timeout.emit()
    shown = [window.start.recent.item(i).text() for i in range(window.start.recent.count())]
    assert any("Pablo Ruiz" in line for line in shown)


def test_an_unreadable_stored_consultation_is_said_and_the_others_open(
    window, dialogs, catalog, other_room: Consultations
) -> None:
    from sqlalchemy import text

    bad = other_room.start(demo_consultation(catalog)).id
    good = other_room.start(
        replace(demo_consultation(catalog), patient=Patient(name="Luz Vega", record_number="H-9"))
    ).id
    with other_room.database.engine.begin() as connection:
        connection.execute(
            text("UPDATE consultations SET record = '[[' WHERE id = :id"), {"id": bad}
        )
    window.show_start()
    window.open_consultation(bad)
    assert "cannot be read" in dialogs.warnings[-1]
    assert window.controller.record is None  # still on the start screen
    window.open_consultation(good)
    assert window.controller.record.patient.name == "Luz Vega"


def test_more_than_a_record_holds_is_said_and_the_record_kept(window) -> None:
    window.new_consultation("Rosa Díaz", "Dr. Room")
    before = window.controller.record
    window.controller.update(lambda r: replace(r, patient_questions=("¿Y si…?",) * 31))
    assert window.save_banner.isVisible()
    assert "more than a record holds" in window.save_banner.text.text()
    assert window.controller.record == before


class _AtOnce(Executor):
    """Runs a save as it is handed over: it has landed before anyone watches it (a fast
    disk, a worker that got there first)."""

    def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def]
        future: Future[object] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except Exception as error:  # handed to the waiter, as a worker does
            future.set_exception(error)
        return future


def test_a_refused_save_that_landed_at_once_asks_once_and_reports_it(
    qtbot, context: AppContext, other_room: Consultations, catalog: Catalog
) -> None:
    here = Consultations(context.database())
    controller = ConsultationController(
        here, RecoveryStore(context.location.recovery_dir), saver=_AtOnce()
    )
    asked: list[bool] = []
    controller.conflicted.connect(lambda: (asked.append(True), controller.take_theirs()))
    consultation_id = controller.start(demo_consultation(catalog, "en"))
    theirs = replace(other_room.load(consultation_id).record, private_notes="Typed next door")
    other_room.save(consultation_id, theirs)
    controller.update(lambda r: replace(r, notes_for_patient="Typed here"))
    assert not controller.flush()  # refused, and said so
    qtbot.wait(50)  # the landing, queued, finds it taken in already
    assert asked == [True]
    assert controller.record == other_room.load(consultation_id).record
    assert not controller.pending
