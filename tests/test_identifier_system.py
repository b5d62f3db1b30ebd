"""The system URI of the clinic's record numbers: checked as an absolute URI, kept with
the clinic details (a column of its own, added by a migration that keeps the row)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import text

from neuromod_aid.app.context import AppContext
from neuromod_aid.app.errors import UserError
from neuromod_aid.consultation import Clinic
from neuromod_aid.db.engine import make_engine
from neuromod_aid.db.migrate import _config, head_revision, upgrade_to_head
from neuromod_aid.identifier_system import EXPLAINED, PLACEHOLDER, problem
from neuromod_aid.paths import data_location


@pytest.mark.parametrize(
    "uri",
    [
        "urn:oid:2.16.840.1.113883.2.9.4.3.2",
        "https://fhir.hospital.example/Id/record-number",
        "http://hospital.example:8080/mrn",
        PLACEHOLDER,
    ],
)
def test_a_system_the_hospital_gives_is_taken(uri: str) -> None:
    assert problem(uri) is None


@pytest.mark.parametrize(
    ("uri", "why"),
    [
        ("H-numbers", "not_absolute"),
        ("2.16.840.1", "not_absolute"),
        ("urn:oid:", "oid"),
        ("urn:oid:1.02.3", "oid"),  # no leading zeros in an OID
        ("urn:oid:3.1", "oid"),  # an OID's first arc is 0, 1 or 2
        # a FHIR server compares systems character by character
        ("URN:OID:1.2.3", "case"),
        ("urn:OID:1.2.3", "case"),
        ("HTTPS://hospital.example/mrn", "case"),
        ("Http://hospital.example/mrn", "case"),
        ("urn:isbn:0451450523", "scheme"),
        ("mailto:it@hospital.example", "scheme"),
        ("https:hospital.example", "web"),
        ("https://", "web"),
        ("https://-bad-.example/x", "web"),
        ("urn:oid:1.2 .3", "spaces"),
        ("https://hospital.example/\x07", "spaces"),
        ("urn:oid:1." + "2." * 1000 + "3", "too_long"),
    ],
)
def test_anything_else_is_refused_with_its_reason(uri: str, why: str) -> None:
    assert problem(uri) == why
    assert EXPLAINED[problem(uri)]  # type: ignore[index]


def test_the_clinic_details_keep_it_and_refuse_a_bad_one(data_dir: Path) -> None:
    context = AppContext(data_location(data_dir).ensure(), None)
    clinic = context.records().clinic
    assert (clinic.identifier_system(), clinic.system_in_use()) == ("", PLACEHOLDER)
    clinic.save(Clinic(name="Unidad del Dolor"), "urn:oid:1.2.34")
    assert clinic.system_in_use() == "urn:oid:1.2.34"
    clinic.save(Clinic(name="Unidad del Dolor", phone="900 1"))  # None: the system is kept
    assert clinic.identifier_system() == "urn:oid:1.2.34"
    with pytest.raises(UserError, match="urn:oid:… or https://…"):
        clinic.save(Clinic(name="Unidad del Dolor"), "hospital-numbers")
    assert clinic.identifier_system() == "urn:oid:1.2.34"
    clinic.save(Clinic(name="Unidad del Dolor"), "")  # cleared: the placeholder again
    assert clinic.system_in_use() == PLACEHOLDER
    context.close()


def test_the_clinic_details_saved_before_keep_their_row_with_no_system(tmp_path: Path) -> None:
    before = ScriptDirectory.from_config(_config()).get_revision(head_revision()).down_revision
    assert isinstance(before, str)
    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        from alembic import command

        command.upgrade(config, before)
        connection.execute(
            text(
                "INSERT INTO clinic_profile (id, name, phone, email, address,"
                " hours_by_language, out_of_hours, out_of_hours_phone, created_at,"
                " updated_at) VALUES (1, 'Unidad', '900', '', '', '{}', '{}', '', :now, :now)"
            ),
            {"now": dt.datetime(2026, 11, 30, tzinfo=dt.UTC)},
        )
    upgrade_to_head(engine)
    with engine.connect() as connection:
        row = connection.execute(
            text("SELECT name, phone, patient_identifier_system FROM clinic_profile")
        ).one()
    assert tuple(row) == ("Unidad", "900", "")
