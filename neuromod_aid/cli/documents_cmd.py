"""``neuromod-aid summary | nurse-sheet | trial-diary``: the printed documents.

Each reads one consultation (``--demo``, ``--from-json FILE`` or ``--consultation
ID``), builds the PDF in memory and writes it atomically: a failure never leaves a
partial file. A document built from a stored consultation is recorded against it;
the demo and a file are printed without opening the database.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from neuromod_aid.app.context import AppContext
from neuromod_aid.app.errors import EXIT_OK, UserError
from neuromod_aid.cli.common import write_output

if TYPE_CHECKING:
    from neuromod_aid.catalog.model import Catalog
    from neuromod_aid.consultation import Consultation
    from neuromod_aid.pdf import PdfKind

_COMMANDS: tuple[tuple[str, PdfKind, str], ...] = (
    ("summary", "summary", "the patient's take-home summary (PDF)"),
    ("nurse-sheet", "nurse_sheet", "the nurse's pre-procedure sheet (PDF)"),
    ("trial-diary", "trial_diary", "the trial diary (PDF)"),
)


def register(commands: Any, languages: tuple[str, ...]) -> None:
    for name, kind, help_text in _COMMANDS:
        parser = commands.add_parser(name, help=help_text, description=help_text)
        source = parser.add_mutually_exclusive_group(required=True)
        source.add_argument(
            "--demo", action="store_true", help="the built-in, fictional demo consultation"
        )
        source.add_argument("--from-json", type=Path, metavar="FILE", help="a consultation file")
        source.add_argument(
            "--consultation", type=positive_id, metavar="ID", help="a stored consultation"
        )
        parser.add_argument(
            "--lang",
            choices=languages,
            help="language of the demo (only with --demo; default: the content's first)",
        )
        parser.add_argument("--large-print", action="store_true", help="body text of 16 pt or more")
        parser.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.pdf")
        parser.set_defaults(handler=_handler(kind))


def positive_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a consultation id: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"not a consultation id: {text!r}")
    return value


def _handler(kind: PdfKind) -> Callable[[AppContext, argparse.Namespace], int]:
    def run(context: AppContext, args: argparse.Namespace) -> int:
        return _run(kind, context, args)

    return run


def _run(kind: PdfKind, context: AppContext, args: argparse.Namespace) -> int:
    from neuromod_aid.pdf import build_document, needs_procedure

    if args.lang is not None and not args.demo:
        raise UserError("--lang only applies to --demo (a record has its own language)")
    output = Path(args.output)
    _check_output(output)
    # a stored consultation is printed with the catalog in use; the demo and a file need
    # no database, and are printed with the catalog as shipped
    catalog = context.catalog() if args.consultation is not None else context.shipped()
    record, stored_id = _read(context, catalog, args)
    large = bool(args.large_print or record.large_print)
    if needs_procedure(kind) and record.procedure is None:
        raise UserError(f"the consultation has no planned procedure: no {kind} to print")
    data = build_document(kind, record, catalog, large_print=large)
    if stored_id is None:
        write_output(output, data)
    else:
        _export(context, stored_id, kind, record, data, output, large)
    print(f"wrote {output}")
    return EXIT_OK


def _export(
    context: AppContext,
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
        Consultations(context.database()).export(
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


def _read(
    context: AppContext, catalog: Catalog, args: argparse.Namespace
) -> tuple[Consultation, int | None]:
    from neuromod_aid.cli.inputs import read_consultation_file
    from neuromod_aid.demo import demo_consultation

    if args.demo:
        return demo_consultation(catalog, args.lang or catalog.manifest.default_language), None
    if args.from_json is not None:
        return read_consultation_file(args.from_json, catalog), None
    from neuromod_aid.consultation import ConsultationError, check_against_catalog
    from neuromod_aid.db.records_repo import load_consultation
    from neuromod_aid.errors import NotFound

    try:
        with context.database().session() as session:
            stored = load_consultation(session, args.consultation)
    except NotFound:
        raise UserError(f"no consultation with id {args.consultation}") from None
    except ConsultationError as error:
        raise UserError(
            f"consultation {args.consultation} is not valid: {'; '.join(error.problems)}"
        ) from None
    problems = list(check_against_catalog(stored.record, catalog))
    if problems:
        raise UserError(f"consultation {args.consultation}: {'; '.join(problems)}")
    return stored.record, stored.id
