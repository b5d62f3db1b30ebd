"""Patients, consultations, generated documents and the clinic profile.

Every function takes a short-lived :class:`Session` and returns frozen dataclasses
from :mod:`neuromod_aid.records`; ORM rows never leave this package.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from neuromod_aid.consultation import Clinic, Consultation, from_dict, to_dict
from neuromod_aid.db import models
from neuromod_aid.logging_setup import redact_record
from neuromod_aid.records import (
    ConsultationStatus,
    ConsultationSummary,
    DocumentEntry,
    DocumentKind,
    PatientSummary,
    StoredConsultation,
)
from neuromod_aid.textfold import fold


class NotFound(LookupError):
    pass


# --- clinic --------------------------------------------------------------------------


def clinic_profile(session: Session) -> Clinic | None:
    row = session.get(models.ClinicProfileRow, 1)
    if row is None:
        return None
    return Clinic(
        name=row.name, phone=row.phone, email=row.email, address=row.address, hours=row.hours
    )


def save_clinic_profile(session: Session, clinic: Clinic) -> None:
    row = session.get(models.ClinicProfileRow, 1) or models.ClinicProfileRow(id=1)
    row.name, row.phone, row.email = clinic.name, clinic.phone, clinic.email
    row.address, row.hours = clinic.address, clinic.hours
    session.add(row)


# --- patients ------------------------------------------------------------------------


def search_patients(session: Session, text: str, limit: int = 50) -> list[PatientSummary]:
    """Patients whose name contains ``text`` (any case, any accents) or whose record
    number starts with it; most recently seen first."""
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
    needle = fold(text)
    if needle:
        statement = statement.where(
            or_(
                models.PatientRow.name_folded.like(f"%{_literal(needle)}%", escape="\\"),
                models.PatientRow.record_number.like(f"{_literal(text.strip())}%", escape="\\"),
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
            last_consultation=last,
        )
        for row, last in session.execute(statement)
    ]


def _literal(text: str) -> str:
    """Escape LIKE wildcards so that what the user typed is matched as typed."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# --- consultations -------------------------------------------------------------------


def save_consultation(
    session: Session,
    record: Consultation,
    consultation_id: int | None = None,
    status: ConsultationStatus = "draft",
) -> int:
    """Insert or update a consultation (and its patient); return its id."""
    redact_record(record)
    if consultation_id is None:
        patient = _find_patient(session, record) or models.PatientRow()
        row = models.ConsultationRow(patient=patient)
        session.add(row)
    else:
        found = session.get(models.ConsultationRow, consultation_id)
        if found is None:
            raise NotFound(f"no consultation with id {consultation_id}")
        row = found
        patient = row.patient
    patient.name = record.patient.name
    patient.name_folded = fold(record.patient.name)
    patient.record_number = record.patient.record_number
    patient.birth_date = record.patient.birth_date
    row.consulted_on = record.date
    row.language = record.language
    row.status = status
    row.record = to_dict(record)
    session.flush()
    return row.id


def _find_patient(session: Session, record: Consultation) -> models.PatientRow | None:
    """An existing patient with the same record number (names alone are not unique)."""
    number = record.patient.record_number.strip()
    if not number:
        return None
    return session.scalars(
        select(models.PatientRow).where(models.PatientRow.record_number == number)
    ).first()


def load_consultation(session: Session, consultation_id: int) -> StoredConsultation:
    row = session.get(models.ConsultationRow, consultation_id)
    if row is None:
        raise NotFound(f"no consultation with id {consultation_id}")
    return _stored(row)


def _stored(row: models.ConsultationRow) -> StoredConsultation:
    record = from_dict(row.record)
    redact_record(record)
    return StoredConsultation(
        id=row.id,
        patient_id=row.patient_id,
        status=_status(row.status),
        record=record,
        updated_at=_aware(row.updated_at),
    )


def recent_consultations(
    session: Session, limit: int = 20, status: ConsultationStatus | None = None
) -> list[ConsultationSummary]:
    statement = select(models.ConsultationRow, models.PatientRow).join(models.PatientRow)
    if status is not None:
        statement = statement.where(models.ConsultationRow.status == status)
    statement = statement.order_by(
        models.ConsultationRow.updated_at.desc(), models.ConsultationRow.id.desc()
    ).limit(limit)
    return [
        ConsultationSummary(
            id=row.id,
            patient_id=patient.id,
            patient_name=patient.name,
            record_number=patient.record_number,
            consulted_on=row.consulted_on,
            status=_status(row.status),
            updated_at=_aware(row.updated_at),
        )
        for row, patient in session.execute(statement)
    ]


def set_status(session: Session, consultation_id: int, status: ConsultationStatus) -> None:
    row = session.get(models.ConsultationRow, consultation_id)
    if row is None:
        raise NotFound(f"no consultation with id {consultation_id}")
    row.status = status


# --- documents -----------------------------------------------------------------------


def record_document(
    session: Session,
    consultation_id: int,
    kind: DocumentKind,
    language: str,
    large_print: bool,
    file_name: str,
    sha256: str,
) -> DocumentEntry:
    row = models.DocumentRow(
        consultation_id=consultation_id,
        kind=kind,
        language=language,
        large_print=large_print,
        file_name=file_name,
        sha256=sha256,
    )
    session.add(row)
    session.flush()
    return _document(row)


def documents_for(session: Session, consultation_id: int) -> list[DocumentEntry]:
    rows = session.scalars(
        select(models.DocumentRow)
        .where(models.DocumentRow.consultation_id == consultation_id)
        .order_by(models.DocumentRow.id)
    )
    return [_document(row) for row in rows]


def _document(row: models.DocumentRow) -> DocumentEntry:
    kind: DocumentKind = row.kind  # type: ignore[assignment]
    return DocumentEntry(
        id=row.id,
        consultation_id=row.consultation_id,
        kind=kind,
        language=row.language,
        large_print=row.large_print,
        file_name=row.file_name,
        sha256=row.sha256,
        created_at=_aware(row.created_at),
    )


def _status(value: str) -> ConsultationStatus:
    return "complete" if value == "complete" else "draft"


def _aware(moment: dt.datetime) -> dt.datetime:
    """SQLite drops time zones; every stored time is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
