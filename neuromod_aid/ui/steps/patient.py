"""Step 1: the patient, the clinician, the date and the summary language."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from neuromod_aid.app.clinic import fallback_clinic, is_fallback
from neuromod_aid.consultation import Clinician, Consultation, Patient
from neuromod_aid.record_fields import RECORD_NUMBER_MAX
from neuromod_aid.ui.services import Services
from neuromod_aid.ui.settings import CLINICIAN_NAME, CLINICIAN_ROLE
from neuromod_aid.ui.staff import offer_names
from neuromod_aid.ui.steps.base import StepId, StepPage, hint
from neuromod_aid.ui.widgets.clinician_field import ClinicianField
from neuromod_aid.ui.widgets.date_field import DateField, DateKind, add_to_form


class PatientPage(StepPage):
    step_id = StepId.PATIENT

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        patient_box = QGroupBox(self.tr("Patient"))
        form = QFormLayout(patient_box)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Patient's name"))
        self.name_problem = QLabel()
        self.name_problem.setObjectName("problem")
        self.name_problem.setWordWrap(True)
        self.record_number = QLineEdit()
        self.record_number.setMaxLength(RECORD_NUMBER_MAX)  # what the record format keeps
        self.record_number.setAccessibleName(self.tr("Record number"))
        self.birth_date = DateField(DateKind.BIRTH, self.tr("Not given"))
        self.birth_date.setAccessibleName(self.tr("Date of birth"))
        form.addRow(self.tr("Na&me"), self.name)  # Alt+N is Next
        form.addRow("", self.name_problem)
        form.addRow(self.tr("&Record number"), self.record_number)
        add_to_form(form, self.tr("Date of bir&th"), self.birth_date)  # Alt+B is Back
        self._buddies(form)

        visit_box = QGroupBox(self.tr("This consultation"))
        visit = QFormLayout(visit_box)
        self.clinician = ClinicianField()
        self.clinician.setAccessibleName(self.tr("Clinician's name"))
        offer_names(self.clinician, services)  # the clinician comes from the staff list
        self.role = QLineEdit()
        self.role.setAccessibleName(self.tr("Clinician's role"))
        self.date = DateField(DateKind.VISIT)  # required: never empty
        self.date.setAccessibleName(self.tr("Date of the consultation"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the patient's summary"))
        for code, name in services.catalog.manifest.language_names.items():
            self.language.addItem(name, code)
        visit.addRow(self.tr("&Clinician"), self.clinician)
        visit.addRow(self.tr("R&ole"), self.role)
        visit.addRow("", self.printed_in())  # the role is printed on the summary as typed
        add_to_form(visit, self.tr("&Date"), self.date)
        visit.addRow(self.tr("Summary &language"), self.language)
        self._buddies(visit)
        self.body_layout.addWidget(patient_box)
        self.body_layout.addWidget(visit_box)
        self.body_layout.addWidget(
            hint(
                self.tr(
                    "The summary language sets the language of everything the patient "
                    "sees and takes home. It does not change the language of this program."
                )
            )
        )
        self.body_layout.addStretch(1)

        self.name.textEdited.connect(self._patient_changed)
        self.record_number.editingFinished.connect(self._record_number_finished)
        self.birth_date.value_changed.connect(self._patient_changed)
        self.clinician.edited.connect(lambda _: self._clinician_changed())
        self.role.textEdited.connect(self._clinician_changed)
        self.date.value_changed.connect(self._date_changed)
        self.language.currentIndexChanged.connect(self._language_changed)

    @staticmethod
    def _buddies(form: QFormLayout) -> None:
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            text = label.widget() if label is not None else None
            buddy = field.widget() if field is not None else None
            if isinstance(text, QLabel) and buddy is not None:
                text.setBuddy(buddy)

    def title(self) -> str:
        return self.tr("Patient")

    def fill(self, record: Consultation) -> None:
        self.name.setText(record.patient.name)
        self.name_problem.setText("")
        self.record_number.setText(record.patient.record_number)
        self.birth_date.set_value(record.patient.birth_date)
        self.clinician.setText(record.clinician.name)
        self.role.setText(record.clinician.role)
        self.date.set_value(record.date)
        self.language.setCurrentIndex(max(0, self.language.findData(record.language)))

    def _patient_changed(self) -> None:
        """The name or the birth date changed: stored at once (the number as stored)."""
        record = self.record
        name = self.name.text().strip()
        if record is None:
            return
        if not name:
            self.name_problem.setText(self.tr("A name is needed; the last one is kept."))
            return
        self.name_problem.setText("")
        self._store_patient(name, record.patient.record_number)

    def _record_number_finished(self) -> None:
        """A record number is taken as a whole, when typing it is done (Enter or moving
        on): a half-typed number never reaches the record. Another patient's number is
        refused, naming them, and the field goes back to the stored number."""
        record = self.record
        number = self.record_number.text().strip()
        if record is None or number == record.patient.record_number:
            return
        owner = self.services.consultations.record_number_owner(
            number, self.services.controller.consultation_id
        )
        if owner is not None:
            kept = record.patient.record_number or self.tr("(none)")
            self.name_problem.setText(
                self.tr(
                    "Record number {0} already belongs to {1}, so it was not saved; the "
                    "number stays {2}. If they are the same person, merge the two records "
                    "from the patient's record."
                ).format(number, owner, kept)
            )
            self.record_number.setText(record.patient.record_number)
            return
        self.name_problem.setText("")
        self._store_patient(self.name.text().strip() or record.patient.name, number)

    def _store_patient(self, name: str, number: str) -> None:
        self.update_record(
            lambda record: replace(
                record,
                patient=Patient(
                    name=name, record_number=number, birth_date=self.birth_date.value()
                ),
            )
        )

    def _clinician_changed(self) -> None:
        name = self.clinician.text().strip()
        if name:
            self.update_record(
                lambda record: replace(
                    record, clinician=Clinician(name=name, role=self.role.text().strip())
                )
            )
            CLINICIAN_NAME.set(self.services.settings, name)
            CLINICIAN_ROLE.set(self.services.settings, self.role.text().strip())

    def _date_changed(self) -> None:
        date = self.date.value()
        if date is not None:  # a required field is never emptied, only refused
            self.update_record(lambda record: replace(record, date=date))

    def _language_changed(self) -> None:
        language = self.language.currentData()
        self.say_printed_in(language)
        record = self.record
        catalog = self.services.catalog
        if record is not None and is_fallback(record.clinic, catalog):  # the stand-in follows
            clinic = fallback_clinic(catalog, language)
            self.update_record(lambda record: replace(record, language=language, clinic=clinic))
        else:
            self.update_record(lambda record: replace(record, language=language))
