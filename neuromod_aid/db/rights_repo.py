"""A patient's rights over their record: what is stored about one patient, read whole
for an export, and their erasure, which leaves no trace of them in a SQLite file.
Like :mod:`records_repo`, it returns frozen dataclasses only."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from neuromod_aid.consultation import Consultation
from neuromod_aid.db import models
from neuromod_aid.db.patients_repo import delete_patient
from neuromod_aid.db.records_repo import consultation_version, find_patient
from neuromod_aid.errors import DatabaseUnavailable, NotFound


@dataclass(frozen=True)
class StoredPatient:
    """The patient's own row, as stored."""

    id: int
    name: str
    record_number: str
    birth_date_iso: str | None
    is_demo: bool
    archived: bool
    created_at_iso: str
    updated_at_iso: str


@dataclass(frozen=True)
class Erased:
    """What an erasure removed, counted (never named)."""

    consultations: int
    versions: int
    documents: int
    amendments: int
    changes: int
    # still in the database's files: another program's open read kept the write-ahead
    # log from being emptied; it is, once the last program lets go of the database
    in_log: bool = False


def stored_patient(session: Session, record_number: str) -> StoredPatient:
    """The patient with this record number (any case); :class:`NotFound` otherwise."""
    row = find_patient(session, record_number)
    if row is None:
        raise NotFound("no patient with that record number")
    return StoredPatient(
        id=row.id,
        name=row.name,
        record_number=row.record_number,
        birth_date_iso=row.birth_date.isoformat() if row.birth_date else None,
        is_demo=row.is_demo,
        archived=row.archived_at is not None,
        created_at_iso=row.created_at.isoformat(),
        updated_at_iso=row.updated_at.isoformat(),
    )


def consultation_ids(session: Session, patient_id: int) -> list[int]:
    """The patient's consultations, oldest first (read by id: one whose stored record is
    damaged is still listed)."""
    rows = models.ConsultationRow
    return list(
        session.scalars(
            select(rows.id)
            .where(rows.patient_id == patient_id)
            .order_by(rows.consulted_on, rows.id)
        )
    )


def kept_versions(session: Session, consultation_id: int) -> list[tuple[int, Consultation]]:
    """Every version kept of a consultation (when it was finished or printed), oldest
    first, as (revision, record)."""
    revisions = session.scalars(
        select(models.ConsultationVersionRow.revision)
        .where(models.ConsultationVersionRow.consultation_id == consultation_id)
        .order_by(models.ConsultationVersionRow.revision)
    )
    return [
        (revision, consultation_version(session, consultation_id, revision))
        for revision in revisions
    ]


def erase_patient(session: Session, patient_id: int) -> Erased:
    """Remove the patient and everything linked to them; on SQLite, the freed pages
    are overwritten with zeros as they are freed (``secure_delete``)."""
    if session.get_bind().dialect.name == "sqlite":
        session.connection().exec_driver_sql("PRAGMA secure_delete = ON")
    ids = consultation_ids(session, patient_id)
    if session.get(models.PatientRow, patient_id) is None:
        raise NotFound("no such patient")

    def count(model: type[models.Base]) -> int:
        column = model.__table__.c.consultation_id
        found = session.scalar(select(func.count()).where(column.in_(ids)))
        return int(found or 0)

    erased = Erased(
        consultations=len(ids),
        versions=count(models.ConsultationVersionRow),
        documents=count(models.DocumentRow),
        amendments=count(models.AmendmentRow),
        changes=count(models.RecordChangeRow),
    )
    delete_patient(session, patient_id)
    session.flush()
    return erased


def scrub_sqlite(engine: Engine) -> bool:
    """After an erasure, leave nothing of it in a SQLite file: the write-ahead log
    copied in and emptied, the file rebuilt (``VACUUM``), the log emptied again.
    False when another program's open read kept the log from being emptied (the
    erased rows then leave it once that program lets go). Other engines: True."""
    if engine.dialect.name != "sqlite":
        return True
    try:
        with closing(engine.raw_connection()) as connection, closing(connection.cursor()) as cursor:
            for statement in ("PRAGMA wal_checkpoint(TRUNCATE)", "VACUUM"):
                cursor.execute(statement)
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            busy, _log, _moved = cursor.fetchone() or (1, 0, 0)
    except sqlite3.OperationalError as error:  # locked by another program, the disk full
        raise DatabaseUnavailable(
            f"the patient was erased, but the database file could not be rebuilt ({error})",
            "locked" if "locked" in str(error) else "unavailable",
        ) from None
    return bool(busy == 0)
