"""The database's safekeeping in the window: a copy every few hours while it is open;
and a damaged database file at start: the window offers the newest good backup (named
by its date) or an empty database, or to quit; the damaged file is set aside, never
deleted, and the user is told where."""

from __future__ import annotations

import stat
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from neuromod_aid.app.consultations import Consultations
from neuromod_aid.app.context import AppContext
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.cli.gui import open_in_background
from neuromod_aid.consultation import Patient
from neuromod_aid.db import open_database
from neuromod_aid.db.backups import backup_name, backup_problem, copy_database
from neuromod_aid.demo import demo_consultation
from neuromod_aid.ui.app import attach_when_open, build_window, open_window
from neuromod_aid.ui.safekeeping import BACKUP_INTERVAL_MS
from neuromod_aid.ui.selftest import ScriptedDialogs

GARBAGE = b"this is no database " * 400


def _damaged_after_a_backup(context: AppContext, catalog: Catalog) -> None:
    """A database holding one patient, backed up, then overwritten with garbage."""
    location = context.location
    database = open_database(f"sqlite:///{location.database_file}", location)
    record = replace(demo_consultation(catalog), patient=Patient(name="María Pérez"))
    Consultations(database).start(record)
    database.dispose()
    damaged = location.database_file
    copy_database(damaged, backup_name(damaged, location.backups_dir, "manual"))
    (location.backups_dir / "broken-newer.sqlite3").write_bytes(GARBAGE)  # newest, not good
    damaged.write_bytes(GARBAGE)
    for extra in ("-wal", "-shm"):
        damaged.with_name(damaged.name + extra).unlink(missing_ok=True)


def _start(qtbot, context: AppContext, dialogs: ScriptedDialogs) -> tuple[object, list[int]]:
    """The window as the program starts it; the exit codes it ended with (if it did)."""
    window = open_window(context, dialogs=dialogs, ui_lang="en")
    qtbot.addWidget(window)
    window.show()
    ended: list[int] = []
    attach_when_open(
        window,
        open_in_background(context),
        lambda: None,
        end=ended.append,
        reopen=lambda: open_in_background(context),
    )
    return window, ended


def _answered(qtbot, context: AppContext, dialogs: ScriptedDialogs, answer: str) -> object:
    """The window once the records are open, after ``answer`` to the damaged file."""
    dialogs.choices = [answer]
    window, ended = _start(qtbot, context, dialogs)
    qtbot.waitUntil(lambda: window.attached, timeout=20_000)
    assert ended == []
    return window


def _kept_aside(context: AppContext) -> Path:
    (aside,) = context.location.database_file.parent.glob("*.damaged-*[0-9]Z")
    assert aside.read_bytes() == GARBAGE  # the damaged file, whole
    return aside


def test_a_damaged_database_is_replaced_by_the_newest_good_backup_on_request(
    qtbot, context: AppContext, dialogs: ScriptedDialogs, catalog: Catalog
) -> None:
    _damaged_after_a_backup(context, catalog)
    window = _answered(qtbot, context, dialogs, "restore")
    (text, keys), (labels,) = dialogs.chosen_from[0], dialogs.choice_labels
    assert keys == ["restore", "empty", "quit"]
    assert str(context.location.database_file) in text
    (backup,) = context.location.backups_dir.glob("*-manual.sqlite3")
    taken = datetime.fromtimestamp(backup.stat().st_mtime)  # local time, as the user reads it
    assert labels[0].startswith("Restore the backup of ")
    assert str(taken.year) in labels[0] and labels[0].endswith(f"{taken:%H:%M}")
    assert "María Pérez" in window.start.recent.item(0).text()  # the restored records
    assert str(_kept_aside(context)) in dialogs.asked[-1]
    window.controller.flush()


def test_a_damaged_database_makes_way_for_an_empty_one_on_request(
    qtbot, context: AppContext, dialogs: ScriptedDialogs, catalog: Catalog
) -> None:
    _damaged_after_a_backup(context, catalog)
    window = _answered(qtbot, context, dialogs, "empty")
    assert window.start.recent.count() == 0
    window.open_demo()  # the new database works
    window.controller.flush()
    assert Consultations(context.database()).recent()
    assert str(_kept_aside(context)) in dialogs.asked[-1]


def test_without_a_good_backup_only_an_empty_database_or_quitting_is_offered(
    qtbot, context: AppContext, dialogs: ScriptedDialogs, capsys: pytest.CaptureFixture[str]
) -> None:
    context.location.database_file.write_bytes(GARBAGE)
    dialogs.choices = ["quit"]
    window, ended = _start(qtbot, context, dialogs)
    qtbot.waitUntil(lambda: bool(ended), timeout=20_000)
    (text, keys) = dialogs.chosen_from[0]
    assert keys == ["empty", "quit"] and "No good backup" in text
    assert ended == [2] and not window.attached
    assert context.location.database_file.read_bytes() == GARBAGE  # left as it was
    assert "neuromod-aid: " in capsys.readouterr().err


def test_while_the_window_is_open_a_good_private_copy_is_taken_every_few_hours(
    qtbot, context: AppContext, dialogs: ScriptedDialogs
) -> None:
    window = build_window(context, dialogs=dialogs, ui_lang="en")
    qtbot.addWidget(window)
    window.open_demo()
    window.controller.flush()
    backups = context.location.backups_dir
    before = set(backups.glob("*.sqlite3"))
    timer = window.backup_timer
    assert timer.isActive() and timer.interval() == BACKUP_INTERVAL_MS
    assert 2 * 3600_000 <= BACKUP_INTERVAL_MS <= 6 * 3600_000  # every few hours
    timer.setInterval(50)  # the hours pass
    qtbot.waitUntil(lambda: bool(set(backups.glob("*.sqlite3")) - before), timeout=30_000)
    timer.stop()
    (copy, *_) = set(backups.glob("*.sqlite3")) - before  # whole: made beside it, then renamed
    assert backup_problem(copy) is None
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert stat.S_IMODE(backups.stat().st_mode) == 0o700
    restored = open_database(f"sqlite:///{copy}", context.location)
    assert Consultations(restored).recent()  # the demo consultation saved before
    restored.dispose()


def test_an_empty_database_file_is_kept_aside_when_a_new_one_is_chosen(
    qtbot, context: AppContext, dialogs: ScriptedDialogs
) -> None:
    context.location.database_file.touch()  # 0 bytes: damage, never silently re-created
    _answered(qtbot, context, dialogs, "empty")
    (aside,) = context.location.database_file.parent.glob("*.damaged-*[0-9]Z")
    assert aside.stat().st_size == 0 and str(aside) in dialogs.asked[-1]
    assert context.location.database_file.stat().st_size > 0
