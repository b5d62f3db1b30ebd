from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.consultation import Patient
from neuromod_aid.db import Database, documents_repo, open_database
from neuromod_aid.db import records_repo as repo
from neuromod_aid.demo import demo_consultation
from neuromod_aid.paths import data_location


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    """On SQLite, and on PostgreSQL when the suite is given a server."""
    db = open_database(database_url, data_location().ensure())
    yield db
    db.dispose()


def test_saved_consultation_reads_back_identical(database: Database, catalog: Catalog) -> None:
    record = demo_consultation(catalog, "es")
    with database.session() as session:
        consultation_id = repo.save_consultation(session, record)
    with database.session() as session:
        stored = repo.load_consultation(session, consultation_id)
    assert stored.record == record
    assert stored.status == "draft"


def test_updating_keeps_one_consultation_and_one_patient(
    database: Database, catalog: Catalog
) -> None:
    record = demo_consultation(catalog)
    with database.session() as session:
        consultation_id = repo.save_consultation(session, record)
    changed = replace(record, private_notes="Prefers the morning.")
    with database.session() as session:
        repo.save_consultation(session, changed, consultation_id)
        repo.finish(session, consultation_id)
    with database.session() as session:
        recent = repo.recent_consultations(session)
        stored = repo.load_consultation(session, consultation_id)
        patients = repo.search_patients(session, "")
    assert [c.id for c in recent] == [consultation_id]
    assert stored.record.private_notes == "Prefers the morning."
    assert stored.status == "complete"
    assert len(patients) == 1


def test_search_ignores_case_and_accents(database: Database, catalog: Catalog) -> None:
    base = demo_consultation(catalog)
    with database.session() as session:
        for name, number in (("José Peña", "H-1"), ("Ana Núñez", "H-2"), ("Pedro Gil", "X-9")):
            repo.save_consultation(
                session, replace(base, patient=Patient(name=name, record_number=number))
            )
    with database.session() as session:
        assert [p.name for p in repo.search_patients(session, "pena")] == ["José Peña"]
        assert [p.name for p in repo.search_patients(session, "NUÑ")] == ["Ana Núñez"]
        assert [p.name for p in repo.search_patients(session, "X-")] == ["Pedro Gil"]
        assert repo.search_patients(session, "%") == []  # wildcards are literal


def test_a_returning_patient_is_matched_by_record_number(
    database: Database, catalog: Catalog
) -> None:
    record = demo_consultation(catalog)
    with database.session() as session:
        first = repo.save_consultation(session, record)
        second = repo.save_consultation(session, record)
        a = repo.load_consultation(session, first)
        b = repo.load_consultation(session, second)
    assert a.patient_id == b.patient_id


def test_documents_are_recorded_per_consultation(database: Database, catalog: Catalog) -> None:
    with database.session() as session:
        consultation_id = repo.save_consultation(session, demo_consultation(catalog))
        documents_repo.record_document(
            session, consultation_id, "summary", "en", True, "a.pdf", "ab" * 32
        )
    with database.session() as session:
        (entry,) = documents_repo.documents_for(session, consultation_id)
    assert (entry.kind, entry.large_print, entry.file_name) == ("summary", True, "a.pdf")


def test_recording_a_print_keeps_the_edits_saved_while_it_printed(
    database: Database, catalog: Catalog
) -> None:
    from neuromod_aid.app.consultations import Consultations

    consultations = Consultations(database)
    printed = demo_consultation(catalog)
    consultation_id = consultations.start(printed).id  # saved as the print began
    edited = replace(printed, notes_for_patient="Typed while the printer ran")
    consultations.save(consultation_id, edited)
    entry = consultations.made_before(
        consultation_id, "summary", printed, b"%PDF", large_print=False
    )
    assert consultations.printed_record(entry) == printed  # the paper copy, as printed
    assert consultations.load(consultation_id).record == edited  # the newer edits stay
