"""What the user is told when something stops: one line, and the program's exit code.

The same for the command line and the window. Light to import (no database, no
catalog), so the window can use it before the records are open.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70  # a bug: logged with its stack, one line for the user


class UserError(Exception):
    """A problem the user can fix: printed as one line, never as a traceback."""

    def __init__(self, message: str, exit_code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.exit_code = exit_code

    def said(self, lang: str) -> str:
        """The message in ``lang``, for the window: as written (English) here; a
        refusal made by message id (:mod:`neuromod_aid.app.messages`) says it in
        ``lang``."""
        return str(self)


class DamagedDatabase(UserError):
    """The SQLite file at ``database_file`` is damaged or is not a neuromod-aid database:
    the window offers to restore a copy from ``backups_dir`` or to start afresh."""

    def __init__(self, message: str, database_file: Path, backups_dir: Path) -> None:
        super().__init__(message)
        self.database_file = database_file
        self.backups_dir = backups_dir


def tell_user(message: str) -> None:
    """One line on stderr, the same from the command line and the window; control
    characters (from a file or the database) are shown escaped, never sent raw."""
    print(f"neuromod-aid: {escaped(message)}", file=sys.stderr)


def escaped(text: str) -> str:
    """``text`` with every control or format character (a terminal's escape sequences,
    line breaks, bidirectional overrides) written as its escape, on one line."""
    return "".join(
        ch.encode("unicode_escape").decode("ascii")
        if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp")
        else ch
        for ch in text
    )


def unexpected_error(log_file: Path | None) -> str:
    """What the user reads when a bug stops the program (the stack is in the log)."""
    where = f"; details are in {log_file}" if log_file else ""
    return f"an unexpected error stopped the program{where}"
