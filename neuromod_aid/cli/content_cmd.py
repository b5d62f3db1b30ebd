"""``neuromod-aid content list | export | check`` and the clinic's own revisions:
``revisions | import-local | approve | reject | export-local``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from neuromod_aid.app.context import AppContext
from neuromod_aid.app.errors import EXIT_OK, EXIT_PROBLEMS
from neuromod_aid.cli.common import write_output
from neuromod_aid.paths import content_dir

ENGLISH = "en"
MESSAGE_LANGUAGES = ("en", "es")  # what ``catalog.messages`` says the problems in

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

    export = actions.add_parser(
        "export", help="write the catalog as patients get it (with the clinic's revisions) as JSON"
    )
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    export.set_defaults(handler=_export)
    _register_revisions(actions)

    check = actions.add_parser("check", help="validate the shipped content files")
    check.add_argument(
        "--folder", type=Path, default=None, help="content folder (default: the shipped one)"
    )
    _add_lang(check)
    check.set_defaults(handler=_check)


def _add_lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=sorted(MESSAGE_LANGUAGES),
        default=ENGLISH,
        help="the language the problems are said in (default: English)",
    )


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
    from neuromod_aid.app.content import item_revisions
    from neuromod_aid.catalog.export import export_catalog

    content = context.content()
    exported = {**export_catalog(content.catalog()), "revisions": item_revisions(content)}
    _write_json(args.output, exported)
    return EXIT_OK


def _register_revisions(actions: Any) -> None:
    revisions = actions.add_parser("revisions", help="the clinic's revisions of the content")
    revisions.add_argument("--json", action="store_true", help="print JSON")
    revisions.set_defaults(handler=_revisions)

    imported = actions.add_parser(
        "import-local", help="items in the shape of 'content export': each changed one a draft"
    )
    imported.add_argument("file", type=Path, metavar="FILE")
    imported.add_argument("--by", required=True, metavar="NAME", help="who wrote the changes")
    imported.add_argument("--why", default="", metavar="TEXT", help="the reason for them")
    _add_lang(imported)
    imported.set_defaults(handler=_import_local)

    updates = actions.add_parser(
        "updates", help="the clinic's items whose shipped content is newer: ours beside the new"
    )
    updates.add_argument("--json", action="store_true", help="print JSON")
    updates.set_defaults(handler=_updates)
    for verb, help_text, handler, reason in (
        ("approve", "approve a draft: it reaches patients (not by its author)", _decide, False),
        ("reject", "reject a draft (not by its author)", _decide, False),
        (
            "take-shipped",
            "a draft of the new shipped item in place of our revision ID",
            _choose_update,
            True,
        ),
        (
            "keep-ours",
            "a draft keeping our revision ID over the new shipped item",
            _choose_update,
            True,
        ),
    ):
        decide = actions.add_parser(verb, help=help_text)
        decide.add_argument("revision", type=int, metavar="ID")
        decide.add_argument("--by", required=True, metavar="NAME", help="who decides")
        if reason:
            decide.add_argument("--why", default="", metavar="TEXT", help="the reason")
        decide.set_defaults(handler=handler, verb=verb)
    due = actions.add_parser("due", help="the items whose review date has come")
    due.add_argument("--on", type=_date, default=None, metavar="YYYY-MM-DD", help="default: today")
    due.set_defaults(handler=_due)

    signed = actions.add_parser(
        "sign-off",
        help="with --by: a physician records that they checked the content in use; "
        "without: who signed off last, and whether it still covers the content",
    )
    signed.add_argument("--by", default=None, metavar="NAME", help="the physician signing")
    signed.add_argument(
        "--on", type=_date, default=None, metavar="YYYY-MM-DD", help="default: today"
    )
    signed.set_defaults(handler=_sign_off)

    local = actions.add_parser("export-local", help="write the approved local revisions as JSON")
    local.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    local.set_defaults(handler=_export_local)


def _revisions(context: AppContext, args: argparse.Namespace) -> int:
    rows = [
        {
            "id": r.id,
            "item": f"{r.item_kind}:{r.item_id}",
            "author": r.author,
            "reason": r.reason,
            "state": r.state,
            "approver": r.approver,
            "created_at": r.created_at.isoformat(timespec="seconds"),
            "decided_at": r.decided_at.isoformat(timespec="seconds") if r.decided_at else None,
            "part_of": r.part_of,
        }
        for r in context.content().revisions()
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not rows:
        print("no local revisions: the content is as shipped")
    for row in rows:
        decided = f" by {row['approver']} {row['decided_at']}" if row["approver"] else ""
        decided += f" (part of {row['part_of']})" if row["part_of"] else ""
        print(
            f"{row['id']:>4}  {row['item']:<28} {row['state']:<10}{decided}  "
            f"written by {row['author']} {row['created_at']}: {row['reason']}"
        )
    return EXIT_OK


def _import_local(context: AppContext, args: argparse.Namespace) -> int:
    from neuromod_aid.app.content import ContentRefused
    from neuromod_aid.app.errors import UserError

    try:
        data = json.loads(args.file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise UserError(f"cannot read {args.file}: {error}") from None
    try:
        ids = context.content().import_file(data, args.by, args.why, str(args.file))
    except ContentRefused as error:
        raise UserError(error.said(args.lang)) from None
    if not ids:
        print(f"{args.file}: nothing differs from the content in use; no draft made")
    for revision_id in ids:
        print(f"draft revision {revision_id}")
    return EXIT_OK


def _decide(context: AppContext, args: argparse.Namespace) -> int:
    content = context.content()
    decide = content.approve if args.verb == "approve" else content.reject
    revision = decide(args.revision, args.by)
    print(f"revision {revision.id} ({revision.item_kind}:{revision.item_id}) {revision.state}")
    return EXIT_OK


def _updates(context: AppContext, args: argparse.Namespace) -> int:
    from neuromod_aid.app.content_updates import shipped_updates

    found = shipped_updates(context.content())
    if args.json:
        rows = [
            {
                "revision": u.revision.id,
                "item": f"{u.revision.item_kind}:{u.revision.item_id}",
                "shipped_gone": u.shipped_gone,
                "changes": [
                    {"field": c.path, "ours": c.before, "shipped": c.after} for c in u.changes
                ],
            }
            for u in found
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not found:
        print("no newer shipped content for the items the clinic changed")
    for update in found:
        revision = update.revision
        print(f"revision {revision.id} ({revision.item_kind}:{revision.item_id}): newer shipped")
        for change in update.changes:
            print(f"  {change.path}\n    ours:    {change.before}\n    shipped: {change.after}")
    return EXIT_OK


def _choose_update(context: AppContext, args: argparse.Namespace) -> int:
    from neuromod_aid.app.content_updates import keep_ours, take_shipped

    choose = take_shipped if args.verb == "take-shipped" else keep_ours
    print(f"draft revision {choose(context.content(), args.revision, args.by, args.why)}")
    return EXIT_OK


def _due(context: AppContext, args: argparse.Namespace) -> int:
    import datetime as dt

    from neuromod_aid.app.content_updates import review_due

    on = args.on or dt.date.today()
    due = review_due(context.catalog(), on)
    if not due:
        print(f"no item is due for review by {on.isoformat()}")
    for item in due:
        print(f"{item.next_review.isoformat()}  {item.kind}:{item.item_id}")
    return EXIT_OK


def _sign_off(context: AppContext, args: argparse.Namespace) -> int:
    import datetime as dt

    from neuromod_aid.app.content_sign_off import sign_off

    if args.by is not None:
        today = dt.date.today()
        sign_off(context.content(), args.by, args.on or today, today)
    catalog = context.catalog()
    signed = catalog.sign_off
    version = catalog.manifest.content_version
    if signed is None:
        print(f"nobody has signed off the content (version {version})")
        return EXIT_OK
    changes = ", ".join(f"#{r}" for r in signed.revisions) or "none"
    print(
        f"signed off by {signed.by} ({signed.role}) on {signed.on.isoformat()} "
        f"for version {signed.content_version}, the clinic's revisions: {changes}"
    )
    if not catalog.signed_off:
        print(f"the content has changed since (version {version}): it is not signed off")
    return EXIT_OK


def _date(text: str) -> Any:
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _export_local(context: AppContext, args: argparse.Namespace) -> int:
    _write_json(args.output, context.content().export_local())
    return EXIT_OK


def _write_json(output: Path, data: Any) -> None:
    write_output(output, (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    print(f"wrote {output}")


def _check(context: AppContext, args: argparse.Namespace) -> int:
    from neuromod_aid.catalog.checks import check_content
    from neuromod_aid.catalog.messages import said

    folder = args.folder or content_dir()
    problems = check_content(folder)
    for problem in problems:
        print(said(problem, args.lang))
    if problems:
        print(f"{len(problems)} problem(s) found in {folder}")
        return EXIT_PROBLEMS
    print(f"content in {folder}: no problems found")
    return EXIT_OK
