"""The start screen's first look at the records, before the database layer loads.

Importing SQLAlchemy and pydantic takes longer than showing the window itself, and
the start screen needs neither to list the recent consultations and name the clinic.
So, for the default SQLite file whose schema is already at head, those are read
here with the standard library's ``sqlite3`` (read only, one short connection), and
the start screen is usable at once; the database layer is opened behind it
(``neuromod_aid.cli.gui``), and whatever needs it waits for it.

Anything else returns ``None`` and the start screen waits for the database layer,
which upgrades, creates or explains: another database URL, no file yet, a file that
needs upgrading, is locked or damaged. The query is the one of
:func:`neuromod_aid.db.records_repo.recent_consultations`, written in SQL, and the
clinic's name and phone are checked as the database layer checks them (a damaged row
reads as not set up, there as here); ``tests/test_first_look.py`` checks they agree.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass

from neuromod_aid.paths import DATABASE_URL_ENV, DataLocation
from neuromod_aid.record_fields import Name, ShortText
from neuromod_aid.records import ConsultationSummary, as_status, as_utc
from neuromod_aid.schema_head import HEAD_REVISION
from neuromod_aid.validation import fits_text

RECENT_LIMIT = 20
_WAIT_SECONDS = 0.2  # another program writing: the database layer waits, not the window

_RECENT = """
SELECT c.id, p.id, p.name, p.record_number, c.consulted_on, c.status, c.updated_at,
       p.is_demo
FROM consultations AS c JOIN patients AS p ON p.id = c.patient_id
WHERE c.archived_at IS NULL AND p.archived_at IS NULL
ORDER BY c.updated_at DESC, c.id DESC
LIMIT ?
"""


@dataclass(frozen=True)
class Clinic:
    """The start screen's line about the clinic."""

    name: str
    phone: str


@dataclass(frozen=True)
class FirstLook:
    recent: tuple[ConsultationSummary, ...]
    clinic: Clinic | None  # None: the clinic's details are not set up yet


def first_look(location: DataLocation, url_override: str | None = None) -> FirstLook | None:
    """What the start screen shows, read without the database layer; ``None`` when
    only the database layer can tell (see the module's docstring)."""
    path = location.database_file
    if url_override or os.environ.get(DATABASE_URL_ENV) or not path.is_file():
        return None
    try:
        # mode=rw: never creates a file; nothing here writes
        uri = f"{path.as_uri()}?mode=rw"
        with closing(sqlite3.connect(uri, uri=True, timeout=_WAIT_SECONDS)) as db:
            return _read(db)
    except sqlite3.Error:  # locked, damaged, not ours: the database layer explains
        return None


def _read(db: sqlite3.Connection) -> FirstLook | None:
    revision = db.execute("SELECT version_num FROM alembic_version").fetchall()
    if revision != [(HEAD_REVISION,)]:
        return None  # to be upgraded first
    recent = tuple(_summary(*row) for row in db.execute(_RECENT, (RECENT_LIMIT,)))
    row = db.execute("SELECT name, phone FROM clinic_profile WHERE id = 1").fetchone()
    return FirstLook(recent, _clinic(*row) if row else None)


def _clinic(name: object, phone: object) -> Clinic | None:
    """The clinic's line, checked as the database layer checks the row (the record's
    ``Clinic``: a name, a short text): a damaged row is not set up, as it says there."""
    if fits_text(name, Name) and fits_text(phone, ShortText):
        return Clinic(name.strip(), phone.strip())
    return None


def _summary(
    consultation_id: int,
    patient_id: int,
    name: str,
    record_number: str,
    consulted_on: str,
    status: str,
    updated_at: str,
    is_demo: int,
) -> ConsultationSummary:
    return ConsultationSummary(
        id=consultation_id,
        patient_id=patient_id,
        patient_name=name,
        record_number=record_number,
        consulted_on=dt.date.fromisoformat(consulted_on),
        status=as_status(status),
        updated_at=as_utc(dt.datetime.fromisoformat(updated_at)),
        is_demo=bool(is_demo),
    )
