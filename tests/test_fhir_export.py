"""``neuromod-aid fhir export``: the consultation as a FHIR R4 document Bundle, validated
with fhir.resources (R4B), its references resolved, and what it says read back against
the record it was made from."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.questionnaire import Questionnaire
from pdf_helpers import all_text

from neuromod_aid.app.context import AppContext
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.cli import main
from neuromod_aid.consultation import (
    Clinic,
    Clinician,
    Consultation,
    NextStep,
    Patient,
    SureAnswers,
)
from neuromod_aid.db import open_database
from neuromod_aid.db.engine import database_url
from neuromod_aid.db.records_repo import finish, save_consultation
from neuromod_aid.demo import demo_consultation
from neuromod_aid.fhir import codes
from neuromod_aid.fhir.bundle import bundle_json, export_bundle
from neuromod_aid.fhir.questionnaire import SURE_FIELDS, questionnaire
from neuromod_aid.frozen import FrozenMap
from neuromod_aid.paths import data_location

EXAMPLE = Path(__file__).resolve().parents[1] / "docs" / "fhir-example.json"
REQUIRED = {
    "Composition",
    "Patient",
    "Practitioner",
    "Organization",
    "Encounter",
    "DocumentReference",
    "QuestionnaireResponse",
    "Questionnaire",
    "CarePlan",
    "ServiceRequest",
}
# the demo's pain and history: its two conditions and its one blood thinner (it has no
# known allergies)
HISTORY = {"Condition", "MedicationStatement"}


def _export(tmp_path: Path, *args: str) -> dict[str, Any]:
    out = tmp_path / "bundle.json"
    assert main(["fhir", "export", *args, "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    Bundle.model_validate_json(text)  # the whole document, every resource in it
    return json.loads(text)  # type: ignore[no-any-return]


def _one(bundle: dict[str, Any], kind: str) -> dict[str, Any]:
    found = [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]
    assert len(found) == 1, kind
    return found[0]


def _url(bundle: dict[str, Any], kind: str) -> str:
    return next(e["fullUrl"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind)


def _references(node: Any) -> list[str]:
    if isinstance(node, dict):
        own = [node["reference"]] if isinstance(node.get("reference"), str) else []
        return own + [ref for value in node.values() for ref in _references(value)]
    if isinstance(node, list):
        return [ref for value in node for ref in _references(value)]
    return []


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_demo_is_a_valid_document_whose_references_all_resolve(
    tmp_path: Path, catalog: Catalog, lang: str
) -> None:
    bundle = _export(tmp_path, "--demo", "--lang", lang)
    assert bundle["type"] == "document"
    kinds = [e["resource"]["resourceType"] for e in bundle["entry"]]
    assert kinds[0] == "Composition"  # a document starts with its Composition
    measured = kinds.count("Observation")  # the demo's diary: its pain and relief values
    assert measured > 0
    record = demo_consultation(catalog, lang)
    found = len(record.conditions) + len(record.procedure.blood_thinners)  # type: ignore[union-attr]
    assert set(kinds) == REQUIRED | HISTORY | {"Observation"}
    assert len(kinds) == len(REQUIRED) + found + measured
    urls = {e["fullUrl"] for e in bundle["entry"]}
    assert set(_references(bundle)) <= urls
    patient, encounter = _url(bundle, "Patient"), _url(bundle, "Encounter")
    practitioner = _url(bundle, "Practitioner")
    for kind in ("Encounter", "DocumentReference", "QuestionnaireResponse", "CarePlan"):
        assert _one(bundle, kind)["subject"]["reference"] == patient, kind
    assert _one(bundle, "Encounter")["participant"][0]["individual"]["reference"] == practitioner
    document = _one(bundle, "DocumentReference")
    assert document["context"]["encounter"] == [{"reference": encounter}]
    composition = _one(bundle, "Composition")
    assert composition["encounter"]["reference"] == encounter
    assert composition["author"] == [{"reference": practitioner}]
    listed = {ref["reference"] for s in composition["section"] for ref in s.get("entry", [])}
    for kind in ("DocumentReference", "QuestionnaireResponse", "CarePlan", "ServiceRequest"):
        assert _url(bundle, kind) in listed, kind
    shipped = _one(bundle, "Questionnaire")
    answers = _one(bundle, "QuestionnaireResponse")
    assert answers["questionnaire"] == f"{shipped['url']}|{shipped['version']}"
    assert _one(bundle, "Patient")["name"] == [{"text": record.patient.name}]
    assert _one(bundle, "Encounter")["period"]["start"] == record.date.isoformat()


def test_the_patient_carries_the_record_number_under_the_clinic_s_system(
    tmp_path: Path, data_dir: Path, catalog: Catalog
) -> None:
    record = demo_consultation(catalog, "en")
    default = _one(_export(tmp_path, "--demo"), "Patient")["identifier"]
    assert [(i["system"], i["value"]) for i in default] == [
        (codes.DEFAULT_IDENTIFIER_SYSTEM, record.patient.record_number)
    ]
    assert codes.DEFAULT_IDENTIFIER_SYSTEM.startswith("https://neuromod-aid.invalid/")
    context = AppContext(data_location(data_dir).ensure(), None)
    records = context.records()
    records.clinic.save(Clinic(name="Unidad del Dolor"), "urn:oid:2.16.724.4.9.10")
    stored = records.consultations.start(record).id
    context.close()
    for args in (["--demo"], ["--consultation", str(stored)]):  # the clinic details' system
        saved = _one(_export(tmp_path, *args), "Patient")["identifier"][0]["system"]
        assert saved == "urn:oid:2.16.724.4.9.10", args
    system = "urn:oid:1.2.3.4.5"  # the option wins over the clinic's
    chosen = _export(tmp_path, "--demo", "--identifier-system", system)
    assert _one(chosen, "Patient")["identifier"][0]["system"] == system


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_pdf_inside_is_the_patient_s_summary(
    tmp_path: Path, catalog: Catalog, lang: str
) -> None:
    document = _one(_export(tmp_path, "--demo", "--lang", lang), "DocumentReference")
    attachment = document["content"][0]["attachment"]
    assert attachment["contentType"] == "application/pdf"
    assert attachment["language"] == lang
    assert document["type"]["coding"] == [codes.CONSULT_NOTE]
    pdf = base64.b64decode(attachment["data"])
    assert pdf.startswith(b"%PDF")
    assert attachment["size"] == len(pdf)
    assert base64.b64decode(attachment["hash"]) == hashlib.sha1(pdf).digest()
    text = all_text(pdf)
    assert demo_consultation(catalog, lang).patient.name in text
    assert ("Page 1 of" if lang == "en" else "Página 1 de") in text


def _answers(bundle: dict[str, Any]) -> dict[str, Any]:
    groups = _one(bundle, "QuestionnaireResponse").get("item", [])
    answered = {}
    for group in groups:
        for item in group["item"]:
            (answer,) = item["answer"]
            answered[item["linkId"]] = answer.get("valueBoolean", answer.get("valueCoding"))
    return answered


def test_the_sure_answers_and_the_values_are_the_record_s(tmp_path: Path, catalog: Catalog) -> None:
    record = demo_consultation(catalog, "es")
    answered = _answers(_export(tmp_path, "--demo", "--lang", "es"))
    expected_sure = {f"sure.{name}": getattr(record.sure, name) for name in SURE_FIELDS}
    assert {k: v for k, v in answered.items() if k.startswith("sure.")} == expected_sure
    values = {k.removeprefix("values."): v for k, v in answered.items() if k.startswith("values.")}
    assert {k: v["code"] for k, v in values.items()} == dict(record.values)
    words = catalog.words("es")
    assert all(v["display"] == words(f"values_{v['code']}") for v in values.values())


def test_questions_not_asked_are_left_out(tmp_path: Path, catalog: Catalog) -> None:
    record = replace(
        demo_consultation(catalog, "en"),
        sure=SureAnswers(sure=True),
        values=FrozenMap({"pain_relief": "not_sure"}),
    )
    bundle = json.loads(bundle_json(record, catalog))
    assert _answers(bundle) == {
        "sure.sure": True,
        "values.pain_relief": {
            "system": codes.IMPORTANCE_SYSTEM,
            "code": "not_sure",
            "display": catalog.words("en")("values_not_sure"),
        },
    }
    assert _one(bundle, "QuestionnaireResponse")["status"] == "in-progress"


def test_the_shipped_questionnaire_asks_what_the_program_asks(catalog: Catalog) -> None:
    shipped = questionnaire()
    Questionnaire.model_validate(shipped)
    sure, values = shipped["item"]
    languages = list(catalog.manifest.languages)

    def texts(item: dict[str, Any], key: str = "text") -> dict[str, str]:
        found = {shipped["language"]: item[key]}
        for extension in item.get(f"_{key}", {}).get("extension", []):
            parts = {p["url"]: p for p in extension["extension"]}
            found[parts["lang"]["valueCode"]] = parts["content"]["valueString"]
        return found

    assert [i["linkId"] for i in sure["item"]] == [f"sure.{name}" for name in SURE_FIELDS]
    for item, name in zip(sure["item"], SURE_FIELDS, strict=True):
        assert texts(item) == {lang: catalog.words(lang)(f"sure_{name}") for lang in languages}
    assert [i["linkId"] for i in values["item"]] == [f"values.{v.id}" for v in catalog.values]
    for item, statement in zip(values["item"], catalog.values, strict=True):
        assert texts(item) == {lang: statement.statement(lang) for lang in languages}
        for option in item["answerOption"]:
            coding = option["valueCoding"]
            assert texts(coding, "display") == {
                lang: catalog.words(lang)(f"values_{coding['code']}") for lang in languages
            }


def test_the_plan_holds_the_next_steps_and_the_planned_procedure(
    tmp_path: Path, catalog: Catalog
) -> None:
    record = demo_consultation(catalog, "en")
    bundle = _export(tmp_path, "--demo")
    plan = _one(bundle, "CarePlan")
    steps = [a["detail"] for a in plan["activity"] if "detail" in a]
    assert [(s["code"]["coding"][0]["code"], s["scheduledPeriod"]["start"]) for s in steps] == [
        (step.kind, step.date.isoformat()) for step in record.next_steps if step.date
    ]
    assert record.agreed_step is not None and record.agreed_step.text in plan["description"]
    request = _one(bundle, "ServiceRequest")
    assert {"reference": _url(bundle, "ServiceRequest")} in [
        a.get("reference") for a in plan["activity"]
    ]
    assert record.procedure is not None and record.procedure.date is not None
    assert request["occurrenceDateTime"] == record.procedure.date.isoformat()
    assert request["code"]["text"] == catalog.therapy(record.procedure.therapy).name("en")


def test_the_consent_discussion_says_which_risks_by_whom_and_when(
    tmp_path: Path, catalog: Catalog
) -> None:
    record = demo_consultation(catalog, "es")
    composition = _one(_export(tmp_path, "--demo", "--lang", "es"), "Composition")
    (section,) = [s for s in composition["section"] if s["title"] == "Consent discussion"]
    said = section["text"]["div"]
    assert record.clinician.name in said and record.date.isoformat() in said
    discussed, left = said.split("not discussed", 1)[0], said.split("not discussed", 1)[1]
    scs = catalog.therapy("scs")
    for risk in scs.risks:
        talked = record.risk_was_discussed("scs", risk.id)
        assert f"<li>{risk.name('es')}</li>" in (discussed if talked else left), risk.id
    assert section["author"] == [{"reference": composition["author"][0]["reference"]}]


def _hostile(catalog: Catalog) -> Consultation:
    text = "<b>&\"' Smith</b>\x07\x1f 😀 שלום مرحبا"
    return replace(
        demo_consultation(catalog, "en"),
        patient=Patient(name=text, record_number="A/../B" + "9" * 60),
        clinician=Clinician(name=text, role=text),
        next_steps=(NextStep(kind="other", text=text),),
    )


def test_hostile_text_is_sent_as_text_never_as_markup(catalog: Catalog) -> None:
    text = bundle_json(_hostile(catalog), catalog)
    Bundle.model_validate_json(text)
    bundle = json.loads(text)
    assert _one(bundle, "Patient")["name"] == [{"text": _hostile(catalog).patient.name}]
    divs = [s["text"]["div"] for s in _one(bundle, "Composition")["section"] if "text" in s]
    assert all("<b>" not in div and "\x07" not in div for div in divs)
    assert any("&lt;b&gt;&amp;" in div for div in divs)


def test_a_stored_finished_consultation_is_exported_as_final(
    tmp_path: Path, data_dir: Path, catalog: Catalog
) -> None:
    location = data_location(data_dir).ensure()
    database = open_database(database_url(location, None), location)
    with database.session() as session:
        draft = save_consultation(session, demo_consultation(catalog, "en"))
        done = save_consultation(
            session, replace(demo_consultation(catalog, "en"), date=dt.date(2026, 11, 30))
        )
        finish(session, done)
    database.dispose()
    statuses = {
        consultation_id: _one(
            _export(tmp_path, "--consultation", str(consultation_id)), "Composition"
        )["status"]
        for consultation_id in (draft, done)
    }
    assert statuses == {draft: "preliminary", done: "final"}


def test_the_example_in_the_docs_is_a_valid_demo_document() -> None:
    bundle = Bundle.model_validate_json(EXAMPLE.read_text(encoding="utf-8"))
    assert bundle.type == "document"
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    kinds = {e["resource"]["resourceType"] for e in data["entry"]}
    assert kinds == REQUIRED | HISTORY | {"Observation"}
    assert _one(data, "Patient")["identifier"][0]["value"] == "DEMO-0001"


def test_a_bad_output_name_or_system_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "bundle.pdf"
    assert main(["fhir", "export", "--demo", "-o", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and ".json" in err
    for bad, why in (
        ("not a uri", "space"),
        ("hospital-numbers", "not an absolute URI"),
        ("urn:oid:1.2.x", "numbers and dots"),
        ("https://", "name of a host"),
        ("ftp://hospital.example/mrn", "urn:oid:… or https://…"),
    ):
        with pytest.raises(SystemExit) as caught:
            main(["fhir", "export", "--demo", "--identifier-system", bad, "-o", "b.json"])
        assert caught.value.code == 2
        assert why in capsys.readouterr().err, bad
    assert not out.exists()


def test_the_window_s_export_writes_the_document_to_a_file(
    tmp_path: Path, catalog: Catalog
) -> None:
    record = demo_consultation(catalog, "es")
    path = tmp_path / "hospital.json"
    export_bundle(record, catalog, path, identifier_system="urn:oid:1.2.3", final=True)
    bundle = json.loads(path.read_text(encoding="utf-8"))
    Bundle.model_validate(bundle)
    assert _one(bundle, "Composition")["status"] == "final"
    assert _one(bundle, "Patient")["identifier"][0]["system"] == "urn:oid:1.2.3"
    pdf = base64.b64decode(_one(bundle, "DocumentReference")["content"][0]["attachment"]["data"])
    assert record.patient.name in all_text(pdf)


def test_a_visit_with_no_plan_sends_no_plan(catalog: Catalog) -> None:
    demo = demo_consultation(catalog, "en")
    for record, plans in (
        (replace(demo, procedure=None), {"CarePlan"}),
        (replace(demo, procedure=None, next_steps=()), set()),
    ):
        bundle = json.loads(bundle_json(record, catalog))
        kinds = {e["resource"]["resourceType"] for e in bundle["entry"]}
        # no procedure: no blood thinners asked for it, the conditions still sent
        assert kinds == (REQUIRED - {"CarePlan", "ServiceRequest"}) | plans | {"Condition"}
        assert set(_references(bundle)) <= {e["fullUrl"] for e in bundle["entry"]}
        titles = [s["title"] for s in _one(bundle, "Composition")["section"]]
        assert ("Plan and next steps" in titles) == bool(plans)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_pain_and_its_history_go_to_the_hospital_record(catalog: Catalog, lang: str) -> None:
    demo = demo_consultation(catalog, lang)
    procedure = replace(demo.procedure, allergies=("Penicillin: rash",), no_known_allergies=False)  # type: ignore[arg-type]
    record = replace(demo, procedure=procedure, leaning="scs")
    bundle = json.loads(bundle_json(record, catalog))
    patient = _url(bundle, "Patient")
    of = {
        kind: [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]
        for kind in ("Condition", "AllergyIntolerance", "MedicationStatement")
    }
    names = [catalog.condition(c).name(lang) for c in record.conditions]
    assert [c["code"]["text"] for c in of["Condition"]] == names
    assert all(c["subject"]["reference"] == patient for c in of["Condition"])
    assert [a["code"]["text"] for a in of["AllergyIntolerance"]] == ["Penicillin: rash"]
    (thinner,) = of["MedicationStatement"]
    assert thinner["medicationCodeableConcept"]["text"] == next(
        t.medicine(lang) for t in catalog.blood_thinners if t.id in procedure.blood_thinners
    )
    composition = _one(bundle, "Composition")
    history = composition["section"][0]
    listed = {ref["reference"] for ref in history["entry"]}
    found = [e for e in bundle["entry"] if e["resource"]["resourceType"] in of]
    assert listed == {e["fullUrl"] for e in found}
    said = history["text"]["div"]
    for area in record.pain_areas:
        assert catalog.pain_area(area).name(lang) in said
    for tried in record.treatments_tried:
        assert tried in said
    decision = next(s for s in composition["section"] if s["title"].startswith("Decision"))
    assert catalog.therapy("scs").name(lang) in decision["text"]["div"]


def test_no_known_allergies_is_said_never_sent_as_an_allergy(catalog: Catalog) -> None:
    demo = demo_consultation(catalog, "en")
    procedure = replace(demo.procedure, allergies=(), no_known_allergies=True)  # type: ignore[arg-type]
    bundle = json.loads(bundle_json(replace(demo, procedure=procedure), catalog))
    kinds = {e["resource"]["resourceType"] for e in bundle["entry"]}
    assert "AllergyIntolerance" not in kinds
    assert "No known allergies" in _one(bundle, "Composition")["section"][0]["text"]["div"]
