"""``patient export`` writes everything stored about one patient; ``patient erase``
removes them so that their name is gone from the database file itself (issue 14 §7)."""

from __future__ import annotations

import datetime as dt
import gc
import json
import os
import stat
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from db_engines import outside_the_audit_log
from pdf_helpers import running_text

from neuromod_aid.app.consultations import Consultations
from neuromod_aid.app.recovery import RecoveryStore
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.cli import main
from neuromod_aid.consultation import Consultation, Patient, from_dict, parse_consultation
from neuromod_aid.db import open_database
from neuromod_aid.db.documents_repo import record_document
from neuromod_aid.db.records_repo import finish, load_consultation, save_consultation
from neuromod_aid.demo import demo_consultation
from neuromod_aid.paths import DATA_DIR_ENV, data_location
from neuromod_aid.present.wording import Wording

NAME = "Ximena Urquiza-Bellpuig"
RECORD_NUMBER = "HC-55501"
OTHER = "Teodoro Villalba-Quirós"
OTHER_NUMBER = "HC-77702"


def _patient(catalog: Catalog, name: str, number: str, lang: str) -> Consultation:
    record = demo_consultation(catalog, lang)
    born = dt.date(1951, 3, 14) if name == NAME else dt.date(1960, 7, 2)
    return replace(record, patient=Patient(name=name, record_number=number, birth_date=born))


def _store(*records: Consultation, url: str | None = None) -> list[int]:
    location = data_location().ensure()
    database = open_database(url or f"sqlite:///{location.database_file}", location)
    with database.session() as session:
        ids = [save_consultation(session, record) for record in records]
    database.dispose()
    return ids


def _stored(consultation_id: int) -> Consultation:
    location = data_location().ensure()
    database = open_database(f"sqlite:///{location.database_file}", location)
    with database.session() as session:
        record = load_consultation(session, consultation_id).record
    database.dispose()
    return record


@pytest.fixture
def two_patients(catalog: Catalog, tmp_path: Path) -> dict[str, Path | int]:
    """A Spanish patient with two consultations (the first with its pathway and two
    documents made, the second finished) and an English patient with one."""
    first, second, other = _store(
        _patient(catalog, NAME, RECORD_NUMBER, "es"),
        replace(_patient(catalog, NAME, RECORD_NUMBER, "es"), date=dt.date(2026, 12, 1)),
        _patient(catalog, OTHER, OTHER_NUMBER, "en"),
    )
    location = data_location().ensure()
    database = open_database(f"sqlite:///{location.database_file}", location)
    with database.session() as session:
        finish(session, second)
    database.dispose()
    made = tmp_path / "made"
    made.mkdir()
    for command, name in (("summary", "s.pdf"), ("trial-diary", "d.pdf")):
        assert main([command, "--consultation", str(first), "-o", str(made / name)]) == 0
    assert main(["summary", "--consultation", str(other), "-o", str(made / "o.pdf")]) == 0
    return {"first": first, "second": second, "other": other, "made": made}


