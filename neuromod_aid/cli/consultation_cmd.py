"""``neuromod-aid consultation demo | check | import | export``: the JSON interchange
form, and consultations stored from it or written back to it."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from neuromod_aid.app.context import AppContext
from neuromod_aid.app.errors import EXIT_OK, UserError
from neuromod_aid.cli.common import positive_id, write_output


def register(commands: Any, languages: tuple[str, ...]) -> None:
    group = commands.add_parser("consultation", help="consultation files (JSON)")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    demo = actions.add_parser("demo", help="write the demo consultation as JSON")
    demo.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    demo.add_argument("--lang", choices=languages, default=next(iter(languages), None))
    demo.set_defaults(handler=_demo)
    check = actions.add_parser("check", help="validate a consultation file")
    check.add_argument("file", type=Path)
    check.set_defaults(handler=_check)
    stored = actions.add_parser(
        "import", help="store a consultation file (its patient matched by record number)"
    )
    stored.add_argument("file", type=Path)
    stored.set_defaults(handler=_import)
    export = actions.add_parser("export", help="write a stored consultation as JSON")
    export.add_argument("id", type=positive_id, metavar="ID")
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    export.set_defaults(handler=_export)


def _demo(context: AppContext, args: argparse.Namespace) -> int:
    from neuromod_aid.consultation import to_json
    from neuromod_aid.demo import demo_consultation

    record = demo_consultation(context.catalog(), args.lang)
    write_output(args.output, to_json(record).encode("utf-8"))
    print(f"wrote {args.output}")
    return EXIT_OK


def _check(context: AppContext, args: argparse.Namespace) -> int:
    from neuromod_aid.cli.inputs import read_consultation_file

    record = read_consultation_file(args.file, context.catalog())
    print(f"{args.file}: valid")
    if record.procedure is not None and record.procedure.arrival_not_understood:
        kept = record.procedure.arrival_not_understood
        print(f"procedure.arrival_time: {kept!r} is not a time; kept, to be entered again")
    return EXIT_OK


def _import(context: AppContext, args: argparse.Namespace) -> int:
    """Store the file's consultation; print its id. A stored patient with the record
    number joins it; the same number with another name or birth date is refused, and so
    is a file recording a physician's parts brought in by anyone else (``--as``)."""
    from neuromod_aid.cli.inputs import read_consultation_file
    from neuromod_aid.errors import PatientMismatch

    records = context.records()
    record = read_consultation_file(args.file, records.catalog)
    try:
        stored = records.consultations.bring_in(record)
    except PatientMismatch as error:
        raise UserError(
            f"{args.file}: record number {error.record_number} belongs to {error.stored}"
        ) from None
    print(stored.id)
    return EXIT_OK


def _export(context: AppContext, args: argparse.Namespace) -> int:
    from neuromod_aid.consultation import to_json
    from neuromod_aid.errors import NotFound

    try:
        stored = context.records().consultations.load(args.id)
    except NotFound:
        raise UserError(f"no consultation with id {args.id}") from None
    write_output(args.output, to_json(stored.record).encode("utf-8"))
    print(f"wrote {args.output}")
    return EXIT_OK
