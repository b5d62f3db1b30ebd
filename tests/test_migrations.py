"""Schema upgrades keep the data, and migrations build the same schema as the models."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, text

from neuromod_aid.db.engine import make_engine
from neuromod_aid.db.migrate import _config, current_revision, head_revision, upgrade_to_head
from neuromod_aid.db.models import Base

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
