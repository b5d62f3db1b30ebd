"""What each role may change, enforced in the application layer (issue 14 §4): a nurse
cannot change which risks were recorded as discussed nor where the patient is leaning,
only a physician records the trial's decision; with no staff list anyone may. Nor can a
consultation file bring those parts in for anyone but a physician, in the window or on the
command line (``--as NAME``)."""

from __future__ import annotations

import json
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
        records.consultations.made_before(
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


def _without_the_physicians_parts(record: Consultation) -> Consultation:
    return replace(record, risks_discussed=FrozenMap(), leaning="")


def test_a_nurse_cannot_bring_in_a_file_with_the_physicians_parts(
    records: Records, catalog: Catalog
) -> None:
    records.staff.add("Dr Luis Gómez", "physician")
    records.staff.add("Rosa Pérez", "nurse")
    records.staff.choose("Rosa Pérez")
    demo = demo_consultation(catalog)
    for brought in (
        demo,
        replace(demo, risks_discussed=FrozenMap()),
        _other_leaning(replace(demo, risks_discussed=FrozenMap())),
    ):
        before = records.audit.entries()
        with pytest.raises(NotAllowed, match="only a physician can bring in"):
            records.consultations.bring_in(brought)
        assert records.audit.entries() == before  # nothing stored, nothing audited
    plain = records.consultations.bring_in(_without_the_physicians_parts(demo))
    assert plain.record == _without_the_physicians_parts(demo)  # her own parts come in
    records.staff.choose("Dr Luis Gómez")
    assert records.consultations.bring_in(demo).record == demo


def test_a_nurse_cannot_bring_in_a_trial_decision(records: Records, catalog: Catalog) -> None:
    records.staff.add("Dr Luis Gómez", "physician")
    records.staff.add("Rosa Pérez", "nurse")
    records.staff.choose("Dr Luis Gómez")
    cid = records.consultations.start(_without_the_physicians_parts(demo_consultation(catalog))).id
    decided = records.pathway.decide(cid, "no_implant", "Little relief")
    records.staff.choose("Rosa Pérez")
    with pytest.raises(NotAllowed, match="trial's decision"):
        records.consultations.bring_in(decided)


def _cli(*argv: str) -> int:
    return main(list(argv))


def test_the_command_line_names_who_is_working_and_their_role_counts(
    data_dir: Path, catalog: Catalog, capsys: pytest.CaptureFixture[str]
) -> None:
    location = data_location().ensure()
    records = Records.over(open_database(f"sqlite:///{location.database_file}", location), catalog)
    records.staff.add("Dr Luis Gómez", "physician")
    records.staff.add("Rosa Pérez", "nurse")
    file = data_dir / "demo.json"
    assert _cli("consultation", "demo", "-o", str(file)) == 0
    capsys.readouterr()

    assert _cli("--as", "Rosa Pérez", "consultation", "import", str(file)) == 2
    assert "only a physician can bring in" in capsys.readouterr().err
    assert _cli("consultation", "import", str(file)) == 2  # nobody named: not a physician
    assert _cli("--as", "Someone Else", "consultation", "import", str(file)) == 2
    assert "Someone Else is not on the staff list" in capsys.readouterr().err
    assert not [e for e in records.audit.entries() if e.action == "consultation_started"]

    plain = json.loads(file.read_text(encoding="utf-8"))
    plain["risks_discussed"], plain["leaning"] = {}, ""
    file.write_text(json.dumps(plain), encoding="utf-8")
    assert _cli("--as", "Rosa Pérez", "consultation", "import", str(file)) == 0
    (started,) = [e for e in records.audit.entries() if e.action == "consultation_started"]
    assert started.staff_name == "Rosa Pérez"  # the save names her
