"""Opening the database: SQLite in the data folder by default, or any SQLAlchemy URL."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import StaticPool

from neuromod_aid.errors import DatabaseUnavailable
from neuromod_aid.paths import DATABASE_URL_ENV, DataLocation, make_private_file

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
    event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "begin", _sqlite_begin)
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
    connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # transactions are begun by _sqlite_begin
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
    finally:
        cursor.close()
