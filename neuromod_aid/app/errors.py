"""What the user is told when something stops: one line, and the program's exit code.

The same for the command line and the window. Light to import (no database, no
catalog), so the window can use it before the records are open.
"""

from __future__ import annotations

import sys
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


def tell_user(message: str) -> None:
    """One line on stderr, the same from the command line and the window."""
    print(f"neuromod-aid: {message}", file=sys.stderr)


def unexpected_error(log_file: Path | None) -> str:
    """What the user reads when a bug stops the program (the stack is in the log)."""
    where = f"; details are in {log_file}" if log_file else ""
    return f"an unexpected error stopped the program{where}"
