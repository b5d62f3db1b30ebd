"""File names for the printable documents and consultation files (no Qt here)."""

from __future__ import annotations

import re
import unicodedata

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.consultation import Consultation

RECORD_NUMBER_CHARACTERS = 40  # of a record number in a file name, at most


def file_stem(kind: str, record: Consultation, catalog: Catalog) -> str:
    """``resumen-H-20431-2026-11-23`` for a Spanish record's summary; without a record
    number only the date, ``summary-2026-11-23``. The word is in the record's language
    (the patient, or their family, finds the file by its name: wording ``file_<kind>``).
    Never the patient's name: file names show in folder lists, e-mail attachments and
    recently used files."""
    word = catalog.words(record.language)(f"file_{kind}")
    number = file_safe(record.patient.record_number)
    return "-".join(part for part in (word, number, record.date.isoformat()) if part)


def file_safe(text: str) -> str:
    """Only ASCII letters and digits, other runs of characters one ``-`` (no path
    separators, dots, spaces or control characters); accents dropped; capped in length."""
    bare = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    safe = re.sub(r"[^A-Za-z0-9]+", "-", bare).strip("-")
    return safe[:RECORD_NUMBER_CHARACTERS].rstrip("-")
