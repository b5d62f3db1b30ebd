"""Copies of the SQLite database in the data folder's owner-only ``backups`` folder.

Taken with SQLite's online backup API, so a copy is consistent while this program or
another one has the database open: before a schema upgrade (:mod:`migrate`), once a day
at start (kept: the :data:`DAILY_KEPT` newest, then the newest of each of the
:data:`WEEKLY_KEPT` weeks before), and on request (``neuromod-aid db backup``).
``db restore`` checks a copy before it takes its place and keeps the current file
aside, never deleting it. A PostgreSQL database is backed up with ``pg_dump`` (README).
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

from neuromod_aid.paths import make_private_file

DAILY_KEPT = 7
WEEKLY_KEPT = 4
_DAILY = "daily"
_PATTERN = "*.sqlite3"


def copy_database(database: Path, target: Path) -> Path:
    """A consistent, owner-only copy of ``database`` at ``target`` (made beside it, then
    renamed: never half a copy at ``target``)."""
    partial = target.with_name(f".{target.name}.partial")
    make_private_file(partial)
    try:
        with (
            closing(sqlite3.connect(database)) as source,
            closing(sqlite3.connect(partial)) as copy,
        ):
            source.backup(copy)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def backup_name(
    database: Path, backups_dir: Path, reason: str, now: datetime | None = None
) -> Path:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    return backups_dir / f"{database.stem}-{stamp}-{reason}.sqlite3"


def newest_backup(backups_dir: Path) -> Path | None:
    """The newest copy in the backups folder, if there is one."""
    copies = sorted(backups_dir.glob(_PATTERN), key=lambda p: p.stat().st_mtime)
    return copies[-1] if copies else None


def daily_backup(database: Path, backups_dir: Path, now: datetime | None = None) -> Path | None:
    """Take the day's copy when no copy is younger than a day; then rotate the daily ones."""
    now = now or datetime.now(UTC)
    newest = newest_backup(backups_dir)
    if newest is not None and now - _taken(newest) < timedelta(hours=20):
        return None
    taken = copy_database(database, backup_name(database, backups_dir, _DAILY, now))
    os.utime(taken, (now.timestamp(), now.timestamp()))
    _rotate(backups_dir)
    return taken


def _taken(path: Path) -> datetime:
    return datetime.fromtimestamp(path.stat().st_mtime, UTC)


def _rotate(backups_dir: Path) -> None:
    """Keep the newest daily copies, then one a week (the newest of its week)."""
    daily = sorted(backups_dir.glob(f"*-{_DAILY}.sqlite3"), key=_taken, reverse=True)
    weeks_kept: set[tuple[int, int]] = set()
    for path in daily[DAILY_KEPT:]:
        week = _taken(path).isocalendar()[:2]
        if week not in weeks_kept and len(weeks_kept) < WEEKLY_KEPT:
            weeks_kept.add(week)
            continue
        path.unlink(missing_ok=True)


def backup_problem(path: Path, known: set[str] | None = None) -> str | None:
    """Why ``path`` is not a usable copy of a neuromod-aid database (None if it is)."""
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as copy:
            if copy.execute("PRAGMA integrity_check").fetchone() != ("ok",):
                return "it is damaged"
            revision = copy.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error as error:
        return f"it is not a neuromod-aid database ({error})"
    if revision is None or (known is not None and revision[0] not in known):
        return "its schema revision is not one this program knows"
    return None


def restore(database: Path, source: Path) -> Path:
    """Put a copy of ``source`` (checked by the caller) in place of ``database``; the
    current file (and its write-ahead log) is kept aside: return where."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    incoming = copy_database(source, database.with_name(f".{database.name}.restoring"))
    aside = database.with_name(f"{database.name}.replaced-{stamp}")
    for suffix in ("-wal", "-shm"):
        extra = database.with_name(database.name + suffix)
        if extra.exists():
            extra.replace(aside.with_name(aside.name + suffix))
    if database.exists():
        database.replace(aside)
    incoming.replace(database)
    return aside
