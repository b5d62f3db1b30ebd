"""Files of the record's earlier versions, read into today's fields with their meaning
kept (``docs/consultation-format.md``, "Earlier versions"): nothing is dropped or
silently changed, only moved to where today's record keeps it."""

from __future__ import annotations

from typing import Any

from neuromod_aid.record_fields import is_clock_time

FORMAT_5 = "neuromod-aid.consultation/5"  # read, never written: any arrival text; "(not recorded)"
FORMAT_4 = "neuromod-aid.consultation/4"  # read, never written: no diary, no follow-ups
FORMAT_3 = "neuromod-aid.consultation/3"  # read, never written: no checklist, no calls
FORMAT_2 = "neuromod-aid.consultation/2"  # read, never written: no values, no leaning
FORMAT_1 = "neuromod-aid.consultation/1"  # read, never written
EARLIER = (FORMAT_5, FORMAT_4, FORMAT_3, FORMAT_2, FORMAT_1)


def upgraded(declared: str, body: dict[str, Any]) -> dict[str, Any]:
    """``body``, a file of version ``declared`` without its format, in today's fields."""
    if declared == FORMAT_1:
        body = _from_version_1(body)
    if declared in EARLIER:
        body = _arrival_kept(body)
    return body


def _from_version_1(body: dict[str, Any]) -> dict[str, Any]:
    """Version 1 printed its clinician notes, and kept the clinic's hours as one text
    (printed in the record's language): both keep their meaning."""
    body = dict(body)
    if "clinician_notes" in body:
        body["notes_for_patient"] = body.pop("clinician_notes")
    clinic = body.get("clinic")
    if isinstance(clinic, dict) and isinstance(clinic.get("hours"), str):
        hours = clinic["hours"].strip()
        language = body.get("language")
        body["clinic"] = {**clinic, "hours": {language: hours} if hours else {}}
    return body


def _arrival_kept(body: dict[str, Any]) -> dict[str, Any]:
    """Up to version 5 the arrival time was any text. One that is not HH:MM (say "half
    past banana", or "7.30") is kept as written in ``arrival_not_understood``, for the
    clinician to replace with a time or clear; it is never printed as a time."""
    procedure = body.get("procedure")
    if not isinstance(procedure, dict):
        return body
    arrival = procedure.get("arrival_time")
    if not isinstance(arrival, str) or not arrival.strip() or is_clock_time(arrival.strip()):
        return body
    kept = {key: value for key, value in procedure.items() if key != "arrival_time"}
    return {**body, "procedure": {**kept, "arrival_not_understood": arrival}}
