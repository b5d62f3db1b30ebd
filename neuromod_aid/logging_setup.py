"""Logging for support: a rotating file in the data folder, never any patient data.

Rules the code follows (and tests check): log IDs and counts, never names, record
numbers, birth dates, notes or free text. As a second line of defence,
:class:`Redactor` replaces any value registered with :func:`redact` (the patient
fields of every record the program touches) before a line reaches the file, and
exceptions are logged with their type and stack, not their message.
"""

from __future__ import annotations

import logging
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TYPE_CHECKING

from neuromod_aid.paths import make_private_dir, make_private_file

if TYPE_CHECKING:
    from neuromod_aid.consultation import Consultation

LOG_FILE_NAME = "neuromod-aid.log"
_MAX_BYTES = 1_000_000
_BACKUPS = 5
_MIN_REDACTED_LENGTH = 3


class Redactor(logging.Filter):
    """Replaces registered sensitive strings in every record's final message."""

    def __init__(self) -> None:
        super().__init__()
        self._values: set[str] = set()
        self._lock = threading.Lock()

    def add(self, *values: str, words: bool = True) -> None:
        """Register values; with ``words``, each word of a value too (a first name
        alone is still a name). Free text is registered whole, or common words would
        be blanked out everywhere."""
        with self._lock:
            for value in values:
                for part in (value, *(value.split() if words else ())):
                    if len(part.strip()) >= _MIN_REDACTED_LENGTH:
                        self._values.add(part.strip())

    def scrub(self, text: str) -> str:
        with self._lock:
            values = sorted(self._values, key=len, reverse=True)
        for value in values:
            text = text.replace(value, "[redacted]")
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = self.scrub(record.getMessage())
        record.args = None
        return True


class _NoExceptionMessages(logging.Formatter):
    """Tracebacks keep their frames and the exception type, but drop the message,
    which may quote user input; the whole line is scrubbed by the redactor too."""

    def format(self, record: logging.LogRecord) -> str:
        cached = record.exc_text  # another handler may have cached the full traceback
        record.exc_text = None
        try:
            return REDACTOR.scrub(super().format(record))
        finally:
            record.exc_text = cached

    def formatException(self, ei):  # type: ignore[no-untyped-def]
        exc_type, _exc, tb = ei
        import traceback

        frames = "".join(traceback.format_tb(tb))
        name = exc_type.__name__ if exc_type else "Exception"
        return f"Traceback (most recent call last):\n{frames}{name}: (message withheld)"


REDACTOR = Redactor()


def redact(*values: str, words: bool = True) -> None:
    """Register patient values that must never appear in the log."""
    REDACTOR.add(*(v for v in values if v), words=words)


def redact_record(record: Consultation) -> None:
    """Register every patient field of ``record`` (called wherever a record is read)."""
    patient = record.patient
    birth = patient.birth_date
    redact(
        patient.name,
        patient.record_number,
        *((birth.isoformat(), birth.strftime("%d/%m/%Y")) if birth else ()),
    )
    redact(record.notes_for_patient, record.private_notes, *record.patient_questions, words=False)


def configure_logging(logs_dir: Path, level: int = logging.INFO) -> Path:
    """Send the package's logs to a rotating, owner-only file; return its path."""
    make_private_dir(logs_dir)
    log_file = logs_dir / LOG_FILE_NAME
    make_private_file(log_file)
    root = logging.getLogger("neuromod_aid")
    for handler in list(root.handlers):
        if getattr(handler, "_neuromod_aid", False):
            root.removeHandler(handler)
            handler.close()
    handler = RotatingFileHandler(
        log_file, maxBytes=_MAX_BYTES, backupCount=_BACKUPS, encoding="utf-8"
    )
    handler._neuromod_aid = True  # type: ignore[attr-defined]
    handler.addFilter(REDACTOR)
    handler.setFormatter(_NoExceptionMessages("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    root.propagate = False
    return log_file
