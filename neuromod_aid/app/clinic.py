"""The clinic's own details, saved once and carried by every new consultation.

Until they are saved, a consultation carries a stand-in name in its summary
language and no phone; saving the details gives them to every unfinished
consultation that still carries the stand-in, so no summary is left without a
number to call.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from neuromod_aid import identifier_system as system
from neuromod_aid.app.errors import UserError
from neuromod_aid.app.staff import Working
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.consultation import Clinic
from neuromod_aid.db import Database, audit_repo
from neuromod_aid.db import clinic_repo as repo

STAND_IN = "stand_in_clinic"  # the wording of the stand-in name (patient-facing)
_OLD_FALLBACKS = {"Pain clinic", "Clínica del dolor", "Unidad del dolor"}


def fallback_clinic(catalog: Catalog, lang: str) -> Clinic:
    """The stand-in, named in the summary's language (not the program's)."""
    return Clinic(name=catalog.words(lang)(STAND_IN))


def is_fallback(clinic: Clinic, catalog: Catalog) -> bool:
    """True for a stand-in (no details saved yet when the consultation began)."""
    blank = not (clinic.phone or clinic.email or clinic.address or clinic.hours)
    names = catalog.wording(STAND_IN).values()
    return blank and (clinic.name in names or clinic.name in _OLD_FALLBACKS)


@dataclass(frozen=True)
class ClinicSettings:
    """What the clinic details dialog edits: the details every document prints, and
    the system URI of the clinic's record numbers ("" : not set), which none prints."""

    clinic: Clinic
    identifier_system: str = ""


@dataclass
class ClinicDetails:
    database: Database
    catalog: Catalog
    working: Working = field(default_factory=Working)  # who each change is audited under

    def saved(self) -> Clinic | None:
        with self.database.session() as session:
            return repo.clinic_profile(session)

    def identifier_system(self) -> str:
        """The system URI of the record numbers the clinic set, "" when none."""
        with self.database.session() as session:
            return repo.identifier_system(session)

    def system_in_use(self) -> str:
        """The record numbers' system a FHIR export names: the clinic's, else the
        placeholder (``identifier_system.PLACEHOLDER``)."""
        return self.identifier_system() or system.PLACEHOLDER

    def save(self, clinic: Clinic, identifier_system: str | None = None) -> int:
        """Save the details (and the record numbers' system, unless None: kept);
        return how many unfinished consultations took them in place of the stand-in."""
        why = system.problem(identifier_system) if identifier_system else None
        if why is not None:
            raise UserError(
                f"patient identifier system {identifier_system!r}: {system.EXPLAINED[why]}"
            )
        with self.database.session() as session:
            repo.save_clinic_profile(session, clinic, identifier_system)
            audit_repo.append(session, self.working.name, "clinic_changed", "clinic_profile", None)
            return repo.replace_stand_in_clinic(
                session, clinic, lambda carried: is_fallback(carried, self.catalog)
            )
