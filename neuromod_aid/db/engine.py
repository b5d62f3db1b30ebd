"""Opening the database: SQLite in the data folder by default, or any SQLAlchemy URL."""

from __future__ import annotations

import errno
import json
import logging
import os
import sqlite3
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import StaticPool

from neuromod_aid.errors import DatabaseUnavailable
from neuromod_aid.paths import DATABASE_URL_ENV, DataLocation, make_private_file

log = logging.getLogger(__name__)

SQLITE_BUSY_TIMEOUT_MS = 5_000


class DatabaseUrlError(ValueError):
    pass


def database_url(location: DataLocation, override: str | None = None) -> str:
    """The URL to use: the override, then ``NEUROMOD_AID_DATABASE_URL``, then SQLite."""
    chosen = override or os.environ.get(DATABASE_URL_ENV)
    if chosen:
        try:
            make_url(chosen)
        except ArgumentError:
            raise DatabaseUrlError(f"not a database URL: {chosen!r}") from None
        return chosen
    return f"sqlite:///{location.database_file}"


def masked(url: str) -> str:
    """The URL with any password hidden, for messages and ``db info``."""
    return make_url(url).render_as_string(hide_password=True)


READ_ONLY = "neuromod_aid_read_only"  # an execution option: this unit of work only reads


def make_engine(url: str) -> Engine:
    """An engine whose errors never carry the statement's values (a patient's name or
    record number would reach a message, a log or stderr with them)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True, hide_parameters=True)
    database = parsed.database
    timeout = SQLITE_BUSY_TIMEOUT_MS / 1000
    if database and database != ":memory:":
        try:
            if Path(database).exists():  # made by open_database, whole (never 0 bytes)
                make_private_file(Path(database))
        except OSError as error:
            raise DatabaseUnavailable(
                f"cannot use the database at {masked(url)}: {error.strerror or error}",
                "read_only"
                if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM)
                else "unavailable",
            ) from None
        engine = create_engine(
            url,
            connect_args={"timeout": timeout},
            hide_parameters=True,
            json_deserializer=stored_json,
        )
    else:  # in memory: one connection, shared by the threads (the window opens it on one)
        engine = create_engine(
            url,
            poolclass=StaticPool,
            connect_args={"timeout": timeout, "check_same_thread": False},
            hide_parameters=True,
            json_deserializer=stored_json,
        )
    path = sqlite_file(url)
    event.listen(engine, "connect", partial(_sqlite_pragmas, path))
    event.listen(engine, "begin", _sqlite_begin)
    event.listen(engine, "checkin", _checkpoint_what_was_written)
    return engine


UNREADABLE = "neuromod_aid_unreadable"  # the key of what stored_json gives for bad JSON


def stored_json(text: str) -> Any:
    """A JSON column's value; one SQLite holds that is not valid JSON (PostgreSQL checks
    its own) becomes ``{UNREADABLE: why}``, so one damaged row is that row's problem
    (:func:`neuromod_aid.db.records_repo.load_consultation` says so), never a failure
    of every query that reads it."""
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as error:
        return {UNREADABLE: type(error).__name__}


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL (None for another engine, or in memory)."""
    parsed = make_url(url)
    database = parsed.database
    if parsed.get_backend_name() != "sqlite" or not database or database == ":memory:":
        return None
    return Path(database)


def _sqlite_begin(connection: Connection) -> None:
    """Every unit of work that may write takes SQLite's write lock as it begins
    (``BEGIN IMMEDIATE``), waiting up to the busy timeout for another program's.

    A deferred transaction that read first and then writes cannot wait: when another
    program wrote in between, SQLite refuses it at once ("database is locked"), which two
    exam rooms saving together would meet."""
    read_only = connection.get_execution_options().get(READ_ONLY, False)
    if not read_only:
        _refuse_if_moved(connection.info)
    connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


# Where a connection keeps what it opened: the database file and its write-ahead log,
# each as (device, inode), and how many rows it had changed when last checkpointed.
_OPENED = "neuromod_aid_opened"
_CHANGES = "neuromod_aid_changes"


def _sqlite_pragmas(path: Path | None, dbapi_connection: Any, record: Any) -> None:
    dbapi_connection.isolation_level = None  # transactions are begun by _sqlite_begin
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")  # opens the write-ahead log
        cursor.execute("PRAGMA synchronous = NORMAL")
    finally:
        cursor.close()
    if path is not None:
        record.info[_OPENED] = (path, _identity(path), _identity(_wal(path)))
    record.info[_CHANGES] = dbapi_connection.total_changes


def _wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        found = path.stat()
    except OSError:
        return None
    return (found.st_dev, found.st_ino)


def _refuse_if_moved(info: dict[Any, Any]) -> None:
    """Refuse to write when the database file or its write-ahead log at the path is no
    longer the one this connection opened (deleted, replaced or moved by another
    program): SQLite would go on writing to the file it holds open, which no other
    program sees and which is gone once this one stops, so every save would report
    success and be lost."""
    opened = info.get(_OPENED)
    if opened is None:
        return
    path, database, wal = opened
    if _identity(path) != database or (wal is not None and _identity(_wal(path)) != wal):
        raise DatabaseUnavailable(
            f"the database file {path} or its write-ahead log ({_wal(path).name}) was "
            "deleted, moved or replaced while this program had it open: nothing more is "
            "saved to it; close the program and start it again",
            "unavailable",
        )


def _checkpoint_what_was_written(dbapi_connection: Any, record: Any) -> None:
    """After a unit of work that wrote, copy what it committed from the write-ahead log
    into the database file (SQLite then starts the log again from its beginning at the
    next write): a committed save then lives in the database file itself, so losing the
    log (deleted by another program, or by a copy of the file without it) loses no
    committed save."""
    if dbapi_connection is None or record is None:
        return
    changes = dbapi_connection.total_changes
    if changes == record.info.get(_CHANGES, changes):
        return
    record.info[_CHANGES] = changes
    # PASSIVE: it takes no lock another program's save would wait for (a blocking
    # checkpoint after every save starved the other exam room's saves); what another
    # program's open read still needs stays in the log until a later save's checkpoint
    try:
        _, in_log, moved = dbapi_connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    except sqlite3.Error as error:  # committed all the same; it stays in the log for now
        log.warning("checkpoint not made (%s)", type(error).__name__)
        return
    if moved < in_log:
        log.info("checkpoint postponed: another program is reading the database")
