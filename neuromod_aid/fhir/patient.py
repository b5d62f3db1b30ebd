"""The patient both ways: the record's patient as a FHIR Patient, and a FHIR Patient
(alone or in a Bundle) read back as the record's patient, matched by record number.

Reading refuses, with one sentence (:class:`NotAPatient`), anything that is not one
valid FHIR R4 Patient carrying the clinic's record number.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

from neuromod_aid.consultation import Patient
from neuromod_aid.fhir import codes
from neuromod_aid.validation import adapter

if TYPE_CHECKING:
    from pydantic import ValidationError

MAX_FILE_BYTES = 50_000_000  # a hospital's bundle may carry documents: what is read
MAX_RECORD_NUMBER = 100  # what the patients table keeps


class NotAPatient(ValueError):
    """The file holds no usable patient; the message says why, in one line."""


def patient_resource(patient: Patient, lang: str, identifier_system: str) -> dict[str, Any]:
    """The record's patient: the record number under the clinic's system, the name as
    written (one text: the record does not split given and family names), the birth
    date, and the language the documents were made in as the preferred one."""
    resource: dict[str, Any] = {"resourceType": "Patient"}
    if patient.record_number:
        resource["identifier"] = [
            {
                "use": "usual",
                "type": codes.concept(codes.RECORD_NUMBER_TYPE),
                "system": identifier_system,
                "value": patient.record_number,
            }
        ]
    resource["name"] = [{"text": patient.name}]
    if patient.birth_date is not None:
        resource["birthDate"] = patient.birth_date.isoformat()
    resource["communication"] = [{"language": codes.language(lang), "preferred": True}]
    return resource


def patient_from_json(text: str, identifier_system: str) -> Patient:
    """The patient in FHIR JSON text (a Patient, or a Bundle holding exactly one)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise NotAPatient(
            f"not valid JSON (line {error.lineno}, column {error.colno}): {error.msg}"
        ) from None
    except RecursionError:
        raise NotAPatient("nested too deeply to be a FHIR resource") from None
    return patient_from_fhir(data, identifier_system)


def patient_from_fhir(data: Any, identifier_system: str) -> Patient:
    """The record's patient from parsed FHIR JSON; :class:`NotAPatient` otherwise."""
    from fhir.resources.R4B.patient import Patient as FhirPatient
    from pydantic import ValidationError

    resource = _the_patient(data)
    try:
        FhirPatient.model_validate(resource)
    except ValidationError as error:
        raise NotAPatient(f"not a valid FHIR Patient: {_first(error)}") from None
    number = _record_number(resource.get("identifier") or [], identifier_system)
    details = {
        "name": _name(resource.get("name") or []),
        "record_number": number,
        "birth_date": _birth_date(resource.get("birthDate")),
    }
    try:
        patient: Patient = adapter(Patient).validate_python(details)
    except ValidationError as error:
        raise NotAPatient(f"not a patient this program can keep: {_first(error)}") from None
    return patient


def _the_patient(data: Any) -> dict[str, Any]:
    kind = data.get("resourceType") if isinstance(data, dict) else None
    if kind == "Patient":
        return data  # type: ignore[no-any-return]
    if kind != "Bundle":
        found = f"a resource of type {kind!r}" if isinstance(kind, str) else "no FHIR resource"
        raise NotAPatient(f"expected a FHIR Patient or a Bundle holding one, found {found}")
    entries = data.get("entry")
    resources = [
        entry.get("resource")
        for entry in (entries if isinstance(entries, list) else [])
        if isinstance(entry, dict)
    ]
    patients = [r for r in resources if isinstance(r, dict) and r.get("resourceType") == "Patient"]
    if len(patients) != 1:
        raise NotAPatient(f"the Bundle holds {len(patients)} Patient resources; expected one")
    return patients[0]


def _record_number(identifiers: list[dict[str, Any]], system: str) -> str:
    """The identifier under the clinic's system; else the one medical record number."""
    mine = [i for i in identifiers if i.get("system") == system and i.get("value")]
    if not mine:
        mine = [
            i
            for i in identifiers
            if i.get("value")
            and any(
                coding.get("system") == codes.RECORD_NUMBER_TYPE["system"]
                and coding.get("code") == codes.RECORD_NUMBER_TYPE["code"]
                for coding in (i.get("type") or {}).get("coding") or []
            )
        ]
    if len(mine) != 1:
        problem = "no" if not mine else f"{len(mine)} different"
        raise NotAPatient(
            f"the Patient has {problem} record-number identifiers "
            f"(system {system!r}, or type MR); one is needed to match the patient"
        )
    number = str(mine[0]["value"]).strip()
    if len(number) > MAX_RECORD_NUMBER:
        raise NotAPatient(f"the record number is longer than {MAX_RECORD_NUMBER} characters")
    return number


def _name(names: list[dict[str, Any]]) -> str:
    """The official name (else the usual one, else the first), as one line."""
    ranked = sorted(names, key=lambda n: {"official": 0, "usual": 1}.get(n.get("use", ""), 2))
    for name in ranked:
        text = name.get("text") or " ".join([*name.get("given", []), name.get("family", "")])
        if text.strip():
            return " ".join(text.split())
    raise NotAPatient("the Patient has no name")


def _birth_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise NotAPatient(f"birthDate {value!r} is not a whole date (year-month-day)") from None


def _first(error: ValidationError) -> str:
    """The first problem pydantic found, as "where: what" (the input is not repeated)."""
    first = error.errors(include_url=False)[0]
    where = ".".join(str(part) for part in first["loc"]) or "(resource)"
    return f"{where}: {' '.join(first['msg'].split()).lower()}"
