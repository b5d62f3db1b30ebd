"""Nobody chosen as working is stored as nobody (format /6), shown in the reader's
language; an old record's English "(not recorded)" reads the same. A trial decision is
withdrawn with who, when and why, kept in the history, and the pathway opens again."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from pdf_helpers import page_texts, squeezed

from neuromod_aid.app.context import AppContext, Records
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.text import Lang
from neuromod_aid.consultation import FORMAT, from_dict, to_dict
from neuromod_aid.demo import demo_consultation
from neuromod_aid.errors import RecordRejected
from neuromod_aid.paths import data_location
from neuromod_aid.pdf import build_document
from neuromod_aid.present.wording import Wording
from neuromod_aid.record_fields import NOBODY_BEFORE_6
from neuromod_aid.record_versions import FORMAT_5


@pytest.fixture
def records(data_dir: Path) -> Records:
    return AppContext(data_location().ensure()).records()


def _trial(records: Records, catalog: Catalog, lang: Lang = "en") -> int:
    """The demo's trial, its diary entered, in ``lang``."""
    return records.consultations.start(demo_consultation(catalog, lang)).id


def test_nobody_working_is_stored_as_nobody_not_as_english_words(
    records: Records, catalog: Catalog
) -> None:
    cid = _trial(records, catalog)
    records.pathway.mark(cid, "consent", "done")
    record = records.pathway.add_call(cid, "follow_up", reached=True, said="Fine")
    record = records.pathway.add_follow_up(cid, dt.date(2027, 1, 4), pain=3, relief=60)
    procedure = record.procedure
    assert procedure is not None
    mark = procedure.mark("consent")
    assert mark is not None and mark.by is None
    assert procedure.calls[-1].by is None and procedure.follow_ups[-1].by is None
    stored = to_dict(records.pathway.load(cid).record)
    assert stored["format"] == FORMAT
    signs = [m["by"] for m in stored["procedure"]["checklist"] if m["item"] == "consent"]
    assert signs == [None] and stored["procedure"]["calls"][-1]["by"] is None


@pytest.mark.parametrize("lang", ["en", "es"])
def test_an_old_record_s_english_nobody_reads_as_nobody_and_prints_in_its_language(
    catalog: Catalog, lang: Lang
) -> None:
    demo = demo_consultation(catalog, lang)
    old = to_dict(demo)
    old["format"] = FORMAT_5
    for mark in old["procedure"]["checklist"]:
        mark["by"] = NOBODY_BEFORE_6
    for call in old["procedure"]["calls"]:
        call["by"] = NOBODY_BEFORE_6
    record = from_dict(old)
    assert record.procedure is not None
    assert {m.by for m in record.procedure.checklist} == {None}
    assert {c.by for c in record.procedure.calls} == {None}
    text = squeezed(" ".join(page_texts(build_document("nurse_checklist", record, catalog))))
    nobody = squeezed(Wording(catalog, lang)("nobody_recorded"))
    assert NOBODY_BEFORE_6 not in text
    assert text.count(nobody) == len(record.procedure.checklist) + len(record.procedure.calls)
    assert from_dict(to_dict(record)) == record  # written back as /6, read the same


def test_a_decision_is_withdrawn_kept_and_the_trial_decided_again(
    records: Records, catalog: Catalog
) -> None:
    records.staff.add("Dr. Ana Ruiz", "physician")
    records.staff.choose("Dr. Ana Ruiz")
    cid = _trial(records, catalog)
    with pytest.raises(RecordRejected):
        records.pathway.withdraw_decision(cid, "Nothing decided yet")
    made = records.pathway.decide(cid, "implant", "Pain halved").procedure.decision  # type: ignore[union-attr]
    assert made is not None and made.next_consultation is not None
    with pytest.raises(RecordRejected, match="reasons"):
        records.pathway.withdraw_decision(cid, "  ")
    record = records.pathway.withdraw_decision(cid, " The patient wants to wait ")
    procedure = record.procedure
    assert procedure is not None and procedure.decision is None  # open again
    (earlier,) = procedure.withdrawn_decisions
    assert (earlier.decision, earlier.reasons, earlier.by) == (
        "implant",
        "Pain halved",
        "Dr. Ana Ruiz",
    )
    assert earlier.withdrawn is not None
    assert (earlier.withdrawn.by, earlier.withdrawn.reasons) == (
        "Dr. Ana Ruiz",
        "The patient wants to wait",
    )
    assert earlier.withdrawn.at >= made.at
    # kept in the record's file form, and in the patient's timeline
    assert from_dict(to_dict(records.pathway.load(cid).record)) == records.pathway.load(cid).record
    patient = records.consultations.load(cid).patient_id
    kinds = [
        event.kind for event in records.pathway.timeline(patient)[0] if event.consultation_id == cid
    ]
    assert kinds.count("trial_result") == 1 and kinds.count("decision_withdrawn") == 1
    # the implant planned from the withdrawn decision has left the procedures list
    assert [line for line in records.pathway.procedures() if line.kind == "implant"] == []
    longer = records.pathway.decide(cid, "longer_trial", "One more week").procedure.decision  # type: ignore[union-attr]
    assert longer is not None  # the implant stays aside: no implant is decided
    assert [line for line in records.pathway.procedures() if line.kind == "implant"] == []
    records.pathway.withdraw_decision(cid, "The week is over")
    # decided again: the implant planned the first time is the one planned, no second
    again = records.pathway.decide(cid, "implant", "Ready now").procedure.decision  # type: ignore[union-attr]
    assert again is not None and again.next_consultation == made.next_consultation
    implants = [line for line in records.pathway.procedures() if line.kind == "implant"]
    assert len(implants) == 1


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_trial_result_says_a_decision_was_taken_back(
    records: Records, catalog: Catalog, lang: Lang
) -> None:
    cid = _trial(records, catalog, lang)
    records.pathway.decide(cid, "no_implant", "Not enough relief")
    record = records.pathway.withdraw_decision(cid, "Entered by mistake")
    words = Wording(catalog, lang)
    text = squeezed(" ".join(page_texts(build_document("trial_result", record, catalog))))
    earlier = record.procedure.withdrawn_decisions[0].withdrawn  # type: ignore[union-attr]
    assert earlier is not None
    assert squeezed(words("tr_withdrawn", date=words.date(earlier.at.date()))) in text
    assert squeezed(words("tr_undecided")) in text
    assert squeezed(words("tr_decided_no_implant")) not in text
    record = records.pathway.decide(cid, "no_implant", "Not enough relief")
    decided = replace(record, procedure=replace(record.procedure, withdrawn_decisions=()))  # type: ignore[type-var]
    text = squeezed(" ".join(page_texts(build_document("trial_result", decided, catalog))))
    made = decided.procedure.decision  # type: ignore[union-attr]
    assert made is not None and made.by is None  # nobody chosen as working
    assert squeezed(words("tr_decided_on", date=words.date(made.at.date()))) in text
