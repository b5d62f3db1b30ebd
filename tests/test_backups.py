"""Backups of the SQLite database: taken while in use, rotated, restored only once
checked (the current file kept aside), and named where a damaged file is reported."""

from __future__ import annotations

import stat
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from neuromod_aid.app.consultations import Consultations
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.cli import main
from neuromod_aid.db import open_database
from neuromod_aid.db.backups import DAILY_KEPT, WEEKLY_KEPT, daily_backup, while_open_backup
from neuromod_aid.demo import demo_consultation
from neuromod_aid.paths import data_location


def _notes(consultation_id: int) -> str:
    location = data_location().ensure()
    database = open_database(f"sqlite:///{location.database_file}", location)
    try:
        return Consultations(database).load(consultation_id).record.notes_for_patient
    finally:
        database.dispose()


def test_a_backup_restores_what_was_there_and_keeps_the_replaced_file(
    data_dir: Path, catalog: Catalog, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    location = data_location().ensure()
    database = open_database(f"sqlite:///{location.database_file}", location)
    consultations = Consultations(database)
    record = replace(demo_consultation(catalog), notes_for_patient="Before the backup")
    consultation_id = consultations.start(record).id  # open while the backup is taken
    copy = tmp_path / "copy.sqlite3"
    assert main(["db", "backup", "-o", str(copy)]) == 0
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    consultations.save(consultation_id, replace(record, notes_for_patient="After it"))
    database.dispose()
    assert main(["db", "restore", str(copy)]) == 0
    said = capsys.readouterr().out
    assert _notes(consultation_id) == "Before the backup"
    (aside,) = location.database_file.parent.glob("*.replaced-*[0-9]Z")
    assert str(aside) in said
    restored_location = data_location(tmp_path / "aside").ensure()
    aside.replace(restored_location.database_file)  # the replaced file still holds its data
    kept = open_database(f"sqlite:///{restored_location.database_file}", restored_location)
    assert Consultations(kept).load(consultation_id).record.notes_for_patient == "After it"
    kept.dispose()


def test_a_file_that_is_not_a_backup_is_not_restored(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["db", "upgrade"]) == 0
    database = data_location().ensure().database_file
    before = database.read_bytes()
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(b"not a database at all" * 50)
    capsys.readouterr()
    assert main(["db", "restore", str(bogus)]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert "cannot be restored" in line and "nothing was changed" in line
    assert database.read_bytes() == before


def test_daily_backups_keep_a_week_of_days_then_one_a_week(data_dir: Path) -> None:
    assert main(["db", "upgrade"]) == 0
    location = data_location().ensure()
    start = datetime(2026, 1, 1, 9, tzinfo=UTC)
    for day in range(60):
        daily_backup(location.database_file, location.backups_dir, start + timedelta(days=day))
    assert (
        daily_backup(
            location.database_file, location.backups_dir, start + timedelta(days=59, hours=3)
        )
        is None
    )
    kept = sorted(
        datetime.fromtimestamp(p.stat().st_mtime, UTC).date()
        for p in location.backups_dir.iterdir()
    )
    last = (start + timedelta(days=59)).date()
    days = [last - timedelta(days=n) for n in range(DAILY_KEPT)]
    assert kept[-DAILY_KEPT:] == sorted(days)
    older = kept[:-DAILY_KEPT]
    assert len(older) == WEEKLY_KEPT
    assert len({d.isocalendar()[:2] for d in older}) == WEEKLY_KEPT  # one a week


def test_a_damaged_database_names_the_newest_backup(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["db", "upgrade"]) == 0
    assert main(["db", "backup"]) == 0
    location = data_location().ensure()
    backup = max(location.backups_dir.iterdir(), key=lambda p: p.stat().st_mtime)
    location.database_file.write_bytes(b"garbage " * 2000)
    for name in ("-wal", "-shm"):
        location.database_file.with_name(location.database_file.name + name).unlink(missing_ok=True)
    capsys.readouterr()
    assert main(["db", "upgrade"]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert f"neuromod-aid db restore {backup}" in line


def test_copies_taken_while_the_window_is_open_rotate_with_the_daily_ones(data_dir: Path) -> None:
    assert main(["db", "upgrade"]) == 0
    location = data_location().ensure()
    start = datetime(2026, 1, 1, 8, tzinfo=UTC)
    for day in range(40):
        morning = start + timedelta(days=day)
        daily_backup(location.database_file, location.backups_dir, morning)
        for hours in (3, 6, 9):  # the window open all day
            while_open_backup(
                location.database_file, location.backups_dir, morning + timedelta(hours=hours)
            )
    copies = list(location.backups_dir.iterdir())
    kept = sorted(datetime.fromtimestamp(p.stat().st_mtime, UTC) for p in copies)
    last = start + timedelta(days=39, hours=9)
    assert kept[-DAILY_KEPT:] == [last - timedelta(days=n) for n in reversed(range(DAILY_KEPT))]
    assert len(kept) == DAILY_KEPT + WEEKLY_KEPT  # one a day (the day's last), then a week
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in copies)
    assert stat.S_IMODE(location.backups_dir.stat().st_mode) == 0o700


def test_the_advice_names_the_newest_good_backup_and_only_where_there_is_one(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["db", "upgrade"]) == 0
    taken = tmp_path / "taken.sqlite3"  # outside the backups folder, for now
    assert main(["db", "backup", "-o", str(taken)]) == 0
    location = data_location().ensure()
    database = location.database_file
    for extra in ("-wal", "-shm"):
        database.with_name(database.name + extra).unlink(missing_ok=True)
    database.write_bytes(b"garbage " * 2000)
    for copy in location.backups_dir.iterdir():  # the day's copy, taken at start
        copy.unlink()
    capsys.readouterr()
    assert main(["db", "upgrade"]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert "db restore" not in line and "no good backup" in line  # none to name
    good = taken.replace(location.backups_dir / taken.name)
    (location.backups_dir / "newer.sqlite3").write_bytes(b"damaged" * 500)
    assert main(["db", "upgrade"]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line.endswith(f"'neuromod-aid db restore {good}'")  # not the newer, damaged one
