"""``neuromod-aid content list | export | check``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from neuromod_aid.app.context import AppContext
from neuromod_aid.app.errors import EXIT_OK, EXIT_PROBLEMS
from neuromod_aid.cli.common import write_output
from neuromod_aid.paths import content_dir

if TYPE_CHECKING:
    from neuromod_aid.catalog.model import Catalog
    from neuromod_aid.catalog.text import Lang


def register(commands: Any, languages: tuple[str, ...]) -> None:
    content = commands.add_parser("content", help="the clinical content catalog")
    actions = content.add_subparsers(dest="action", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="IDs and titles of therapies, conditions, ...")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.add_argument("--lang", choices=languages, default=next(iter(languages), None))
    listing.set_defaults(handler=_list)

    export = actions.add_parser("export", help="write the whole catalog as JSON")
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    export.set_defaults(handler=_export)

    check = actions.add_parser("check", help="validate the shipped content files")
    check.add_argument(
        "--folder", type=Path, default=None, help="content folder (default: the shipped one)"
    )
    check.set_defaults(handler=_check)


def listing(catalog: Catalog, lang: Lang) -> dict[str, list[dict[str, str]]]:
    return {
        "therapies": [{"id": t.id, "title": t.name(lang)} for t in catalog.therapies],
        "conditions": [{"id": c.id, "title": c.name(lang)} for c in catalog.conditions],
        "pain_areas": [{"id": a.id, "title": a.name(lang)} for a in catalog.pain_areas],
        "risks": [
            {"id": f"{t.id}.{r.id}", "title": f"{t.short_name(lang)}: {r.name(lang)}"}
            for t in catalog.therapies
            for r in t.risks
        ],
    }


def _list(context: AppContext, args: argparse.Namespace) -> int:
    data = listing(context.catalog(), args.lang)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    for section, items in data.items():
        print(f"{section}:")
        for item in items:
            print(f"  {item['id']:<32} {item['title']}")
    return EXIT_OK


def _export(context: AppContext, args: argparse.Namespace) -> int:
    from neuromod_aid.catalog.export import export_catalog

    text = json.dumps(export_catalog(context.catalog()), ensure_ascii=False, indent=2) + "\n"
    write_output(args.output, text.encode("utf-8"))
    print(f"wrote {args.output}")
    return EXIT_OK


def _check(context: AppContext, args: argparse.Namespace) -> int:
    from neuromod_aid.catalog.checks import check_content

    folder = args.folder or content_dir()
    problems = check_content(folder)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) found in {folder}")
        return EXIT_PROBLEMS
    print(f"content in {folder}: no problems found")
    return EXIT_OK
