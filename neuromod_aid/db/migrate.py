"""Schema upgrades with Alembic. The migration scripts ship inside the package."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from neuromod_aid.db.models import Base
from neuromod_aid.paths import make_private_file, migrations_dir
from neuromod_aid.schema_head import HEAD_REVISION

if TYPE_CHECKING:
    from alembic.config import Config


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


def head_revision() -> str:
    return HEAD_REVISION


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade_to_head(engine: Engine, backups_dir: Path | None = None) -> str | None:
    """Bring the schema to the newest revision; return the revision it had before.

    A brand-new database gets the current tables and is stamped at head. An existing
    SQLite file that needs upgrading is first copied into ``backups_dir``.
    """
    before = current_revision(engine)
    if before == HEAD_REVISION:
        return before
    from alembic import command

    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        if before is None and not inspect(connection).get_table_names():
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
            connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
            connection.commit()
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"upgrade would break {len(broken)} references")
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys = ON")
    return before


def backup_sqlite(engine: Engine, backups_dir: Path, reason: str) -> Path | None:
    """Copy a SQLite database with SQLite's own backup API (safe while open)."""
    database = engine.url.database
    if engine.url.get_backend_name() != "sqlite" or not database or database == ":memory:":
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backups_dir / f"{Path(database).stem}-{stamp}-{reason}.sqlite3"
    make_private_file(target)
    with sqlite3.connect(database) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    return target
