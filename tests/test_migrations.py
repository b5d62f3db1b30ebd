"""Schema upgrades keep the data, and migrations build the same schema as the models."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gzip
import json
import sqlite3
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.orm import Session

from neuromod_aid.app.context import AppContext
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.db.engine import make_engine
from neuromod_aid.db.migrate import _config, current_revision, head_revision, upgrade_to_head
from neuromod_aid.db.models import Base
from neuromod_aid.db.records_repo import load_consultation
from neuromod_aid.paths import data_location

FIRST_REVISION = "0001"


def _upgrade_to(engine, revision: str) -> None:  # type: ignore[no-untyped-def]
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def test_rows_written_at_the_first_revision_survive_the_upgrade(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    _upgrade_to(engine, FIRST_REVISION)
    assert current_revision(engine) == FIRST_REVISION
    now = dt.datetime(2025, 1, 2, tzinfo=dt.UTC)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO patients (id, name, record_number, birth_date, created_at, updated_at)"
                " VALUES (1, 'José Peña', 'H-77', '1950-03-04', :now, :now)"
            ),
            {"now": now},
        )
        connection.execute(
            text(
                "INSERT INTO consultations (id, patient_id, consulted_on, language, status,"
                " record, created_at, updated_at)"
                " VALUES (1, 1, '2025-01-02', 'es', 'draft', '{\"x\": 1}', :now, :now)"
            ),
            {"now": now},
        )
    backups = tmp_path / "backups"
    backups.mkdir()
    before = upgrade_to_head(engine, backups_dir=backups)
    assert before == FIRST_REVISION
    assert current_revision(engine) == head_revision()
    with engine.connect() as connection:
        patient = connection.execute(
            text("SELECT name, name_folded, record_number, birth_date FROM patients")
        ).one()
        record = connection.execute(text("SELECT record FROM consultations")).scalar_one()
    assert tuple(patient) == ("José Peña", "jose pena", "H-77", "1950-03-04")
    assert record == '{"x": 1}'
    assert len(list(backups.iterdir())) == 1  # a copy was taken before upgrading


def test_the_recorded_head_is_alembics_head() -> None:
    from alembic.script import ScriptDirectory

    assert ScriptDirectory.from_config(_config()).get_current_head() == head_revision()


def test_fresh_database_is_created_and_stamped_at_head(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    assert upgrade_to_head(engine) is None
    assert current_revision(engine) == head_revision()


def test_migrations_and_models_describe_the_same_schema(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'migrated.sqlite3'}")
    _upgrade_to(engine, "head")
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_the_safe_records_upgrade_keeps_everything(tmp_path: Path) -> None:
    """From revision 0002: one person entered twice becomes one patient with both
    consultations; the demo is marked; the clinic's hours go under the language the
    clinic works in."""
    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    _upgrade_to(engine, "0002")
    now = dt.datetime(2025, 1, 2, tzinfo=dt.UTC)
    with engine.begin() as connection:
        for patient_id, name, number in (
            (1, "María López", "H-1"),
            (2, "Maria Lopez", "h-1 "),
            (3, "Alex Sample", "DEMO-0001"),
        ):
            connection.execute(
                text(
                    "INSERT INTO patients (id, name, name_folded, record_number, created_at,"
                    " updated_at) VALUES (:id, :name, :name, :number, :now, :now)"
                ),
                {"id": patient_id, "name": name, "number": number, "now": now},
            )
        for consultation_id, patient_id, language in ((1, 1, "es"), (2, 2, "es"), (3, 3, "en")):
            connection.execute(
                text(
                    "INSERT INTO consultations (id, patient_id, consulted_on, language, status,"
                    " record, created_at, updated_at)"
                    " VALUES (:id, :patient, '2025-01-02', :lang, 'draft', '{}', :now, :now)"
                ),
                {"id": consultation_id, "patient": patient_id, "lang": language, "now": now},
            )
        connection.execute(
            text(
                "INSERT INTO clinic_profile (id, name, phone, email, address, hours, created_at,"
                " updated_at) VALUES (1, 'Unidad', '', '', '', 'L-V 8-15', :now, :now)"
            ),
            {"now": now},
        )
    upgrade_to_head(engine)
    with engine.connect() as connection:
        patients = connection.execute(
            text("SELECT id, record_number, is_demo FROM patients ORDER BY id")
        ).all()
        owners = connection.execute(
            text("SELECT id, patient_id FROM consultations ORDER BY id")
        ).all()
        hours = connection.execute(text("SELECT hours_by_language FROM clinic_profile")).scalar()
    assert [tuple(p) for p in patients] == [(1, "H-1", 0), (3, "DEMO-0001", 1)]
    assert [tuple(o) for o in owners] == [(1, 1), (2, 1), (3, 3)]
    assert json.loads(hours) == {"es": "L-V 8-15"}


# written by the program at commit 05726e6 (schema 0003): the shipped content 1.0.3
# loaded into the old per-kind content tables, one consultation for "Íñigo Peña"
# (HC-0003), and SCS's summary changed by hand with edited_locally set, as the old
# content sync test did; then dumped with `sqlite3 FILE .dump | gzip -9 -n`
DATABASE_AT_0003 = Path(__file__).parent / "data" / "database-at-0003.sql.gz"
OLD_CONTENT_TABLES = {
    "blood_thinners",
    "catalog_parts",
    "conditions",
    "content_meta",
    "features",
    "glossary",
    "instructions",
    "outcomes",
    "pain_areas",
    "risks",
    "sources",
    "therapies",
}


def test_a_database_with_content_loaded_the_old_way_upgrades_and_still_opens(
    data_dir: Path, catalog: Catalog
) -> None:
    location = data_location().ensure()
    with sqlite3.connect(location.database_file) as connection:
        connection.executescript(gzip.decompress(DATABASE_AT_0003.read_bytes()).decode())
    engine = make_engine(f"sqlite:///{location.database_file}")
    assert current_revision(engine) == "0003"
    engine.dispose()
    context = AppContext(location)
    in_use = context.catalog()  # opens (upgrading) and reads the catalog in use
    database = context.database()
    assert current_revision(database.engine) == head_revision()
    with database.engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        columns = {c["name"] for c in inspect(connection).get_columns("consultations")}
    assert not tables & OLD_CONTENT_TABLES
    assert "clinicians" not in tables and "clinician_id" not in columns  # never used (0006)
    # the hand-edited item is still in use, now as an approved revision
    assert in_use.therapy("scs").summary("en") == "Our clinic's own words."
    assert in_use.local_revisions == (1,)
    assert dataclasses.replace(in_use, therapies=catalog.therapies, local_changes=()) == catalog
    assert in_use.therapies[1:] == catalog.therapies[1:]
    with database.session() as session:
        stored = load_consultation(session, 1)
    assert (stored.record.patient.name, stored.record.patient.record_number) == (
        "Íñigo Peña",
        "HC-0003",
    )
    assert len(list(location.backups_dir.iterdir())) == 1
    database.dispose()


def _schema(engine) -> dict[str, set[tuple[str, str, bool]]]:  # type: ignore[no-untyped-def]
    with engine.connect() as connection:
        found = inspect(connection)
        return {
            table: {(c["name"], str(c["type"]), c["nullable"]) for c in found.get_columns(table)}
            for table in found.get_table_names()
        }


def test_downgrading_the_content_store_brings_back_the_old_tables(tmp_path: Path) -> None:
    old = make_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    _upgrade_to(old, "0003")
    downgraded = make_engine(f"sqlite:///{tmp_path / 'down.sqlite3'}")
    _upgrade_to(downgraded, "head")
    config = _config()
    with downgraded.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0003")
    assert _schema(downgraded) == _schema(old)


def test_documents_recorded_before_content_was_traced_keep_not_known(tmp_path: Path) -> None:
    """A document recorded by the previous revision survives the upgrade; what content
    it was made from is not known (never guessed as the content in use now)."""
    from alembic.script import ScriptDirectory

    from neuromod_aid.db.documents_repo import documents_for

    before = ScriptDirectory.from_config(_config()).get_revision(head_revision()).down_revision
    assert isinstance(before, str)
    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    _upgrade_to(engine, before)
    now = dt.datetime(2026, 11, 30, tzinfo=dt.UTC)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO patients (id, name, name_folded, record_number, record_key,"
                " created_at, updated_at) VALUES (1, 'Ana', 'ana', 'H-1', 'h-1', :now, :now)"
            ),
            {"now": now},
        )
        connection.execute(
            text(
                "INSERT INTO consultations (id, patient_id, consulted_on, language, status,"
                " record, created_at, updated_at) VALUES"
                " (1, 1, '2026-11-30', 'en', 'draft', '{}', :now, :now)"
            ),
            {"now": now},
        )
        connection.execute(
            text(
                "INSERT INTO documents (id, consultation_id, kind, language, large_print,"
                " file_name, sha256, record_revision, created_at) VALUES"
                " (1, 1, 'summary', 'en', 0, 'ana.pdf', :sha, 1, :now)"
            ),
            {"sha": "a" * 64, "now": now},
        )
    upgrade_to_head(engine)
    with Session(engine) as session:
        (document,) = documents_for(session, 1)
    assert (document.file_name, document.record_revision) == ("ana.pdf", 1)
    assert (document.content_version, document.content_revisions) == (None, ())
