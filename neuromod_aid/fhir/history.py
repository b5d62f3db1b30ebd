"""What was found and what the patient takes, as FHIR: a Condition for each condition
recorded, an AllergyIntolerance for each allergy, a MedicationStatement for each blood
thinner, and the narrative of the section that lists them, which also names the pain
areas, the treatments tried and "no known allergies".

Conditions, allergies and medicines have no checked SNOMED CT or ATC code here
(``docs/fhir.md``), so each is sent as text; the status codes are FHIR's own required
ones. "No known allergies" is said in the narrative only: as an AllergyIntolerance
with a code in text alone, a receiving system could read it as an allergy.
"""

from __future__ import annotations

from typing import Any

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.consultation import Consultation
from neuromod_aid.fhir import codes
from neuromod_aid.fhir.plan import narrative
from neuromod_aid.preparation import blood_thinner_names

CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical"
CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category"
ALLERGY_CLINICAL = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical"


def history_resources(
    record: Consultation, catalog: Catalog, refs: dict[str, str]
) -> list[tuple[str, dict[str, Any]]]:
    """Each resource with a name unique in the bundle (its id is derived from it)."""
    lang, patient = record.language, {"reference": refs["Patient"]}
    found: list[tuple[str, dict[str, Any]]] = [
        (
            f"Condition/{condition_id}",
            {
                "resourceType": "Condition",
                "clinicalStatus": codes.concept({"system": CONDITION_CLINICAL, "code": "active"}),
                "category": [
                    codes.concept({"system": CONDITION_CATEGORY, "code": "encounter-diagnosis"})
                ],
                "code": codes.concept(text=catalog.condition(condition_id).name(lang)),
                "subject": patient,
                "encounter": {"reference": refs["Encounter"]},
            },
        )
        for condition_id in record.conditions
    ]
    procedure = record.procedure
    if procedure is None:
        return found
    found += [
        (
            f"AllergyIntolerance/{number}",
            {
                "resourceType": "AllergyIntolerance",
                "clinicalStatus": codes.concept({"system": ALLERGY_CLINICAL, "code": "active"}),
                "code": codes.concept(text=allergy),
                "patient": patient,
            },
        )
        for number, allergy in enumerate(procedure.allergies)
    ]
    found += [
        (
            f"MedicationStatement/{number}",
            {
                "resourceType": "MedicationStatement",
                "status": "active",
                "medicationCodeableConcept": codes.concept(text=name),
                "subject": patient,
            },
        )
        for number, name in enumerate(blood_thinners(record, catalog))
    ]
    return found


def blood_thinners(record: Consultation, catalog: Catalog) -> list[str]:
    procedure = record.procedure
    return [] if procedure is None else blood_thinner_names(procedure, catalog, record.language)


def history_narrative(record: Consultation, catalog: Catalog) -> dict[str, str]:
    """The section's text: everything its entries hold, and what has no resource."""
    lang = record.language
    conditions = [catalog.condition(c).name(lang) for c in record.conditions]
    areas = [catalog.pain_area(a).name(lang) for a in record.pain_areas]
    procedure = record.procedure
    allergies: list[str] = list(procedure.allergies) if procedure else []
    if procedure is not None and procedure.no_known_allergies:
        allergies.append("No known allergies (asked).")
    return narrative(
        "Conditions:",
        conditions or ["none recorded"],
        "Where the pain is:",
        areas or ["not recorded"],
        "Treatments tried:",
        list(record.treatments_tried) or ["none recorded"],
        "Allergies:",
        allergies or ["not recorded"],
        "Blood thinners:",
        blood_thinners(record, catalog) or ["none recorded"],
    )
