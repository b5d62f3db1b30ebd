"""``neuromod-aid summary | nurse-sheet | trial-diary | trial-report`` from the demo, a
file, the database."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from pdf_helpers import all_text

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.cli import main
from neuromod_aid.consultation import Patient, to_json
from neuromod_aid.db import open_database
from neuromod_aid.db.documents_repo import documents_for
from neuromod_aid.db.engine import database_url
from neuromod_aid.db.records_repo import save_consultation
from neuromod_aid.demo import demo_consultation
from neuromod_aid.paths import data_location

COMMANDS = ("summary", "nurse-sheet", "trial-diary", "trial-report")


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("lang", ["en", "es"])
def test_demo_in_both_languages(tmp_path: Path, command: str, lang: str) -> None:
    out = tmp_path / "out.pdf"
    assert main([command, "--demo", "--lang", lang, "-o", str(out)]) == 0
    text = all_text(out.read_bytes())
    assert ("Alex Sample" if lang == "en" else "Lucía Ejemplo") in text
    assert ("Page 1 of" if lang == "en" else "Página 1 de") in text


def test_the_demo_and_a_file_print_without_the_database(
    tmp_path: Path, data_dir: Path, catalog: Catalog
) -> None:
    # a damaged (or locked, or unreachable) database does not stop them
    location = data_location(data_dir).ensure()
    location.database_file.write_bytes(b"this is not a database" * 100)
    source = tmp_path / "c.json"
    source.write_text(to_json(demo_consultation(catalog, "en")), encoding="utf-8")
    for args in (["--demo"], ["--from-json", str(source)]):
        out = tmp_path / "out.pdf"
        assert main(["summary", *args, "-o", str(out)]) == 0
        assert "Alex Sample" in all_text(out.read_bytes())
    assert location.database_file.read_bytes() == b"this is not a database" * 100


def test_from_json_file(tmp_path: Path, catalog: Catalog) -> None:
    source = tmp_path / "c.json"
    record = replace(demo_consultation(catalog, "es"), patient=Patient(name="Íñigo Peña"))
    source.write_text(to_json(record), encoding="utf-8")
    out = tmp_path / "s.pdf"
    assert main(["summary", "--from-json", str(source), "--large-print", "-o", str(out)]) == 0
    assert "Íñigo Peña" in all_text(out.read_bytes())


def test_stored_consultation_is_built_and_recorded(
    tmp_path: Path, data_dir: Path, catalog: Catalog
) -> None:
    location = data_location(data_dir).ensure()
    database = open_database(database_url(location, None), location)
    with database.session() as session:
        consultation_id = save_consultation(session, demo_consultation(catalog, "en"))
    database.dispose()
    out = tmp_path / "diary.pdf"
    assert main(["trial-diary", "--consultation", str(consultation_id), "-o", str(out)]) == 0
    database = open_database(database_url(location, None), location)
    with database.session() as session:
        documents = documents_for(session, consultation_id)
    database.dispose()
    assert [d.kind for d in documents] == ["trial_diary"]
    assert documents[0].sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    assert documents[0].file_name == "diary.pdf"


def _fails_cleanly(
    capsys: pytest.CaptureFixture[str], args: list[str], out: Path, *expected: str
) -> None:
    assert main([*args, "-o", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1, err
    assert "Traceback" not in err
    for word in expected:
        assert word in err
    assert not out.exists()
    assert not [p for p in out.parent.iterdir() if p.name.startswith(f".{out.name}")]


def test_malformed_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json", encoding="utf-8")
    _fails_cleanly(capsys, ["summary", "--from-json", str(bad)], tmp_path / "o.pdf", "JSON")


def test_unknown_therapy_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], catalog: Catalog
) -> None:
    data = json.loads(to_json(demo_consultation(catalog, "en")))
    data["therapies_discussed"] = ["scs", "telepathy"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    _fails_cleanly(
        capsys, ["nurse-sheet", "--from-json", str(bad)], tmp_path / "o.pdf", "telepathy"
    )


def test_missing_file_unknown_id_and_bad_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _fails_cleanly(
        capsys,
        ["summary", "--from-json", str(tmp_path / "nope.json")],
        tmp_path / "o.pdf",
        "no such file",
    )
    _fails_cleanly(capsys, ["summary", "--consultation", "999"], tmp_path / "o.pdf", "999")
    missing_folder = tmp_path / "no" / "such" / "o.pdf"
    assert main(["summary", "--demo", "-o", str(missing_folder)]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_exactly_one_input_is_required(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["summary", "--demo", "--consultation", "1", "-o", str(tmp_path / "o.pdf")])
    assert caught.value.code == 2
    with pytest.raises(SystemExit) as caught:
        main(["summary", "-o", str(tmp_path / "o.pdf")])
    assert caught.value.code == 2


def test_an_existing_file_survives_a_failed_build(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "keep.pdf"
    out.write_bytes(b"previous")
    bad = tmp_path / "bad.json"
    bad.write_text("[]", encoding="utf-8")
    assert main(["summary", "--from-json", str(bad), "-o", str(out)]) == 2
    assert out.read_bytes() == b"previous"


def test_documents_do_not_load_qt(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from neuromod_aid.cli import main\n"
        f"assert main(['summary', '--demo', '-o', {str(tmp_path / 'x.pdf')!r}]) == 0\n"
        "print('QT:' + ','.join(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={"NEUROMOD_AID_DATA_DIR": str(tmp_path / "d"), "PATH": "/usr/bin:/bin"},
        check=True,
    )
    assert result.stdout.strip().splitlines()[-1] == "QT:"


def test_the_demo_summary_from_the_cached_catalog_imports_no_pydantic(tmp_path: Path) -> None:
    """Importing pydantic and building its validators was a third of ``summary --demo``:
    the record made in code and the catalog read back from its cache need neither."""
    script = (
        "import sys\n"
        "from neuromod_aid.cli import main\n"
        f"assert main(['summary', '--demo', '-o', {str(tmp_path / 'x.pdf')!r}]) == 0\n"
        "print('PYDANTIC:' + ','.join(m for m in sys.modules if m.startswith('pydantic')))\n"
    )
    env = {"NEUROMOD_AID_DATA_DIR": str(tmp_path / "d"), "PATH": "/usr/bin:/bin"}
    runs = [
        subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
        )
        for _ in range(2)  # the first one reads the content files and writes the cache
    ]
    assert runs[0].stdout.strip().splitlines()[-1] != "PYDANTIC:"  # validated the files
    assert runs[1].stdout.strip().splitlines()[-1] == "PYDANTIC:"
    assert (tmp_path / "x.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("command", ["nurse-sheet", "trial-diary", "trial-report"])
def test_procedure_documents_need_a_planned_procedure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], catalog: Catalog, command: str
) -> None:
    """As in the app: no sheet or diary is invented for a procedure nobody planned."""
    source = tmp_path / "c.json"
    source.write_text(
        to_json(replace(demo_consultation(catalog), procedure=None)), encoding="utf-8"
    )
    out = tmp_path / "x.pdf"
    _fails_cleanly(capsys, [command, "--from-json", str(source)], out, "planned procedure")
    assert not out.exists()
