"""A damaged, foreign or newer database, one bad stored record, crafted files: the command
line exits 2 with one line naming the problem, leaves the file as it was, and never
echoes control characters or a statement's values."""

from __future__ import annotations

import errno
import json
import sqlite3
import subprocess
import sys
import time
from contextlib import closing, suppress
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from neuromod_aid.app.consultations import Consultations
from neuromod_aid.app.errors import escaped
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.cli import main
from neuromod_aid.consultation import Patient, to_dict
from neuromod_aid.db import open_database
from neuromod_aid.db.engine import make_engine
from neuromod_aid.db.migrate import current_revision
from neuromod_aid.demo import demo_consultation
from neuromod_aid.errors import DatabaseUnavailable
from neuromod_aid.paths import data_location


def _one_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("neuromod-aid: "), err
    return err


def test_two_programs_starting_at_once_on_a_new_database_both_come_up(
    database_url: str, tmp_path: Path
) -> None:
    starter = (
        "import sys; from pathlib import Path\n"
        "from neuromod_aid.db import open_database\n"
        "from neuromod_aid.paths import data_location\n"
        "print('ready', flush=True); sys.stdin.readline()\n"
        "open_database(sys.argv[1], data_location(Path(sys.argv[2])).ensure()).dispose()\n"
    )
    programs = [
        subprocess.Popen(
            [sys.executable, "-c", starter, database_url, str(tmp_path / f"data-{n}")],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(2)
    ]
    for program in programs:
        assert program.stdout is not None and program.stdout.readline() == "ready\n"
    for program in programs:  # both at once
        assert program.stdin is not None
        program.stdin.write("go\n")
        program.stdin.flush()
    ended = [program.communicate(timeout=120) for program in programs]
    assert [(p.returncode, err) for p, (_, err) in zip(programs, ended, strict=True)] == [
        (0, ""),
        (0, ""),
    ]
    engine = make_engine(database_url)
    try:
        assert current_revision(engine) is not None
    finally:
        engine.dispose()


def _at_head(data_dir: Path) -> Path:
    assert main(["db", "upgrade"]) == 0
    return data_location().ensure().database_file


def test_a_newer_programs_database_is_refused_without_a_backup_each_try(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = _at_head(data_dir)
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    capsys.readouterr()
    for _ in range(2):
        assert main(["db", "upgrade"]) == 2
        said = _one_line(capsys)
        assert "9999_future" in said and "newer" in said
    assert not list(data_location().backups_dir.glob("*"))  # no backup on any try
    assert main(["db", "info"]) == 0
    out = capsys.readouterr().out
    assert "newer than this program" in out and "db upgrade" not in out


def test_another_programs_sqlite_file_is_refused_and_not_added_to(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = data_location().ensure().database_file
    with sqlite3.connect(database) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    assert main(["db", "upgrade"]) == 2
    assert "another program's tables" in _one_line(capsys)
    with sqlite3.connect(database) as connection:
        tables = connection.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
    assert tables == [("invoices",)]


def test_an_empty_database_file_is_refused_not_made_a_new_database(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = data_location().ensure().database_file
    database.touch()
    assert main(["db", "upgrade"]) == 2
    assert "empty (0 bytes)" in _one_line(capsys)
    assert database.stat().st_size == 0


def test_a_read_only_database_file_is_one_line_and_exit_2(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _at_head(data_dir)
    capsys.readouterr()

    def read_only_file_system(self: Path, mode: int) -> None:
        raise OSError(errno.EROFS, "Read-only file system", str(self))

    monkeypatch.setattr(Path, "chmod", read_only_file_system)  # as on a read-only mount
    assert main(["db", "upgrade"]) == 2
    assert "Read-only file system" in _one_line(capsys)


def test_one_unreadable_stored_record_leaves_the_others_usable(
    data_dir: Path, catalog: Catalog, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    location = data_location().ensure()
    database = open_database(f"sqlite:///{location.database_file}", location)
    consultations = Consultations(database)
    bad = consultations.start(demo_consultation(catalog)).id
    other = replace(
        demo_consultation(catalog, "es"), patient=Patient(name="Otra", record_number="H-2")
    )
    good = consultations.start(other).id
    with database.engine.begin() as connection:
        connection.execute(
            text("UPDATE consultations SET record = '{oops' WHERE id = :id"), {"id": bad}
        )
    assert {c.id for c in consultations.recent()} == {bad, good}  # the list still shows both
    assert consultations.load(good).record == other
    database.dispose()
    assert main(["summary", "--consultation", str(bad), "-o", str(tmp_path / "bad.pdf")]) == 2
    assert "not valid JSON" in _one_line(capsys)
    assert main(["summary", "--consultation", str(good), "-o", str(tmp_path / "good.pdf")]) == 0
    assert (tmp_path / "good.pdf").read_bytes().startswith(b"%PDF")


def _crafted(tmp_path: Path, catalog: Catalog) -> dict[str, str]:
    data = to_dict(demo_consultation(catalog))
    thinner = catalog.blood_thinners[0].id
    early = {
        **data,
        "procedure": {**data["procedure"], "date": "0001-01-03", "blood_thinners": [thinner]},
    }
    questions = {**data, "patient_questions": ["¿" + "W" * 47_999] * 95}
    control_key = {**data, "patient\x1b[31m\x07": {}}
    return {
        "deep nesting": "[" * 100_000 + "]" * 100_000,
        "huge integer": '{"format": "neuromod-aid.consultation/3", "x": ' + "9" * 4301 + "}",
        "year 0001 with a blood thinner": json.dumps(early),
        "95 questions of 48,000 characters": json.dumps(questions),
        "a control character in a key": json.dumps(control_key, ensure_ascii=False),
    }


@pytest.mark.parametrize(
    "case",
    [
        "deep nesting",
        "huge integer",
        "year 0001 with a blood thinner",
        "95 questions of 48,000 characters",
        "a control character in a key",
    ],
)
def test_a_crafted_file_is_one_line_and_exit_2_within_seconds(
    tmp_path: Path, catalog: Catalog, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    source = tmp_path / "crafted.json"
    source.write_text(_crafted(tmp_path, catalog)[case], encoding="utf-8")
    output = tmp_path / "out.pdf"
    for kind in ("summary", "nurse-sheet"):
        began = time.monotonic()
        assert main([kind, "--from-json", str(source), "-o", str(output)]) == 2
        said = _one_line(capsys)
        assert time.monotonic() - began < 10
        assert not any(ch in said for ch in "\x1b\x07")  # escaped, never raw
        assert not output.exists()


def test_control_characters_are_escaped_on_one_line() -> None:
    assert escaped("a\x1b[31mb\nc\u202ed") == "a\\x1b[31mb\\nc\\u202ed"


def test_a_statements_values_are_never_in_its_error(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        with pytest.raises(DBAPIError) as failed, engine.connect() as connection:
            connection.execute(text("SELECT :number + no_such_column"), {"number": "HC-SECRET"})
        assert "HC-SECRET" not in str(failed.value)
    finally:
        engine.dispose()


def test_a_document_is_never_written_unrecorded_when_the_database_disk_is_full(
    tiny_disk: Path, tmp_path: Path, catalog: Catalog
) -> None:
    location = data_location(tiny_disk / "data").ensure()
    database = open_database(f"sqlite:///{location.database_file}", location)
    consultations = Consultations(database)
    record = demo_consultation(catalog)
    consultation_id = consultations.start(record).id
    # the write-ahead log emptied (as another program's checkpoint or a fresh start
    # leaves it): the next save must grow it, on a disk with no room left
    with closing(sqlite3.connect(location.database_file)) as other_room:
        other_room.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    filler = tiny_disk / "filler"
    with filler.open("wb") as out, suppress(OSError):
        while True:
            out.write(b"\0" * 65536)
            out.flush()
    target = tmp_path / "elsewhere.pdf"  # another disk, with room
    with pytest.raises(DatabaseUnavailable):
        consultations.export(
            consultation_id, "summary", record, b"%PDF-1.7", target, large_print=False
        )
    assert not target.exists()
    filler.unlink()
    assert consultations.documents(consultation_id) == []
    database.dispose()


def test_a_document_that_cannot_be_written_takes_its_record_back(
    data_dir: Path, tmp_path: Path, catalog: Catalog
) -> None:
    location = data_location().ensure()
    database = open_database(f"sqlite:///{location.database_file}", location)
    consultations = Consultations(database)
    record = demo_consultation(catalog)
    consultation_id = consultations.start(record).id
    target = tmp_path / "no-such-folder" / "out.pdf"
    with pytest.raises(OSError):
        consultations.export(
            consultation_id, "summary", record, b"%PDF-1.7", target, large_print=False
        )
    assert consultations.documents(consultation_id) == []
    written = tmp_path / "out.pdf"
    entry = consultations.export(
        consultation_id, "summary", record, b"%PDF-1.7", written, large_print=False
    )
    assert consultations.documents(consultation_id) == [entry] and written.exists()
    database.dispose()
