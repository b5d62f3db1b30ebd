"""The database's copies as the window uses them: one every few hours while it is open,
and the way back when the database file is damaged at start.

Qt-free: the window's timer calls :meth:`Backups.take` (the copy is made on a thread of
its own, so the window never waits for it), and its start-up dialog calls
:func:`newest_good`, :func:`restore_damaged` and :func:`start_empty`. A damaged file is
never deleted: it is renamed beside itself with the time (``<name>.damaged-<time>``).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from neuromod_aid.logging_setup import program_text
from neuromod_aid.paths import make_private_dir

if TYPE_CHECKING:
    from neuromod_aid.db import Database

log = logging.getLogger(__name__)

BACKUP_EVERY_HOURS = 3  # of the window being open
_DAMAGED = "damaged"


@dataclass(frozen=True)
class GoodBackup:
    """A copy that passed the check (intact, a schema this program knows)."""

    path: Path
    taken: datetime  # UTC


class Backups:
    """Copies of the open SQLite database while the window is open (none for PostgreSQL:
    its server's ``pg_dump``, README)."""

    def __init__(self, database: Database) -> None:
        from neuromod_aid.db.engine import sqlite_file

        self._file = sqlite_file(database.url)
        self._folder = database.backups_dir
        self._busy = threading.Lock()

    @property
    def applies(self) -> bool:
        return self._file is not None and self._folder is not None

    def take(self) -> None:
        """Start a copy on a thread of its own (one at a time), rotated with the daily
        ones; a copy that cannot be made is logged and the records stay usable."""
        if not self.applies or not self._busy.acquire(blocking=False):
            return
        threading.Thread(target=self._copy, name="backup", daemon=True).start()

    def _copy(self) -> None:
        from neuromod_aid.db.backups import while_open_backup

        assert self._file is not None and self._folder is not None
        try:
            make_private_dir(self._folder)
            while_open_backup(self._file, self._folder)
        except (OSError, sqlite3.Error) as error:
            log.warning("the backup was not taken (%s)", program_text(type(error).__name__))
        finally:
            self._busy.release()


def newest_good(backups_dir: Path) -> GoodBackup | None:
    """The newest copy in ``backups_dir`` that is intact and of a known schema."""
    from neuromod_aid.db.backups import newest_good_backup
    from neuromod_aid.db.migrate import known_revisions

    found = newest_good_backup(backups_dir, known_revisions())
    if found is None:
        return None
    return GoodBackup(found, datetime.fromtimestamp(found.stat().st_mtime, UTC))


def restore_damaged(database_file: Path, backup: GoodBackup) -> Path:
    """Put ``backup`` in the damaged file's place; return where the damaged file is kept."""
    from neuromod_aid.db.backups import restore

    return restore(database_file, backup.path, _DAMAGED)


def start_empty(database_file: Path) -> Path:
    """Set the damaged file aside so an empty database is made in its place at the next
    opening; return where the damaged file is kept."""
    from neuromod_aid.db.backups import set_aside

    return set_aside(database_file, _DAMAGED)
