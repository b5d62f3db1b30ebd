"""The SURE answers and what matters to the patient, as a QuestionnaireResponse to the
Questionnaire shipped in ``resources/fhir/`` (its items: the SURE fields and the
content's value statements, every language of the content; ``tests/test_fhir.py``
checks it against the catalog).
"""

from __future__ import annotations

import json
from dataclasses import fields
from functools import cache
from typing import Any

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.consultation import Consultation, SureAnswers
from neuromod_aid.fhir import codes
from neuromod_aid.paths import resources_dir

QUESTIONNAIRE_FILE = "questionnaire-decision-support.json"
SURE_FIELDS = tuple(field.name for field in fields(SureAnswers))  # the record's order


@cache
def questionnaire() -> dict[str, Any]:
    """The shipped Questionnaire, as FHIR JSON (a fresh copy is the caller's to keep)."""
    path = resources_dir() / "fhir" / QUESTIONNAIRE_FILE
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def canonical() -> str:
    shipped = questionnaire()
    return f"{shipped['url']}|{shipped['version']}"


def questionnaire_response(
    record: Consultation, catalog: Catalog, refs: dict[str, str]
) -> dict[str, Any]:
    """What was answered, in the record's language; a question not asked is left out.

    ``refs`` names the bundle's Patient, Encounter and Practitioner by reference."""
    words = catalog.words(record.language)
    sure = [
        {
            "linkId": f"sure.{name}",
            "text": words(f"sure_{name}"),
            "answer": [{"valueBoolean": answer}],
        }
        for name in SURE_FIELDS
        if (answer := getattr(record.sure, name)) is not None
    ]
    values = [
        {
            "linkId": f"values.{statement.id}",
            "text": statement.statement(record.language),
            "answer": [
                {
                    "valueCoding": {
                        "system": codes.IMPORTANCE_SYSTEM,
                        "code": record.values[statement.id],
                        "display": words(f"values_{record.values[statement.id]}"),
                    }
                }
            ],
        }
        for statement in catalog.values
        if statement.id in record.values
    ]
    groups = [
        {"linkId": link, "text": words(heading), "item": items}
        for link, heading, items in (
            ("sure", "screen_sure", sure),
            ("values", "values_title", values),
        )
        if items
    ]
    response: dict[str, Any] = {
        "resourceType": "QuestionnaireResponse",
        "questionnaire": canonical(),
        "language": record.language,
        "status": "completed" if record.sure.complete else "in-progress",
        "subject": {"reference": refs["Patient"]},
        "encounter": {"reference": refs["Encounter"]},
        "authored": record.date.isoformat(),
        "author": {"reference": refs["Practitioner"]},
        "source": {"reference": refs["Patient"]},
    }
    if groups:
        response["item"] = groups
    return response
