"""Patients and consultations (the documents made from them are in :mod:`documents_repo`,
the clinic's details in :mod:`clinic_repo`).

Every function takes a short-lived :class:`Session` and returns frozen dataclasses
from :mod:`neuromod_aid.records`; ORM rows never leave this package.
"""

from __future__ import annotations

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from neuromod_aid.consultation import (
    Consultation,
    ConsultationError,
    Patient,
    from_dict,
    to_dict,
)
from neuromod_aid.db import models
from neuromod_aid.db.engine import UNREADABLE
from neuromod_aid.db.models import utcnow
from neuromod_aid.errors import (
    ConsultationFinished,
    EditConflict,
    NotFound,
    PatientMismatch,
    RecordNumberTaken,
)
from neuromod_aid.records import (
    AmendmentEntry,
    ConsultationStatus,
    ConsultationSummary,
    PatientSummary,
    StoredConsultation,
    as_status,
    as_utc,
    identified,
)
from neuromod_aid.textfold import fold, record_key
from neuromod_aid.validation import validated

# --- patients ------------------------------------------------------------------------


def search_patients(
    session: Session, text: str, limit: int = 50, *, archived_too: bool = False
) -> list[PatientSummary]:
    """Patients whose name contains ``text`` (any case, any accents) or whose record
    number starts with it; most recently seen first; archived patients are left out
    unless ``archived_too``."""
    last_seen = (
        select(
            models.ConsultationRow.patient_id,
            func.max(models.ConsultationRow.consulted_on).label("last"),
        )
        .group_by(models.ConsultationRow.patient_id)
        .subquery()
    )
    statement = select(models.PatientRow, last_seen.c.last).outerjoin(
        last_seen, last_seen.c.patient_id == models.PatientRow.id
    )
    if not archived_too:
        statement = statement.where(models.PatientRow.archived_at.is_(None))
    needle = fold(text)
    if needle:
        statement = statement.where(
            or_(
                models.PatientRow.name_folded.like(f"%{_literal(needle)}%", escape="\\"),
                models.PatientRow.record_key.like(f"{_literal(record_key(text))}%", escape="\\"),
            )
        )
    statement = statement.order_by(
        last_seen.c.last.desc().nulls_last(), models.PatientRow.name_folded
    ).limit(limit)
    return [
        PatientSummary(
            id=row.id,
            name=row.name,
            record_number=row.record_number,
            birth_date=row.birth_date,
            archived=row.archived_at is not None,
        )
        for row, _last in session.execute(statement)
    ]


