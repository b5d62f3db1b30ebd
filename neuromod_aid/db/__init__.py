"""The database: open it, bring it up to date, hand out short sessions.

Only this package imports SQLAlchemy ORM rows; callers get frozen dataclasses.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import Engine, func, inspect, select
from sqlalchemy.exc import (
    DatabaseError,
    DataError,
    IntegrityError,
    OperationalError,
    ProgrammingError,
)
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.overrides import CatalogInUse, apply_overrides
from neuromod_aid.db import audit_repo, content_repo, models
from neuromod_aid.db.backups import daily_backup, newest_good_backup
from neuromod_aid.db.engine import READ_ONLY, make_engine, masked, sqlite_file
from neuromod_aid.db.migrate import (
    current_revision,
    head_revision,
    known_revisions,
    upgrade_to_head,
)
from neuromod_aid.errors import DatabaseUnavailable, EditConflict, RecordRejected, Trouble
from neuromod_aid.logging_setup import program_text
from neuromod_aid.paths import DataLocation, make_private_file
from neuromod_aid.records import DatabaseInfo

log = logging.getLogger(__name__)

INSUFFICIENT_PRIVILEGE = "42501"  # PostgreSQL's SQLSTATE for a role without the grant

__all__ = ["Database", "audit_repo", "open_database"]  # audit_repo: its ORM guard, always on


@dataclass
class Database:
    engine: Engine
    url: str
    backups_dir: Path | None = None  # where the SQLite file's copies are

    @contextmanager
    def session(self, *, read_only: bool = False) -> Iterator[Session]:
        """A short unit of work: committed on success, rolled back on error. One that
        only reads (``read_only``) takes no write lock, so it works on a read-only file."""
        bind = self.engine.execution_options(**{READ_ONLY: True}) if read_only else self.engine
        with (
            _translated_errors(self.url, self.backups_dir),
            Session(bind) as session,
            session.begin(),
        ):
            yield session

    def catalog(self, shipped: Catalog) -> CatalogInUse:
        """The catalog in use: ``shipped`` with the clinic's approved revisions applied,
        and its newest sign-off (which says itself whether it covers this content)."""
        with self.session() as session:
            overrides = content_repo.approved_overrides(session)
            sign_off = content_repo.latest_sign_off(session)
        in_use = apply_overrides(shipped, overrides)
        return replace(in_use, catalog=replace(in_use.catalog, sign_off=sign_off))

    def info(self) -> DatabaseInfo:
        path = sqlite_file(self.url)
        if path is not None and not path.exists():  # connecting would make an empty file
            return DatabaseInfo(masked(self.url), None, head_revision(), None, ())
        with _translated_errors(self.url):
            revision = current_revision(self.engine)
        counts: list[tuple[str, int]] = []
        if revision is None:  # nothing created yet: report it, create nothing
            return DatabaseInfo(masked(self.url), None, head_revision(), None, ())
        with self.session(read_only=True) as session:
            present = set(inspect(session.connection()).get_table_names())  # not yet upgraded?
            for table in sorted(models.Base.metadata.sorted_tables, key=lambda t: t.name):
                if table.name in present:
                    count = session.scalar(select(func.count()).select_from(table)) or 0
                    counts.append((table.name, int(count)))
            revisions = models.ContentRevisionRow.__tablename__
            approved = content_repo.approved_count(session) if revisions in present else None
        return DatabaseInfo(
            url=masked(self.url),
            revision=revision,
            head_revision=head_revision(),
            approved_revisions=approved,
            row_counts=tuple(counts),
        )

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str, location: DataLocation) -> Database:
    """Open ``url`` and upgrade its schema to head (an existing SQLite file is backed up
    into the data folder's backups first).

    A new SQLite file is made whole beside its place and then linked there, so the file
    at the path is never empty: an empty one (0 bytes) is damage, refused as it is,
    never silently made a new, empty database."""
    path, backups = sqlite_file(url), location.backups_dir
    made = False
    if path is not None:
        with _translated_errors(url, backups):
            made = _whole_sqlite_file(url, path, backups)
    engine = make_engine(url)
    try:
        with _translated_errors(url, backups):
            upgrade_to_head(engine, backups_dir=backups)
    except BaseException:
        engine.dispose()  # holds no file the window may then set aside
        raise
    if path is not None and not made:
        try:
            daily_backup(path, backups)
        except (OSError, sqlite3.Error) as error:  # the records still open: said in the log
            log.warning("the day's backup was not taken (%s)", program_text(type(error).__name__))
    return Database(engine, url, backups)


def _whole_sqlite_file(url: str, path: Path, backups: Path) -> bool:
    """Whether a new, empty database was made at ``path`` (False: one was there)."""
    wal = path.with_name(path.name + "-wal")
    if path.exists():
        if path.stat().st_size == 0 and not (wal.exists() and wal.stat().st_size):
            raise DatabaseUnavailable(
                f"the database file {path} is empty (0 bytes): it was left untouched; "
                f"{_way_back(backups)}",
                "damaged",
            )
        return False
    building = path.with_name(f".{path.name}.new-{os.getpid()}")
    try:
        make_private_file(building)
        engine = make_engine(f"sqlite:///{building}")
        try:
            upgrade_to_head(engine)
        finally:
            engine.dispose()
        try:
            os.link(building, path)  # never over a file another program has just made
        except FileExistsError:
            pass
        except OSError:  # no hard links on this file system
            if not path.exists():
                building.replace(path)
    except OSError as error:
        raise DatabaseUnavailable(
            f"cannot make the database file {path}: {error.strerror or error}",
            "read_only" if error.errno in (errno.EROFS, errno.EACCES) else "unavailable",
        ) from None
    finally:
        building.unlink(missing_ok=True)
    return True


@contextmanager
def _translated_errors(url: str, backups_dir: Path | None = None) -> Iterator[None]:
    try:
        yield
    except StaleDataError as error:  # an UPDATE ... WHERE revision = :seen found none
        raise EditConflict() from error
    except (IntegrityError, DataError) as error:  # a value refused, not a damaged file
        raise RecordRejected(f"the database refused a value: {_reason(error)}") from error
    except ProgrammingError as error:
        if getattr(error.orig, "sqlstate", None) != INSUFFICIENT_PRIVILEGE:
            raise _damaged(url, backups_dir, error) from error
        raise DatabaseUnavailable(  # a role without the grants: not damage, nothing to restore
            f"the database at {masked(url)} refused this database role: {_reason(error)} "
            "(the grants for each person's role are in the README)",
            "read_only",
        ) from error
    except OperationalError as error:
        raise DatabaseUnavailable(
            f"cannot use the database at {masked(url)}: {_reason(error)}", _trouble(error)
        ) from error
    except DatabaseError as error:
        raise _damaged(url, backups_dir, error) from error


def _damaged(url: str, backups_dir: Path | None, error: DatabaseError) -> DatabaseUnavailable:
    return DatabaseUnavailable(
        f"the database at {masked(url)} is damaged or is not a neuromod-aid database "
        f"({_reason(error)}); it was left untouched — {_way_back(backups_dir)}",
        "damaged",
    )


def _way_back(backups_dir: Path | None) -> str:
    """The newest good backup to restore (intact, a schema this program knows), named,
    where there is one."""
    newest = newest_good_backup(backups_dir, known_revisions()) if backups_dir else None
    if newest is None:
        return "move the file away to start a new one (no good backup of it was found)"
    return f"restore the newest good backup with 'neuromod-aid db restore {newest}'"


def _trouble(error: OperationalError) -> Trouble:
    reason = _reason(error).lower()
    if "disk is full" in reason or "no space" in reason:
        return "full"
    if "readonly" in reason or "read-only" in reason:
        return "read_only"
    if "locked" in reason:
        return "locked"
    return "unavailable"


def _reason(error: DatabaseError) -> str:
    return str(error.orig).splitlines()[0] if error.orig else type(error).__name__
