"""``neuromod-aid consultation demo | check``: the JSON interchange form."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from neuromod_aid.app.context import AppContext
from neuromod_aid.app.errors import EXIT_OK
from neuromod_aid.cli.common import write_output


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


def _demo(context: AppContext, args: argparse.Namespace) -> int:
    from neuromod_aid.consultation import to_json
    from neuromod_aid.demo import demo_consultation

    record = demo_consultation(context.catalog(), args.lang)
    write_output(args.output, to_json(record).encode("utf-8"))
    print(f"wrote {args.output}")
    return EXIT_OK


def _check(context: AppContext, args: argparse.Namespace) -> int:
    from neuromod_aid.cli.inputs import read_consultation_file

    read_consultation_file(args.file, context.catalog())
    print(f"{args.file}: valid")
    return EXIT_OK
