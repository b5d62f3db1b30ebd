"""The command line: exit codes, one-line errors, listing and exporting the catalog."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from neuromod_aid import __version__
from neuromod_aid.catalog.model import CONDITION_IDS, THERAPY_IDS, Catalog
from neuromod_aid.cli import main
from neuromod_aid.paths import CONTENT_DIR_ENV, content_dir


def run(*args: str, data_dir: Path, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    """Run the installed entry point as a user would, in a fresh process."""
    return subprocess.run(
        [sys.executable, "-m", "neuromod_aid", *args],
        capture_output=True,
        text=True,
        env={"NEUROMOD_AID_DATA_DIR": str(data_dir), "PATH": "/usr/bin:/bin", **(env or {})},
        timeout=120,
        check=False,
    )


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_content_list_json_names_every_therapy_and_condition(data_dir: Path) -> None:
    result = run("content", "list", "--json", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {t["id"] for t in data["therapies"]} >= set(THERAPY_IDS)
    assert {c["id"] for c in data["conditions"]} >= set(CONDITION_IDS)
    assert data["pain_areas"] and data["risks"]


def test_content_list_in_spanish(capsys: pytest.CaptureFixture[str], catalog: Catalog) -> None:
    assert main(["content", "list", "--json", "--lang", "es"]) == 0
    data = json.loads(capsys.readouterr().out)
    scs = next(t for t in data["therapies"] if t["id"] == "scs")
    assert scs["title"] == catalog.therapy("scs").name("es") != catalog.therapy("scs").name("en")


def test_content_export_writes_the_documented_json(tmp_path: Path, catalog: Catalog) -> None:
    out = tmp_path / "catalog.json"
    assert main(["content", "export", "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["content_version"] == catalog.manifest.content_version
    assert set(data["languages"]) == {"en", "es"}
    assert {t["id"] for t in data["therapies"]} == set(THERAPY_IDS)
    assert {c["id"] for c in data["conditions"]} == set(CONDITION_IDS)
    assert len(data["pain_areas"]) == len(catalog.pain_areas)
    source_ids = {s["id"] for s in data["sources"]}
    for therapy in data["therapies"]:
        assert set(therapy["name"]) == {"en", "es"}
        assert set(therapy["considered_for"]) >= {"conditions", "pain_areas"}
        for figure in therapy["outcomes"] + therapy["risks"]:
            assert figure["sources"] and set(figure["sources"]) <= source_ids


@pytest.mark.parametrize(
    "args",
    [
        ("frobnicate",),
        ("content", "list", "--lang", "fr"),
        ("content", "export"),
        ("--no-such-flag",),
    ],
)
def test_bad_usage_is_one_line_and_exit_2(data_dir: Path, args: tuple[str, ...]) -> None:
    result = run(*args, data_dir=data_dir)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_malformed_content_file_is_one_line_and_exit_2(tmp_path: Path) -> None:
    broken = tmp_path / "content"
    shutil.copytree(content_dir(), broken)
    therapy_file = next((broken / "therapies").glob("*.toml"))
    therapy_file.write_text("[therapy\nid = ", encoding="utf-8")
    result = run("content", "list", data_dir=tmp_path / "data", env={CONTENT_DIR_ENV: str(broken)})
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert therapy_file.name in line


def test_unwritable_export_path_is_exit_2_and_leaves_nothing(tmp_path: Path) -> None:
    result = run("content", "export", "-o", str(tmp_path / "missing" / "x.json"), data_dir=tmp_path)
    assert result.returncode == 2
    assert "does not exist" in result.stderr
    assert not (tmp_path / "missing").exists()


def test_db_info_reports_location_revision_and_counts(
    data_dir: Path, catalog: Catalog, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["db", "upgrade"]) == 0
    capsys.readouterr()
    assert main(["db", "info"]) == 0
    out = capsys.readouterr().out
    assert str(data_dir / "neuromod-aid.sqlite3") in out
    assert "up to date" in out
    assert f"content version:  {catalog.manifest.content_version} (shipped" in out
    assert "local revisions:  0 approved" in out
    assert "content_revisions  0" in out
    assert "therapies" not in out  # the shipped content is not copied into the database


def test_corrupt_database_gives_a_message_and_is_left_untouched(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    database = data_dir / "neuromod-aid.sqlite3"
    garbage = b"this is not a database" * 100
    database.write_bytes(garbage)
    result = run("content", "list", data_dir=data_dir)
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert "damaged" in line
    assert database.read_bytes() == garbage


def test_bad_database_url_is_exit_2(data_dir: Path) -> None:
    result = run("--database-url", "not a url", "db", "info", data_dir=data_dir)
    assert result.returncode == 2
    assert "not a database URL" in result.stderr


def test_db_info_on_a_new_folder_reports_it_empty(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["db", "info"]) == 0
    assert "empty" in capsys.readouterr().out
    assert main(["db", "upgrade"]) == 0  # and the schema can still be created afterwards
