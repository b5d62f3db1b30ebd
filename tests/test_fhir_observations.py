"""The trial diary's days and the follow-up visits in the FHIR export: one Observation a
value, pain 0-10 under LOINC 72514-3 and relief in percent as text, dated from the
procedure's day, validated by fhir.resources and listed in the Composition."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from typing import Any

from fhir.resources.R4B.bundle import Bundle

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.demo import demo_consultation
from neuromod_aid.fhir.bundle import bundle_json
from neuromod_aid.trial import FollowUp, diary_date

LOINC_PAIN = ("http://loinc.org", "72514-3")  # checked: see docs/fhir.md


def _observations(bundle: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Observation"
    ]


def test_each_diary_day_and_visit_is_an_observation_of_its_day(catalog: Catalog) -> None:
    demo = demo_consultation(catalog, "es")
    procedure = demo.procedure
    assert procedure is not None and procedure.date is not None
    visit = FollowUp(
        date=dt.date(2027, 1, 11), by=None, at=dt.datetime(2027, 1, 11, 9, tzinfo=dt.UTC), pain=2
    )
    record = replace(demo, procedure=replace(procedure, follow_ups=(visit,)))
    text = bundle_json(record, catalog)
    Bundle.model_validate_json(text)
    bundle = json.loads(text)
    found = _observations(bundle)
    pains = [o for o in found if "valueInteger" in o]
    reliefs = [o for o in found if "valueQuantity" in o]
    expected_pains = [
        (diary_date(procedure.date, d.phase, d.day).isoformat(), d.pain)
        for d in procedure.diary
        if d.pain is not None
    ] + [(visit.date.isoformat(), visit.pain)]
    assert [(o["effectiveDateTime"], o["valueInteger"]) for o in pains] == expected_pains
    for o in pains:
        (coding,) = o["code"]["coding"]
        assert (coding["system"], coding["code"]) == LOINC_PAIN
    expected_reliefs = [d.relief for d in procedure.diary if d.relief is not None]
    assert [o["valueQuantity"]["value"] for o in reliefs] == expected_reliefs
    assert all(o["valueQuantity"]["code"] == "%" and "coding" not in o["code"] for o in reliefs)
    patient = next(
        e["fullUrl"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient"
    )
    assert {o["subject"]["reference"] for o in found} == {patient}
    listed = {
        ref["reference"]
        for section in bundle["entry"][0]["resource"]["section"]
        for ref in section.get("entry", [])
    }
    urls = {e["fullUrl"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Observation"}
    assert urls <= listed and len(urls) == len(found)


def test_no_diary_and_no_visit_sends_no_observation(catalog: Catalog) -> None:
    demo = demo_consultation(catalog)
    assert demo.procedure is not None
    undated = replace(demo.procedure, diary=(), follow_ups=())
    bundle = json.loads(bundle_json(replace(demo, procedure=undated), catalog))
    assert _observations(bundle) == []
    titles = [s["title"] for s in bundle["entry"][0]["resource"]["section"]]
    assert "Trial diary and follow-up visits" not in titles
