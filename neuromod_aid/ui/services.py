"""What every part of the window shares, handed in explicitly (no globals)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from neuromod_aid.paths import DataLocation

if TYPE_CHECKING:
    from neuromod_aid.app.audit import Audit
    from neuromod_aid.app.clinic import ClinicDetails
    from neuromod_aid.app.consultations import Consultations
    from neuromod_aid.app.content import ClinicContent
    from neuromod_aid.app.context import Records
    from neuromod_aid.app.pathway import Pathway
    from neuromod_aid.app.patients import Patients
    from neuromod_aid.app.staff import Staff
    from neuromod_aid.catalog.model import Catalog
    from neuromod_aid.catalog.text import Lang
    from neuromod_aid.ui.controller import ConsultationController
    from neuromod_aid.ui.dialogs import Dialogs


@dataclass
class Services:
    catalog: Catalog
    consultations: Consultations
    patients: Patients
    clinic: ClinicDetails
    content: ClinicContent
    staff: Staff
    pathway: Pathway
    audit: Audit  # the audit log: a patient's history of changes
    controller: ConsultationController
    dialogs: Dialogs
    settings: QSettings
    location: DataLocation
    ui_lang: Lang

    @classmethod
    def over(
        cls,
        records: Records,
        controller: ConsultationController,
        dialogs: Dialogs,
        settings: QSettings,
        location: DataLocation,
        ui_lang: Lang,
    ) -> Services:
        """What the window shares once the records are open."""
        return cls(
            catalog=records.catalog,
            consultations=records.consultations,
            patients=records.patients,
            clinic=records.clinic,
            content=records.content,
            staff=records.staff,
            pathway=records.pathway,
            audit=records.audit,
            controller=controller,
            dialogs=dialogs,
            settings=settings,
            location=location,
            ui_lang=ui_lang,
        )