def _literal(text: str) -> str:
    """Escape LIKE wildcards so that what the user typed is matched as typed."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# --- consultations -------------------------------------------------------------------


def save_consultation(
    session: Session,
    record: Consultation,
    consultation_id: int | None = None,
    *,
    is_demo: bool = False,
    seen_revision: int | None = None,
    patient_id: int | None = None,
) -> int:
    """Insert a consultation (and its patient) or update a draft; return its id.

    An update made from the record at ``seen_revision`` is refused
    (:class:`EditConflict`) when the stored one has moved on since: another program
    saved it, and this save would silently take that back.

    A record number names one patient: a new consultation with a stored one (or of
    the stored ``patient_id``) joins that patient, and giving a consultation another
    patient's number is refused (:class:`RecordNumberTaken`). A finished one is refused
    (:class:`ConsultationFinished`) until it is amended.
    """
    data = to_dict(validated(record))
    if consultation_id is None:
        patient = (
            (session.get(models.PatientRow, patient_id) if patient_id is not None else None)
            or find_patient(session, record.patient.record_number)
            or models.PatientRow(is_demo=is_demo)
        )
        if patient.id is not None and not _same_person(patient, record.patient):
            raise PatientMismatch(
                patient.record_number,
                identified(patient.name, patient.record_number, patient.birth_date),
            )
        row = models.ConsultationRow(patient=patient, revision=1)
        session.add(row)
    else:
        row = consultation_row(session, consultation_id)
        if row.record == data:
            return row.id
        if seen_revision is not None and row.revision != seen_revision:
            raise EditConflict()
        if row.status == "complete":
            raise ConsultationFinished()
        patient = row.patient
        owner = find_patient(session, record.patient.record_number)
        if owner is not None and owner.id != patient.id:
            raise RecordNumberTaken(record.patient.record_number, owner.name)
        row.revision += 1
    patient.name = record.patient.name
    patient.name_folded = fold(record.patient.name)
    set_record_number(patient, record.patient.record_number)
    patient.birth_date = record.patient.birth_date
    row.consulted_on = record.date
    row.language = record.language
    row.record = data
    session.flush()
    return row.id


def find_patient(session: Session, record_number: str) -> models.PatientRow | None:
    """The patient with this record number, in any case (names alone are not unique)."""
    key = record_key(record_number)
    if not key:
        return None
    return session.scalars(
        select(models.PatientRow).where(models.PatientRow.record_key == key)
    ).first()


def _same_person(stored: models.PatientRow, given: Patient) -> bool:
    """The same name (any case or accents) and, where both are known, birth date."""
    born = stored.birth_date is None or given.birth_date in (None, stored.birth_date)
    return stored.name_folded == fold(given.name) and born


def set_record_number(patient: models.PatientRow, number: str) -> None:
    patient.record_number = number.strip()
    patient.record_key = record_key(number)


def record_number_owner(
    session: Session, record_number: str, consultation_id: int | None
) -> str | None:
    """The name of another patient who has ``record_number``; None if it is free."""
    owner = find_patient(session, record_number)
    if owner is None:
        return None
    if consultation_id is not None:
        row = session.get(models.ConsultationRow, consultation_id)
        if row is not None and row.patient_id == owner.id:
            return None
    return owner.name


def consultation_row(session: Session, consultation_id: int) -> models.ConsultationRow:
    row = session.get(models.ConsultationRow, consultation_id)
    if row is None:
        raise NotFound(f"no consultation with id {consultation_id}")
    return row


def load_consultation(session: Session, consultation_id: int) -> StoredConsultation:
    return _stored(consultation_row(session, consultation_id))


def _stored(row: models.ConsultationRow) -> StoredConsultation:
    """The stored consultation; :class:`ConsultationError` if its record cannot be read
    (damaged in the file: that consultation alone, the others open as usual)."""
    if isinstance(row.record, dict) and UNREADABLE in row.record:
        raise ConsultationError([f"the stored record is not valid JSON ({row.record[UNREADABLE]})"])
    record = from_dict(row.record)
    return StoredConsultation(
        id=row.id,
        patient_id=row.patient_id,
        status=as_status(row.status),
        record=record,
        updated_at=as_utc(row.updated_at),
        revision=row.revision,
        finished_at=as_utc(row.finished_at) if row.finished_at else None,
        is_demo=row.patient.is_demo,
    )


def recent_consultations(
    session: Session, limit: int = 20, status: ConsultationStatus | None = None
) -> list[ConsultationSummary]:
    """The most recently changed consultations that are not archived."""
    statement = (
        select(models.ConsultationRow, models.PatientRow)
        .join(models.PatientRow)
        .where(
            models.ConsultationRow.archived_at.is_(None), models.PatientRow.archived_at.is_(None)
        )
    )
    if status is not None:
        statement = statement.where(models.ConsultationRow.status == status)
    statement = statement.order_by(
        models.ConsultationRow.updated_at.desc(), models.ConsultationRow.id.desc()
    ).limit(limit)
    return [_summary(row, patient) for row, patient in session.execute(statement)]


def _summary(row: models.ConsultationRow, patient: models.PatientRow) -> ConsultationSummary:
    return ConsultationSummary(
        id=row.id,
        patient_id=patient.id,
        patient_name=patient.name,
        record_number=patient.record_number,
        consulted_on=row.consulted_on,
        status=as_status(row.status),
        updated_at=as_utc(row.updated_at),
        is_demo=patient.is_demo,
    )


def demo_consultation_id(session: Session) -> int | None:
    """The demo patient's most recent consultation, if the demo was opened before."""
    return session.scalar(
        select(models.ConsultationRow.id)
        .join(models.PatientRow)
        .where(models.PatientRow.is_demo.is_(True))
        .order_by(models.ConsultationRow.updated_at.desc())
        .limit(1)
    )


def finish(session: Session, consultation_id: int) -> int:
    """Mark a consultation finished and keep the record as it is; return its revision."""
    row = consultation_row(session, consultation_id)
    if row.status != "complete":
        row.status = "complete"
        row.finished_at = utcnow()
    keep_version(session, row)
    return row.revision


def amend(session: Session, consultation_id: int, amended_by: str, reason: str) -> None:
    """Open a finished consultation for changes again, recording who, when and why."""
    row = consultation_row(session, consultation_id)
    if row.status != "complete":
        return
    keep_version(session, row)
    session.add(
        models.AmendmentRow(
            consultation_id=row.id,
            amended_by=amended_by,
            reason=reason,
            from_revision=row.revision,
        )
    )
    row.status = "draft"
    row.finished_at = None


def amendments_for(session: Session, consultation_id: int) -> list[AmendmentEntry]:
    rows = session.scalars(
        select(models.AmendmentRow)
        .where(models.AmendmentRow.consultation_id == consultation_id)
        .order_by(models.AmendmentRow.id)
    )
    return [
        AmendmentEntry(
            amended_by=row.amended_by,
            reason=row.reason,
            from_revision=row.from_revision,
            created_at=as_utc(row.created_at),
        )
        for row in rows
    ]


def keep_version(session: Session, row: models.ConsultationRow) -> None:
    """Keep the record at its current revision (once per revision)."""
    kept = session.scalar(
        select(models.ConsultationVersionRow.id).where(
            models.ConsultationVersionRow.consultation_id == row.id,
            models.ConsultationVersionRow.revision == row.revision,
        )
    )
    if kept is None:
        session.add(
            models.ConsultationVersionRow(
                consultation_id=row.id, revision=row.revision, record=row.record
            )
        )
        session.flush()


def consultation_version(session: Session, consultation_id: int, revision: int) -> Consultation:
    """The record exactly as it was at ``revision`` (kept when finished or printed)."""
    data = session.scalar(
        select(models.ConsultationVersionRow.record).where(
            models.ConsultationVersionRow.consultation_id == consultation_id,
            models.ConsultationVersionRow.revision == revision,
        )
    )
    if data is None:
        raise NotFound(f"no version {revision} of consultation {consultation_id}")
    record = from_dict(data)
    return record
