"""The staff list, who is working, and who saved each change (issue 13 §1)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import text

from neuromod_aid.app.context import Records
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.consultation import to_dict
from neuromod_aid.db import Database, open_database
from neuromod_aid.db.engine import make_engine
from neuromod_aid.db.migrate import _config, current_revision, head_revision
from neuromod_aid.demo import demo_consultation
from neuromod_aid.errors import RecordRejected
from neuromod_aid.paths import data_location
from neuromod_aid.record_versions import FORMAT_3


@pytest.fixture
def database(data_dir: Path) -> Database:
    location = data_location().ensure()
    return open_database(f"sqlite:///{location.database_file}", location)


@pytest.fixture
def records(database: Database, catalog: Catalog) -> Records:
    return Records.over(database, catalog)


def test_people_are_added_edited_and_retired_never_two_of_one_name(records: Records) -> None:
    staff = records.staff
    ana = staff.add("Ana  Núñez", "nurse")
    staff.add("Dr. Luis Gómez", "physician")
    assert ana.name == "Ana Núñez"  # spaces tidied
    with pytest.raises(RecordRejected, match="on the staff list already"):
        staff.add("ana nunez", "other")  # the same person, any case, any accents
    staff.edit(ana.id, "Ana Núñez Ruiz", "other")
    staff.retire(ana.id)
    listed = staff.members()
    assert [(m.name, m.role, m.retired) for m in listed] == [
        ("Dr. Luis Gómez", "physician", False),
        ("Ana Núñez Ruiz", "other", True),  # retired people last, still listed
    ]
    assert [m.name for m in staff.members(retired_too=False)] == ["Dr. Luis Gómez"]


def test_who_is_working_signs_every_saved_change(records: Records, catalog: Catalog) -> None:
    records.staff.add("Rosa Pérez", "nurse")
    assert records.staff.choose("rosa perez") is not None
    stored = records.consultations.start(demo_consultation(catalog))
    records.consultations.save(stored.id, replace(stored.record, private_notes="seen"))
    changes = records.consultations.changes(stored.id)
    assert [(c.revision, c.changed_by) for c in changes] == [(1, "Rosa Pérez"), (2, "Rosa Pérez")]
    assert all(c.changed_at.tzinfo is not None for c in changes)


def test_someone_who_signed_keeps_their_name_and_cannot_sign_once_retired(
    records: Records, catalog: Catalog
) -> None:
    rosa = records.staff.add("Rosa Pérez", "nurse")
    records.staff.choose(rosa.name)
    records.consultations.start(demo_consultation(catalog))
    with pytest.raises(RecordRejected, match="has signed changes"):
        records.staff.edit(rosa.id, "Rosa Pérez Gil", "nurse")
    assert records.staff.edit(rosa.id, "Rosa Pérez", "other").role == "other"
    assert records.staff.check_person("Rosa Pérez") is None
    records.staff.retire(rosa.id)
    retired = records.staff.check_person("Rosa Pérez")
    assert str(retired) == "Rosa Pérez has retired from the staff list"
    assert retired is not None and retired.said("es").startswith("Rosa Pérez ya no trabaja aquí")
    assert records.staff.choose("Rosa Pérez") is None  # a retired person is not chosen
    assert records.staff.working.name == ""
    unknown = str(records.staff.check_person("Someone Else"))
    assert unknown == "Someone Else is not on the staff list"


def test_without_a_staff_list_anyone_named_can_sign(records: Records) -> None:
    assert records.staff.check_person("Whoever") is None
    assert str(records.staff.check_person("  ")) == "a name is needed"


def _pathway_migration() -> str:
    script = ScriptDirectory.from_config(_config())
    found = next(s for s in script.walk_revisions() if s.revision.endswith("_pathway"))
    assert isinstance(found.down_revision, str)
    return found.down_revision


def test_a_database_written_before_the_staff_list_upgrades_and_keeps_its_records(
    tmp_path: Path, catalog: Catalog
) -> None:
    before = _pathway_migration()
    location = data_location().ensure()
    url = f"sqlite:///{location.database_file}"
    engine = make_engine(url)
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, before)
    old = {**to_dict(demo_consultation(catalog)), "format": FORMAT_3}
    del old["procedure"]["kind"], old["procedure"]["checklist"], old["procedure"]["calls"]
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO patients (id, name, name_folded, record_number, record_key,"
                " is_demo) VALUES (1, 'Alex', 'alex', 'DEMO-0001', 'demo-0001', 0)"
            )
        )
        connection.execute(
            text(
                "INSERT INTO consultations (id, patient_id, consulted_on, language, status,"
                " record, revision) VALUES (1, 1, '2026-11-23', 'en', 'complete', :record, 4)"
            ),
            {"record": json.dumps(old)},
        )
    engine.dispose()
    database = open_database(url, location)
    assert current_revision(database.engine) == head_revision()
    records = Records.over(database, catalog)
    stored = records.consultations.load(1)
    assert stored.record.procedure is not None and stored.record.procedure.checklist == ()
    assert records.consultations.changes(1) == []  # nobody was recorded before
    records.staff.add("Rosa Pérez", "nurse")
    records.staff.choose("Rosa Pérez")
    records.pathway.mark(1, "identity", "done")  # the finished record takes the checklist
    assert [(c.revision, c.changed_by) for c in records.consultations.changes(1)] == [
        (5, "Rosa Pérez")
    ]
    database.dispose()
