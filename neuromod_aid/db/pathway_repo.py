"""The pathway's records: the staff list, who saved each revision of a consultation,
the planned procedures, and the procedure's checklist and calls.

Like :mod:`records_repo`, every function takes a short-lived :class:`Session` and
returns frozen dataclasses; ORM rows never leave this package.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from neuromod_aid.consultation import Consultation, Procedure, from_dict, to_dict
from neuromod_aid.db import models
from neuromod_aid.db.models import utcnow
from neuromod_aid.errors import NotFound, RecordRejected
from neuromod_aid.records import (
    STAFF_ROLES,
    RecordChange,
    StaffMember,
    StaffRole,
    as_utc,
)
from neuromod_aid.textfold import fold
from neuromod_aid.validation import validated

# --- staff ---------------------------------------------------------------------------


def staff(session: Session) -> list[StaffMember]:
    """Everyone on the list, those still working first, by name."""
    rows = session.scalars(select(models.StaffRow).order_by(models.StaffRow.name_folded))
    members = [_member(row) for row in rows]
    return sorted(members, key=lambda member: member.retired)


def _member(row: models.StaffRow) -> StaffMember:
    role: StaffRole = next((r for r in STAFF_ROLES if r == row.role), "other")
    return StaffMember(row.id, row.name, role, retired=row.retired_at is not None)


def _named(session: Session, name: str) -> models.StaffRow | None:
    return session.scalars(
        select(models.StaffRow).where(models.StaffRow.name_folded == fold(name))
    ).first()


def find_staff(session: Session, name: str) -> StaffMember | None:
    row = _named(session, name)
    return None if row is None else _member(row)


def save_staff(session: Session, member_id: int | None, name: str, role: StaffRole) -> StaffMember:
    """Add someone (``member_id`` None) or change their name or role. A name already on
    the list, or renaming someone who has signed a change, is refused."""
    name = " ".join(name.split())
    if not name:
        raise RecordRejected("a name is needed")
    same = _named(session, name)
    if same is not None and same.id != member_id:
        raise RecordRejected(f"{same.name} is on the staff list already")
    if member_id is None:
        row = models.StaffRow(name=name, role=role)
        session.add(row)
    else:
        row = _staff_row(session, member_id)
        if fold(row.name) != fold(name) and has_signed(session, row.name):
            raise RecordRejected(f"{row.name} has signed changes: their name stays as it is")
        row.name = name
        row.role = role
    row.name_folded = fold(name)
    session.flush()
    return _member(row)


def retire_staff(session: Session, member_id: int, retired: bool) -> StaffMember:
    row = _staff_row(session, member_id)
    row.retired_at = utcnow() if retired else None
    session.flush()
    return _member(row)


def _staff_row(session: Session, member_id: int) -> models.StaffRow:
    row = session.get(models.StaffRow, member_id)
    if row is None:
        raise NotFound(f"no staff member {member_id}")
    return row


def has_signed(session: Session, name: str) -> bool:
    """Whether ``name`` saved a consultation or amended one."""
    changed = select(models.RecordChangeRow.id).where(models.RecordChangeRow.changed_by == name)
    amended = select(models.AmendmentRow.id).where(models.AmendmentRow.amended_by == name)
    return (
        session.scalars(changed.limit(1)).first() is not None
        or session.scalars(amended.limit(1)).first() is not None
    )


# --- who saved what ------------------------------------------------------------------


def note_change(session: Session, consultation_id: int, who: str) -> bool:
    """Record who saved the consultation's current revision (once per revision); False
    when it was recorded already (nothing changed since)."""
    session.flush()
    row = session.get(models.ConsultationRow, consultation_id)
    if row is None:
        return False
    known = session.scalars(
        select(models.RecordChangeRow.id).where(
            models.RecordChangeRow.consultation_id == consultation_id,
            models.RecordChangeRow.revision == row.revision,
        )
    ).first()
    if known is None:
        session.add(
            models.RecordChangeRow(
                consultation_id=consultation_id, revision=row.revision, changed_by=who
            )
        )
    return known is None


def changes(session: Session, consultation_id: int) -> list[RecordChange]:
    rows = session.scalars(
        select(models.RecordChangeRow)
        .where(models.RecordChangeRow.consultation_id == consultation_id)
        .order_by(models.RecordChangeRow.revision)
    )
    return [RecordChange(row.revision, row.changed_by, as_utc(row.changed_at)) for row in rows]


# --- procedures ----------------------------------------------------------------------


def planned(session: Session) -> Iterator[tuple[int, Consultation]]:
    """Every consultation with a planned procedure, of patients and consultations not
    archived: (consultation id, record)."""
    rows = session.execute(
        select(models.ConsultationRow.id, models.ConsultationRow.record)
        .join(models.PatientRow)
        .where(
            models.ConsultationRow.archived_at.is_(None),
            models.PatientRow.archived_at.is_(None),
        )
    )
    for consultation_id, data in rows:
        if isinstance(data, dict) and data.get("procedure"):
            yield consultation_id, from_dict(data)


def of_patient(session: Session, patient_id: int) -> list[tuple[int, Consultation]]:
    rows = session.execute(
        select(models.ConsultationRow.id, models.ConsultationRow.record)
        .where(models.ConsultationRow.patient_id == patient_id)
        .order_by(models.ConsultationRow.consulted_on.desc(), models.ConsultationRow.id.desc())
    )
    return [(consultation_id, from_dict(data)) for consultation_id, data in rows]


def add_next(session: Session, consultation_id: int, record: Consultation) -> int:
    """Store ``record`` as a new consultation of the same patient as ``consultation_id``
    (the next step of their pathway, such as the implant after a trial), whatever their
    record number; return its id."""
    before = session.get(models.ConsultationRow, consultation_id)
    if before is None:
        raise NotFound(f"no consultation {consultation_id}")
    row = models.ConsultationRow(
        patient=before.patient,
        revision=1,
        consulted_on=record.date,
        language=record.language,
        record=to_dict(validated(record)),
    )
    session.add(row)
    session.flush()
    return row.id


def change_procedure(
    session: Session, consultation_id: int, change: Callable[[Procedure], Procedure], who: str
) -> Consultation:
    """Apply ``change`` to the consultation's planned procedure and store it as a new
    revision. The pathway goes on after the consultation is finished, so a finished
    record takes it too (its printed versions are kept as they were)."""
    row = session.get(models.ConsultationRow, consultation_id)
    if row is None:
        raise NotFound(f"no consultation {consultation_id}")
    record = from_dict(row.record)
    if record.procedure is None:
        raise RecordRejected("this consultation has no planned procedure")
    changed = validated(replace(record, procedure=change(record.procedure)))
    if changed != record:
        row.record = to_dict(changed)
        row.revision += 1
        note_change(session, consultation_id, who)
    return changed
