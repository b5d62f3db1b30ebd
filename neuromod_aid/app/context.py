"""The composition root: where data lives, the database, the catalog, the services.

The command line builds one :class:`AppContext` per run; the window gets its
:class:`Records` (the catalog and the services over the open database) from it and
never sees the database itself. Importing this module stays cheap: the database
layer (SQLAlchemy) and the catalog are imported when first asked for, so the window
can appear before they load.
"""

from __future__ import annotations

import argparse
import logging
import os
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from neuromod_aid.app.errors import DamagedDatabase, UserError
from neuromod_aid.errors import DatabaseUnavailable
from neuromod_aid.logging_setup import program_text
from neuromod_aid.paths import DataLocation, data_location

if TYPE_CHECKING:
    from neuromod_aid.app.audit import Audit
    from neuromod_aid.app.backups import Backups
    from neuromod_aid.app.clinic import ClinicDetails
    from neuromod_aid.app.consultations import Consultations
    from neuromod_aid.app.content import ClinicContent
    from neuromod_aid.app.pathway import Pathway
    from neuromod_aid.app.patients import Patients
    from neuromod_aid.app.staff import Staff, Working
    from neuromod_aid.catalog.model import Catalog
    from neuromod_aid.db import Database

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Records:
    """The open records as the window uses them: the catalog in use and the services."""

    catalog: Catalog
    consultations: Consultations
    patients: Patients
    clinic: ClinicDetails
    content: ClinicContent  # the clinic's own content: revisions, review, sign-off
    staff: Staff  # who works here, and who is working now (every save records them)
    pathway: Pathway
    backups: Backups  # the database's copies while the window is open
    audit: Audit  # every saved change and document: who, when, what, which record

    @classmethod
    def over(
        cls,
        database: Database,
        catalog: Catalog,
        shipped: Catalog | None = None,
        working: Working | None = None,
    ) -> Records:
        """``catalog`` in use, made from ``shipped`` (the same when no revision applies);
        ``working``: who is working (nobody chosen yet when not given)."""
        from neuromod_aid.app.audit import Audit
        from neuromod_aid.app.backups import Backups
        from neuromod_aid.app.clinic import ClinicDetails
        from neuromod_aid.app.consultations import Consultations
        from neuromod_aid.app.content import ClinicContent
        from neuromod_aid.app.pathway import Pathway
        from neuromod_aid.app.patients import Patients
        from neuromod_aid.app.staff import Staff, Working
        from neuromod_aid.paths import content_dir

        working = working if working is not None else Working()
        clinic = ClinicDetails(database, catalog, working)
        return cls(
            catalog,
            Consultations(database, catalog, working),
            Patients(database, working),
            clinic,
            ClinicContent(database, shipped or catalog, content_dir()),
            Staff(database, working),
            Pathway(database, catalog, working),
            Backups(database),
            Audit(database),
        )


@dataclass
class AppContext:
    location: DataLocation
    url_override: str | None = None  # --database-url; else the environment, else SQLite
    working_as: str = ""  # --as: who is working, for the commands' saves and documents
    _database: Database | None = field(default=None, repr=False)

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> AppContext:
        os.umask(0o077)  # everything we create (db, WAL, logs, exports) is owner-only
        try:
            location = data_location(args.data_dir).ensure()
        except OSError as error:
            raise UserError(f"cannot use the data folder: {error}") from None
        return cls(location, args.database_url, getattr(args, "working_as", None) or "")

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
                raise self._refused(error) from None
        return self._database

    def _refused(self, error: DatabaseUnavailable) -> UserError:
        """What the user is told; a damaged SQLite file says which, for the window."""
        from neuromod_aid.db.engine import sqlite_file

        database_file = sqlite_file(self.url)
        if error.trouble == "damaged" and database_file is not None:
            return DamagedDatabase(str(error), database_file, self.location.backups_dir)
        return UserError(str(error))

    def catalog(self) -> Catalog:
        """The catalog in use: the shipped one with the clinic's approved revisions."""
        shipped = self.shipped()
        try:
            in_use = self.database().catalog(shipped)
        except DatabaseUnavailable as error:
            raise self._refused(error) from None
        for revision, reason in in_use.refused:
            log.warning("content revision %d is not used: %s", revision, program_text(reason))
        if in_use.outdated:
            log.info(
                "content revisions older than the shipped item: %s", program_text(in_use.outdated)
            )
        return in_use.catalog

    def records(self) -> Records:
        """Open the database and read the catalog: what the window works with."""
        return Records.over(self.database(), self.catalog(), self.shipped(), self.working())

    def working(self) -> Working:
        """Who is working (``--as``), someone on the staff list (anyone named while the
        clinic keeps none); nobody when not given. A :class:`UserError` otherwise."""
        from neuromod_aid.app.content import check_person
        from neuromod_aid.app.staff import Working

        if not self.working_as:
            return Working()
        try:
            return Working(check_person(self.database(), self.working_as))
        except UserError as error:
            raise UserError(f"--as: {error}") from None

    def content(self) -> ClinicContent:
        """The clinic's content revisions over the open database."""
        from neuromod_aid.app.content import ClinicContent
        from neuromod_aid.paths import content_dir

        return ClinicContent(self.database(), self.shipped(), content_dir())

    def close(self) -> None:
        """Let go of the database's connections (when the program or a test ends)."""
        if self._database is not None:
            self._database.dispose()
