"""The patient's pathway: procedures list, checklist, calls, the nurse's checklist
(issue 13 §2–§4), through the application layer, the file format and the command line."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest
from pdf_helpers import page_texts, squeezed

from neuromod_aid.app.context import AppContext, Records
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.cli import main
from neuromod_aid.consultation import (
    ConsultationError,
    Procedure,
    check_against_catalog,
    from_dict,
    to_dict,
)
from neuromod_aid.demo import demo_consultation
from neuromod_aid.paths import data_location
from neuromod_aid.pdf import build_document
from neuromod_aid.preparation import applicable, checklist_status
from neuromod_aid.record_versions import FORMAT_3


@pytest.fixture
def records(data_dir: Path) -> Records:
    return AppContext(data_location().ensure()).records()


def _planned(records: Records, catalog: Catalog, name: str, number: str, **procedure: object):  # type: ignore[no-untyped-def]
    demo = demo_consultation(catalog)
    record = replace(
        demo,
        patient=replace(demo.patient, name=name, record_number=number),
        procedure=Procedure(**procedure),  # type: ignore[arg-type]
    )
    return records.consultations.start(record).id


def test_the_list_is_by_date_with_each_checklists_state_and_filters(
    records: Records, catalog: Catalog
) -> None:
    today = dt.date(2026, 12, 2)  # a Wednesday
    late = _planned(records, catalog, "Ann Late", "H-1", therapy="scs", date=dt.date(2026, 12, 1))
    later = _planned(records, catalog, "Bo Later", "H-2", therapy="tms", date=dt.date(2026, 12, 20))
    undated = _planned(records, catalog, "Cy Undated", "H-3", therapy="scs")
    for item in applicable(records.pathway.load(later).record.procedure, catalog):  # type: ignore[arg-type]
        records.pathway.mark(later, item.id, "done")
    lines = records.pathway.procedures()
    assert [line.consultation_id for line in lines] == [late, later, undated]
    by_id = {line.consultation_id: line for line in lines}
    assert by_id[late].overdue(today) and by_id[late].this_week(today)
    assert not by_id[later].overdue(today) and not by_id[later].incomplete
    assert not by_id[undated].this_week(today) and by_id[undated].incomplete
    # rTMS has no trial period: no trial diary to explain
    assert by_id[later].status.total == len(catalog.checklist) - 1
    assert by_id[late].status.total == len(catalog.checklist)
    window = records.pathway.procedures(dt.date(2026, 12, 2), dt.date(2026, 12, 31))
    assert [line.consultation_id for line in window] == [later]


def test_marks_and_calls_are_signed_by_the_person_working_and_can_be_taken_back(
    records: Records, catalog: Catalog
) -> None:
    records.staff.add("Rosa Pérez", "nurse")
    records.staff.choose("Rosa Pérez")
    cid = _planned(records, catalog, "Ann", "H-1", therapy="scs")
    records.pathway.mark(cid, "allergies", "problem", "  Latex: hives ")
    record = records.pathway.mark(cid, "identity", "done")
    assert record.procedure is not None
    mark = record.procedure.mark("allergies")
    assert mark is not None and (mark.state, mark.by, mark.note) == (
        "problem",
        "Rosa Pérez",
        "Latex: hives",
    )
    status = checklist_status(record.procedure, catalog)
    assert (status.done, status.not_needed, status.problems) == (1, 0, 1)
    record = records.pathway.mark(cid, "pregnancy", "not_applicable")
    assert record.procedure is not None
    status = checklist_status(record.procedure, catalog)
    # not applicable is not done, and no longer to do
    assert (status.done, status.not_needed, status.to_do) == (1, 1, status.total - 2)
    record = records.pathway.mark(cid, "pregnancy", None)
    record = records.pathway.mark(cid, "allergies", None)
    assert record.procedure is not None and record.procedure.mark("allergies") is None
    morning = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
    records.pathway.add_call(cid, "pre_procedure", reached=False, said="No answer", at=morning)
    record = records.pathway.add_call(
        cid,
        "follow_up",
        reached=True,
        said="All well",
        problems="Some redness",
        at=morning + dt.timedelta(hours=3),
    )
    assert record.procedure is not None
    assert [(c.kind, c.reached, c.by) for c in record.procedure.calls] == [
        ("pre_procedure", False, "Rosa Pérez"),
        ("follow_up", True, "Rosa Pérez"),
    ]
    patient = records.consultations.load(cid).patient_id
    history = records.pathway.calls_of_patient(patient)
    assert [found.call.said for found in history] == ["All well", "No answer"]  # newest first
    assert records.consultations.load(cid).record == record  # stored


def test_version_4_keeps_the_checklist_and_calls_and_version_3_still_reads(
    catalog: Catalog,
) -> None:
    demo = demo_consultation(catalog)
    assert demo.procedure is not None and demo.procedure.checklist and demo.procedure.calls
    assert from_dict(json.loads(json.dumps(to_dict(demo)))) == demo
    old = {**to_dict(demo), "format": FORMAT_3}
    for key in ("kind", "checklist", "calls"):
        del old["procedure"][key]
    read = from_dict(old)
    assert (
        read.procedure is not None
        and read.procedure.checklist == ()
        and read.procedure.kind is None
    )
    bad = to_dict(demo)
    bad["procedure"]["checklist"][0]["state"] = "maybe"
    with pytest.raises(ConsultationError, match=r"procedure\.checklist\[0\]\.state"):
        from_dict(bad)
    unknown = replace(
        demo,
        procedure=replace(
            demo.procedure, checklist=(replace(demo.procedure.checklist[0], item="telepathy"),)
        ),
    )
    assert list(check_against_catalog(unknown, catalog)) == [
        "procedure.checklist[0].item: unknown checklist item id 'telepathy'"
    ]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_nurses_checklist_prints_every_item_on_one_page(catalog: Catalog, lang: str) -> None:
    record = demo_consultation(catalog, lang)  # type: ignore[arg-type]
    assert record.procedure is not None
    pages = page_texts(build_document("nurse_checklist", record, catalog))
    # the items and the calls on the first page; only its small-print About may follow
    assert len(pages) == 1 or squeezed(catalog.words(lang)("about_sheet")) in squeezed(pages[1])
    text = squeezed(pages[0])
    words = catalog.words(lang)
    for item in applicable(record.procedure, catalog):
        assert squeezed(item.label(lang)) in text
    for mark in record.procedure.checklist:
        assert squeezed(words(f"nc_state_{mark.state}")) in text
        assert squeezed(mark.note) in text
    left = len(applicable(record.procedure, catalog)) - len(record.procedure.checklist)
    assert text.count(squeezed(words("nc_state_none"))) == left
    states = [mark.state for mark in record.procedure.checklist]
    done, not_needed = states.count("done"), states.count("not_applicable")
    to_do = len(applicable(record.procedure, catalog)) - done - not_needed
    assert squeezed(words("nc_status", done=done, not_needed=not_needed, to_do=to_do)) in text
    (call,) = record.procedure.calls
    assert squeezed(call.said) in text and squeezed(call.by) in text


def test_procedures_list_on_the_command_line(
    records: Records, catalog: Catalog, capsys: pytest.CaptureFixture[str]
) -> None:
    cid = _planned(records, catalog, "Ann", "H-77", therapy="scs", date=dt.date(2026, 12, 14))
    records.pathway.mark(cid, "identity", "done")
    records.pathway.mark(cid, "consent", "problem")
    records.pathway.mark(cid, "pregnancy", "not_applicable")
    _planned(records, catalog, "Bo", "H-78", therapy="scs", date=dt.date(2027, 1, 5))
    assert main(["procedures", "list", "--to", "2026-12-31", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["date"] == "2026-12-14" and row["record_number"] == "H-77"
    counts = ("checklist_done", "checklist_not_needed", "checklist_to_do", "checklist_total")
    assert [row[key] for key in counts] == [
        1,
        1,
        len(catalog.checklist) - 2,
        len(catalog.checklist),
    ]
    assert row["open_problems"] == 1
    assert main(["procedures", "list", "--from", "2027-01-01"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2 and out[1].startswith("2027-01-05  H-78") and "Bo" not in out[1]
    with pytest.raises(SystemExit) as caught:
        main(["procedures", "list", "--from", "14/12/2026"])
    assert caught.value.code == 2


def test_a_consultation_file_is_imported_joined_by_record_number_and_exported_back(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo = tmp_path / "demo.json"
    assert main(["consultation", "demo", "-o", str(demo), "--lang", "es"]) == 0
    assert main(["consultation", "import", str(demo)]) == 0
    first = int(capsys.readouterr().out.split()[-1])
    assert main(["consultation", "import", str(demo)]) == 0
    second = int(capsys.readouterr().out.split()[-1])
    records = AppContext(data_location().ensure()).records()
    patients = {records.consultations.load(cid).patient_id for cid in (first, second)}
    assert first != second and len(patients) == 1  # one patient, two consultations
    back = tmp_path / "back.json"
    assert main(["consultation", "export", str(second), "-o", str(back)]) == 0
    assert json.loads(back.read_text(encoding="utf-8")) == json.loads(
        demo.read_text(encoding="utf-8")
    )
    other = json.loads(demo.read_text(encoding="utf-8"))
    other["patient"].update(name="Someone Else", birth_date="1990-01-01")
    (tmp_path / "other.json").write_text(json.dumps(other), encoding="utf-8")
    capsys.readouterr()
    assert main(["consultation", "import", str(tmp_path / "other.json")]) == 2
    assert "record number DEMO-0001 belongs to" in capsys.readouterr().err
    assert main(["consultation", "export", "999", "-o", str(back)]) == 2
    assert "no consultation with id 999" in capsys.readouterr().err


def test_an_implant_after_the_trial_has_no_trial_only_items(catalog: Catalog) -> None:
    trial = demo_consultation(catalog).procedure
    assert trial is not None and trial.kind == "trial"
    on_trial = {item.id for item in applicable(trial, catalog)}
    implant = {item.id for item in applicable(replace(trial, kind="implant"), catalog)}
    trial_only = {item.id for item in catalog.checklist if item.with_trial}
    assert trial_only and trial_only <= on_trial  # the diary is explained for a trial
    assert implant == on_trial - trial_only  # and not again before the implant
