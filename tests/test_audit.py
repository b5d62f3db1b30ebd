"""The append-only audit log: every change through the services writes its line in the
same unit of work, with who, when, what and which record, and no name or note; nothing
updates or deletes a line (issue 14 §4, issue 13 §1). SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import getpass
import json
import uuid
from dataclasses import replace
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from neuromod_aid.app import audit
from neuromod_aid.app.context import AppContext, Records
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.cli import main
from neuromod_aid.consultation import Clinic, Patient
from neuromod_aid.db import Database, audit_repo, models, open_database
from neuromod_aid.db.engine import make_engine
from neuromod_aid.db.migrate import _config, _scripts, upgrade_to_head
from neuromod_aid.demo import demo_consultation
from neuromod_aid.errors import DatabaseUnavailable, RecordNumberTaken, RecordRejected
from neuromod_aid.paths import data_location


@pytest.fixture
def database(database_url: str) -> Database:
    return open_database(database_url, data_location().ensure())


@pytest.fixture
def records(database: Database, catalog: Catalog) -> Records:
    return Records.over(database, catalog)


def _db_user(database: Database) -> str:
    """Who the database knows this connection as: the PostgreSQL role of the URL, or on
    SQLite (no roles) the computer's user."""
    url = make_url(database.url)
    return getpass.getuser() if url.get_backend_name() == "sqlite" else str(url.username)


def _lines(records: Records, record_number: str | None = None) -> list[tuple[str, str, str]]:
    return [(e.action, e.table, e.who) for e in records.audit.entries(record_number)]


def test_every_change_is_audited_with_who_what_and_which_record(
    records: Records, database: Database, catalog: Catalog, tmp_path: Path
) -> None:
    ana = records.staff.add("Ana Ruiz", "physician")  # nobody chosen yet: the computer's user
    records.staff.choose("Ana Ruiz")
    demo = demo_consultation(catalog)
    number = demo.patient.record_number
    stored = records.consultations.start(demo)
    records.consultations.save(stored.id, replace(stored.record, private_notes="a secret note"))
    records.consultations.save(stored.id, replace(stored.record, private_notes="a secret note"))
    records.consultations.export(
        stored.id, "summary", stored.record, b"%PDF-", tmp_path / "s.pdf", large_print=False
    )
    records.consultations.finish(stored.id)
    records.consultations.amend(stored.id, "Ana Ruiz", "a typo")
    records.pathway.mark(stored.id, "identity", "done")
    records.pathway.add_call(stored.id, "pre_procedure", reached=True, said="talked")
    records.patients.correct(stored.patient_id, "Jo Doe", number, None)
    records.patients.archive(stored.patient_id)
    records.clinic.save(Clinic(name="Unidad del Dolor", phone="910 000 000"))
    records.staff.edit(ana.id, "Ana Ruiz", "physician")

    assert _lines(records, number.lower()) == [  # any case names the same patient
        ("consultation_started", "consultations", "Ana Ruiz"),
        ("consultation_saved", "consultations", "Ana Ruiz"),  # once: the second changed nothing
        ("consultation_saved", "consultations", "Ana Ruiz"),  # the export's save of its record
        ("document_produced", "documents", "Ana Ruiz"),
        ("consultation_finished", "consultations", "Ana Ruiz"),
        ("consultation_amended", "consultations", "Ana Ruiz"),
        ("checklist_marked", "consultations", "Ana Ruiz"),
        ("call_recorded", "consultations", "Ana Ruiz"),
        ("patient_corrected", "patients", "Ana Ruiz"),
        ("patient_archived", "patients", "Ana Ruiz"),
    ]
    everything = records.audit.entries()
    assert [(e.action, e.who) for e in everything[:1]] == [("staff_added", _db_user(database))]
    assert [e.action for e in everything[-2:]] == ["clinic_changed", "staff_edited"]
    assert all(e.at.tzinfo is not None for e in everything)
    assert {e.staff_id for e in everything[1:]} == {ana.id}
    assert {e.db_user for e in everything} == {_db_user(database)}  # recorded too
    consultation_lines = [e for e in everything if e.table == "consultations"]
    assert {e.record_id for e in consultation_lines} == {stored.id}