def test_the_export_holds_every_stored_thing_about_the_patient_and_nothing_else(
    two_patients: dict[str, Path | int], tmp_path: Path, catalog: Catalog
) -> None:
    first, second, made = two_patients["first"], two_patients["second"], two_patients["made"]
    assert isinstance(made, Path)
    out = tmp_path / "export"
    assert main(["patient", "export", RECORD_NUMBER, "-o", str(out)]) == 0

    assert stat.S_IMODE(out.stat().st_mode) == 0o700  # owner-only, the files too
    files = sorted(p.name for p in out.iterdir())
    assert all(stat.S_IMODE((out / f).stat().st_mode) == 0o600 for f in files)
    assert not any(NAME.split()[0] in f or RECORD_NUMBER in f for f in files)
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    assert sorted([f["file"] for f in index["files"]] + ["index.json"]) == files

    patient = json.loads((out / index["patient"]).read_text(encoding="utf-8"))
    assert (patient["name"], patient["record_number"]) == (NAME, RECORD_NUMBER)
    assert patient["birth_date_iso"] == "1951-03-14"
    # each consultation as `consultation export` writes it: the same bytes
    for visit in index["consultations"]:
        as_exported = tmp_path / f"c{visit['id']}.json"
        assert main(["consultation", "export", str(visit["id"]), "-o", str(as_exported)]) == 0
        assert (out / visit["file"]).read_bytes() == as_exported.read_bytes()
    assert [v["id"] for v in index["consultations"]] == [first, second]
    exported = parse_consultation((out / f"consultation-{first}.json").read_text(), catalog)
    procedure = exported.procedure
    assert procedure is not None and procedure.calls and procedure.checklist and procedure.diary
    assert procedure == _stored(int(first)).procedure  # the pathway, whole
    finished = index["consultations"][1]
    assert finished["status"] == "complete" and finished["versions"]
    # the audit log's lines about this patient (only theirs), and the export is audited
    actions = [line["action"] for line in index["audit"]]
    assert {"consultation_saved", "document_produced"} <= set(actions)
    assert {line["record_number"] for line in index["audit"]} == {RECORD_NUMBER}
    assert main(["audit", "list", "--record", RECORD_NUMBER, "--json"]) == 0

    # the documents, made again as they were made: the same words
    documents = {d["kind"]: d for d in index["consultations"][0]["documents"]}
    assert set(documents) == {"summary", "trial_diary"}
    for kind, original in (("summary", "s.pdf"), ("trial_diary", "d.pdf")):
        rebuilt = (out / documents[kind]["file"]).read_bytes()
        assert running_text(rebuilt) == running_text((made / original).read_bytes())

    # the other patient is not in it, anywhere
    for path in out.iterdir():
        text = path.read_bytes()
        if path.suffix == ".pdf":
            text = running_text(text).encode("utf-8")
        assert OTHER.encode("utf-8") not in text and OTHER_NUMBER.encode() not in text


def test_the_readme_says_what_each_file_is_in_the_patients_language(
    two_patients: dict[str, Path | int], tmp_path: Path, catalog: Catalog
) -> None:
    for number, lang in ((RECORD_NUMBER, "es"), (OTHER_NUMBER, "en")):
        out = tmp_path / f"export-{lang}"
        assert main(["patient", "export", number, "-o", str(out)]) == 0
        readme = (out / "README.txt").read_text(encoding="utf-8")
        words = catalog.words(lang)
        assert readme.startswith(words("export_readme_title"))
        assert words("export_kind_summary") in readme
        for path in out.iterdir():
            if path.name != "README.txt":
                assert path.name in readme
        other = catalog.words("en" if lang == "es" else "es")
        assert other("export_readme_title") not in readme


def test_an_export_is_refused_where_it_would_mix_with_other_files(
    two_patients: dict[str, Path | int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "mine.txt").write_text("keep me")
    a_file = tmp_path / "a-file"
    a_file.write_text("")
    capsys.readouterr()
    for number, target in (
        (RECORD_NUMBER, busy),
        (RECORD_NUMBER, a_file),
        (RECORD_NUMBER, tmp_path / "missing" / "export"),
        ("HC-NOBODY", tmp_path / "new"),
    ):
        assert main(["patient", "export", number, "-o", str(target)]) == 2
        error = capsys.readouterr().err
        assert error.count("\n") == 1 and NAME not in error
    assert [p.name for p in busy.iterdir()] == ["mine.txt"]
    assert not (tmp_path / "new").exists()
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["patient", "export", RECORD_NUMBER.lower(), "-o", str(empty)]) == 0
    assert (empty / "index.json").is_file()  # an empty folder is used (any case of the number)


def test_an_export_that_fails_midway_leaves_no_folder(
    two_patients: dict[str, Path | int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import neuromod_aid.pdf

    def full_disk(*_args: object, **_kwargs: object) -> bytes:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(neuromod_aid.pdf, "build_document", full_disk)
    assert main(["patient", "export", RECORD_NUMBER, "-o", str(tmp_path / "export")]) == 2
    assert "No space left on device" in capsys.readouterr().err
    assert not (tmp_path / "export").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".export")]


