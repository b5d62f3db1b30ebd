"""A real save loop SIGKILLed at random points: the database is never damaged and no save
it reported committed is lost; a write-ahead log deleted under it loses no save; and a
save is in the database file itself once it returns (another room reading then only
postpones that, never the save)."""

from __future__ import annotations

import logging
import os
import queue
import random
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import replace
from pathlib import Path
from typing import IO

import pytest

from neuromod_aid.app.consultations import Consultations
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.db import open_database
from neuromod_aid.demo import demo_consultation
from neuromod_aid.paths import data_location

SAVER = Path(__file__).with_name("save_loop.py")
LINE_TIMEOUT = 120  # seconds; a save takes milliseconds, even on a loaded machine


class Saver:
    """The save loop's parent (``tests/save_loop.py``), forking one child at a time."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        assert process.stdin is not None and process.stdout is not None
        self.stdin = process.stdin
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, args=(process.stdout,), daemon=True).start()
        assert self.line() == "ready"

    def _read(self, stdout: IO[str]) -> None:
        for line in stdout:
            self.lines.put(line)
        self.lines.put("")

    def line(self) -> str:
        """The next line, or a failure rather than a hang when the loop has gone quiet."""
        try:
            line = self.lines.get(timeout=LINE_TIMEOUT)
        except queue.Empty:
            raise AssertionError(f"the save loop said nothing for {LINE_TIMEOUT} s") from None
        assert line, "the save loop stopped talking"
        return line.rstrip("\n")

    def say(self, line: str) -> None:
        self.stdin.write(line + "\n")
        self.stdin.flush()

    def start(self, kind: str) -> int:
        self.say(kind)
        word, pid = self.line().split()
        assert word == "child"
        return int(pid)


@contextmanager
def saving(data_dir: Path, catalog: Catalog) -> Iterator[tuple[Saver, int]]:
    """The save loop's parent on a new database holding one consultation (its id)."""
    location = data_location(data_dir).ensure()
    url = f"sqlite:///{location.database_file}"
    database = open_database(url, location)
    try:
        consultation_id = Consultations(database).start(demo_consultation(catalog)).id
    finally:
        database.dispose()
    process = subprocess.Popen(
        [sys.executable, str(SAVER), url, str(data_dir), str(consultation_id)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        yield Saver(process), consultation_id
    finally:
        process.kill()
        process.wait()


def _saved(line: str, committed: dict[int, str]) -> None:
    word, revision, notes = line.split(" ", 2)
    assert word == "saved", line
    assert re.fullmatch(r"save \d+-\d+ x*", notes), f"not one whole report: {line[:80]!r}"
    committed[int(revision)] = notes


def _stored(database: Path, consultation_id: int) -> tuple[str, int, str]:
    """The file's integrity check, and the consultation's revision and notes in it, read
    as a program starting next would."""
    with closing(sqlite3.connect(database)) as connection:
        check = connection.execute("PRAGMA integrity_check").fetchone()[0]
        revision, notes = connection.execute(
            "SELECT revision, json_extract(record, '$.notes_for_patient') "
            "FROM consultations WHERE id = ?",
            (consultation_id,),
        ).fetchone()
    return check, revision, notes


def _kill_saves(data_dir: Path, catalog: Catalog, kills: int) -> None:
    database = data_location(data_dir).database_file
    rng = random.Random(145)
    committed: dict[int, str] = {}
    with saving(data_dir, catalog) as (saver, consultation_id):
        for kill in range(kills):
            pid = saver.start("loop")
            for _ in range(rng.randint(0, 6)):  # killed after some saves, or before any
                _saved(saver.line(), committed)
            time.sleep(rng.uniform(0, 0.03))  # and anywhere in what follows
            os.kill(pid, signal.SIGKILL)
            while not (line := saver.line()).startswith("ended"):
                _saved(line, committed)  # reported committed before it died
            check, revision, notes = _stored(database, consultation_id)
            assert check == "ok", f"kill {kill}: the database is damaged: {check}"
            last = max(committed, default=0)
            assert revision >= last, f"kill {kill}: committed revision {last} lost"
            if revision in committed:
                assert notes == committed[revision], f"kill {kill}: revision {revision} differs"
    assert len(committed) > kills  # it did save, between the kills


def test_a_save_loop_killed_20_times_keeps_every_committed_save(
    data_dir: Path, catalog: Catalog
) -> None:
    _kill_saves(data_dir, catalog, 20)


@pytest.mark.slow
def test_a_save_loop_killed_200_times_keeps_every_committed_save(
    data_dir: Path, catalog: Catalog
) -> None:
    _kill_saves(data_dir, catalog, 200)


def test_a_write_ahead_log_deleted_under_a_running_program_loses_no_save(
    data_dir: Path, catalog: Catalog
) -> None:
    database = data_location(data_dir).database_file
    committed: dict[int, str] = {}
    with saving(data_dir, catalog) as (saver, consultation_id):
        pid = saver.start("step")
        for _ in range(3):
            saver.say("save")
            _saved(saver.line(), committed)
        database.with_name(database.name + "-wal").unlink()  # another program's doing
        saver.say("save")
        after = saver.line()
        if after.startswith("saved"):
            _saved(after, committed)
        os.kill(pid, signal.SIGKILL)
        assert saver.line() == f"ended {pid}"
    check, revision, notes = _stored(database, consultation_id)
    assert check == "ok"
    assert (revision, notes) == max(committed.items())  # what it said was saved, is
    assert after.startswith("refused ") and "write-ahead log" in after  # and it said so


def test_a_save_is_in_the_database_file_itself_once_it_returns(
    data_dir: Path, catalog: Catalog, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="neuromod_aid.db.engine")
    location = data_location(data_dir).ensure()
    database = open_database(f"sqlite:///{location.database_file}", location)
    consultations = Consultations(database)
    record = demo_consultation(catalog)
    consultation_id = consultations.start(record).id
    wal = location.database_file.with_name(location.database_file.name + "-wal")
    with closing(sqlite3.connect(location.database_file)) as other_room:
        other_room.execute("BEGIN")
        other_room.execute("SELECT count(*) FROM consultations").fetchone()  # reading, on
        consultations.save(consultation_id, replace(record, notes_for_patient="while read"))
        assert "checkpoint postponed" in caplog.text  # the save did not wait for it
        other_room.execute("COMMIT")
    consultations.save(consultation_id, replace(record, notes_for_patient="after"))
    alone = data_dir / "without-its-log.sqlite3"  # the database file, copied without its log
    alone.write_bytes(location.database_file.read_bytes())
    check, _, notes = _stored(alone, consultation_id)
    assert (check, notes) == ("ok", "after")  # all of it in the database file
    assert wal.exists()  # (the log was there to leave behind)
    database.dispose()
