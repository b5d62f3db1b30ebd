"""``neuromod-aid procedures list [--from DATE] [--to DATE] [--json]``: the planned
procedures by date, each with its record number, therapy, kind, place, how much of
its checklist is done and its open problems."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import Any

from neuromod_aid.app.context import AppContext
from neuromod_aid.app.errors import EXIT_OK


def register(commands: Any, languages: tuple[str, ...]) -> None:
    group = commands.add_parser("procedures", help="the planned procedures")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="planned procedures by date")
    listing.add_argument("--from", dest="start", type=_date, metavar="DATE", help="YYYY-MM-DD")
    listing.add_argument("--to", dest="end", type=_date, metavar="DATE", help="YYYY-MM-DD")
    listing.add_argument("--json", action="store_true", help="one JSON array on stdout")
    listing.set_defaults(handler=_list)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _list(context: AppContext, args: argparse.Namespace) -> int:
    records = context.records()
    lines = records.pathway.procedures(args.start, args.end)
    rows = [
        {
            "date": line.date.isoformat() if line.date else None,
            "record_number": line.record_number,
            "therapy": line.therapy,
            "kind": line.kind,
            "place": line.place,
            "checklist_done": line.status.done,
            "checklist_not_needed": line.status.not_needed,
            "checklist_to_do": line.status.to_do,
            "checklist_total": line.status.total,
            "open_problems": line.status.problems,
            "consultation_id": line.consultation_id,
        }
        for line in lines
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not rows:
        print("no planned procedures")
        return EXIT_OK
    print(
        f"{'date':<10}  {'record':<12}  {'therapy':<7}  {'kind':<11}  "
        "done/not needed/total  problems  place"
    )
    for row in rows:
        counts = f"{row['checklist_done']}/{row['checklist_not_needed']}/{row['checklist_total']}"
        print(
            f"{row['date'] or 'no date':<10}  {row['record_number'] or '-':<12}  "
            f"{row['therapy']:<7}  {row['kind'] or '-':<11}  {counts:<21}  "
            f"{row['open_problems']:>8}  {row['place'] or '-'}"
        )
    return EXIT_OK
