"""Logging for support: a rotating file in the data folder, never any patient data.

Rules the code follows: log IDs, counts and the program's own words, never names,
record numbers, birth dates, notes or free text. The file enforces it by how a
line is made, not by remembering which values to hide:

- the message is the format string written in the code (a test checks every
  logging call passes a literal), so it holds no data;
- a value put into it shows only if it cannot carry patient data: a number, a
  yes/no, or text the program made itself, marked with :func:`program_text`
  (a file kind, a command, an error's type). Any other value (text, a date, a
  path, a record) is written as ``[withheld]``;
- exceptions keep their type and stack, never their message, which may quote input.

So a record that reaches a log line by mistake, from wherever it came (the
database, a file, the recovery folder, the keyboard), shows as ``[withheld]``.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Mapping
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from neuromod_aid.paths import make_private_dir, make_private_file

LOG_FILE_NAME = "neuromod-aid.log"
LOG_HANDLER = "neuromod-aid support log"  # the handler's name, to replace it once
WITHHELD = "[withheld]"
_MAX_BYTES = 1_000_000
_BACKUPS = 5


class ProgramText(str):
    """Text the program made (never typed, read or stored), safe to log as it is."""


def program_text(value: object) -> ProgramText:
    """Mark ``value`` as words of the program's own, shown in the log as they are."""
    return ProgramText(value)


class _Hidden:
    """Stands for a value in a line, whether it is put in with %s or %r."""

    def __repr__(self) -> str:
        return WITHHELD


def _shown(value: object) -> object:
    if isinstance(value, ProgramText):
        return str(value)
    if isinstance(value, bool | int | float) or value is None:
        return value
    return _Hidden()


class _SafeLines(logging.Formatter):
    """Makes each line from the code's message and only the values that cannot carry
    patient data (see the module's rules); tracebacks keep their frames and the
    exception's type, never its message."""

    def format(self, record: logging.LogRecord) -> str:
        line = logging.makeLogRecord(record.__dict__)  # other handlers see the original
        line.msg, line.args = _message(record), None
        line.exc_text = None  # another handler may have cached the full traceback
        return super().format(line)

    def formatException(
        self,
        ei: tuple[type[BaseException], BaseException, TracebackType | None]
        | tuple[None, None, None],
    ) -> str:
        exc_type, _exc, tb = ei
        frames = "".join(traceback.format_tb(tb))
        name = exc_type.__name__ if exc_type else "Exception"
        return f"Traceback (most recent call last):\n{frames}{name}: (message withheld)"


def _message(record: logging.LogRecord) -> str:
    text = str(record.msg)
    args = record.args
    if not args:
        return text
    shown: object = (
        {key: _shown(value) for key, value in args.items()}
        if isinstance(args, Mapping)
        else tuple(_shown(value) for value in args)
    )
    try:
        return text % shown
    except (TypeError, ValueError, KeyError):  # e.g. %d given a withheld value
        return f"{text} {WITHHELD}"


def configure_logging(logs_dir: Path, level: int = logging.INFO) -> Path:
    """Send the package's logs to a rotating, owner-only file; return its path.

    A log that cannot be written (a full disk) is skipped: Python's default prints the
    failing record's arguments, and a traceback, to stderr."""
    logging.raiseExceptions = False
    make_private_dir(logs_dir)
    log_file = logs_dir / LOG_FILE_NAME
    make_private_file(log_file)
    root = logging.getLogger("neuromod_aid")
    for handler in list(root.handlers):
        if handler.name == LOG_HANDLER:
            root.removeHandler(handler)
            handler.close()
    handler = RotatingFileHandler(
        log_file, maxBytes=_MAX_BYTES, backupCount=_BACKUPS, encoding="utf-8"
    )
    handler.name = LOG_HANDLER
    handler.setFormatter(_SafeLines("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    root.propagate = False
    return log_file
