"""``neuromod-aid fhir import-patient``: a patient from the hospital's FHIR record,
created, then corrected, matched by record number; anything else refused in one line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from neuromod_aid.app.patients import Patients
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.cli import main
from neuromod_aid.db import open_database
from neuromod_aid.db.engine import database_url
from neuromod_aid.db.records_repo import load_consultation, save_consultation
from neuromod_aid.demo import demo_consultation
from neuromod_aid.paths import data_location

HOSPITAL = "urn:oid:1.2.3.4.5"


def _patient(**changes: Any) -> dict[str, Any]:
    resource = {
        "resourceType": "Patient",
        "identifier": [
            {"system": "urn:oid:9.9.9", "value": "NHS-123"},  # another system's number
            {"system": HOSPITAL, "value": "H-0042"},
        ],
        "name": [
            {"use": "old", "text": "María Antigua"},
            {"use": "official", "family": "Pérez García", "given": ["María", "José"]},
        ],
        "birthDate": "1958-02-03",
    }
    resource.update(changes)
    return resource


def _write(tmp_path: Path, data: Any, name: str = "in.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _patients(data_dir: Path) -> Patients:
    location = data_location(data_dir).ensure()
    return Patients(open_database(database_url(location, None), location))


def _bring_in(path: Path, *more: str) -> int:
    return main(["fhir", "import-patient", str(path), "--identifier-system", HOSPITAL, *more])


def test_a_patient_is_created_then_updated(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _bring_in(_write(tmp_path, _patient())) == 0
    assert "created" in capsys.readouterr().out
    (found,) = _patients(data_dir).search("H-0042")
    assert (found.name, found.record_number, found.birth_date.isoformat()) == (
        "María José Pérez García",
        "H-0042",
        "1958-02-03",
    )
    corrected = _patient(name=[{"text": "María José Pérez"}], birthDate="1958-02-04")
    assert _bring_in(_write(tmp_path, corrected)) == 0
    assert "updated" in capsys.readouterr().out
    (again,) = _patients(data_dir).search("H-0042")
    assert again.id == found.id
    assert (again.name, again.birth_date.isoformat()) == ("María José Pérez", "1958-02-04")


def test_a_patient_inside_a_bundle_corrects_their_unfinished_consultation(
    tmp_path: Path, data_dir: Path, catalog: Catalog
) -> None:
    patients = _patients(data_dir)
    record = demo_consultation(catalog, "en")
    with patients.database.session() as session:
        consultation_id = save_consultation(session, record)
    exported = tmp_path / "bundle.json"
    assert main(["fhir", "export", "--demo", "-o", str(exported)]) == 0
    bundle = json.loads(exported.read_text(encoding="utf-8"))
    for entry in bundle["entry"]:
        if entry["resource"]["resourceType"] == "Patient":
            entry["resource"]["name"] = [{"text": "Alex Sample-Corrected"}]
    # the bundle's identifier is under the default system; the type MR finds it too
    assert main(["fhir", "import-patient", str(_write(tmp_path, bundle))]) == 0
    with patients.database.session() as session:
        stored = load_consultation(session, consultation_id)
    assert stored.record.patient.name == "Alex Sample-Corrected"
    assert stored.record.patient.record_number == record.patient.record_number


def _refused(capsys: pytest.CaptureFixture[str], path: Path, *expected: str) -> None:
    assert _bring_in(path) == 2
    captured = capsys.readouterr()
    err = captured.err.strip()
    assert len(err.splitlines()) == 1, err
    assert "Traceback" not in err and captured.out == ""
    for word in expected:
        assert word in err, err


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"resourceType": "Observation", "status": "final"}, "'Observation'"),
        (["not", "a", "resource"], "no FHIR resource"),
        (_patient(identifier=[{"system": "urn:oid:9.9.9", "value": "NHS-123"}]), "record-number"),
        (_patient(name=[]), "no name"),
        (_patient(birthDate="1958"), "1958"),
        (_patient(active="perhaps"), "active"),
        (_patient(extra_field=1), "extra_field"),
        ({"resourceType": "Bundle", "type": "collection", "entry": []}, "0 Patient"),
        (
            {
                "resourceType": "Bundle",
                "type": "collection",
                "entry": [{"resource": _patient()}, {"resource": _patient()}],
            },
            "2 Patient",
        ),
        (_patient(name=[{"text": "x" * 300}]), "name"),
    ],
    ids=[
        "observation",
        "list",
        "no-record-number",
        "no-name",
        "partial-birth-date",
        "bad-type",
        "unknown-field",
        "empty-bundle",
        "two-patients",
        "name-too-long",
    ],
)
def test_foreign_or_bad_resources_are_refused_in_one_line(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str], data: Any, expected: str
) -> None:
    _refused(capsys, _write(tmp_path, data), expected)
    assert _patients(data_dir).search("") == []


def test_files_that_are_not_json_are_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    malformed = tmp_path / "bad.json"
    malformed.write_text('{"resourceType": "Patient",', encoding="utf-8")
    _refused(capsys, malformed, "not valid JSON", "line 1")
    binary = tmp_path / "photo.json"
    binary.write_bytes(b"\xff\xd8\xff\xe0 not text")
    _refused(capsys, binary, "not a text file")
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    _refused(capsys, deep, "nested too deeply")
    _refused(capsys, tmp_path / "missing.json", "no such file")


def test_hostile_text_is_kept_as_written_and_not_echoed(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = "<b>&\"' Smith</b> 😀 שלום مرحبا"
    number = "A/../B\x1b[31m"
    data = _patient(name=[{"text": name}], identifier=[{"system": HOSPITAL, "value": number}])
    assert _bring_in(_write(tmp_path, data)) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\\x1b" in out  # a terminal escape is shown, not obeyed
    (found,) = _patients(data_dir).search(name)
    assert (found.name, found.record_number) == (name, number)
