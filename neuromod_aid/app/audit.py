"""The audit log as the window and the command line read it: every saved change and
every document produced, when, who, what and which record; never a name or a note.

The services of :mod:`neuromod_aid.app` write its rows in the unit of work of the
change itself (``db.audit_repo``), so a change that fails leaves none and a row that
cannot be written fails the change. Nothing updates or deletes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from neuromod_aid.db import Database, audit_repo
from neuromod_aid.records import AuditEntry

if TYPE_CHECKING:
    from neuromod_aid.app.context import AppContext

__all__ = ["Audit", "AuditEntry", "entries_for_record"]  # AuditEntry: what a line is


@dataclass
class Audit:
    database: Database

    def entries(self, record_number: str | None = None) -> list[AuditEntry]:
        """The whole log oldest first, or the lines of one record number (any case)."""
        with self.database.session(read_only=True) as session:
            return audit_repo.entries(session, record_number)


def entries_for_record(ctx: AppContext, record_number: str) -> list[AuditEntry]:
    """The audit lines of the patient with ``record_number`` (for ``patient export``)."""
    return Audit(ctx.database()).entries(record_number)
