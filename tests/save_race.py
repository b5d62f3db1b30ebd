"""A program saving one consultation over and over, to race another (``tests/test_rooms.py``).

Run as ``python tests/save_race.py URL CONSULTATION_ID FIELD SAVES``: it opens the
database at URL the way the program does, prints ``ready``, waits for a line on
standard input (so both racers start together), then makes SAVES edits to its own
FIELD (``notes``: the notes for the patient; ``questions``: the patient's
questions), saving each as the window does. A save refused because the other program
saved first is what the window's "reload theirs" then the edit again does here: it
reads theirs, checks that its own last saved value is still in it (else a save was
silently overwritten) and makes its edit on theirs. It prints one JSON line: the
revision each save was acknowledged at, how many were refused, how many of its saves
it found overwritten, and any other error (a "database is locked" among them).
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path
from tempfile import mkdtemp

from neuromod_aid.app.consultations import Consultations
from neuromod_aid.consultation import Consultation
from neuromod_aid.db import open_database
from neuromod_aid.errors import DatabaseUnavailable, EditConflict, RecordRejected
from neuromod_aid.paths import data_location


def edited(record: Consultation, field: str, value: str) -> Consultation:
    if field == "notes":
        return replace(record, notes_for_patient=value)
    return replace(record, patient_questions=(value,))


def own_value(record: Consultation, field: str) -> str:
    if field == "notes":
        return record.notes_for_patient
    return record.patient_questions[0] if record.patient_questions else ""


def race(url: str, consultation_id: int, field: str, saves: int) -> dict[str, object]:
    database = open_database(url, data_location(Path(mkdtemp())).ensure())
    consultations = Consultations(database)
    record = consultations.load(consultation_id).record
    print("ready", flush=True)
    sys.stdin.readline()
    acknowledged: list[int] = []
    refused = overwritten = 0
    errors: list[str] = []
    last_saved = own_value(record, field)
    for number in range(saves):
        value = f"{field} {number}"
        mine = edited(record, field, value)
        while True:
            try:
                stored = consultations.save(consultation_id, mine)
            except EditConflict:
                refused += 1
                theirs = consultations.load(consultation_id).record
                if own_value(theirs, field) != last_saved:
                    overwritten += 1
                mine = edited(theirs, field, value)
                continue
            except (DatabaseUnavailable, RecordRejected) as error:
                errors.append(str(error))
                break
            acknowledged.append(stored.revision)
            record, last_saved = stored.record, value
            break
    database.dispose()
    return {
        "acknowledged": acknowledged,
        "refused": refused,
        "overwritten": overwritten,
        "errors": errors,
    }


if __name__ == "__main__":
    url, consultation_id, field, saves = sys.argv[1:5]
    print(json.dumps(race(url, int(consultation_id), field, int(saves))), flush=True)
