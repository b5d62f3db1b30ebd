"""One consultation as a FHIR R4 document Bundle for the hospital record.

A *document* (not a collection): the consultation is one attested record of one visit,
the Composition first says who, when and what, and its sections hold the pain and its
history (conditions, allergies, blood thinners: ``history.py``), the summary given to
the patient, the decision support answers and the leaning, the plan and the consent
discussion. Every resource is validated with ``fhir.resources`` (its R4B models) and
the Bundle once more as a whole before anything is written.

The resources' ids are derived from the record's content, so the same record always
makes the same document (``Bundle.identifier``); a changed record makes a new one.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import uuid
from pathlib import Path
from typing import Any

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.consultation import LEANING_NOT_SURE, Consultation, to_json
from neuromod_aid.fhir import codes
from neuromod_aid.fhir.history import history_narrative, history_resources
from neuromod_aid.fhir.observations import observations
from neuromod_aid.fhir.patient import patient_resource
from neuromod_aid.fhir.plan import care_plan, consent_discussion, narrative, procedure_request
from neuromod_aid.fhir.questionnaire import questionnaire, questionnaire_response
from neuromod_aid.files import atomic_write
from neuromod_aid.present.comparison import options

_NAMESPACE = uuid.UUID("6f1c4a52-3b0e-5d7a-9c1e-2a8f4b6d0e13")  # this program's, fixed


def export_bundle(
    record: Consultation,
    catalog: Catalog,
    path: Path,
    *,
    identifier_system: str = codes.DEFAULT_IDENTIFIER_SYSTEM,
    final: bool = False,
) -> str:
    """Write the consultation's Bundle (JSON) to ``path`` atomically; return the path.

    The window's "Export for the hospital record" calls this; ``final`` when the
    consultation is finished (the Composition and the summary are then final)."""
    text = bundle_json(record, catalog, identifier_system=identifier_system, final=final)
    return atomic_write(Path(path), text.encode("utf-8"))


def bundle_json(
    record: Consultation,
    catalog: Catalog,
    *,
    identifier_system: str = codes.DEFAULT_IDENTIFIER_SYSTEM,
    final: bool = False,
    now: dt.datetime | None = None,
) -> str:
    """The Bundle as validated FHIR JSON text."""
    from fhir.resources.R4B.bundle import Bundle

    from neuromod_aid.pdf import build_document

    summary = build_document("summary", record, catalog)
    when = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    data = build_bundle(
        record, catalog, summary, identifier_system=identifier_system, final=final, now=when
    )
    return Bundle.model_validate(data).model_dump_json(indent=2, exclude_none=True) + "\n"


def build_bundle(
    record: Consultation,
    catalog: Catalog,
    summary_pdf: bytes,
    *,
    identifier_system: str,
    final: bool,
    now: dt.datetime,
) -> dict[str, Any]:
    """The Bundle as plain FHIR JSON data, each resource validated by its model."""
    seed = hashlib.sha256(f"{identifier_system}\n{to_json(record)}".encode()).hexdigest()
    ids = {
        kind: str(uuid.uuid5(_NAMESPACE, f"{seed}/{kind}"))
        for kind in (
            "Bundle",
            "Composition",
            "Patient",
            "Practitioner",
            "Organization",
            "Encounter",
            "DocumentReference",
            "QuestionnaireResponse",
            "ServiceRequest",
            "CarePlan",
        )
    }
    refs = {kind: f"urn:uuid:{value}" for kind, value in ids.items()}
    status = "final" if final else "preliminary"
    resources: dict[str, dict[str, Any] | None] = {
        "Patient": patient_resource(record.patient, record.language, identifier_system),
        "Practitioner": _practitioner(record),
        "Organization": _organization(record),
        "Encounter": _encounter(record, refs),
        "DocumentReference": _summary_document(record, summary_pdf, refs, status, now),
        "QuestionnaireResponse": questionnaire_response(record, catalog, refs),
        "ServiceRequest": procedure_request(record, catalog, refs),
    }
    if resources["ServiceRequest"] is None:
        del refs["ServiceRequest"]
    resources["CarePlan"] = care_plan(record, catalog, refs)
    present = {kind: r for kind, r in resources.items() if r is not None}
    refs = {kind: ref for kind, ref in refs.items() if kind in present or kind == "Composition"}
    measured = [
        (str(uuid.uuid5(_NAMESPACE, f"{seed}/Observation/{name}")), made)
        for name, made in observations(record, refs["Patient"])
    ]
    found = [
        (str(uuid.uuid5(_NAMESPACE, f"{seed}/{name}")), made)
        for name, made in history_resources(record, catalog, refs)
    ]
    composition = _composition(record, catalog, refs, status, now)
    history = _section(
        "Pain and history", history_narrative(record, catalog), [f"urn:uuid:{i}" for i, _ in found]
    )
    composition["section"].insert(0, history)
    if measured:
        composition["section"].append(_diary_section(record, [i for i, _ in measured]))
    entries = [_entry(refs["Composition"], {**composition, "id": ids["Composition"]})]
    entries += [_entry(refs[k], {**r, "id": ids[k]}) for k, r in present.items()]
    entries += [_entry(f"urn:uuid:{i}", {**made, "id": i}) for i, made in (*found, *measured)]
    shipped = questionnaire()
    entries.append(_entry(f"{codes.BASE}/Questionnaire/{shipped['id']}", shipped))
    return {
        "resourceType": "Bundle",
        "id": ids["Bundle"],
        "language": record.language,
        "identifier": {"system": "urn:ietf:rfc:3986", "value": f"urn:uuid:{ids['Bundle']}"},
        "type": "document",
        "timestamp": now.isoformat(),
        "entry": entries,
    }


def _entry(full_url: str, resource: dict[str, Any]) -> dict[str, Any]:
    from fhir.resources.R4B import get_fhir_model_class

    get_fhir_model_class(resource["resourceType"]).model_validate(resource)
    return {"fullUrl": full_url, "resource": resource}


def _practitioner(record: Consultation) -> dict[str, Any]:
    practitioner: dict[str, Any] = {
        "resourceType": "Practitioner",
        "name": [{"text": record.clinician.name}],
    }
    if record.clinician.role:
        practitioner["qualification"] = [{"code": codes.concept(text=record.clinician.role)}]
    return practitioner


def _organization(record: Consultation) -> dict[str, Any]:
    clinic = record.clinic
    telecom = [
        {"system": system, "value": value}
        for system, value in (("phone", clinic.phone), ("email", clinic.email))
        if value
    ]
    organization: dict[str, Any] = {"resourceType": "Organization", "name": clinic.name}
    if telecom:
        organization["telecom"] = telecom
    if clinic.address:
        organization["address"] = [{"text": clinic.address}]
    return organization


def _encounter(record: Consultation, refs: dict[str, str]) -> dict[str, Any]:
    return {
        "resourceType": "Encounter",
        "status": "finished",
        "class": codes.AMBULATORY,
        "type": [codes.concept(text="Neuromodulation consultation (pain clinic)")],
        "subject": {"reference": refs["Patient"]},
        "participant": [
            {
                "type": [codes.concept(codes.ATTENDER)],
                "individual": {"reference": refs["Practitioner"]},
            }
        ],
        "period": {"start": record.date.isoformat(), "end": record.date.isoformat()},
        "serviceProvider": {"reference": refs["Organization"]},
    }


def _summary_document(
    record: Consultation, pdf: bytes, refs: dict[str, str], status: str, now: dt.datetime
) -> dict[str, Any]:
    """The take-home summary exactly as printed for the patient, in their language."""
    return {
        "resourceType": "DocumentReference",
        "status": "current",
        "docStatus": status,
        "type": codes.concept(codes.CONSULT_NOTE),
        "subject": {"reference": refs["Patient"]},
        "date": now.isoformat(),
        "author": [{"reference": refs["Practitioner"]}],
        "custodian": {"reference": refs["Organization"]},
        "description": "Take-home summary given to the patient",
        "content": [
            {
                "attachment": {
                    "contentType": "application/pdf",
                    "language": record.language,
                    "data": base64.b64encode(pdf).decode("ascii"),
                    "size": len(pdf),
                    "hash": base64.b64encode(hashlib.sha1(pdf).digest()).decode("ascii"),  # noqa: S324 (FHIR R4 defines the hash as SHA-1)
                    "title": f"Summary {record.date.isoformat()}.pdf",
                    "creation": now.isoformat(),
                }
            }
        ],
        "context": {"encounter": [{"reference": refs["Encounter"]}]},
    }


def _composition(
    record: Consultation, catalog: Catalog, refs: dict[str, str], status: str, now: dt.datetime
) -> dict[str, Any]:
    lang = record.language
    therapies = [catalog.therapy(t).name(lang) for t in record.therapies_discussed]
    sections = [
        _section(
            "Summary given to the patient",
            narrative(
                f"Options discussed: {', '.join(therapies) or 'none'}.",
                f"Summary language: {catalog.manifest.languages[lang].name}.",
            ),
            [refs["DocumentReference"]],
        ),
        _section(
            "Decision support: SURE test and what matters to the patient",
            narrative(_sure_line(record), _leaning_line(record, catalog)),
            [refs["QuestionnaireResponse"]],
        ),
    ]
    planned = [refs[k] for k in ("CarePlan", "ServiceRequest") if k in refs]
    if planned:
        sections.append(_section("Plan and next steps", None, planned))
    consent = _section("Consent discussion", consent_discussion(record, catalog), [])
    consent["author"] = [{"reference": refs["Practitioner"]}]
    sections.append(consent)
    return {
        "resourceType": "Composition",
        "language": lang,
        "status": status,
        "type": codes.concept(codes.CONSULT_NOTE),
        "subject": {"reference": refs["Patient"]},
        "encounter": {"reference": refs["Encounter"]},
        "date": now.isoformat(),
        "author": [{"reference": refs["Practitioner"]}],
        "title": "Neuromodulation consultation",
        "custodian": {"reference": refs["Organization"]},
        "section": sections,
    }


def _diary_section(record: Consultation, ids: list[str]) -> dict[str, Any]:
    """The trial diary's pain and relief and the follow-up visits', as Observations."""
    procedure = record.procedure
    assert procedure is not None
    text = narrative(
        f"Trial diary: {len(procedure.diary)} day(s) entered; "
        f"follow-up visits: {len(procedure.follow_ups)}."
    )
    return _section("Trial diary and follow-up visits", text, [f"urn:uuid:{i}" for i in ids])


def _section(title: str, text: dict[str, str] | None, entries: list[str]) -> dict[str, Any]:
    section: dict[str, Any] = {"title": title}
    if text is not None:
        section["text"] = text
    if entries:
        section["entry"] = [{"reference": ref} for ref in entries]
    return section


def _leaning_line(record: Consultation, catalog: Catalog) -> str:
    """Where the patient is leaning, as the record says it (the clinician chooses)."""
    if not record.leaning:
        return "Leaning: not asked."
    if record.leaning == LEANING_NOT_SURE:
        return "Leaning: the patient is not sure yet."
    names = {option.id: option.name for option in options(record, catalog)}
    # an option no longer discussed is still what the patient said
    name = names.get(record.leaning) or catalog.therapy(record.leaning).name(record.language)
    return f"Leaning: {name}."


def _sure_line(record: Consultation) -> str:
    sure = record.sure
    if not sure.complete:
        return "SURE test not completed."
    verdict = (
        "decisional conflict: offer more time or information"
        if sure.flags_conflict
        else "no decisional conflict"
    )
    return f"SURE score {sure.score} of 4 ({verdict})."
