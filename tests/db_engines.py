"""The database engines the database tests run on: SQLite always, and PostgreSQL when
``NEUROMOD_AID_TEST_POSTGRES_URL`` names a server (``.ci/run`` starts one), each test
on a database of its own, dropped afterwards."""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

POSTGRES_URL_ENV = "NEUROMOD_AID_TEST_POSTGRES_URL"


def engines() -> list[object]:
    """``sqlite``, then ``postgres`` (marked) when a server is given: never a skip."""
    found: list[object] = ["sqlite"]
    if os.environ.get(POSTGRES_URL_ENV):
        found.append(pytest.param("postgres", marks=pytest.mark.postgres))
    return found


@contextmanager
def fresh_postgres_database() -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database, dropped on leaving."""
    server = make_url(os.environ[POSTGRES_URL_ENV])
    name = f"neuromod_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            yield server.set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


def outside_the_audit_log(database: Path) -> str:
    """Every row of the database as SQL, but the audit log's: the append-only log keeps
    an erased patient's record number (never their name)."""
    with sqlite3.connect(database) as connection:
        rows = [line for line in connection.iterdump() if 'INSERT INTO "audit_log"' not in line]
    connection.close()
    return "\n".join(rows)
