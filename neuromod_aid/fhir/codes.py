"""The code systems, codes and URIs the FHIR export uses, named once (``docs/fhir.md``).

Only codes checked against a published value set are here; what has no checked code
is sent as text (``CodeableConcept.text``). The SNOMED CT procedure codes are data,
``resources/fhir/snomed-procedures.json``, each with the source that names it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from neuromod_aid.identifier_system import PLACEHOLDER
from neuromod_aid.paths import resources_dir

# this program's own namespace: ``.invalid`` (RFC 2606) can never be a real address, so
# nothing sent under it can be mistaken for another system's identifiers
BASE = "https://neuromod-aid.invalid/fhir"
# the patient's record number, until the clinic sets its own in the clinic details (or
# ``--identifier-system``): the hospital's medical-record-number system, often an
# ``urn:oid:...``
DEFAULT_IDENTIFIER_SYSTEM = PLACEHOLDER
IMPORTANCE_SYSTEM = f"{BASE}/CodeSystem/importance"
NEXT_STEP_SYSTEM = f"{BASE}/CodeSystem/next-step"

LOINC = "http://loinc.org"
# "Consult note" (LOINC), the first code of HL7 C-CDA on FHIR's ConsultDocumentType
# value set (2.16.840.1.113883.11.20.9.31)
CONSULT_NOTE = {"system": LOINC, "code": "11488-4", "display": "Consult note"}
# "Pain severity - 0-10 verbal numeric rating [Score] - Reported" (LOINC), the code the
# HL7 Belgium patient-monitoring guide's pain-scale value set and France's ANS pain
# profile name for a 0-10 pain score
PAIN_SEVERITY = {
    "system": LOINC,
    "code": "72514-3",
    "display": "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
}
# a percent in UCUM, FHIR's units
PERCENT = {"unit": "%", "system": "http://unitsofmeasure.org", "code": "%"}
# FHIR's observation category for what a patient answered or wrote down
SURVEY = {
    "system": "http://terminology.hl7.org/CodeSystem/observation-category",
    "code": "survey",
    "display": "Survey",
}
# HL7 v2 table 0203, identifier type "MR": medical record number
RECORD_NUMBER_TYPE = {
    "system": "http://terminology.hl7.org/CodeSystem/v2-0203",
    "code": "MR",
    "display": "Medical record number",
}
AMBULATORY = {
    "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
    "code": "AMB",
    "display": "ambulatory",
}
ATTENDER = {
    "system": "http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
    "code": "ATND",
    "display": "attender",
}
SNOMED_CT = "http://snomed.info/sct"
SNOMED_PROCEDURES_FILE = "snomed-procedures.json"
LANGUAGE_SYSTEM = "urn:ietf:bcp:47"
TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation"


def concept(*codings: dict[str, str], text: str = "") -> dict[str, Any]:
    """A CodeableConcept; empty parts are left out (FHIR allows no empty strings)."""
    found: dict[str, Any] = {}
    if codings:
        found["coding"] = list(codings)
    if text:
        found["text"] = text
    return found


def language(code: str) -> dict[str, Any]:
    return concept({"system": LANGUAGE_SYSTEM, "code": code})


@dataclass(frozen=True)
class ProcedureCode:
    """A SNOMED CT procedure code for a therapy's procedures of ``kinds``, with its
    preferred term and the published source that names both."""

    therapy: str
    kinds: tuple[str, ...]
    code: str
    display: str
    source: str

    def coding(self) -> dict[str, str]:
        return {"system": SNOMED_CT, "code": self.code, "display": self.display}


@cache
def procedure_codes() -> tuple[ProcedureCode, ...]:
    """The shipped SNOMED CT procedure codes (``resources/fhir/``)."""
    path = resources_dir() / "fhir" / SNOMED_PROCEDURES_FILE
    data = json.loads(path.read_text(encoding="utf-8"))
    return tuple(
        ProcedureCode(
            therapy=entry["therapy"],
            kinds=tuple(entry["kinds"]),
            code=entry["code"],
            display=entry["display"],
            source=entry["source"],
        )
        for entry in data["codes"]
    )


def procedure_codings(therapy: str, kind: str | None) -> tuple[dict[str, str], ...]:
    """The SNOMED CT codings of a planned procedure; none when no checked code names
    it (a kind not said included): it is then sent as text only."""
    return tuple(
        found.coding()
        for found in procedure_codes()
        if found.therapy == therapy and kind is not None and kind in found.kinds
    )
