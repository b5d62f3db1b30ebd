"""A save that fails is shown at once, retried, and loses nothing (full disk, refused value)."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from sqlalchemy import text

from neuromod_aid.app.context import AppContext
from neuromod_aid.paths import data_location
from neuromod_aid.ui.app import build_window
from neuromod_aid.ui.controller import RETRY_DELAYS_MS


def _refuse(window, word: str) -> None:
    """Make the database itself refuse any consultation holding ``word``."""
    with window.services.consultations.database.engine.begin() as connection:
        connection.execute(
            text(
                "CREATE TRIGGER refuse BEFORE UPDATE ON consultations "
                f"WHEN NEW.record LIKE '%{word}%' "
                "BEGIN SELECT RAISE(ABORT, 'refused'); END"
            )
        )


def _allow(window) -> None:
    with window.services.consultations.database.engine.begin() as connection:
        connection.execute(text("DROP TRIGGER refuse"))


def _stored_notes(window, consultation_id: int) -> str:
    return window.services.consultations.load(consultation_id).record.private_notes


def _notes(window):
    window.walkthrough.go(4)
    notes = window.walkthrough.page("questions").private_notes
    notes.setFocus()
    return notes


def test_a_refused_value_is_shown_at_once_and_nothing_typed_is_lost(
    window, qtbot, data_dir: Path, capfd
) -> None:
    window.new_consultation("Refused Patient", "Dr. Save")
    consultation_id = window.controller.consultation_id
    _refuse(window, "forbidden")
    notes = _notes(window)
    qtbot.keyClicks(notes, "A forbidden word")
    assert not window.controller.flush()
    assert window.save_banner.isVisible()
    assert "refused" in window.save_banner.text.text()
    assert window.saved_label.text() == "Not saved"
    qtbot.keyClicks(notes, ", and more typed after it")  # typing goes on, nothing lost
    window.controller.flush()
    (kept,) = (data_dir / "recovery").glob("unsaved-*.json")
    assert json.loads(kept.read_text())["private_notes"] == (
        "A forbidden word, and more typed after it"
    )
    assert kept.stat().st_mode & 0o077 == 0  # owner-only
    assert _stored_notes(window, consultation_id) == ""

    _allow(window)
    qtbot.mouseClick(window.save_banner.buttons[0], Qt.MouseButton.LeftButton)
    assert not window.save_banner.isVisible()
    assert _stored_notes(window, consultation_id) == "A forbidden word, and more typed after it"
    assert not kept.exists()
    assert "Traceback" not in capfd.readouterr().err


def test_closing_with_unsaved_changes_asks_and_can_stay(window, qtbot) -> None:
    window.new_consultation("Staying Patient", "Dr. Save")
    _refuse(window, "forbidden")
    qtbot.keyClicks(_notes(window), "forbidden notes")
    window.dialogs.choices = ["stay"]
    window.close()
    assert window.isVisible()  # still open, changes still on screen
    (text_asked, keys) = window.dialogs.chosen_from[-1]
    assert "Staying Patient" in text_asked
    assert keys == ["retry", "file", "discard", "stay"]
    assert window.controller.record.private_notes == "forbidden notes"


def test_closing_can_save_the_changes_as_a_file_elsewhere(window, qtbot, dialogs) -> None:
    window.new_consultation("Filed Patient", "Dr. Save")
    _refuse(window, "forbidden")
    qtbot.keyClicks(_notes(window), "forbidden but filed")
    window.dialogs.choices = ["file"]
    window.close()
    assert not window.isVisible()
    (written,) = dialogs.folder.glob("*.json")
    assert json.loads(written.read_text())["private_notes"] == "forbidden but filed"


def test_discarding_needs_a_second_yes(window, qtbot, dialogs, data_dir: Path) -> None:
    window.new_consultation("Discarded Patient", "Dr. Save")
    consultation_id = window.controller.consultation_id
    _refuse(window, "forbidden")
    qtbot.keyClicks(_notes(window), "forbidden, then thrown away")
    dialogs.choices = ["discard", "stay"]
    dialogs.answer = False  # "Discard the changes?" — no
    window.close()
    assert window.isVisible()
    dialogs.choices = ["discard"]
    dialogs.answer = True
    window.close()
    assert not window.isVisible()
    assert "Discarded Patient" in dialogs.asked[-1]
    assert _stored_notes(window, consultation_id) == ""
    assert list((data_dir / "recovery").glob("unsaved-*.json")) == []


def test_kept_changes_are_offered_at_the_next_start(make_window, dialogs, qtbot) -> None:
    first = make_window(track=False)
    first.new_consultation("Kept Patient", "Dr. Save")
    consultation_id = first.controller.consultation_id
    _refuse(first, "forbidden")
    qtbot.keyClicks(_notes(first), "forbidden at first")
    first.controller.flush()
    _allow(first)
    first.controller.blockSignals(True)  # the program dies before the retry
    first.controller._retry.stop()
    with qtbot.waitSignal(first.destroyed, timeout=2000):
        first.deleteLater()

    second = make_window()
    dialogs.answer = True
    assert second.offer_recovery()
    assert "Kept Patient" in dialogs.asked[0]
    assert "could not be saved" in dialogs.asked[0]
    assert second.controller.consultation_id == consultation_id
    assert _stored_notes(second, consultation_id) == "forbidden at first"


def _fill(disk: Path) -> Path:
    filler = disk / "filler"
    # unbuffered: a write the full disk cut short leaves nothing for close() to flush
    with filler.open("wb", buffering=0) as out:
        try:
            while True:
                out.write(b"\0" * 65536)
        except OSError:
            pass
    return filler


def test_a_full_disk_loses_nothing(qtbot, tiny_disk: Path, dialogs) -> None:
    context = AppContext(data_location(tiny_disk / "data").ensure())
    window = build_window(context, dialogs=dialogs, ui_lang="en")
    qtbot.addWidget(window)
    window.show()
    try:
        window.new_consultation("Full Disk Patient", "Dr. Save")
        consultation_id = window.controller.consultation_id
        notes = _notes(window)
        # the write-ahead log emptied (as a fresh start or another program's checkpoint
        # leaves it): the next save must grow it, on a disk with no room left
        with closing(sqlite3.connect(context.location.database_file)) as other_room:
            other_room.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        filler = _fill(tiny_disk)
        typed = "Every word of this must survive the full disk. " * 40
        notes.setPlainText(typed)
        assert not window.controller.flush()
        assert "disk is full" in window.save_banner.text.text()
        assert "this window only" in window.save_banner.text.text()  # no room for a file
        notes.moveCursor(QTextCursor.MoveOperation.End)
        qtbot.keyClicks(notes, "More.")
        filler.unlink()  # room again: the retry saves it, nobody has to do anything
        qtbot.waitUntil(
            lambda: not window.save_banner.isVisible(), timeout=RETRY_DELAYS_MS[1] + 3000
        )
        assert _stored_notes(window, consultation_id) == typed + "More."
    finally:
        window.close()
        context.close()
