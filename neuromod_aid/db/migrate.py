"""Schema upgrades with Alembic. The migration scripts ship inside the package."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from neuromod_aid.db.backups import backup_name, copy_database
from neuromod_aid.db.engine import READ_ONLY, masked, sqlite_file
from neuromod_aid.db.models import Base
from neuromod_aid.errors import DatabaseUnavailable
from neuromod_aid.paths import migrations_dir
from neuromod_aid.schema_head import HEAD_REVISION

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


def head_revision() -> str:
    return HEAD_REVISION


# the key of the PostgreSQL advisory lock that creating or upgrading the schema takes
SCHEMA_LOCK_KEY = 0x6E6D_6169  # "nmai"


def current_revision(engine: Engine) -> str | None:
    with engine.connect().execution_options(**{READ_ONLY: True}) as connection:
        return _revision(connection)


def _revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def known_revisions() -> set[str]:
    """Every schema revision this program's migrations know."""
    return {script.revision for script in _scripts().walk_revisions()}


def known_revision(revision: str) -> bool:
    """Whether this program's migrations know ``revision`` (a newer program's do not)."""
    from alembic.util import CommandError

    try:
        return _scripts().get_revision(revision) is not None
    except CommandError:
        return False


def _scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config())


def upgrade_to_head(engine: Engine, backups_dir: Path | None = None) -> str | None:
    """Bring the schema to the newest revision; return the revision it had before.

    A brand-new database gets the current tables and is stamped at head. An existing
    SQLite file that needs upgrading is first copied into ``backups_dir``. Both happen
    under a lock (PostgreSQL's advisory lock, SQLite's write lock), so two programs
    starting at once on a new database both come up, the second finding the work done.
    A database of a newer program, or of another program, is refused untouched.
    """
    before = current_revision(engine)
    if before == HEAD_REVISION:
        return before
    _refuse_newer(engine, before)  # before any backup: a newer program's file stays as it is
    from alembic import command

    config = _config()
    with engine.begin() as connection:
        _lock_schema(connection)
        before = _revision(connection)  # again: another program may have made it meanwhile
        if before == HEAD_REVISION:
            return before
        _refuse_newer(engine, before)
        if before is None:
            _refuse_foreign(engine, connection)
            config.attributes["connection"] = connection
            Base.metadata.create_all(connection)
            command.stamp(config, "head")
            return None
    if backups_dir is not None:
        backup_sqlite(engine, backups_dir, reason=f"before-upgrade-from-{before}")
    sqlite = engine.url.get_backend_name() == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            # batch mode re-creates tables; SQLite only allows that with foreign keys off,
            # which can only be switched outside a transaction
            _sqlite_pragma(connection, "foreign_keys = OFF")
        try:
            with connection.begin():
                _lock_schema(connection)
                if _revision(connection) == HEAD_REVISION:
                    return before
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"upgrade would break {len(broken)} references")
        finally:
            if sqlite:
                _sqlite_pragma(connection, "foreign_keys = ON")
    return before


def _refuse_newer(engine: Engine, revision: str | None) -> None:
    """A newer program's schema is never changed, nor backed up on every try."""
    if revision is not None and not known_revision(revision):
        raise DatabaseUnavailable(
            f"the database at {masked(str(engine.url))} is at schema revision {revision}, "
            f"newer than this program knows ({HEAD_REVISION}): it was written by a newer "
            "neuromod-aid; use that version (the database was left untouched)",
            "newer",
        )


def _refuse_foreign(engine: Engine, connection: Connection) -> None:
    """Tables and no schema revision: another program's database, never added to."""
    tables = inspect(connection).get_table_names()
    if tables:
        raise DatabaseUnavailable(
            f"the database at {masked(str(engine.url))} holds another program's tables "
            f"({len(tables)}) and no neuromod-aid schema: it was left untouched; give "
            "neuromod-aid a database of its own",
            "damaged",
        )


def _lock_schema(connection: Connection) -> None:
    """Take the schema lock for this transaction (SQLite's is its write lock, taken as
    the transaction begins)."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK_KEY})


def _sqlite_pragma(connection: Connection, pragma: str) -> None:
    """A pragma outside any transaction (SQLAlchemy would begin one around a statement)."""
    raw = connection.connection.dbapi_connection
    assert raw is not None
    raw.execute(f"PRAGMA {pragma}")


def backup_sqlite(engine: Engine, backups_dir: Path, reason: str) -> Path | None:
    """Copy a SQLite database with SQLite's own backup API (safe while open)."""
    database = sqlite_file(str(engine.url))
    if database is None:
        return None
    return copy_database(database, backup_name(database, backups_dir, reason))
