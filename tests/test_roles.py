"""What each role may change, enforced in the application layer (issue 14 §4): a nurse
cannot change which risks were recorded as discussed nor where the patient is leaning,
only a physician records the trial's decision; with no staff list anyone may."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from neuromod_aid.app.context import Records
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.cli import main
from neuromod_aid.consultation import Consultation
from neuromod_aid.db import open_database
from neuromod_aid.demo import demo_consultation
from neuromod_aid.errors import NotAllowed
from neuromod_aid.frozen import FrozenMap
from neuromod_aid.paths import data_location


@pytest.fixture
def records(database_url: str, catalog: Catalog) -> Records:
    return Records.over(open_database(database_url, data_location().ensure()), catalog)


def _fewer_risks(record: Consultation) -> Consultation:
    return replace(record, risks_discussed=FrozenMap({"scs": record.risks_discussed["scs"][1:]}))


def _other_leaning(record: Consultation) -> Consultation:
    return replace(record, leaning="not_sure")


@pytest.mark.parametrize("change", [_fewer_risks, _other_leaning])
def test_a_nurse_cannot_change_the_physicians_part_of_a_record(
    records: Records, catalog: Catalog, change: object
) -> None:
    assert callable(change)
    records.staff.add("Dr Luis Gómez", "physician")
    records.staff.add("Rosa Pérez", "nurse")
    records.staff.choose("Rosa Pérez")
    stored = records.consultations.start(demo_consultation(catalog))
    before = records.audit.entries()
    with pytest.raises(NotAllowed, match="only a physician"):
        records.consultations.save(stored.id, change(stored.record))
    with pytest.raises(NotAllowed):  # nor by printing it
        records.consultations.printed(
            stored.id, "summary", change(stored.record), b"%PDF-", large_print=False
        )
    assert records.consultations.latest(stored.id).record == stored.record
    assert records.audit.entries() == before  # refused: nothing audited
    notes = replace(stored.record, private_notes="allergy checked")
    assert records.consultations.save(stored.id, notes).record == notes  # her own part

    records.staff.choose("Dr Luis Gómez")
    assert records.consultations.save(stored.id, change(notes)).record == change(notes)


def test_only_a_physician_records_the_trial_decision(records: Records, catalog: Catalog) -> None:
    records.staff.add("Dr Luis Gómez", "physician")
    records.staff.add("Rosa Pérez", "nurse")
    records.staff.add("Sam Lee", "other")
    cid = records.consultations.start(demo_consultation(catalog)).id
    for person in ("Rosa Pérez", "Sam Lee", ""):  # "": nobody chosen at this computer
        records.staff.choose(person)
        with pytest.raises(NotAllowed, match="trial's decision"):
            records.pathway.decide(cid, "longer_trial", "One more week")
    records.staff.choose("Rosa Pérez")  # the nurse's own work goes on
    records.pathway.mark(cid, "identity", "done")
    records.staff.choose("Dr Luis Gómez")
    made = records.pathway.decide(cid, "longer_trial", "One more week").procedure
    assert made is not None and made.decision is not None
    assert made.decision.by == "Dr Luis Gómez"
    assert [e.action for e in records.audit.entries()][-1] == "trial_decided"


def test_only_a_physician_withdraws_the_trial_decision(records: Records, catalog: Catalog) -> None:
    records.staff.add("Dr Luis Gómez", "physician")
    records.staff.add("Rosa Pérez", "nurse")
    records.staff.choose("Dr Luis Gómez")
    cid = records.consultations.start(demo_consultation(catalog)).id
    records.pathway.decide(cid, "longer_trial", "One more week")
    records.staff.choose("Rosa Pérez")
    with pytest.raises(NotAllowed, match="trial's decision"):
        records.pathway.withdraw_decision(cid, "Typed for the wrong patient")
    kept = records.consultations.latest(cid).record.procedure
    assert kept is not None and kept.decision is not None  # still decided
    records.staff.choose("Dr Luis Gómez")
    records.pathway.withdraw_decision(cid, "Typed for the wrong patient")
    assert [e.action for e in records.audit.entries()][-1] == "trial_decision_withdrawn"


def test_with_no_staff_list_everything_is_allowed(records: Records, catalog: Catalog) -> None:
    stored = records.consultations.start(demo_consultation(catalog))
    assert records.consultations.save(stored.id, _fewer_risks(stored.record)).revision == 2
    decided = records.pathway.decide(stored.id, "no_implant", "Little relief").procedure
    assert decided is not None and decided.decision is not None


def test_a_refusal_on_the_command_line_is_one_line_and_exit_2(
    data_dir: Path,
    catalog: Catalog,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from neuromod_aid.cli import audit_cmd

    records = Records.over(
        open_database(f"sqlite:///{data_location().ensure().database_file}", data_location()),
        catalog,
    )
    records.staff.add("Rosa Pérez", "nurse")
    records.staff.choose("Rosa Pérez")
    cid = records.consultations.start(demo_consultation(catalog)).id

    def refused(*_args: object) -> int:  # a command that records the trial's decision
        records.pathway.decide(cid, "implant", "Pain halved")
        return 0

    monkeypatch.setattr(audit_cmd, "_list", refused)
    code = main(["audit", "list"])
    err = capsys.readouterr().err
    assert code == 2
    assert err == "neuromod-aid: only a physician can record the trial's decision\n"
