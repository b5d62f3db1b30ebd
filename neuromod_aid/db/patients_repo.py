"""A patient's record: every consultation they had, details corrected once, archive,
merge and delete. Like :mod:`records_repo`, it returns frozen dataclasses only."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from neuromod_aid.consultation import Patient, from_dict
from neuromod_aid.db import models
from neuromod_aid.db.documents_repo import document_entry
from neuromod_aid.db.models import utcnow
from neuromod_aid.db.records_repo import (
    find_patient,
    save_consultation,
    search_patients,
    set_record_number,
)
from neuromod_aid.errors import NotFound, RecordNumberTaken
from neuromod_aid.records import (
    ConsultationOverview,
    MadeDocument,
    PatientRecord,
    PatientSummary,
    as_status,
)
from neuromod_aid.textfold import fold, record_key
from neuromod_aid.validation import validated


def patient_record(session: Session, patient_id: int) -> PatientRecord:
    patient = session.get(models.PatientRow, patient_id)
    if patient is None:
        raise NotFound(f"no patient with id {patient_id}")
    rows = session.scalars(
        select(models.ConsultationRow)
        .where(models.ConsultationRow.patient_id == patient_id)
        .order_by(models.ConsultationRow.consulted_on.desc(), models.ConsultationRow.id.desc())
    )
    overviews = []
    for row in rows:
        record = from_dict(row.record)
        made = tuple(
            MadeDocument(entry.kind, entry.record_revision in (None, row.revision))
            for entry in (document_entry(document) for document in row.documents)
        )
        overviews.append(
            ConsultationOverview(
                id=row.id,
                consulted_on=row.consulted_on,
                clinician=record.clinician.name,
                therapies_discussed=record.therapies_discussed,
                status=as_status(row.status),
                archived=row.archived_at is not None,
                documents=made,
                amended=bool(row.amendments),
            )
        )
    return PatientRecord(
        id=patient.id,
        name=patient.name,
        record_number=patient.record_number,
        birth_date=patient.birth_date,
        is_demo=patient.is_demo,
        archived=patient.archived_at is not None,
        consultations=tuple(overviews),
    )


def similar_patients(session: Session, name: str, record_number: str) -> list[PatientSummary]:
    """Stored patients a new one could be confused with: the same record number, or a
    name that contains the typed one or is contained in it (any case, any accents)."""
    folded = fold(name)
    found = [
        p
        for p in search_patients(session, name, limit=200, archived_too=True)
        if folded and (folded in fold(p.name) or fold(p.name) in folded)
    ]
    number = record_number.strip()
    if number:
        found += [
            p
            for p in search_patients(session, number, archived_too=True)
            if record_key(p.record_number) == record_key(number)
        ]
    unique = {p.id: p for p in found}
    return list(unique.values())


def find_patient_id(session: Session, record_number: str) -> int | None:
    """The id of the patient with this record number (any case), if one is stored."""
    patient = find_patient(session, record_number)
    return None if patient is None else patient.id


def create_patient(session: Session, details: Patient) -> int:
    """A patient with no consultation yet (brought in from the hospital's record); the
    record number must be free (:class:`RecordNumberTaken` otherwise)."""
    owner = find_patient(session, details.record_number)
    if owner is not None:
        raise RecordNumberTaken(details.record_number, owner.name)
    patient = models.PatientRow(
        name=details.name, name_folded=fold(details.name), birth_date=details.birth_date
    )
    set_record_number(patient, details.record_number)
    session.add(patient)
    session.flush()
    return patient.id


def update_patient(
    session: Session, patient_id: int, name: str, record_number: str, birth_date: dt.date | None
) -> None:
    """Correct a patient's details once for all their unfinished consultations; finished
    ones keep the details they were finished (and printed) with."""
    patient = session.get(models.PatientRow, patient_id)
    if patient is None:
        raise NotFound(f"no patient with id {patient_id}")
    owner = find_patient(session, record_number)
    if owner is not None and owner.id != patient_id:
        raise RecordNumberTaken(record_number, owner.name)
    details = validated(
        Patient(name=name, record_number=record_number.strip(), birth_date=birth_date)
    )
    for row in patient.consultations:
        if row.status != "complete":
            record = replace(from_dict(row.record), patient=details)
            save_consultation(session, record, row.id)
    patient.name, patient.name_folded = details.name, fold(details.name)
    set_record_number(patient, details.record_number)
    patient.birth_date = birth_date
    session.flush()


def set_archived(
    session: Session,
    *,
    archived: bool,
    patient_id: int | None = None,
    consultation_id: int | None = None,
) -> None:
    """Hide a patient or a consultation from the lists (kept), or show it again."""
    row: models.PatientRow | models.ConsultationRow | None = (
        session.get(models.PatientRow, patient_id)
        if patient_id is not None
        else session.get(models.ConsultationRow, consultation_id)
    )
    if row is None:
        raise NotFound("nothing to archive")
    row.archived_at = utcnow() if archived else None


def consultation_archived(session: Session, consultation_id: int) -> bool:
    """Whether the consultation is hidden from the lists."""
    row = session.get(models.ConsultationRow, consultation_id)
    return row is not None and row.archived_at is not None


def merge_patients(session: Session, keep_id: int, other_id: int) -> None:
    """One person entered twice: ``other``'s consultations join ``keep``. ``keep`` takes
    a record number or birth date it lacks, and its details go into every unfinished
    consultation of both; finished ones keep the details they were printed with."""
    keep = session.get(models.PatientRow, keep_id)
    other = session.get(models.PatientRow, other_id)
    if keep is None or other is None or keep_id == other_id:
        raise NotFound("two different patients are needed")
    for row in list(other.consultations):
        row.patient = keep
    number, born = other.record_number, other.birth_date
    session.delete(other)
    session.flush()
    update_patient(  # the consultations that moved print who the patient is now
        session,
        keep_id,
        keep.name,
        keep.record_number or number,
        keep.birth_date if keep.birth_date is not None else born,
    )


def delete_patient(session: Session, patient_id: int) -> None:
    """Remove a patient with every consultation, document record and version."""
    patient = session.get(models.PatientRow, patient_id)
    if patient is None:
        raise NotFound(f"no patient with id {patient_id}")
    for row in list(patient.consultations):
        session.delete(row)
    session.delete(patient)
