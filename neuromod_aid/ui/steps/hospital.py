"""The Summary step's "For the hospital record": the consultation as a FHIR R4 document
Bundle (``neuromod_aid.fhir``, see ``docs/fhir.md``), the summary PDF inside, written
to a file the clinician chooses for the hospital's record system to take in. Final
once the consultation is finished, preliminary before."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from neuromod_aid.ui.clinic import record_with_clinic
from neuromod_aid.ui.documents import file_stem

if TYPE_CHECKING:
    from neuromod_aid.ui.steps.summary import SummaryPage


class HospitalRecord(QObject):
    def __init__(self, page: SummaryPage) -> None:
        super().__init__(page)
        self.page, self.services = page, page.services
        self.button = QPushButton(self.tr("For the &hospital record…"))
        self.button.setToolTip(
            self.tr("A FHIR file with this consultation and its summary, for the hospital system.")
        )
        self.button.clicked.connect(self.export)

    def export(self) -> None:
        record = record_with_clinic(self.services)
        if record is None:
            return
        services = self.services
        suggested = services.location.exports_dir / (
            file_stem("hospital_record", record, services.catalog) + ".json"
        )
        target = services.dialogs.save_file(
            self.tr("Export for the hospital record"),
            suggested,
            self.tr("FHIR documents (*.json)"),
        )
        if target is None:
            return
        from neuromod_aid.fhir.bundle import export_bundle

        services.controller.flush()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a second or two
        try:
            export_bundle(
                record,
                services.catalog,
                target,
                identifier_system=services.clinic.system_in_use(),
                final=services.controller.finished,
            )
        except OSError as error:
            services.dialogs.warn(
                self.tr("Not exported"),
                self.tr("The file could not be written: {0}").format(error.strerror or error),
            )
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        saved = self.tr("Saved for the hospital record as {0}").format(target)
        if not services.clinic.identifier_system():
            saved += " " + self.tr(
                "The record numbers' system is not set: set it in Clinic details "
                "(Ctrl+Shift+D) before the hospital takes the file in."
            )
        self.page.status.setText(saved)
