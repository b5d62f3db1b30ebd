"""What every command shares: where data lives, the database, the catalog, errors.

Importing this module stays cheap: the database layer (SQLAlchemy) and the catalog
(pydantic) are imported when a command first asks for them, so the window can
appear before they load (see ``neuromod_aid.ui.app``).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from neuromod_aid.errors import DatabaseUnavailable
from neuromod_aid.files import atomic_write
from neuromod_aid.paths import DataLocation, data_location

if TYPE_CHECKING:
    from neuromod_aid.catalog.model import Catalog
    from neuromod_aid.db import Database

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70  # a bug: logged with its stack, one line for the user

log = logging.getLogger(__name__)


class UserError(Exception):
    """A problem the user can fix: printed as one line, never as a traceback."""

    def __init__(self, message: str, exit_code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.exit_code = exit_code


@dataclass
class AppContext:
    location: DataLocation
    url_override: str | None = None  # --database-url; else the environment, else SQLite
    _database: Database | None = field(default=None, repr=False)

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> AppContext:
        os.umask(0o077)  # everything we create (db, WAL, logs, exports) is owner-only
        try:
            location = data_location(args.data_dir).ensure()
        except OSError as error:
            raise UserError(f"cannot use the data folder: {error}") from None
        return cls(location, args.database_url)

    @cached_property
    def url(self) -> str:
        """The database URL in use; a malformed one is a :class:`UserError`."""
        from neuromod_aid.db.engine import DatabaseUrlError, database_url

        try:
            return database_url(self.location, self.url_override)
        except DatabaseUrlError as error:
            raise UserError(str(error)) from None

    def shipped(self) -> Catalog:
        """The catalog as shipped, from the content files (cached in the data folder)."""
        from neuromod_aid.catalog import ContentError, shipped_catalog

        try:
            return shipped_catalog(self.location.cache_dir)
        except ContentError as error:
            raise UserError(str(error)) from None

    def database(self, upgrade: bool = True) -> Database:
        """The database, opened and upgraded.

        With ``upgrade=False`` (for ``db info``) it is opened as it is, untouched.
        """
        from neuromod_aid.db import Database, open_database
        from neuromod_aid.db.engine import make_engine

        if not upgrade and self._database is None:
            return Database(make_engine(self.url), self.url)
        if self._database is None:
            try:
                self._database = open_database(self.url, self.location)
            except DatabaseUnavailable as error:
                raise UserError(str(error)) from None
        return self._database

    def catalog(self) -> Catalog:
        """The catalog in use: the shipped one with the clinic's approved revisions."""
        shipped = self.shipped()
        try:
            in_use = self.database().catalog(shipped)
        except DatabaseUnavailable as error:
            raise UserError(str(error)) from None
        for revision, reason in in_use.refused:
            log.warning("content revision %d is not used: %s", revision, reason)
        if in_use.outdated:
            log.info("content revisions older than the shipped item: %s", in_use.outdated)
        return in_use.catalog


def tell_user(message: str) -> None:
    """One line on stderr, the same from the command line and the window."""
    print(f"neuromod-aid: {message}", file=sys.stderr)


def unexpected_error(log_file: Path | None) -> str:
    """What the user reads when a bug stops the program (the stack is in the log)."""
    where = f"; details are in {log_file}" if log_file else ""
    return f"an unexpected error stopped the program{where}"


def write_output(path: Path, data: bytes) -> str:
    """Write a file for the user atomically; a failure is a :class:`UserError`."""
    target = Path(path).expanduser()
    if target.is_dir():
        raise UserError(f"{target} is a folder; give a file name")
    if not target.parent.is_dir():
        raise UserError(f"the folder {target.parent} does not exist")
    try:
        return atomic_write(target, data)
    except OSError as error:
        raise UserError(f"cannot write {target}: {error.strerror or error}") from None
