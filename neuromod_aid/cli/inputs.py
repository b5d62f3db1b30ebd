"""Reading a consultation for a command: from a JSON file, the database, or the demo."""

from __future__ import annotations

from pathlib import Path

from neuromod_aid.app.errors import UserError
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.consultation import Consultation, ConsultationError, parse_consultation

MAX_FILE_BYTES = 5_000_000


def read_consultation_file(path: Path, catalog: Catalog) -> Consultation:
    """Parse and validate a file; any problem becomes a one-line :class:`UserError`."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise UserError(f"{path}: too large to be a consultation file")
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UserError(f"{path}: no such file") from None
    except UnicodeDecodeError:
        raise UserError(f"{path}: not a text file (expected UTF-8 JSON)") from None
    except OSError as error:
        raise UserError(f"{path}: cannot be read ({error.strerror or error})") from None
    try:
        record = parse_consultation(text, catalog)
    except ConsultationError as error:
        problems = "; ".join(error.problems)
        raise UserError(f"{path}: {problems}") from None
    return record
