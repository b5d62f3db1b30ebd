"""The clinic's own details, saved once and carried by every new consultation."""

from __future__ import annotations

from dataclasses import dataclass

from neuromod_aid.consultation import Clinic
from neuromod_aid.db import Database
from neuromod_aid.db import records_repo as repo


@dataclass
class ClinicDetails:
    database: Database

    def saved(self) -> Clinic | None:
        with self.database.session() as session:
            return repo.clinic_profile(session)

    def save(self, clinic: Clinic) -> None:
        with self.database.session() as session:
            repo.save_clinic_profile(session, clinic)
