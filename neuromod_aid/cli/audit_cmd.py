"""``neuromod-aid audit list [--record RECORD_NUMBER] [--json]``: the audit log, oldest
first: when (UTC), who, what, which record. It holds no names of patients and no notes;
what it prints from the database is escaped (one line per entry, whatever is stored)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from neuromod_aid.app.context import AppContext
from neuromod_aid.app.errors import EXIT_OK, escaped


def register(commands: Any, languages: tuple[str, ...]) -> None:
    group = commands.add_parser("audit", help="who changed which record, and when")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the audit log, oldest first")
    listing.add_argument("--record", metavar="RECORD_NUMBER", help="only this patient's lines")
    listing.add_argument("--json", action="store_true", help="one JSON array on stdout")
    listing.set_defaults(handler=_list)


def _list(context: AppContext, args: argparse.Namespace) -> int:
    from neuromod_aid.app.audit import Audit

    entries = Audit(context.database()).entries(args.record)
    rows = [
        {
            "at": entry.at.isoformat(),
            "staff_id": entry.staff_id,
            "who": entry.who,
            "db_user": entry.db_user,
            "action": entry.action,
            "table": entry.table,
            "record_id": entry.record_id,
            "record_number": entry.record_number,
        }
        for entry in entries
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=True, indent=2))
        return EXIT_OK
    if not rows:
        print("no audit entries" + (f" for {escaped(args.record)}" if args.record else ""))
        return EXIT_OK
    print(f"{'when (UTC)':<19}  {'who':<20}  {'what':<23}  {'record':<12}  table / id")
    for entry in entries:
        record_id = "-" if entry.record_id is None else entry.record_id
        print(
            f"{entry.at:%Y-%m-%d %H:%M:%S}  {escaped(entry.who) or '-':<20}  "
            f"{escaped(entry.action):<23}  {escaped(entry.record_number) or '-':<12}  "
            f"{escaped(entry.table)} {record_id}"
        )
    return EXIT_OK
