"""Several exam rooms on one database: two real programs saving at once lose nothing,
overwrite nothing silently, and never see "database is locked" (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from neuromod_aid.app.consultations import Consultations
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.consultation import Patient
from neuromod_aid.db import open_database
from neuromod_aid.demo import demo_consultation
from neuromod_aid.errors import EditConflict
from neuromod_aid.paths import data_location

RACER = Path(__file__).with_name("save_race.py")
SAVES = 25  # each; `pytest -m slow` races 1,000 each


def _race(url: str, racers: list[tuple[int, str]], saves: int) -> list[dict[str, object]]:
    processes = [
        subprocess.Popen(
            [sys.executable, str(RACER), url, str(cid), field, str(saves)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for cid, field in racers
    ]
    for process in processes:
        assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    for process in processes:  # both go at once
        assert process.stdin is not None
        process.stdin.write("go\n")
        process.stdin.flush()
    results = [json.loads(process.communicate(timeout=600)[0]) for process in processes]
    assert [process.returncode for process in processes] == [0, 0]
    return results


def _consultations(url: str, catalog: Catalog, patients: int) -> tuple[Consultations, list[int]]:
    consultations = Consultations(open_database(url, data_location().ensure()))
    base = demo_consultation(catalog)
    ids = [
        consultations.start(
            replace(base, patient=Patient(name=f"Paciente {n}", record_number=f"H-{n}"))
        ).id
        for n in range(patients)
    ]
    return consultations, ids


def _same_consultation(url: str, catalog: Catalog, saves: int) -> list[dict[str, object]]:
    consultations, (shared,) = _consultations(url, catalog, 1)
    first = consultations.load(shared).revision
    results = _race(url, [(shared, "notes"), (shared, "questions")], saves)
    final = consultations.load(shared)
    consultations.database.dispose()
    notes, questions = results
    assert notes["errors"] == questions["errors"] == []  # no "database is locked", nothing else
    assert notes["overwritten"] == questions["overwritten"] == 0
    # every save acknowledged is one revision of the record, and no two claim the same
    acknowledged = sorted([*notes["acknowledged"], *questions["acknowledged"]])  # type: ignore[misc]
    assert acknowledged == list(range(first + 1, final.revision + 1))
    assert len(acknowledged) == 2 * saves
    # both programs' last saves are in the record: nothing lost
    assert final.record.notes_for_patient == f"notes {saves - 1}"
    assert final.record.patient_questions == (f"questions {saves - 1}",)
    return results


def _different_consultations(url: str, catalog: Catalog, saves: int) -> list[dict[str, object]]:
    consultations, ids = _consultations(url, catalog, 2)
    results = _race(url, [(ids[0], "notes"), (ids[1], "notes")], saves)
    for cid, result in zip(ids, results, strict=True):
        assert result["errors"] == [] and result["refused"] == result["overwritten"] == 0
        assert len(result["acknowledged"]) == saves  # type: ignore[arg-type]
        assert consultations.load(cid).record.notes_for_patient == f"notes {saves - 1}"
    consultations.database.dispose()
    return results


def test_two_programs_saving_one_consultation_lose_and_overwrite_nothing(
    database_url: str, catalog: Catalog
) -> None:
    _same_consultation(database_url, catalog, SAVES)


def test_two_programs_saving_their_own_consultations_are_never_refused(
    database_url: str, catalog: Catalog
) -> None:
    _different_consultations(database_url, catalog, SAVES)


@pytest.mark.slow
def test_a_thousand_saves_each_lose_and_overwrite_nothing(
    database_url: str, catalog: Catalog
) -> None:
    same = _same_consultation(database_url, catalog, 1000)
    different = _different_consultations(database_url, catalog, 1000)
    refused = sum(int(r["refused"]) for r in same)  # type: ignore[call-overload]
    print(
        f"\n1,000 saves each: same consultation {refused} refused, then saved on theirs;"
        f" different consultations {sum(int(r['refused']) for r in different)} refused"
    )  # type: ignore[call-overload]


def test_a_save_made_from_an_older_revision_is_refused(database_url: str, catalog: Catalog) -> None:
    here, (cid,) = _consultations(database_url, catalog, 1)
    there = Consultations(here.database)  # another room, with its own view
    record = there.load(cid).record
    here.save(cid, replace(here.load(cid).record, notes_for_patient="Saved here first"))
    with pytest.raises(EditConflict):
        there.save(cid, replace(record, private_notes="Typed there meanwhile"))
    stored = here.load(cid).record
    assert stored.notes_for_patient == "Saved here first"
    assert stored.private_notes == record.private_notes  # refused: not saved at all
    here.database.dispose()
