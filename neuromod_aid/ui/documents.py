"""File names for the printable documents (no Qt here)."""

from __future__ import annotations

import re

from neuromod_aid.consultation import Consultation
from neuromod_aid.textfold import fold


def file_stem(kind: str, record: Consultation) -> str:
    name = re.sub(r"[^a-z0-9]+", "-", fold(record.patient.name)).strip("-") or "patient"
    return f"{kind.replace('_', '-')}-{name}-{record.date.isoformat()}"
