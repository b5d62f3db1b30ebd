"""The system URI of the clinic's record numbers (a FHIR identifier's ``system``): the
placeholder used until the clinic sets its own, and the check of one typed, with the
reason it is refused. Light enough for the command line's parsing (no FHIR layer)."""

from __future__ import annotations

import re
from typing import Literal

# ``.invalid`` (RFC 2606) can never be a real address, so a bundle exported with it
# cannot be mistaken for the hospital's numbering
PLACEHOLDER = "https://neuromod-aid.invalid/fhir/record-number"
MAX_LENGTH = 2000  # the clinic details' column, on every engine

Problem = Literal["spaces", "too_long", "not_absolute", "case", "scheme", "oid", "web"]
_OID = re.compile(r"[0-2](\.(0|[1-9]\d*))+")
_LABEL = r"[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?"
_HOST = re.compile(rf"{_LABEL}(\.{_LABEL})*(:\d+)?")
_PREFIXES = ("urn:oid:", "https:", "http:")

# the command line's words for each problem (the window's are translated in ``ui/clinic``)
EXPLAINED: dict[Problem, str] = {
    "spaces": "it holds a space or a control character",
    "too_long": f"it is longer than {MAX_LENGTH} characters",
    "not_absolute": "it is not an absolute URI: use urn:oid:… or https://…",
    "case": "write urn:oid: and https:// in lower case, as the hospital gives it",
    "scheme": "use urn:oid:… or https://… (the hospital gives its own)",
    "oid": "urn:oid: must be followed by numbers and dots, e.g. urn:oid:1.2.34.5678",
    "web": "https:// must be followed by the name of a host, e.g. https://hospital.example/mrn",
}


def problem(text: str) -> Problem | None:
    """Why ``text`` cannot name the record numbers' system; None when it can: an
    ``urn:oid:`` with an OID, or an ``https://`` (or ``http://``) address with a host,
    written in lower case: a FHIR server compares systems character by character, so
    ``HTTPS://…`` would name another system than the hospital's ``https://…``."""
    if any(c.isspace() or not c.isprintable() for c in text):
        return "spaces"
    if len(text) > MAX_LENGTH:
        return "too_long"
    scheme, colon, rest = text.partition(":")
    if not (colon and rest and re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*", scheme)):
        return "not_absolute"
    if any(text.lower().startswith(p) and not text.startswith(p) for p in _PREFIXES):
        return "case"
    if scheme == "urn":
        nid, _, oid = rest.partition(":")
        if nid != "oid":
            return "scheme"
        return None if _OID.fullmatch(oid) else "oid"
    if scheme in ("https", "http"):
        host = rest.removeprefix("//").split("/", 1)[0]
        return None if rest.startswith("//") and _HOST.fullmatch(host) else "web"
    return "scheme"
