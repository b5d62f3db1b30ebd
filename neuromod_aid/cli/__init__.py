"""The ``neuromod-aid`` command line. Nothing here imports Qt except ``gui``.

``neuromod-aid`` with no command starts the GUI. Each command group lives in its own
module with a ``register(subparsers, languages)`` function (the languages the content
declares, for ``--lang``); commands return an exit code:
0 success, 1 a check found problems, 2 bad usage or bad input. Command modules
import the database, catalog and PDF layers inside their handlers, so parsing the
command line (and starting the window) does not pay for them.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Sequence

from neuromod_aid import __version__
from neuromod_aid.app.context import AppContext
from neuromod_aid.app.errors import (
    EXIT_INTERNAL,
    EXIT_USAGE,
    UserError,
    tell_user,
    unexpected_error,
)
from neuromod_aid.cli import (
    audit_cmd,
    consultation_cmd,
    content_cmd,
    db_cmd,
    documents_cmd,
    fhir_cmd,
    patient_cmd,
    procedures_cmd,
)
from neuromod_aid.errors import DatabaseUnavailable, NotAllowed
from neuromod_aid.languages import declared_languages
from neuromod_aid.logging_setup import configure_logging, program_text

log = logging.getLogger(__name__)

_GROUPS = (
    content_cmd,
    db_cmd,
    consultation_cmd,
    documents_cmd,
    procedures_cmd,
    fhir_cmd,
    audit_cmd,
    patient_cmd,
)


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="neuromod-aid",
        description="Consultation aid for neuromodulation in chronic pain.",
    )
    parser.add_argument("--version", action="version", version=f"neuromod-aid {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="folder for the database and logs")
    parser.add_argument(
        "--database-url", metavar="URL", help="SQLAlchemy URL (default: SQLite in the data folder)"
    )
    parser.add_argument(
        "--as",
        dest="working_as",
        metavar="NAME",
        help="who is working (a name on the clinic's staff list): the commands record them "
        "with each save and document, and their role decides what they may change",
    )
    gui = parser.add_argument_group("window (when no command is given)")
    gui.add_argument("--demo", action="store_true", help="open on the demo consultation")
    gui.add_argument("--self-test", action="store_true", help="drive a whole consultation and exit")
    gui.add_argument("--startup-probe", action="store_true", help="exit once the window is shown")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    languages = tuple(declared_languages())  # the manifest, read once for every --lang
    for group in _GROUPS:
        group.register(commands, languages)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    command = " ".join(filter(None, (args.command, getattr(args, "action", None)))) or "gui"
    log_file = None
    try:
        context = AppContext.from_args(args)
        log_file = configure_logging(context.location.logs_dir)
        log.info("neuromod-aid %s: %s", program_text(__version__), program_text(command))
        if args.command is None:
            from neuromod_aid.cli.gui import run_gui

            return run_gui(context, args)
        try:
            return int(args.handler(context, args))
        finally:  # its connections let go now, not at some later garbage collection: the
            context.close()  # file may be replaced next (``db restore``) while one holds it
    except DatabaseUnavailable as error:
        log.info("%s: database unavailable", program_text(command))
        tell_user(str(error))
        return EXIT_USAGE
    except NotAllowed as error:  # the person's role may not make this change
        log.info("%s: refused for the role (%s)", program_text(command), program_text(error.what))
        tell_user(str(error))
        return EXIT_USAGE
    except BrokenPipeError:  # output piped into `head` and the like: not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except UserError as error:
        # the message may quote user input: it goes to the user, not to the log
        log.info("%s: stopped by a user error (exit %d)", program_text(command), error.exit_code)
        tell_user(str(error))
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    except Exception:
        log.exception("%s: unexpected error", program_text(command))
        tell_user(unexpected_error(log_file))
        return EXIT_INTERNAL


def run() -> int:
    """The ``neuromod-aid`` program: :func:`main`, and then the process ends.

    What the command made (the catalog, a document's fonts and pages) lives until
    then, so it is frozen out of the interpreter's last full garbage collection,
    which otherwise takes 50-80 ms after a document is built.
    """
    code = main()
    gc.freeze()
    return code