def test_no_name_and_no_note_reaches_the_log(
    records: Records, database: Database, catalog: Catalog
) -> None:
    demo = demo_consultation(catalog)
    stored = records.consultations.start(demo)
    records.consultations.save(stored.id, replace(demo, private_notes="Zebra-unicorn note"))
    records.patients.correct(stored.patient_id, "Xiomara Quiñones", "H-77", None)
    with database.session() as session:
        rows = session.execute(select(models.AuditRow)).scalars().all()
        stored_text = json.dumps(
            [[str(v) for k, v in vars(row).items() if not k.startswith("_")] for row in rows],
            ensure_ascii=False,
        )
    assert len(rows) == 3
    for private in (demo.patient.name, "Xiomara", "Quiñones", "Zebra-unicorn"):
        assert private not in stored_text
    assert [e.record_number for e in records.audit.entries()][-1] == "H-77"


def test_merge_and_delete_keep_each_record_number(
    records: Records, database: Database, catalog: Catalog
) -> None:
    demo = demo_consultation(catalog)
    one = records.consultations.start(replace(demo, patient=Patient("Lee One", "A-1")))
    two = records.consultations.start(replace(demo, patient=Patient("Lee One", "A-2")))
    records.patients.merge(one.patient_id, two.patient_id)
    records.patients.delete(one.patient_id)
    assert _lines(records, "A-2")[-1] == ("patient_merged", "patients", _db_user(database))
    assert [e.action for e in records.audit.entries("A-1")][-2:] == [
        "patient_merged",
        "patient_deleted",
    ]


def test_a_refused_change_leaves_no_audit_line(records: Records, catalog: Catalog) -> None:
    demo = demo_consultation(catalog)
    first = records.consultations.start(replace(demo, patient=Patient("Ann Bee", "B-1")))
    other = records.consultations.start(replace(demo, patient=Patient("Cy Dee", "B-2")))
    before = records.audit.entries()
    with pytest.raises(RecordNumberTaken):
        records.consultations.save(other.id, replace(other.record, patient=first.record.patient))
    with pytest.raises(RecordRejected):
        records.pathway.decide(first.id, "implant", "   ")
    assert records.audit.entries() == before


def test_a_line_that_cannot_be_written_fails_the_change(
    records: Records, catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    stored = records.consultations.start(demo_consultation(catalog))

    def refused(*_args: object) -> None:
        raise DatabaseUnavailable("the disk is full", "full")

    monkeypatch.setattr(audit_repo, "append", refused)
    with pytest.raises(DatabaseUnavailable):
        records.consultations.save(stored.id, replace(stored.record, private_notes="changed"))
    with pytest.raises(DatabaseUnavailable):
        records.clinic.save(Clinic(name="Unidad del Dolor", phone="910 000 000"))
    monkeypatch.undo()
    assert records.consultations.latest(stored.id).revision == stored.revision
    assert records.clinic.saved() is None


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_log SET action = 'consultation_started', record_number = ''",
        "DELETE FROM audit_log",
    ],
)
def test_the_log_cannot_be_changed_or_emptied(
    records: Records, database: Database, catalog: Catalog, statement: str
) -> None:
    records.consultations.start(demo_consultation(catalog))
    before = records.audit.entries()
    with pytest.raises(RecordRejected, match="append-only"), database.session() as session:
        session.execute(text(statement))
    with pytest.raises(RecordRejected, match="append-only"), database.session() as session:
        row = session.scalars(select(models.AuditRow)).one()
        if statement.startswith("UPDATE"):
            row.action = "patient_deleted"
        else:
            session.delete(row)
    assert records.audit.entries() == before


