"""``neuromod-aid db upgrade | info``."""

from __future__ import annotations

import argparse
from typing import Any

from neuromod_aid.app.context import AppContext
from neuromod_aid.app.errors import EXIT_OK
from neuromod_aid.paths import content_dir


def register(commands: Any, languages: tuple[str, ...]) -> None:
    db = commands.add_parser("db", help="the local database")
    actions = db.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("upgrade", help="bring the database schema up to date")
    actions.choices["upgrade"].set_defaults(handler=_upgrade)
    actions.add_parser("info", help="location, schema revision and row counts")
    actions.choices["info"].set_defaults(handler=_info)


def _upgrade(context: AppContext, args: argparse.Namespace) -> int:
    info = context.database().info()
    print(f"database {info.url} is at revision {info.revision}")
    return EXIT_OK


def _info(context: AppContext, args: argparse.Namespace) -> int:
    from neuromod_aid.catalog.loader import shipped_version
    from neuromod_aid.db.migrate import known_revision

    info = context.database(upgrade=False).info()
    print(f"location:         {info.url}")
    print(f"data folder:      {context.location.root}")
    if info.revision is None:
        state = "empty: run 'neuromod-aid db upgrade' or start the app to create it"
    elif info.revision == info.head_revision:
        state = "up to date"
    elif not known_revision(info.revision):
        state = (
            f"newer than this program, which knows up to {info.head_revision}: "
            "use the newer neuromod-aid that wrote it"
        )
    else:
        state = f"needs upgrading to {info.head_revision}: run 'neuromod-aid db upgrade'"
    print(f"schema revision:  {info.revision} ({state})")
    print(f"content version:  {shipped_version(content_dir())} (shipped, in {content_dir()})")
    if info.approved_revisions is not None:
        print(f"local revisions:  {info.approved_revisions} approved")
    print("rows:")
    for table, count in info.row_counts:
        print(f"  {table:<18} {count}")
    return EXIT_OK
