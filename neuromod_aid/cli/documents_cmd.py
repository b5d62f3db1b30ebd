"""``neuromod-aid summary | nurse-sheet | trial-diary | trial-report``: the printed
documents; ``neuromod-aid documents rebuild DOC_ID -o OUT.pdf``: a recorded one made
again exactly as it was.

Each reads one consultation (``--demo``, ``--from-json FILE`` or ``--consultation
ID``), builds the PDF in memory and writes it atomically: a failure never leaves a
partial file. A document built from a stored consultation is recorded against it;
the demo and a file are printed without opening the database.
"""

from __future__ import annotations

import argparse
import gc
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from neuromod_aid.app.context import AppContext
from neuromod_aid.app.errors import EXIT_OK, UserError
from neuromod_aid.cli.common import add_consultation_source, write_output

if TYPE_CHECKING:
    from neuromod_aid.catalog.model import Catalog
    from neuromod_aid.consultation import Consultation
    from neuromod_aid.pdf import PdfKind

_COMMANDS: tuple[tuple[str, PdfKind, str], ...] = (
    ("summary", "summary", "the patient's take-home summary (PDF)"),
    ("nurse-sheet", "nurse_sheet", "the nurse's pre-procedure sheet (PDF)"),
    ("trial-diary", "trial_diary", "the trial diary (PDF)"),
    ("trial-report", "trial_result", "the trial result, for the patient and their doctor (PDF)"),
)


def register(commands: Any, languages: tuple[str, ...]) -> None:
    for name, kind, help_text in _COMMANDS:
        parser = commands.add_parser(name, help=help_text, description=help_text)
        add_consultation_source(parser, languages)
        parser.add_argument("--large-print", action="store_true", help="body text of 16 pt or more")
        parser.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.pdf")
        parser.set_defaults(handler=_handler(kind))
    _register_rebuild(commands)


def _handler(kind: PdfKind) -> Callable[[AppContext, argparse.Namespace], int]:
    def run(context: AppContext, args: argparse.Namespace) -> int:
        return _run(kind, context, args)

    return run


def _run(kind: PdfKind, context: AppContext, args: argparse.Namespace) -> int:
    from neuromod_aid.cli.inputs import chosen_consultation
    from neuromod_aid.pdf import build_document, needs_procedure

    output = Path(args.output)
    _check_output(output)
    record, catalog, stored = chosen_consultation(context, args)
    large = bool(args.large_print or record.large_print)
    if needs_procedure(kind) and record.procedure is None:
        raise UserError(f"the consultation has no planned procedure: no {kind} to print")
    # the modules, the catalog and the record outlive the build: kept out of the garbage
    # collections it sets off, which would walk them all (about 10 ms of a summary)
    gc.freeze()
    try:
        data = build_document(kind, record, catalog, large_print=large)
    finally:
        gc.unfreeze()
    if stored is None:
        write_output(output, data)
    else:
        _export(context, catalog, stored.id, kind, record, data, output, large)
    print(f"wrote {output}")
    return EXIT_OK


def _export(
    context: AppContext,
    catalog: Catalog,
    consultation_id: int,
    kind: PdfKind,
    record: Consultation,
    data: bytes,
    output: Path,
    large: bool,
) -> None:
    """Write a stored consultation's document and record it: both, or neither."""
    from neuromod_aid.app.consultations import Consultations
    from neuromod_aid.errors import DatabaseUnavailable, RecordRejected

    target = output.expanduser()
    try:
        Consultations(context.database(), catalog, context.working()).export(
            consultation_id, kind, record, data, target, large_print=large
        )
    except OSError as error:
        raise UserError(f"cannot write {target}: {error.strerror or error}") from None
    except (DatabaseUnavailable, RecordRejected) as error:
        raise UserError(f"{error}; no file was written (every document is recorded)") from None


def _check_output(output: Path) -> None:
    if output.suffix.lower() != ".pdf":
        raise UserError(f"{output}: the output file name must end in .pdf")
    target = output.expanduser()
    if target.is_dir():
        raise UserError(f"{target} is a folder; give a file name")
    if not target.parent.is_dir():
        raise UserError(f"the folder {target.parent} does not exist")


def _register_rebuild(commands: Any) -> None:
    documents = commands.add_parser("documents", help="the documents recorded as made")
    actions = documents.add_subparsers(dest="action", metavar="ACTION", required=True)
    rebuild = actions.add_parser(
        "rebuild",
        help="make a recorded document again exactly as it was (its record and content)",
    )
    rebuild.add_argument("document_id", type=int, metavar="DOC_ID")
    rebuild.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.pdf")
    rebuild.set_defaults(handler=_rebuild)


def _rebuild(context: AppContext, args: argparse.Namespace) -> int:
    from neuromod_aid.app.consultations import Consultations
    from neuromod_aid.app.rebuild import rebuild

    output = Path(args.output)
    _check_output(output)
    consultations = Consultations(context.database(), working=context.working())
    made = rebuild(consultations, context.content(), args.document_id)
    write_output(output, made.data)
    document = made.document
    print(
        f"wrote {output}: {document.kind} of consultation {document.consultation_id}, "
        f"as made on {document.created_at:%Y-%m-%d %H:%M} UTC"
    )
    return EXIT_OK