def test_a_patients_lines_for_their_export(data_dir: Path, catalog: Catalog) -> None:
    context = AppContext(data_location().ensure())
    records = context.records()
    demo = demo_consultation(catalog)
    records.consultations.start(demo)
    records.consultations.start(replace(demo, patient=Patient("Other Person", "Z-9")))
    found = audit.entries_for_record(context, demo.patient.record_number)
    assert [(e.action, e.record_number) for e in found] == [
        ("consultation_started", demo.patient.record_number)
    ]
    assert audit.entries_for_record(context, "nobody") == []
    context.close()


def test_audit_list_prints_the_log_escaped_and_as_json(
    data_dir: Path, catalog: Catalog, capsys: pytest.CaptureFixture[str]
) -> None:
    context = AppContext(data_location().ensure())
    records = context.records()
    demo = demo_consultation(catalog)
    records.consultations.start(replace(demo, patient=Patient("Ann Bee", "R-1\x1b[2J")))
    records.consultations.start(replace(demo, patient=Patient("Cy Dee", "R-2")))
    records.staff.add("Rosa Pérez", "nurse")
    context.close()
    capsys.readouterr()

    assert main(["audit", "list"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert len(table) == 4  # the heading and three lines
    assert "\x1b" not in "".join(table) and "R-1\\x1b[2J" in table[1]
    assert "consultation_started" in table[2] and "R-2" in table[2]
    assert "staff_added" in table[3]

    assert main(["audit", "list", "--record", "r-2", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["action"], r["record_number"], r["table"]) for r in rows] == [
        ("consultation_started", "R-2", "consultations")
    ]
    assert dt.datetime.fromisoformat(rows[0]["at"]).tzinfo is not None

    assert main(["audit", "list", "--record", "R-404"]) == 0
    assert capsys.readouterr().out.strip() == "no audit entries for R-404"


AUDIT_REVISION = next(s for s in _scripts().walk_revisions() if s.revision.endswith("_audit"))


def test_a_database_from_before_the_log_gets_it_append_only(
    database_url: str, catalog: Catalog
) -> None:
    engine = make_engine(database_url)
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, str(AUDIT_REVISION.down_revision))
        connection.execute(
            text("INSERT INTO staff (name, name_folded, role) VALUES ('Ana', 'ana', 'nurse')")
        )
    assert upgrade_to_head(engine) == AUDIT_REVISION.down_revision
    engine.dispose()
    records = Records.over(open_database(database_url, data_location().ensure()), catalog)
    records.staff.choose("Ana")
    records.consultations.start(demo_consultation(catalog))
    (line,) = records.audit.entries()
    assert (line.action, line.who) == ("consultation_started", "Ana")  # kept from before
    refused = pytest.raises(RecordRejected, match="append-only")
    with refused, records.audit.database.session() as session:
        session.execute(text("DELETE FROM audit_log"))
    assert records.audit.entries() == [line]


def _readme_grants() -> str:
    """The README's SQL for one database role per person."""
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("### One database role per person (PostgreSQL)", 1)[1]
    return section.split("```sql\n", 1)[1].split("```", 1)[0]


def test_each_person_connects_as_their_own_role_and_cannot_change_the_log(
    database_url: str, catalog: Catalog
) -> None:
    location = data_location().ensure()
    owner = open_database(database_url, location)
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":  # no roles: the computer's user, the file its own
        records = Records.over(owner, catalog)
        records.consultations.start(demo_consultation(catalog))
        assert [e.db_user for e in records.audit.entries()] == [getpass.getuser()]
        assert Path(str(url.database)).stat().st_mode & 0o077 == 0
        return
    suffix = uuid.uuid4().hex[:8]
    group, person = f"neuromod_staff_{suffix}", f"ana_ruiz_{suffix}"
    grants = (
        _readme_grants()
        .replace("neuromod_staff", group)
        .replace("ana_ruiz", person)
        .replace("DATABASE neuromod ", f'DATABASE "{url.database}" ')
    )
    with owner.engine.begin() as connection:
        connection.exec_driver_sql(grants)
    people = open_database(url.set(username=person).render_as_string(False), location)
    try:
        records = Records.over(people, catalog)
        records.staff.add("Ana Ruiz", "physician")
        records.staff.choose("Ana Ruiz")
        records.consultations.start(demo_consultation(catalog))
        lines = records.audit.entries()
        assert [(e.action, e.who, e.db_user) for e in lines] == [
            ("staff_added", person, person),  # nobody chosen yet: the role alone
            ("consultation_started", "Ana Ruiz", person),
        ]
        for statement in ("UPDATE audit_log SET action = 'x'", "DELETE FROM audit_log"):
            refused = pytest.raises(DatabaseUnavailable, match="refused this database role")
            with refused, people.session() as session:
                session.execute(text(statement))
        assert records.audit.entries() == lines
    finally:
        people.dispose()
        with owner.engine.begin() as connection:
            connection.exec_driver_sql(f"DROP OWNED BY {person}, {group}")
            connection.exec_driver_sql(f"DROP ROLE {person}, {group}")
        owner.dispose()


def test_content_drafts_and_decisions_are_audited_by_who_made_them(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from test_content_governance import _our_infection_figure

    ours = str(_our_infection_figure(tmp_path))
    assert main(["content", "import-local", ours, "--by", "Ana Ruiz"]) == 0
    assert main(["content", "approve", "1", "--by", "ana ruiz"]) == 2  # the author: refused
    assert main(["content", "reject", "1", "--by", "Luis Gómez"]) == 0
    assert main(["content", "import-local", ours, "--by", "Ana Ruiz"]) == 0
    assert main(["content", "approve", "2", "--by", "Luis Gómez"]) == 0
    capsys.readouterr()
    assert main(["audit", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["action"], r["record_id"], r["table"]) for r in rows] == [
        ("content_drafted", 1, "content_revisions"),
        ("content_rejected", 1, "content_revisions"),
        ("content_drafted", 2, "content_revisions"),
        ("content_approved", 2, "content_revisions"),
    ]
    assert {r["staff_id"] for r in rows} == {None}  # no staff list: the computer's user
    assert {r["who"] for r in rows} == {getpass.getuser()}


def test_the_pathways_records_and_the_staff_list_are_audited(
    records: Records, catalog: Catalog
) -> None:
    cid = records.consultations.start(demo_consultation(catalog)).id
    rosa = records.staff.add("Rosa Pérez", "nurse")
    records.staff.choose("Rosa Pérez")
    records.pathway.enter_diary(cid, ())
    records.pathway.add_follow_up(cid, dt.date(2026, 12, 1), pain=3, relief=60)
    records.staff.retire(rosa.id)
    records.staff.retire(rosa.id, retired=False)
    assert [(e.action, e.table, e.who) for e in records.audit.entries()[1:]] == [
        ("staff_added", "staff", _db_user(records.audit.database)),
        ("diary_entered", "consultations", "Rosa Pérez"),
        ("follow_up_recorded", "consultations", "Rosa Pérez"),
        ("staff_retired", "staff", "Rosa Pérez"),
        ("staff_returned", "staff", "Rosa Pérez"),  # a retired person is still named
    ]


def test_a_document_whose_file_cannot_be_written_is_audited_as_withdrawn(
    records: Records, catalog: Catalog, tmp_path: Path
) -> None:
    stored = records.consultations.start(demo_consultation(catalog))
    nowhere = tmp_path / "no such folder" / "summary.pdf"
    with pytest.raises(OSError):
        records.consultations.export(
            stored.id, "summary", stored.record, b"%PDF-", nowhere, large_print=False
        )
    assert records.consultations.documents(stored.id) == []
    produced, withdrawn = records.audit.entries()[-2:]
    assert (produced.action, withdrawn.action) == ("document_produced", "document_withdrawn")
    assert produced.record_id == withdrawn.record_id is not None
