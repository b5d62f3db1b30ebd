"""The clinic's details: one row, and the stand-in they replace in unfinished
consultations. Like :mod:`records_repo`, it returns frozen dataclasses only."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from neuromod_aid.consultation import Clinic, from_dict
from neuromod_aid.db import models
from neuromod_aid.db.records_repo import save_consultation
from neuromod_aid.frozen import FrozenMap
from neuromod_aid.logging_setup import program_text
from neuromod_aid.validation import validated

log = logging.getLogger(__name__)


def clinic_profile(session: Session) -> Clinic | None:
    """The clinic's saved details; ``None`` when none are saved, or the saved row does
    not make valid details (damaged outside the program): the window then asks for them
    as for a clinic not set up yet, and saving them replaces the row."""
    row = session.get(models.ClinicProfileRow, 1)
    if row is None:
        return None
    try:
        return _details(row)
    except (ValueError, TypeError) as error:  # pydantic's ValidationError is a ValueError
        log.warning(
            "clinic details in the database are damaged (%s): read as not set up",
            program_text(type(error).__name__),
        )
        return None


def _details(row: models.ClinicProfileRow) -> Clinic:
    stored = Clinic(
        name=row.name,
        phone=row.phone,
        email=row.email,
        address=row.address,
        hours=FrozenMap(row.hours_by_language),
        out_of_hours=FrozenMap(row.out_of_hours),
        out_of_hours_phone=row.out_of_hours_phone,
    )
    return validated(stored)


def save_clinic_profile(
    session: Session, clinic: Clinic, identifier_system: str | None = None
) -> None:
    """Save ``clinic``; and the record numbers' system, unless it is None (kept)."""
    clinic = validated(clinic)
    row = session.get(models.ClinicProfileRow, 1) or models.ClinicProfileRow(id=1)
    row.name, row.phone, row.email = clinic.name, clinic.phone, clinic.email
    row.address, row.out_of_hours_phone = clinic.address, clinic.out_of_hours_phone
    row.hours_by_language, row.out_of_hours = dict(clinic.hours), dict(clinic.out_of_hours)
    if identifier_system is not None:
        row.patient_identifier_system = identifier_system
    session.add(row)


def identifier_system(session: Session) -> str:
    """The system URI of the clinic's record numbers, "" when not set."""
    row = session.get(models.ClinicProfileRow, 1)
    return row.patient_identifier_system if row is not None else ""


def replace_stand_in_clinic(
    session: Session, clinic: Clinic, is_stand_in: Callable[[Clinic], bool]
) -> int:
    """Give ``clinic`` to every unfinished consultation whose clinic ``is_stand_in``."""
    rows = session.scalars(
        select(models.ConsultationRow).where(models.ConsultationRow.status != "complete")
    )
    changed = 0
    for row in rows:
        record = from_dict(row.record)
        if is_stand_in(record.clinic):
            save_consultation(session, replace(record, clinic=clinic), row.id)
            changed += 1
    return changed
