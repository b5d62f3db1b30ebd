"""Patients: one record per person, with every consultation they had.

The record number names a person; names alone never do. Details corrected here
apply to every unfinished consultation; a finished one keeps what it was finished
and printed with. Archiving hides from the lists and keeps everything; merging
joins two records of one person; deleting removes a patient and all they had. Each
change is audited, under the person working, in the unit of work that makes it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from neuromod_aid.app.staff import Working
from neuromod_aid.consultation import Patient
from neuromod_aid.db import Database, audit_repo, records_repo
from neuromod_aid.db import patients_repo as repo
from neuromod_aid.records import AuditAction, PatientRecord, PatientSummary


@dataclass
class Patients:
    database: Database
    working: Working = field(default_factory=Working)  # who each change is audited under

    def record(self, patient_id: int) -> PatientRecord:
        with self.database.session() as session:
            return repo.patient_record(session, patient_id)

    def search(self, text: str, limit: int = 30) -> list[PatientSummary]:
        with self.database.session() as session:
            return records_repo.search_patients(session, text, limit=limit)

    def similar(self, name: str, record_number: str = "") -> list[PatientSummary]:
        """Who a new patient called ``name`` could be confused with."""
        with self.database.session() as session:
            return repo.similar_patients(session, name, record_number)

    def correct(
        self, patient_id: int, name: str, record_number: str, birth_date: dt.date | None
    ) -> PatientRecord:
        with self.database.session() as session:
            repo.update_patient(session, patient_id, name, record_number, birth_date)
            self._audit(session, "patient_corrected", patient_id)
            return repo.patient_record(session, patient_id)

    def bring_in(self, details: Patient) -> tuple[int, bool]:
        """Create the patient with this record number, or correct the one stored (as
        :meth:`correct` does); return their id and whether they are new."""
        with self.database.session() as session:
            patient_id = repo.find_patient_id(session, details.record_number)
            if patient_id is None:
                created = repo.create_patient(session, details)
                self._audit(session, "patient_created", created)
                return created, True
            repo.update_patient(
                session, patient_id, details.name, details.record_number, details.birth_date
            )
            self._audit(session, "patient_corrected", patient_id)
            return patient_id, False

    def archive(self, patient_id: int, archived: bool = True) -> None:
        with self.database.session() as session:
            repo.set_archived(session, archived=archived, patient_id=patient_id)
            action: AuditAction = "patient_archived" if archived else "patient_unarchived"
            self._audit(session, action, patient_id)

    def archive_consultation(self, consultation_id: int, archived: bool = True) -> None:
        with self.database.session() as session:
            repo.set_archived(session, archived=archived, consultation_id=consultation_id)
            audit_repo.of_consultation(
                session,
                self.working.name,
                "consultation_archived" if archived else "consultation_unarchived",
                consultation_id,
            )

    def merge(self, keep_id: int, other_id: int) -> PatientRecord:
        with self.database.session() as session:
            self._audit(session, "patient_merged", other_id)  # its number, read before it goes
            repo.merge_patients(session, keep_id, other_id)
            self._audit(session, "patient_merged", keep_id)
            return repo.patient_record(session, keep_id)

    def delete(self, patient_id: int) -> None:
        with self.database.session() as session:
            self._audit(session, "patient_deleted", patient_id)  # their number, read first
            repo.delete_patient(session, patient_id)

    def _audit(self, session: Session, action: AuditAction, patient_id: int) -> None:
        audit_repo.of_patient(session, self.working.name, action, patient_id)
