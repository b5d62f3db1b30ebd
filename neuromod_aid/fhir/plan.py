"""What comes next and what was discussed, as FHIR: the CarePlan of the next steps, the
ServiceRequest of the planned procedure, and the consent discussion's narrative.

A planned procedure carries the SNOMED CT code of its therapy and kind where a
published source names one (``codes.procedure_codings``); the therapy's name in the
record's language is its text always. Risks and next-step kinds have no checked
SNOMED CT code here (``docs/fhir.md``), so each is sent as text.
"""

from __future__ import annotations

import html
import re
from typing import Any

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.consultation import Consultation
from neuromod_aid.fhir import codes

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # not allowed in XHTML


def narrative(*paragraphs: str | list[str]) -> dict[str, str]:
    """A generated Narrative: each string a paragraph, each list a bulleted list; any
    text (markup, quotes, control characters) is shown as written, never as markup."""
    parts = []
    for paragraph in paragraphs:
        if isinstance(paragraph, str):
            parts.append(f"<p>{_escaped(paragraph)}</p>")
        elif paragraph:
            parts.append("<ul>" + "".join(f"<li>{_escaped(i)}</li>" for i in paragraph) + "</ul>")
    body = "".join(parts)
    return {"status": "generated", "div": f'<div xmlns="http://www.w3.org/1999/xhtml">{body}</div>'}


def _escaped(text: str) -> str:
    return html.escape(_NOT_XML.sub("\ufffd", text), quote=False)


def procedure_request(
    record: Consultation, catalog: Catalog, refs: dict[str, str]
) -> dict[str, Any] | None:
    """The planned procedure (the trial or the implant the nurse sheet is made for)."""
    procedure = record.procedure
    if procedure is None:
        return None
    therapy = catalog.therapy(procedure.therapy)
    notes = [
        text
        for text in (
            f"Arrival: {procedure.arrival_time}" if procedure.arrival_time else "",
            f"Place: {procedure.place}" if procedure.place else "",
            f"Trial days: {procedure.trial_days}" if therapy.trial.used else "",
        )
        if text
    ]
    request: dict[str, Any] = {
        "resourceType": "ServiceRequest",
        "status": "active",
        "intent": "plan",
        "code": codes.concept(
            *codes.procedure_codings(procedure.therapy, procedure.kind),
            text=therapy.name(record.language),
        ),
        "subject": {"reference": refs["Patient"]},
        "encounter": {"reference": refs["Encounter"]},
        "requester": {"reference": refs["Practitioner"]},
        "authoredOn": record.date.isoformat(),
    }
    if procedure.date is not None:
        request["occurrenceDateTime"] = procedure.date.isoformat()
    if notes:
        request["note"] = [{"text": note} for note in notes]
    return request


def care_plan(
    record: Consultation, catalog: Catalog, refs: dict[str, str]
) -> dict[str, Any] | None:
    """The next steps, in the record's order; the agreed one is named in the description.
    The planned procedure is an activity of its own, by reference."""
    words = catalog.words(record.language)
    activities: list[dict[str, Any]] = []
    for step in record.next_steps:
        detail: dict[str, Any] = {
            "code": codes.concept(
                {"system": codes.NEXT_STEP_SYSTEM, "code": step.kind},
                text=words(f"kind_{step.kind}"),
            ),
            "status": "scheduled" if step.date is not None else "not-started",
        }
        if step.date is not None:
            detail["scheduledPeriod"] = {"start": step.date.isoformat()}
        if step.text:
            detail["description"] = step.text
        activities.append({"detail": detail})
    if "ServiceRequest" in refs:
        activities.append({"reference": {"reference": refs["ServiceRequest"]}})
    if not activities:
        return None
    plan: dict[str, Any] = {
        "resourceType": "CarePlan",
        "status": "active",
        "intent": "plan",
        "title": "Neuromodulation: next steps",
        "subject": {"reference": refs["Patient"]},
        "encounter": {"reference": refs["Encounter"]},
        "created": record.date.isoformat(),
        "author": {"reference": refs["Practitioner"]},
        "activity": activities,
    }
    agreed = record.agreed_step
    if agreed is not None:
        said = agreed.text or words(f"kind_{agreed.kind}")
        plan["description"] = f"Agreed at the visit: {said}"
    return plan


def consent_discussion(record: Consultation, catalog: Catalog) -> dict[str, str]:
    """Which risks of each option were talked through, by whom and when, and which were
    not (yet): the part of informed consent this consultation holds."""
    lang = record.language
    who = record.clinician.name
    if record.clinician.role:
        who = f"{who} ({record.clinician.role})"
    paragraphs: list[str | list[str]] = [
        f"Risks talked through with the patient by {who} on {record.date.isoformat()}, "
        f"with the figures of content version {catalog.manifest.content_version}."
    ]
    therapy_ids = list(dict.fromkeys([*record.therapies_discussed, *record.risks_discussed]))
    for therapy_id in therapy_ids:
        therapy = catalog.therapy(therapy_id)
        talked = [
            r.name(lang) for r in therapy.risks if record.risk_was_discussed(therapy_id, r.id)
        ]
        left = [
            r.name(lang) for r in therapy.risks if not record.risk_was_discussed(therapy_id, r.id)
        ]
        paragraphs.append(f"{therapy.name(lang)}: risks discussed ({len(talked)})")
        paragraphs.append(talked)
        if left:
            paragraphs.append(f"{therapy.name(lang)}: risks not discussed ({len(left)})")
            paragraphs.append(left)
    if not therapy_ids:
        paragraphs.append("No option's risks were discussed.")
    return narrative(*paragraphs)
