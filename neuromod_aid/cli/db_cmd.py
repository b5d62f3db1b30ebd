"""``neuromod-aid db upgrade | info | backup | restore``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from neuromod_aid.app.context import AppContext
from neuromod_aid.app.errors import EXIT_OK, UserError
from neuromod_aid.paths import content_dir


def register(commands: Any, languages: tuple[str, ...]) -> None:
    db = commands.add_parser("db", help="the local database")
    actions = db.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("upgrade", help="bring the database schema up to date")
    actions.choices["upgrade"].set_defaults(handler=_upgrade)
    actions.add_parser("info", help="location, schema revision and row counts")
    actions.choices["info"].set_defaults(handler=_info)
    backup = actions.add_parser("backup", help="copy the SQLite database (safe while in use)")
    backup.add_argument("-o", "--output", type=Path, metavar="FILE", help="default: backups/")
    backup.set_defaults(handler=_backup)
    restore = actions.add_parser("restore", help="put a checked backup in the database's place")
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.set_defaults(handler=_restore)


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


def _sqlite_database(context: AppContext) -> Path:
    from neuromod_aid.db.engine import sqlite_file

    database = sqlite_file(context.url)
    if database is None:
        raise UserError("this database is not a SQLite file: back it up with pg_dump (README)")
    return database


def _backup(context: AppContext, args: argparse.Namespace) -> int:
    from neuromod_aid.db.backups import backup_name, copy_database

    context.database()  # open (and upgraded): what is copied is a working database
    database = _sqlite_database(context)
    target = args.output or backup_name(database, context.location.backups_dir, "manual")
    try:
        copy_database(database, target.expanduser())
    except OSError as error:
        raise UserError(f"cannot write {target}: {error.strerror or error}") from None
    print(f"backed up to {target}")
    return EXIT_OK


def _restore(context: AppContext, args: argparse.Namespace) -> int:
    from neuromod_aid.db.backups import backup_problem, restore
    from neuromod_aid.db.migrate import known_revisions

    database = _sqlite_database(context)
    source = args.file.expanduser()
    if not source.is_file():
        raise UserError(f"{source}: no such file")
    problem = backup_problem(source, known_revisions())
    if problem is not None:
        raise UserError(f"{source} cannot be restored: {problem}; nothing was changed")
    try:
        aside = restore(database, source)
    except OSError as error:
        raise UserError(f"cannot restore: {error.strerror or error}") from None
    print(f"restored {source}; the file it replaced is kept as {aside}")
    return EXIT_OK
