"""What the record format allows is stored on every engine, or refused at input with
the reason, never by the database as if it were damaged."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.consultation import (
    RECORD_NUMBER_MAX,
    Clinic,
    ConsultationError,
    Patient,
    from_dict,
    to_dict,
)
from neuromod_aid.db import Database, clinic_repo, open_database
from neuromod_aid.db import records_repo as repo
from neuromod_aid.demo import demo_consultation
from neuromod_aid.paths import data_location


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    db = open_database(database_url, data_location().ensure())
    yield db
    db.dispose()


def test_the_longest_names_and_record_numbers_are_stored_and_found(
    database: Database, catalog: Catalog
) -> None:
    name = "ß" * 200  # folds to 400 characters
    number = "H" * RECORD_NUMBER_MAX
    record = replace(demo_consultation(catalog), patient=Patient(name=name, record_number=number))
    with database.session() as session:
        consultation_id = repo.save_consultation(session, record)
    with database.session() as session:
        assert repo.load_consultation(session, consultation_id).record.patient == record.patient
        (found,) = repo.search_patients(session, "ss" * 150)
    assert (found.name, found.record_number) == (name, number)


def test_clinic_details_as_long_as_the_format_allows_are_stored(database: Database) -> None:
    clinic = Clinic(
        name="C" * 200,
        phone="1" * 2000,
        email="e" * 2000,
        address="a" * 2000,
        out_of_hours_phone="2" * 2000,
    )
    with database.session() as session:
        clinic_repo.save_clinic_profile(session, clinic)
    with database.session() as session:
        assert clinic_repo.clinic_profile(session) == clinic


@pytest.mark.parametrize(
    ("patient", "said"),
    [
        ({"name": "Ana\x00López"}, "patient.name: value error, contains a nul character"),
        (
            {"name": "Ana", "record_number": "H" * (RECORD_NUMBER_MAX + 1)},
            f"patient.record_number: string should have at most {RECORD_NUMBER_MAX} characters",
        ),
    ],
)
def test_what_no_database_can_store_is_refused_at_input_with_the_reason(
    catalog: Catalog, patient: dict[str, str], said: str
) -> None:
    data = to_dict(demo_consultation(catalog))
    data["patient"] = patient
    with pytest.raises(ConsultationError) as refused:
        from_dict(data)
    assert refused.value.problems[0].startswith(said)