def _database_bytes() -> bytes:
    """The database file's bytes and its write-ahead log's (the shared-memory index
    holds no rows)."""
    database = data_location().database_file
    wal = database.with_name(database.name + "-wal")
    return database.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_erasing_takes_the_name_out_of_the_database_file(
    two_patients: dict[str, Path | int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    location = data_location().ensure()
    first = two_patients["first"]
    assert isinstance(first, int)
    store = RecoveryStore(location.recovery_dir)
    assert store.keep(first, _stored(first))  # changes a failed save kept
    assert NAME.encode("utf-8") in _database_bytes()  # before: it is there
    capsys.readouterr()

    assert main(["patient", "erase", RECORD_NUMBER, "--confirm", "HC-55502"]) == 2
    assert "nothing was erased" in capsys.readouterr().err
    assert NAME.encode("utf-8") in _database_bytes()

    assert main(["patient", "erase", RECORD_NUMBER, "--confirm", RECORD_NUMBER]) == 0
    said = capsys.readouterr().out
    assert "2 consultations" in said and "2 document records" in said
    assert NAME not in said and RECORD_NUMBER not in said
    stored = _database_bytes()
    for secret in (NAME, NAME.upper(), NAME.split()[1]):
        assert secret.encode("utf-8") not in stored
    assert RECORD_NUMBER not in outside_the_audit_log(data_location().database_file)
    assert main(["audit", "list", "--record", RECORD_NUMBER]) == 0
    assert "patient_erased" in capsys.readouterr().out  # audited, by number, no name
    assert OTHER.encode("utf-8") in stored  # the other patient stays
    assert store.unsaved() == []
    assert main(["patient", "export", RECORD_NUMBER, "-o", str(tmp_path / "x")]) == 2
    assert main(["patient", "export", OTHER_NUMBER, "-o", str(tmp_path / "y")]) == 0


def test_erasing_removes_everything_linked_on_every_engine(
    database_url: str, catalog: Catalog, tmp_path: Path
) -> None:
    first, other = _store(
        _patient(catalog, NAME, RECORD_NUMBER, "en"),
        _patient(catalog, OTHER, OTHER_NUMBER, "en"),
        url=database_url,
    )
    where = ["--database-url", database_url]
    for consultation_id in (first, other):
        out = str(tmp_path / f"{consultation_id}.pdf")
        assert main([*where, "summary", "--consultation", str(consultation_id), "-o", out]) == 0
    assert main([*where, "patient", "erase", RECORD_NUMBER, "--confirm", RECORD_NUMBER]) == 0
    location = data_location().ensure()
    database = open_database(database_url, location)
    info = dict(database.info().row_counts)
    with database.session() as session:
        assert load_consultation(session, other).record.patient.name == OTHER
    saves = len(Consultations(database).changes(other))
    database.dispose()
    assert (info["patients"], info["consultations"], info["documents"]) == (1, 1, 1)
    assert (info["consultation_versions"], info["record_changes"]) == (1, saves)


def test_after_a_command_line_export_and_erasure_the_name_is_only_in_older_backups(
    two_patients: dict[str, Path | int], tmp_path: Path, data_dir: Path
) -> None:
    """Issue 14 §8: not on stderr or stdout, not in the log, the recovery folder, the
    database or a temporary file; the backups made before keep it until they are
    rotated out (docs/patients-rights.md)."""
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    env = {**os.environ, "TMPDIR": str(temporary), DATA_DIR_ENV: str(data_dir)}
    export = str(tmp_path / "export")
    runs = (
        (["patient", "export", RECORD_NUMBER, "-o", export], 0),
        (["patient", "export", RECORD_NUMBER, "-o", export], 2),  # not empty now
        (["patient", "erase", RECORD_NUMBER, "--confirm", "HC-5550"], 2),
        (["patient", "erase", RECORD_NUMBER, "--confirm", RECORD_NUMBER], 0),
        (["patient", "export", RECORD_NUMBER, "-o", str(tmp_path / "again")], 2),  # gone
    )
    said = ""
    for args, code in runs:
        done = subprocess.run(
            [sys.executable, "-m", "neuromod_aid", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert done.returncode == code, done.stderr
        said += done.stdout + done.stderr
    secrets = (NAME, NAME.split()[1], RECORD_NUMBER, "1951-03-14")
    assert not [secret for secret in secrets if secret in said]
    backups = data_dir / "backups"
    left = [p for p in data_dir.rglob("*") if p.is_file() and backups not in p.parents]
    left += [p for p in temporary.rglob("*") if p.is_file()]
    assert any(p.parent.name == "logs" for p in left)
    database = data_dir / "neuromod-aid.sqlite3"
    assert database in left
    for path in left:
        kept = [s for s in secrets if s.encode("utf-8") in path.read_bytes()]
        in_the_log = path.name.startswith(database.name)  # the audit log's lines keep it
        assert set(kept) <= ({RECORD_NUMBER} if in_the_log else set()), path
    assert RECORD_NUMBER not in outside_the_audit_log(database)
    assert any(NAME.encode("utf-8") in p.read_bytes() for p in backups.iterdir())


def test_what_cannot_be_made_again_or_read_is_said_and_the_rest_is_exported(
    catalog: Catalog, tmp_path: Path
) -> None:
    """A document recorded before content versions were kept, a consultation file given
    out, and a consultation whose stored record is damaged."""
    import sqlite3

    first, damaged = _store(
        _patient(catalog, NAME, RECORD_NUMBER, "en"),
        replace(_patient(catalog, NAME, RECORD_NUMBER, "en"), date=dt.date(2026, 12, 1)),
    )
    location = data_location().ensure()
    database = open_database(f"sqlite:///{location.database_file}", location)
    with database.session() as session:
        for kind in ("summary", "consultation_json"):  # no content kept with them
            record_document(session, first, kind, "en", False, f"given.{kind}", "0" * 64)
    database.dispose()
    with sqlite3.connect(location.database_file) as connection:
        connection.execute(
            "UPDATE consultations SET record = '{\"patient\": ' WHERE id = ?", [damaged]
        )
    out = tmp_path / "export"
    assert main(["patient", "export", RECORD_NUMBER, "-o", str(out)]) == 0

    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    readable, unreadable = index["consultations"]
    assert unreadable["id"] == damaged and "not valid JSON" in unreadable["unreadable"]
    summary, given = readable["documents"]
    assert summary["file"] is None and "before its content was kept" in summary["not_rebuilt"]
    assert from_dict(json.loads((out / given["file"]).read_text())) == _stored(first)
    readme = (out / "README.txt").read_text(encoding="utf-8")
    words = Wording(catalog, "en")
    assert words("export_readme_unreadable") in readme
    made = dt.datetime.fromisoformat(summary["created_at"]).date()
    what = words("export_kind_summary")
    assert words("export_readme_missing", date=words.date(made), what=what) in readme
    assert given["file"] in readme


def test_another_programs_open_read_keeps_the_erased_name_until_it_closes(
    two_patients: dict[str, Path | int], data_dir: Path
) -> None:
    import sqlite3

    database = data_location().database_file
    room = sqlite3.connect(database, isolation_level=None)  # another exam room, reading
    room.execute("BEGIN")
    room.execute("SELECT count(*) FROM patients").fetchone()
    erase = ["patient", "erase", RECORD_NUMBER, "--confirm", RECORD_NUMBER]
    done = subprocess.run(
        [sys.executable, "-m", "neuromod_aid", *erase],
        env={**os.environ, DATA_DIR_ENV: str(data_dir)},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0 and "2 consultations" in done.stdout
    assert done.stderr.count("\n") == 1 and "closed" in done.stderr
    assert NAME.encode("utf-8") in _database_bytes()  # as it says: not yet
    room.execute("COMMIT")
    gc.collect()  # the commands the fixture ran in this process let go of theirs
    room.close()  # the last program lets go of the database
    assert NAME.encode("utf-8") not in _database_bytes()


def test_a_database_another_program_is_writing_is_not_rebuilt_and_says_so(
    two_patients: dict[str, Path | int],
) -> None:
    import sqlite3

    from neuromod_aid.db.rights_repo import scrub_sqlite
    from neuromod_aid.errors import DatabaseUnavailable

    location = data_location().ensure()
    database = open_database(f"sqlite:///{location.database_file}", location)
    room = sqlite3.connect(location.database_file, isolation_level=None)
    room.execute("BEGIN IMMEDIATE")  # another room in the middle of a save
    try:
        with pytest.raises(DatabaseUnavailable) as refused:
            scrub_sqlite(database.engine)
    finally:
        room.close()
        database.dispose()
    assert refused.value.trouble == "locked" and "erased" in str(refused.value)
