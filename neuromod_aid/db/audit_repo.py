"""The audit log: appended to in the unit of work of the change it records, read back
by record number. Nothing here updates or deletes a row, and the ORM refuses to.

Like the other repositories, functions take the caller's :class:`Session` and return
frozen dataclasses; ORM rows never leave this package.
"""

from __future__ import annotations

import getpass
from typing import Any

from sqlalchemy import event, select, text
from sqlalchemy.orm import Session

from neuromod_aid.db import models
from neuromod_aid.db.pathway_repo import find_staff
from neuromod_aid.errors import RecordRejected
from neuromod_aid.records import AuditAction, AuditEntry, as_utc
from neuromod_aid.textfold import record_key

APPEND_ONLY = "the audit log is append-only"


def append(
    session: Session,
    who: str,
    action: AuditAction,
    table: str,
    record_id: int | None,
    record_number: str = "",
) -> None:
    """Record ``action`` on ``table``'s row ``record_id``, by the staff member named
    ``who`` ("" or not on the list: none), as this connection's database user."""
    member = find_staff(session, who) if who.strip() else None
    session.add(
        models.AuditRow(
            staff_id=None if member is None else member.id,
            db_user=_db_user(session),
            action=action,
            table_name=table,
            record_id=record_id,
            record_number=record_number.strip(),
            record_key=record_key(record_number),
        )
    )
    session.flush()  # an audit row that cannot be written fails the change with it


def of_consultation(session: Session, who: str, action: AuditAction, consultation_id: int) -> None:
    """Record ``action`` on a consultation, with its patient's record number."""
    row = session.get(models.ConsultationRow, consultation_id)
    number = row.patient.record_number if row is not None else ""
    append(session, who, action, "consultations", consultation_id, number)


def of_patient(session: Session, who: str, action: AuditAction, patient_id: int) -> None:
    """Record ``action`` on a patient, with their record number (read before a delete)."""
    row = session.get(models.PatientRow, patient_id)
    append(session, who, action, "patients", patient_id, row.record_number if row else "")


def entries(session: Session, record_number: str | None = None) -> list[AuditEntry]:
    """The log oldest first; only the lines of ``record_number`` (any case) when given
    (none for an empty one: it names no patient)."""
    if record_number is not None and not record_key(record_number):
        return []
    query = (
        select(models.AuditRow, models.StaffRow.name)
        .outerjoin(models.StaffRow, models.StaffRow.id == models.AuditRow.staff_id)
        .order_by(models.AuditRow.id)
    )
    if record_number is not None:
        query = query.where(models.AuditRow.record_key == record_key(record_number))
    return [_entry(row, name) for row, name in session.execute(query)]


def _entry(row: models.AuditRow, staff_name: str | None) -> AuditEntry:
    return AuditEntry(
        id=row.id,
        at=as_utc(row.at),
        staff_id=row.staff_id,
        staff_name=staff_name or "",
        db_user=row.db_user,
        action=row.action,
        table=row.table_name,
        record_id=row.record_id,
        record_number=row.record_number,
    )


def _db_user(session: Session) -> str:
    """The PostgreSQL role connected; on SQLite (no roles) the computer's user."""
    if session.get_bind().dialect.name == "postgresql":
        return str(session.scalar(text("SELECT current_user")) or "")
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no user name known to this process
        return ""


@event.listens_for(models.AuditRow, "before_update")
@event.listens_for(models.AuditRow, "before_delete")
def _append_only(_mapper: Any, _connection: Any, _target: models.AuditRow) -> None:
    raise RecordRejected(APPEND_ONLY)
