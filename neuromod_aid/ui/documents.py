"""File names for the printable documents and consultation files (no Qt here)."""

from __future__ import annotations

import re

from neuromod_aid.consultation import Consultation
from neuromod_aid.textfold import fold

# in the record's language: the patient (or their family) finds the file by its name
FILE_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "summary": "summary",
        "nurse_sheet": "nurse-sheet",
        "trial_diary": "trial-diary",
        "consultation": "consultation",
        "patient": "patient",
    },
    "es": {
        "summary": "resumen",
        "nurse_sheet": "hoja-enfermeria",
        "trial_diary": "diario-prueba",
        "consultation": "consulta",
        "patient": "paciente",
    },
}


def file_stem(kind: str, record: Consultation) -> str:
    """``resumen-ana-garcia-2026-11-23`` for a Spanish record's summary, and so on."""
    words = FILE_WORDS.get(record.language, FILE_WORDS["en"])
    name = re.sub(r"[^a-z0-9]+", "-", fold(record.patient.name)).strip("-") or words["patient"]
    return f"{words[kind]}-{name}-{record.date.isoformat()}"
