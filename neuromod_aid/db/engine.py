"""Opening the database: SQLite in the data folder by default, or any SQLAlchemy URL."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import StaticPool

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


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    database = parsed.database
    timeout = SQLITE_BUSY_TIMEOUT_MS / 1000
    if database and database != ":memory:":
        make_private_file(Path(database))
        engine = create_engine(url, connect_args={"timeout": timeout})
    else:  # in memory: one connection, shared by the threads (the window opens it on one)
        engine = create_engine(
            url,
            poolclass=StaticPool,
            connect_args={"timeout": timeout, "check_same_thread": False},
        )
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
    finally:
        cursor.close()
