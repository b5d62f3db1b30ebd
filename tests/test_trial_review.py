"""The trial review and the follow-up (issue 13 §5-§7): the diary's days, the decision
and the implant it plans, follow-up visits, the timeline, the record format /5 and later, and the
trial result PDF whose chart is drawn from the values entered."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest
from pdf_helpers import reader, running_text, squeezed
from pypdf.generic import ContentStream

from neuromod_aid.app.context import AppContext, Records
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.consultation import (
    FORMAT,
    ConsultationError,
    Procedure,
    from_dict,
    to_dict,
)
from neuromod_aid.demo import demo_consultation
from neuromod_aid.paths import data_location
from neuromod_aid.pdf import build_document
from neuromod_aid.pdf.styles import stylesheet
from neuromod_aid.pdf.trial_result import ChartFlowable, chart_of
from neuromod_aid.present.trial_result import trial_result
from neuromod_aid.present.wording import Wording
from neuromod_aid.record_versions import FORMAT_4
from neuromod_aid.trial import DiaryDay

BASELINE = (6, 8, 7)
TRIAL = ((4, 40), (None, 50), (2, 80), (3, 70))


def _diary() -> tuple[DiaryDay, ...]:
    before = [DiaryDay(phase="baseline", day=n, pain=p) for n, p in enumerate(BASELINE, 1)]
    during = [DiaryDay(phase="trial", day=n, pain=p, relief=r) for n, (p, r) in enumerate(TRIAL, 1)]
    return (*during, *before)  # entered in any order


@pytest.fixture
def records(data_dir: Path) -> Records:
    return AppContext(data_location().ensure()).records()


def _trial(records: Records, catalog: Catalog) -> int:
    demo = demo_consultation(catalog)
    assert demo.procedure is not None
    procedure = replace(demo.procedure, diary=())
    return records.consultations.start(replace(demo, procedure=procedure)).id


def test_the_diary_is_kept_in_order_and_its_result_computed_from_it(
    records: Records, catalog: Catalog
) -> None:
    cid = _trial(records, catalog)
    record = records.pathway.enter_diary(cid, _diary())
    assert record.procedure is not None
    assert [(d.phase, d.day) for d in record.procedure.diary] == [
        *(("baseline", n) for n in (1, 2, 3)),
        *(("trial", n) for n in (1, 2, 3, 4)),
    ]
    result = trial_result(records.pathway.load(cid).record, catalog)
    assert result.baseline_pain == pytest.approx(7.0)
    assert result.trial_pain == pytest.approx(3.0)  # the day with no score left out
    assert result.pain_gone == pytest.approx(400 / 7)
    assert result.relief == pytest.approx(60.0)
    assert result.success_relief == 50 and result.met
    assert result.success_pain == pytest.approx(3.5)
    rated = {v.id for v in catalog.values if demo_consultation(catalog).values.get(v.id) == "a_lot"}
    assert len(result.goals) == len(rated) > 0


def test_a_diary_day_is_checked(catalog: Catalog) -> None:
    data = to_dict(demo_consultation(catalog))
    day = {"phase": "baseline", "day": 1, "pain": 5, "relief": 30}
    data["procedure"]["diary"] = [day]
    with pytest.raises(ConsultationError, match="trial days only"):
        from_dict(data)
    data["procedure"]["diary"] = [{"phase": "trial", "day": 1, "pain": 11}]
    with pytest.raises(ConsultationError, match=r"procedure\.diary\[0\]\.pain"):
        from_dict(data)
    data["procedure"]["diary"] = [{"phase": "trial", "day": 1}, {"phase": "trial", "day": 1}]
    with pytest.raises(ConsultationError, match="a day twice"):
        from_dict(data)


def test_the_newest_format_is_written_and_format_4_still_read(catalog: Catalog) -> None:
    demo = demo_consultation(catalog, "es")
    data = to_dict(demo)
    assert data["format"] == FORMAT == "neuromod-aid.consultation/6"
    assert from_dict(json.loads(json.dumps(data))) == demo
    old = to_dict(replace(demo, procedure=replace(demo.procedure, diary=())))  # type: ignore[arg-type]
    for key in ("diary", "decision", "follow_ups"):
        del old["procedure"][key]
    old["format"] = FORMAT_4
    read = from_dict(old)
    assert read.procedure is not None and read.procedure.diary == ()
    assert read.procedure.decision is None and read.procedure.follow_ups == ()


def test_an_implant_decided_plans_one_implant_pre_filled_and_is_signed(
    records: Records, catalog: Catalog
) -> None:
    records.staff.add("Dr. Ana Ruiz", "physician")
    records.staff.choose("Dr. Ana Ruiz")
    cid = _trial(records, catalog)
    with pytest.raises(Exception, match="reasons"):
        records.pathway.decide(cid, "implant", "  ")
    record = records.pathway.decide(cid, "implant", " Pain more than halved; walks further ")
    made = record.procedure.decision  # type: ignore[union-attr]
    assert made is not None and made.by == "Dr. Ana Ruiz"
    assert made.reasons == "Pain more than halved; walks further"
    assert made.next_consultation is not None
    implant = records.pathway.load(made.next_consultation).record
    trial = record.procedure
    assert implant.procedure is not None and trial is not None
    assert implant.procedure.kind == "implant" and implant.procedure.therapy == trial.therapy
    assert implant.procedure.blood_thinners == trial.blood_thinners
    assert implant.procedure.place == trial.place and implant.procedure.checklist == ()
    assert implant.patient == record.patient
    assert implant.conditions == record.conditions and implant.pain_areas == record.pain_areas
    # the trial's conversation is not signed as held again: a summary printed from the
    # implant's consultation would say these were talked about
    assert record.risks_discussed and record.values and record.leaning
    assert not implant.risks_discussed and not implant.values and implant.leaning == ""
    kinds = {(line.consultation_id, line.kind) for line in records.pathway.procedures()}
    assert (made.next_consultation, "implant") in kinds
    # deciding again (a longer trial first, then the implant) plans no second implant
    records.pathway.decide(cid, "longer_trial", "One more week")
    # no implant is decided now: the one planned is put aside (archived), not listed
    assert made.next_consultation not in [
        line.consultation_id for line in records.pathway.procedures()
    ]
    again = records.pathway.decide(cid, "implant", "Still better")
    assert made.next_consultation in [line.consultation_id for line in records.pathway.procedures()]
    assert again.procedure.decision.next_consultation == made.next_consultation  # type: ignore[union-attr]
    assert len(records.pathway.procedures()) == 2


def test_the_implant_is_planned_for_the_same_patient_without_a_record_number(
    records: Records, catalog: Catalog
) -> None:
    demo = demo_consultation(catalog)
    unnumbered = replace(demo, patient=replace(demo.patient, record_number=""))
    cid = records.consultations.start(unnumbered).id
    made = records.pathway.decide(cid, "implant", "Good trial").procedure.decision  # type: ignore[union-attr]
    assert made is not None and made.next_consultation is not None
    patient = records.consultations.load(cid).patient_id
    assert records.consultations.load(made.next_consultation).patient_id == patient
    assert len(records.patients.record(patient).consultations) == 2


def test_no_implant_plans_nothing(records: Records, catalog: Catalog) -> None:
    cid = _trial(records, catalog)
    record = records.pathway.decide(cid, "no_implant", "Less than a third of the pain gone")
    assert record.procedure.decision.next_consultation is None  # type: ignore[union-attr]
    assert len(records.pathway.procedures()) == 1


def test_follow_ups_and_the_timeline(records: Records, catalog: Catalog) -> None:
    cid = _trial(records, catalog)
    records.pathway.enter_diary(cid, _diary())
    records.pathway.add_call(
        cid, "pre_procedure", reached=True, at=dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
    )
    made = records.pathway.decide(cid, "implant", "Good trial").procedure.decision  # type: ignore[union-attr]
    implant = made.next_consultation
    assert implant is not None
    visit = records.pathway.add_follow_up(
        implant, dt.date(2027, 2, 1), pain=3, relief=60, settings=" Amplitude 2.1 mA ", problems=""
    )
    assert visit.procedure.follow_ups[0].settings == "Amplitude 2.1 mA"  # type: ignore[union-attr]
    patient = records.patients.record(records.consultations.load(cid).patient_id).id  # type: ignore[attr-defined]
    events, pain = records.pathway.timeline(patient)
    kinds = [e.kind for e in events]
    for kind in ("consultation", "procedure", "call", "trial_result", "follow_up"):
        assert kind in kinds
    dated = [e.date for e in events if e.date is not None]
    assert dated == sorted(dated)
    start = demo_consultation(catalog).procedure.date  # type: ignore[union-attr]
    assert start is not None
    expected = [
        (start - dt.timedelta(days=3), 6),
        (start - dt.timedelta(days=2), 8),
        (start - dt.timedelta(days=1), 7),
        (start, 4),
        (start + dt.timedelta(days=2), 2),
        (start + dt.timedelta(days=3), 3),
        (dt.date(2027, 2, 1), 3),
    ]
    assert [(p.date, p.pain) for p in pain] == expected


def _paths(data: bytes) -> list[list[tuple[float, float]]]:
    """Every open path stroked on the pages: its points, in the chart's own coordinates
    (the flowable is drawn after a translation; the points follow it)."""
    found: list[list[tuple[float, float]]] = []
    pdf = reader(data)
    for page in pdf.pages:
        current: list[tuple[float, float]] = []
        for operands, operator in ContentStream(page.get_contents(), pdf).operations:
            if operator == b"m":
                current = [(float(operands[0]), float(operands[1]))]
            elif operator == b"l" and current:
                current.append((float(operands[0]), float(operands[1])))
            elif operator == b"S" and len(current) > 2:
                found.append(current)
                current = []
    return found


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("large", [False, True])
def test_the_pdf_chart_draws_the_entered_values(catalog: Catalog, lang: str, large: bool) -> None:
    demo = demo_consultation(catalog, lang)  # type: ignore[arg-type]
    record = replace(demo, procedure=replace(demo.procedure, diary=_diary()))  # type: ignore[arg-type]
    data = build_document("trial_result", record, catalog, large_print=large)
    labels = Wording(catalog, record.language)
    flowable = ChartFlowable(
        chart_of(trial_result(record, catalog)), labels, stylesheet(large, labels.locale)
    )
    box, height = flowable.box, flowable.height
    columns = len(BASELINE) + len(TRIAL)
    pains = [*BASELINE, *(p for p, _ in TRIAL)]

    def at(column: int, value: float, top: float) -> tuple[float, float]:
        x = box.left + (column + 0.5) * box.width / columns
        return x, height - box.top - box.height + value / top * box.height  # PDF: y upwards

    pain_line = [at(n, p, 10) for n, p in enumerate(pains) if p is not None]
    relief_line = [at(len(BASELINE) + n, r, 100) for n, (_, r) in enumerate(TRIAL)]
    drawn = _paths(data)

    def found(line: list[tuple[float, float]]) -> bool:
        return any(
            len(path) == len(line)
            and all(
                abs(a - c) < 0.02 and abs(b - d) < 0.02
                for (a, b), (c, d) in zip(path, line, strict=True)
            )
            for path in drawn
        )

    assert found(pain_line), (pain_line, drawn)
    assert found(relief_line), (relief_line, drawn)


def test_the_pdf_says_the_result_the_goal_and_the_decision(
    records: Records, catalog: Catalog
) -> None:
    cid = _trial(records, catalog)
    records.pathway.enter_diary(cid, _diary())
    record = records.pathway.decide(cid, "implant", "Walks to the shops again")
    text = squeezed(running_text(build_document("trial_result", record, catalog)))
    for said in (
        "Before the trial, your usual pain was 7 out of 10.",
        "During the trial, your usual pain was 3 out of 10.",
        "So 57% of your pain was gone.",
        "at least 50% of your pain is gone",
        "Your trial reached this goal.",
        "Why: Walks to the shops again",
        "put in the full device",
    ):
        assert squeezed(said) in text, said
    undecided = replace(record, procedure=replace(record.procedure, decision=None, diary=()))  # type: ignore[arg-type]
    text = squeezed(running_text(build_document("trial_result", undecided, catalog)))
    assert squeezed("Nothing has been decided yet.") in text
    assert squeezed("No pain scores from the diary have been entered yet.") in text


def test_a_procedure_without_the_new_fields_still_builds(catalog: Catalog) -> None:
    record = replace(demo_consultation(catalog), procedure=Procedure(therapy="idd", kind="trial"))
    text = running_text(build_document("trial_result", record, catalog))
    assert "What counts as a success" in text and "at least" not in text


def test_a_record_stored_as_format_4_opens_and_takes_the_diary(
    records: Records, catalog: Catalog
) -> None:
    """No schema change: the new fields live in the stored record, and a record the
    previous revision wrote (format /4, without them) is read and written on."""
    from neuromod_aid.db import models

    cid = _trial(records, catalog)
    with records.consultations.database.session() as session:
        row = session.get(models.ConsultationRow, cid)
        assert row is not None
        old = dict(row.record, format=FORMAT_4)
        old["procedure"] = {
            k: v
            for k, v in old["procedure"].items()
            if k not in ("diary", "decision", "follow_ups")
        }
        row.record = old
    assert records.pathway.load(cid).record.procedure.diary == ()  # type: ignore[union-attr]
    record = records.pathway.enter_diary(cid, _diary())
    assert len(record.procedure.diary) == 7  # type: ignore[union-attr]
    with records.consultations.database.session() as session:
        assert session.get(models.ConsultationRow, cid).record["format"] == FORMAT  # type: ignore[union-attr]
