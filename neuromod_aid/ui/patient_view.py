"""One patient: their details, edited once, and every consultation they had.

From here a consultation is started or reopened, and records are kept tidy:
archive (hidden from the lists, kept), merge two records of one person, delete
(after a confirmation naming the patient and what goes); and the patient's rights:
everything about them exported, or the patient erased (``ui/patient_rights.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from neuromod_aid.errors import RecordNumberTaken
from neuromod_aid.records import PatientRecord, PatientSummary, identified
from neuromod_aid.ui.calls import call_columns, call_headers
from neuromod_aid.ui.focus import say_under
from neuromod_aid.ui.geometry import scrolling
from neuromod_aid.ui.history import HistoryPanel
from neuromod_aid.ui.made_documents import MadeDocuments
from neuromod_aid.ui.patient_rights import RightsActions
from neuromod_aid.ui.returning import Earlier, carry_over, latest
from neuromod_aid.ui.settings import CLINICIAN_NAME
from neuromod_aid.ui.staff import offer_names
from neuromod_aid.ui.steps.base import scaled_font
from neuromod_aid.ui.timeline import TimelinePanel
from neuromod_aid.ui.widgets.clinician_field import ClinicianField
from neuromod_aid.ui.widgets.date_field import DateField, DateKind, add_to_form

if TYPE_CHECKING:
    from neuromod_aid.records import ConsultationOverview
    from neuromod_aid.ui.services import Services


class PatientView(QWidget):
    new_requested = Signal(str, object)  # clinician, PatientSummary
    open_requested = Signal(int)  # consultation id
    back_requested = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.patients = services.patients
        self.shown: PatientRecord | None = None
        self.earlier: Earlier | None = None  # the last consultation, to carry over from
        self.heading = QLabel()
        self.heading.setObjectName("stepHeading")
        self.heading.setFont(scaled_font(self, 1.5, bold=True))
        self.demo_mark = QLabel(self.tr("Demo: a fictional patient, not a real record"))
        self.demo_mark.setObjectName("badge")

        details = QGroupBox(self.tr("Details (they apply to every unfinished consultation)"))
        form = QFormLayout(details)
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.record_number = QLineEdit()
        self.record_number.setMaxLength(100)
        self.birth_date = DateField(DateKind.BIRTH, self.tr("Not given"))
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.save_details = QPushButton(self.tr("&Save the details"))
        for text, field in (
            (self.tr("&Full name"), self.name),
            (self.tr("&Record number"), self.record_number),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", ""))
            form.addRow(label, field)
        birth_label = QLabel(self.tr("Date of &birth"))
        birth_label.setBuddy(self.birth_date)
        self.birth_date.setAccessibleName(self.tr("Date of birth"))
        add_to_form(form, birth_label, self.birth_date)
        form.addRow("", self.problem)
        form.addRow("", self.save_details)

        history = QGroupBox(self.tr("Consultations"))
        history_layout = QVBoxLayout(history)
        self.history = QTreeWidget()
        self.history.setAccessibleName(self.tr("Consultations of this patient"))
        self.history.setRootIsDecorated(False)
        self.history.setHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Clinician"),
                self.tr("Options discussed"),
                self.tr("Status"),
                self.tr("Documents"),
            ]
        )
        self.clinician = ClinicianField(CLINICIAN_NAME.get(services.settings))
        self.clinician.setAccessibleName(self.tr("Clinician's name"))
        offer_names(self.clinician, services)
        clinician_row = QHBoxLayout()
        clinician_label = QLabel(self.tr("&Clinician"))
        clinician_label.setBuddy(self.clinician)
        clinician_row.addWidget(clinician_label)
        clinician_row.addWidget(self.clinician, 1)
        # a returning patient: start from the last consultation, saying exactly what
        self.carry = QCheckBox()
        self.carry.setChecked(True)
        self.carried = QLabel()
        self.carried.setObjectName("hint")
        self.carried.setWordWrap(True)
        self.carried.setContentsMargins(24, 0, 0, 0)
        self.new_button = QPushButton(self.tr("Start a &new consultation"))
        self.new_button.setDefault(True)
        self.open_button = QPushButton(self.tr("&Open the selected consultation"))
        self.archive_consultation = QPushButton(self.tr("&Archive the consultation"))
        actions = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.archive_consultation):
            actions.addWidget(button)
        actions.addStretch(1)
        history_layout.addWidget(self.history, 1)
        history_layout.addLayout(clinician_row)
        history_layout.addWidget(self.carry)
        history_layout.addWidget(self.carried)
        history_layout.addLayout(actions)

        calls = QGroupBox(self.tr("Calls about procedures"))
        calls_layout = QVBoxLayout(calls)
        self.calls = QTreeWidget()
        self.calls.setAccessibleName(self.tr("Calls about this patient's procedures"))
        self.calls.setRootIsDecorated(False)
        self.calls.setHeaderLabels([self.tr("Procedure"), *call_headers()])
        calls_layout.addWidget(self.calls)
        self.timeline = TimelinePanel(services)
        self.changes = HistoryPanel(services)

        self.back_button = QPushButton("← " + self.tr("Back to the start screen"))
        self.archive_patient = QPushButton(self.tr("Archive the patient"))
        self.merge_button = QPushButton(self.tr("&Merge another record into this one…"))
        self.delete_button = QPushButton(self.tr("&Delete a patient entered by mistake…"))
        tidy = QVBoxLayout()
        for button in (self.archive_patient, self.merge_button, self.delete_button):
            tidy.addWidget(button)
        self.rights = RightsActions(self, tidy)  # export everything, erase
        tidy.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(details, 1)
        top.addLayout(tidy)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)

        layout = QVBoxLayout()
        layout.setContentsMargins(24, 16, 24, 16)
        self.documents = MadeDocuments(services)
        layout.addWidget(self.heading)
        layout.addWidget(self.demo_mark)
        layout.addLayout(top)
        layout.addWidget(history, 1)
        for part in (self.documents, calls, self.timeline, self.changes):
            layout.addWidget(part)
        layout.addLayout(bottom)
        scrolling(self, layout)  # 200% on a small screen: it scrolls

        self.save_details.clicked.connect(self._save_details)
        self.new_button.clicked.connect(self._new)
        self.open_button.clicked.connect(self._open)
        self.history.itemActivated.connect(lambda *_: self._open())
        self.history.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.history.currentItemChanged.connect(lambda *_: self._show_documents())
        self.archive_consultation.clicked.connect(self._toggle_consultation_archive)
        self.archive_patient.clicked.connect(self._toggle_patient_archive)
        self.merge_button.clicked.connect(self._merge)
        self.delete_button.clicked.connect(self._delete)
        self.back_button.clicked.connect(self.back_requested)
        self.clinician.currentTextChanged.connect(lambda _: self._update_buttons())

    # --- showing -----------------------------------------------------------------------

    def show_patient(self, patient_id: int) -> None:
        self._show(self.patients.record(patient_id))

    def _show(self, shown: PatientRecord) -> None:
        self.shown = shown
        archived = self.tr(" (archived)") if shown.archived else ""
        self.heading.setText(shown.name + archived)
        self.demo_mark.setVisible(shown.is_demo)
        self.name.setText(shown.name)
        self.record_number.setText(shown.record_number)
        self.birth_date.set_value(shown.birth_date)
        self.problem.clear()
        self.history.clear()
        for consultation in shown.consultations:
            self.history.addTopLevelItem(self._item(consultation))
        first = self.history.topLevelItem(0)
        if first is not None:
            self.history.setCurrentItem(first)
        for column in range(self.history.columnCount()):
            self.history.resizeColumnToContents(column)
        self.earlier = latest(self.services, shown)
        for widget in (self.carry, self.carried):
            widget.setVisible(self.earlier is not None)
        if self.earlier is not None:
            offer, what = self.earlier.offer(self.services.catalog, self.services.ui_lang)
            self.carry.setText(offer)
            say_under(self.carry, self.carried, what)
        self._show_calls(shown.id)
        self.timeline.show_patient(shown.id)
        self.changes.show_record(shown.record_number)
        self.archive_patient.setText(
            self.tr("Show the patient in the lists again")
            if shown.archived
            else self.tr("Archive the patient")
        )
        self._update_buttons()

    def _show_documents(self) -> None:
        chosen = self.chosen()
        self.documents.show_consultation(chosen.id if chosen is not None else None)

    def _show_calls(self, patient_id: int) -> None:
        """The calls about every procedure of this patient, newest first."""
        self.calls.clear()
        therapies = {t.id: t for t in self.services.catalog.therapies}
        for found in self.services.pathway.calls_of_patient(patient_id):
            therapy = therapies.get(found.therapy)
            name = therapy.name(self.services.ui_lang) if therapy else found.therapy
            self.calls.addTopLevelItem(QTreeWidgetItem([name, *call_columns(found.call)]))
        for column in range(5):
            self.calls.resizeColumnToContents(column)

    def _item(self, consultation: ConsultationOverview) -> QTreeWidgetItem:
        catalog = self.services.catalog
        lang = self.services.ui_lang
        names = [
            t.name(lang) for t in catalog.therapies if t.id in consultation.therapies_discussed
        ]
        status = self.tr("finished") if consultation.status == "complete" else self.tr("unfinished")
        if consultation.amended:
            status += self.tr(", amended")
        if consultation.archived:
            status += self.tr(", archived")
        words = self.documents.kind_names()
        documents = (
            ", ".join(
                words[made.kind]
                if made.current
                else self.tr("{0} (older version)").format(words[made.kind])
                for made in consultation.documents
            )
            or "—"
        )
        item = QTreeWidgetItem(
            [
                consultation.consulted_on.isoformat(),
                consultation.clinician,
                ", ".join(names) or "—",
                status,
                documents,
            ]
        )
        item.setData(0, Qt.ItemDataRole.UserRole, consultation)
        return item

    def chosen(self) -> ConsultationOverview | None:
        item = self.history.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_buttons(self) -> None:
        chosen = self.chosen()
        self.open_button.setEnabled(chosen is not None)
        self.archive_consultation.setEnabled(chosen is not None)
        if chosen is not None:
            self.archive_consultation.setText(
                self.tr("Show the consultation again")
                if chosen.archived
                else self.tr("&Archive the consultation")
            )
        self.new_button.setEnabled(bool(self.clinician.text().strip()))

    # --- actions -----------------------------------------------------------------------

    def _summary(self) -> PatientSummary:
        assert self.shown is not None
        shown = self.shown
        return PatientSummary(shown.id, shown.name, shown.record_number, shown.birth_date)

    def _new(self) -> None:
        clinician = self.clinician.text().strip()
        if self.shown is not None and clinician:
            CLINICIAN_NAME.set(self.services.settings, clinician)
            earlier = self.earlier if self.carry.isChecked() else None
            controller = self.services.controller
            before = controller.consultation_id
            self.new_requested.emit(clinician, self._summary())
            started = controller.consultation_id not in (None, before)
            if earlier is not None and started:
                carry_over(self.services, earlier)

    def _open(self) -> None:
        chosen = self.chosen()
        if chosen is not None:
            self.open_requested.emit(chosen.id)

    def _save_details(self) -> None:
        if self.shown is None:
            return
        name = self.name.text().strip()
        if not name:
            self.problem.setText(self.tr("A name is needed."))
            return
        try:
            shown = self.patients.correct(
                self.shown.id, name, self.record_number.text(), self.birth_date.value()
            )
        except RecordNumberTaken as error:
            self.problem.setText(
                self.tr("Record number {0} already belongs to {1}.").format(
                    error.record_number, error.owner
                )
            )
            return
        self._show(shown)

    def _toggle_consultation_archive(self) -> None:
        chosen = self.chosen()
        if chosen is not None and self.shown is not None:
            self.patients.archive_consultation(chosen.id, not chosen.archived)
            self.show_patient(self.shown.id)

    def _toggle_patient_archive(self) -> None:
        if self.shown is not None:
            self.patients.archive(self.shown.id, not self.shown.archived)
            self.show_patient(self.shown.id)

    def _merge(self) -> None:
        shown = self.shown
        if shown is None:
            return
        words = [w for w in shown.name.split() if len(w) >= 3] or [shown.name]
        found = {p.id: p for word in words for p in self.patients.search(word, limit=50)}
        found.pop(shown.id, None)
        dialogs = self.services.dialogs
        if not found:
            dialogs.inform(
                self.tr("Merge two records"),
                self.tr("No other record with a name like {0} was found.").format(shown.name),
            )
            return
        other = dialogs.pick_patient(
            self.tr("Merge two records"),
            self.tr("Which record is the same person as {0}?").format(
                identified(shown.name, shown.record_number, shown.birth_date)
            ),
            list(found.values()),
        )
        if other is None:
            return
        if dialogs.ask(
            self.tr("Merge two records"),
            self.tr(
                "Merge {0} into {1}? Every consultation of both stays, each as it was "
                "written, under {1}; the record {0} is then gone from the lists."
            ).format(
                identified(other.name, other.record_number, other.birth_date),
                identified(shown.name, shown.record_number, shown.birth_date),
            ),
            risky=True,
        ):
            self._show(self.patients.merge(shown.id, other.id))

    def _delete(self) -> None:
        shown = self.shown
        if shown is None:
            return
        documents = sum(len(c.documents) for c in shown.consultations)
        if self.services.dialogs.ask(
            self.tr("Delete the patient?"),
            self.tr(
                "Delete {0} with their {1} consultation(s) and the record of {2} "
                "document(s) made for them? This cannot be undone. Files already saved or "
                "printed are not touched."
            ).format(
                identified(shown.name, shown.record_number, shown.birth_date),
                len(shown.consultations),
                documents,
            ),
            risky=True,
        ):
            self.patients.delete(shown.id)
            self.shown = None
            self.back_requested.emit()
