"""The start screen's first look at the records (read with sqlite3, before SQLAlchemy).

It must list what the records list, name the clinic as saved, and step aside (None)
whenever only the database layer can tell: another database, no file yet, a schema
to upgrade, a damaged file. It never writes.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from neuromod_aid.app.clinic import ClinicDetails
from neuromod_aid.app.consultations import Consultations
from neuromod_aid.app.first_look import first_look
from neuromod_aid.app.patients import Patients
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.consultation import Clinic, Patient
from neuromod_aid.db import Database, open_database
from neuromod_aid.demo import demo_consultation
from neuromod_aid.paths import DATABASE_URL_ENV, DataLocation, data_location


@pytest.fixture
def location(data_dir: Path) -> DataLocation:
    return data_location(data_dir).ensure()


@pytest.fixture
def database(location: DataLocation) -> Database:
    database = open_database(f"sqlite:///{location.database_file}", location)
    yield database
    database.dispose()


def test_it_lists_what_the_records_list_and_names_the_clinic(
    location: DataLocation, database: Database, catalog: Catalog
) -> None:
    consultations = Consultations(database)
    base = demo_consultation(catalog, "es")
    demo = consultations.start(base, is_demo=True)
    names = ("Ana Núñez", "José Peña", "Pedro Gil", "Lucía Ortiz")
    stored = [
        consultations.start(replace(base, patient=Patient(name=name, record_number=f"H-{i}")))
        for i, name in enumerate(names)
    ]
    consultations.finish(stored[1].id)
    consultations.save(demo.id, replace(base, private_notes="Seen again."))  # newest now
    patients = Patients(database)
    patients.archive_consultation(stored[2].id)
    patients.archive(stored[3].patient_id)

    look = first_look(location)

    assert look is not None
    assert look.recent == tuple(consultations.recent())
    assert look.recent[0].id == demo.id and look.recent[0].is_demo  # changed last
    assert {c.patient_name for c in look.recent} == {demo.record.patient.name, *names[:2]}
    assert [c.status for c in look.recent if c.id == stored[1].id] == ["complete"]
    assert look.clinic is None  # not set up yet: the start screen asks for it
    ClinicDetails(database, catalog).save(Clinic(name="Unidad del Dolor", phone="910 000 000"))
    look = first_look(location)
    assert look is not None and look.clinic is not None
    assert (look.clinic.name, look.clinic.phone) == ("Unidad del Dolor", "910 000 000")


def test_another_database_or_none_yet_is_left_to_the_database_layer(
    location: DataLocation, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert first_look(location) is None
    assert not location.database_file.exists()  # never creates one
    location.database_file.touch()
    assert first_look(location, "sqlite://") is None
    monkeypatch.setenv(DATABASE_URL_ENV, "postgresql://clinic@server/records")
    assert first_look(location) is None


def test_a_database_to_upgrade_is_left_to_the_database_layer(
    location: DataLocation, database: Database
) -> None:
    assert first_look(location) is not None
    with sqlite3.connect(location.database_file) as db:
        db.execute("UPDATE alembic_version SET version_num = '0004'")
    assert first_look(location) is None


def test_a_damaged_file_is_left_untouched_for_the_database_layer_to_explain(
    location: DataLocation,
) -> None:
    damaged = b"not a database, " * 512
    location.database_file.write_bytes(damaged)
    assert first_look(location) is None
    assert location.database_file.read_bytes() == damaged


def test_it_needs_neither_sqlalchemy_nor_pydantic(
    location: DataLocation, database: Database
) -> None:
    script = (
        "import sys\n"
        "from neuromod_aid.app.first_look import first_look\n"
        "from neuromod_aid.paths import DataLocation\n"
        "from pathlib import Path\n"
        f"look = first_look(DataLocation(Path({str(location.root)!r})))\n"
        "print(look is not None)\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'pydantic'}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["True", "[]"]


@pytest.mark.parametrize(
    ("name", "phone"),
    [
        ("x" * 201, "910 000 000"),  # longer than a name can be
        ("   ", "910 000 000"),  # no name
        ("Unidad del Dolor", "9" * 2_001),
        ("Unidad\x00 del Dolor", "910 000 000"),  # no database stores a NUL
    ],
)
def test_damaged_clinic_details_read_as_not_set_up_here_as_in_the_database_layer(
    location: DataLocation, database: Database, catalog: Catalog, name, phone
) -> None:
    """Details changed outside the program into ones it would refuse are never shown:
    the start screen asks for them again, before and after the records open."""
    details = ClinicDetails(database, catalog)
    details.save(Clinic(name="Unidad del Dolor", phone="910 000 000"))
    with sqlite3.connect(location.database_file) as db:
        db.execute("UPDATE clinic_profile SET name = ?, phone = ?", (name, phone))
    look = first_look(location)
    assert look is not None and look.clinic is None
    assert details.saved() is None


def test_the_clinic_is_shown_as_the_database_layer_reads_it(
    location: DataLocation, database: Database, catalog: Catalog
) -> None:
    ClinicDetails(database, catalog).save(Clinic(name="Unidad del Dolor", phone=""))
    with sqlite3.connect(location.database_file) as db:
        db.execute("UPDATE clinic_profile SET name = '  Unidad del Dolor '")
    look = first_look(location)
    saved = ClinicDetails(database, catalog).saved()
    assert look is not None and look.clinic is not None and saved is not None
    assert (look.clinic.name, look.clinic.phone) == (saved.name, saved.phone)
    assert look.clinic.name == "Unidad del Dolor"
