"""Copies of the SQLite database in the data folder's owner-only ``backups`` folder.

Taken with SQLite's online backup API, so a copy is consistent while this program or
another one has the database open: before a schema upgrade (:mod:`migrate`), once a day
at start, every few hours while the window is open (:mod:`neuromod_aid.app.backups`),
and on request (``neuromod-aid db backup``). The day's and the window's copies are
rotated together: the newest copy of each of the :data:`DAILY_KEPT` newest days is
kept, then the newest of each of the :data:`WEEKLY_KEPT` weeks before. ``db restore``
checks a copy before it takes its place and keeps the current file aside, never
deleting it. A PostgreSQL database is backed up with ``pg_dump`` (README).
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from neuromod_aid.paths import make_private_file

DAILY_KEPT = 7
WEEKLY_KEPT = 4
_DAILY = "daily"
_WHILE_OPEN = "while-open"
_ROTATED = (_DAILY, _WHILE_OPEN)
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
    copies = _newest_first(backups_dir)
    return copies[0] if copies else None


def newest_good_backup(backups_dir: Path, known: set[str] | None = None) -> Path | None:
    """The newest copy in the backups folder that passes :func:`backup_problem`."""
    return next(
        (copy for copy in _newest_first(backups_dir) if not backup_problem(copy, known)), None
    )


def _newest_first(backups_dir: Path) -> list[Path]:
    try:
        return sorted(backups_dir.glob(_PATTERN), key=_taken, reverse=True)
    except OSError:  # the folder is unreadable (or a copy vanished while looking)
        return []


def daily_backup(database: Path, backups_dir: Path, now: datetime | None = None) -> Path | None:
    """Take the day's copy when no copy is younger than a day; then rotate the daily ones."""
    now = now or datetime.now(UTC)
    newest = newest_backup(backups_dir)
    if newest is not None and now - _taken(newest) < timedelta(hours=20):
        return None
    return _rotated_copy(database, backups_dir, _DAILY, now)


def while_open_backup(database: Path, backups_dir: Path, now: datetime | None = None) -> Path:
    """A copy taken while the window is open; then rotate it with the daily ones."""
    return _rotated_copy(database, backups_dir, _WHILE_OPEN, now or datetime.now(UTC))


def _rotated_copy(database: Path, backups_dir: Path, reason: str, now: datetime) -> Path:
    taken = copy_database(database, backup_name(database, backups_dir, reason, now))
    os.utime(taken, (now.timestamp(), now.timestamp()))
    _rotate(backups_dir)
    return taken


def _taken(path: Path) -> datetime:
    return datetime.fromtimestamp(path.stat().st_mtime, UTC)


def _rotate(backups_dir: Path) -> None:
    """Keep the newest copy of each of the newest days, then one a week (the newest of
    its week)."""
    rotated = [p for reason in _ROTATED for p in backups_dir.glob(f"*-{reason}.sqlite3")]
    days_kept: set[date] = set()
    weeks_kept: set[tuple[int, int]] = set()
    for path in sorted(rotated, key=_taken, reverse=True):
        taken = _taken(path)
        day, week = taken.date(), taken.isocalendar()[:2]
        if day not in days_kept and len(days_kept) < DAILY_KEPT:
            days_kept.add(day)
            continue
        if day not in days_kept and week not in weeks_kept and len(weeks_kept) < WEEKLY_KEPT:
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


def restore(database: Path, source: Path, why: str = "replaced") -> Path:
    """Put a copy of ``source`` (checked by the caller) in place of ``database``; the
    current file (and its write-ahead log) is kept aside, named for ``why``: return
    where."""
    incoming = copy_database(source, database.with_name(f".{database.name}.restoring"))
    aside = set_aside(database, why)
    incoming.replace(database)
    return aside


def set_aside(database: Path, why: str) -> Path:
    """Rename ``database`` (and its write-ahead log) to ``<name>.<why>-<time>`` beside
    it, never deleting it: return the new name. The path is then free for a new file."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = database.with_name(f"{database.name}.{why}-{stamp}")
    for suffix in ("-wal", "-shm"):
        extra = database.with_name(database.name + suffix)
        if extra.exists():
            extra.replace(aside.with_name(aside.name + suffix))
    if database.exists():
        database.replace(aside)
    return aside
