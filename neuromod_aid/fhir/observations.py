"""The trial diary's days and the follow-up visits as FHIR Observations: the pain score
(0-10, LOINC 72514-3) and the relief the patient wrote (percent, as text: no LOINC code
for it was checked), one Observation each, dated where the record tells the day."""

from __future__ import annotations

import datetime as dt
from typing import Any

from neuromod_aid.consultation import Consultation
from neuromod_aid.fhir import codes
from neuromod_aid.trial import diary_date, diary_in_order

Made = tuple[str, dict[str, Any]]  # an Observation's name (for its id) and the resource


def observations(record: Consultation, patient: str) -> list[Made]:
    """Every pain and relief value of the diary and the follow-ups, in the record's order."""
    procedure = record.procedure
    if procedure is None:
        return []
    made: list[Made] = []
    for day in diary_in_order(procedure.diary):
        when = diary_date(procedure.date, day.phase, day.day) if procedure.date else None
        where = f"trial diary, {'before the trial' if day.phase == 'baseline' else 'trial'}"
        what = f"{where}, day {day.day}"
        name = f"diary-{day.phase}-{day.day}"
        made += _values(name, what, when, day.pain, day.relief, patient)
    for n, visit in enumerate(procedure.follow_ups, start=1):
        what = f"follow-up visit {visit.date.isoformat()}"
        made += _values(f"follow-up-{n}", what, visit.date, visit.pain, visit.relief, patient)
    return made


def _values(
    name: str,
    what: str,
    when: dt.date | None,
    pain: int | None,
    relief: int | None,
    patient: str,
) -> list[Made]:
    made: list[Made] = []
    if pain is not None:
        code = codes.concept(codes.PAIN_SEVERITY, text=f"Pain 0-10 ({what})")
        value: dict[str, Any] = {"valueInteger": pain}
        made.append((f"{name}-pain", _observation(code, value, when, patient)))
    if relief is not None:
        code = codes.concept(text=f"Pain relief, percent, as the patient wrote it ({what})")
        value = {"valueQuantity": {"value": relief, **codes.PERCENT}}
        made.append((f"{name}-relief", _observation(code, value, when, patient)))
    return made


def _observation(
    code: dict[str, Any], value: dict[str, Any], when: dt.date | None, patient: str
) -> dict[str, Any]:
    found: dict[str, Any] = {
        "resourceType": "Observation",
        "status": "final",
        "category": [codes.concept(codes.SURVEY)],
        "code": code,
        "subject": {"reference": patient},
        **value,
    }
    if when is not None:
        found["effectiveDateTime"] = when.isoformat()
    return found
