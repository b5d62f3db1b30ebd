"""The start screen: find a patient as you type, start a consultation, reopen one.

It is on screen before the patient records are open: until :meth:`StartScreen.attach`
hands it the database it says so, keeps what is typed, and its buttons wait.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QObject,
    QSettings,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from neuromod_aid.languages import declared_languages
from neuromod_aid.records import identified
from neuromod_aid.textfold import record_key
from neuromod_aid.ui.geometry import scrolling
from neuromod_aid.ui.patient_search import Finder
from neuromod_aid.ui.settings import CLINICIAN_NAME
from neuromod_aid.ui.steps.base import scaled_font
from neuromod_aid.ui.widgets.clinic_area import ClinicArea
from neuromod_aid.ui.widgets.clinician_field import ClinicianField

if TYPE_CHECKING:
    from neuromod_aid.app.first_look import FirstLook
    from neuromod_aid.app.patients import Patients
    from neuromod_aid.records import ConsultationSummary, PatientSummary
    from neuromod_aid.ui.services import Services


class StartScreen(QWidget):
    new_requested = Signal(str, str, object)  # patient name, clinician, PatientSummary | None
    patient_requested = Signal(int)  # a stored patient, to open their record
    open_requested = Signal(int)  # consultation id
    demo_requested = Signal()
    clinic_requested = Signal()
    language_chosen = Signal(str)  # the program's language: a code the manifest declares
    records_needed = Signal()  # a button needs the records, and they are still opening
    results_ready = Signal()

    def __init__(self, settings: QSettings, ui_lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.services: Services | None = None  # set by attach(), once the records are open
        # the patients the search looks in, once open (it may wait for them on its worker)
        self.patients: Callable[[], Patients] | None = None
        self.first_look_shown = False  # usable before attach(): show_first_look()
        title = QLabel(self.tr("Neuromodulation consultation"))
        title.setObjectName("startTitle")
        title.setFont(scaled_font(self, 1.6, bold=True))

        # bilingual on purpose: whoever cannot read the current language finds it
        self.ui_language = QComboBox()
        self.ui_language.setAccessibleName("Language / Idioma")
        for code, name in declared_languages().items():
            self.ui_language.addItem(name, code)
        self.ui_language.setCurrentIndex(max(0, self.ui_language.findData(ui_lang)))
        self.ui_language.activated.connect(
            lambda _: self.language_chosen.emit(self.ui_language.currentData())
        )
        language_label = QLabel("&Language / Idioma")
        language_label.setBuddy(self.ui_language)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(language_label)
        top.addWidget(self.ui_language)

        new_box = QGroupBox(self.tr("Start a consultation"))
        form = QFormLayout(new_box)
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Patient: name or record number"))
        self.search.setPlaceholderText(self.tr("Type a name or record number…"))
        self.search.setClearButtonEnabled(True)
        self.clinician = ClinicianField(CLINICIAN_NAME.get(settings))
        self.clinician.setAccessibleName(self.tr("Clinician's name"))
        search_label = QLabel(self.tr("&Patient"))
        search_label.setBuddy(self.search)
        clinician_label = QLabel(self.tr("&Clinician"))
        clinician_label.setBuddy(self.clinician)
        form.addRow(search_label, self.search)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Patients found"))
        form.addRow(QLabel(self.tr("Patients found")), self.results)
        form.addRow(clinician_label, self.clinician)
        self.patient_button = QPushButton(self.tr("Op&en the patient"))
        self.patient_button.setDefault(True)
        self.new_button = QPushButton(self.tr("&New patient…"))
        self.new_hint = QLabel()
        self.new_hint.setWordWrap(True)
        self.new_hint.setObjectName("hint")
        buttons = QHBoxLayout()
        buttons.addWidget(self.patient_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        form.addRow(self.new_hint)

        recent_box = QGroupBox(self.tr("Recent consultations"))
        recent = QVBoxLayout(recent_box)
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent consultations"))
        self.open_button = QPushButton(self.tr("&Open the selected consultation"))
        self.demo_button = QPushButton(self.tr("Open the &demo consultation"))
        recent.addWidget(self.recent, 1)
        recent.addWidget(self.open_button)
        recent.addWidget(self.demo_button)

        self.clinic_area = ClinicArea()  # first start: a prompt to set the clinic up
        self.clinic_area.requested.connect(lambda: self._when_ready(self.clinic_requested))

        columns = QHBoxLayout()
        columns.addWidget(new_box, 3)
        columns.addWidget(recent_box, 2)
        layout = QVBoxLayout()
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addWidget(self.clinic_area)
        layout.addLayout(columns, 1)
        scrolling(self, layout)  # 200% on a small screen: it scrolls

        self.finder = Finder(self)
        self.finder.found.connect(self._show_found)
        self._open_when_found = False  # Enter was pressed on a list found for earlier text
        self.search.textChanged.connect(self.run_search)
        self.search.returnPressed.connect(self._open_patient)
        self.search.installEventFilter(self)
        self.clinician.currentTextChanged.connect(self._update_hint)
        self.results.itemActivated.connect(self._open_found)
        self.results.itemSelectionChanged.connect(self._update_hint)
        self.patient_button.clicked.connect(self._open_patient)
        self.new_button.clicked.connect(self._new_patient)
        self.recent.itemActivated.connect(self._open_item)
        self.open_button.clicked.connect(lambda: self._open_item(self.recent.currentItem()))
        self.demo_button.clicked.connect(lambda: self._when_ready(self.demo_requested))
        self._opening()

    def _opening(self) -> None:
        """Before the records are open: say so; typing is kept, buttons wait."""
        opening = QListWidgetItem(self.tr("Opening the patient records…"))
        opening.setFlags(Qt.ItemFlag.NoItemFlags)  # a message, not a consultation
        self.recent.addItem(opening)
        for button in (self.open_button, self.demo_button, self.clinic_area.button):
            button.setEnabled(False)
        self.clinic_area.setCurrentWidget(self.clinic_area.details)
        self._update_hint()

    @property
    def usable(self) -> bool:
        """The lists are filled and the buttons work (what needs the records waits)."""
        return self.services is not None or self.first_look_shown

    def attach(self, services: Services) -> None:
        """The records are open: let the buttons work (:meth:`refresh` fills the lists)."""
        self.services = services
        self.patients = lambda: services.patients
        self.demo_button.setEnabled(True)
        self.clinic_area.button.setEnabled(True)

    def show_first_look(self, look: FirstLook) -> None:
        """Before the records are attached: the lists as the first look read them
        (``neuromod_aid.app.first_look``); the buttons work, and what needs the records
        asks for them (``records_needed``)."""
        self.first_look_shown = True
        self.demo_button.setEnabled(True)
        self.clinic_area.button.setEnabled(True)
        self._show_recent(look.recent)
        self.clinic_area.show_clinic(look.clinic)
        self._update_hint()

    def refresh(self) -> None:
        if self.services is None:
            return
        self._show_recent(self.services.consultations.recent(limit=20))
        self.show_clinic()
        self.run_search(self.search.text())

    def _show_recent(self, recent: Sequence[ConsultationSummary]) -> None:
        self.recent.clear()
        for summary in recent:
            self.recent.addItem(self._recent_item(summary))
        if self.recent.count():
            self.recent.setCurrentRow(0)
        self.open_button.setEnabled(self.recent.count() > 0)

    def show_clinic(self) -> None:
        from neuromod_aid.ui.clinic import saved_clinic

        if self.services is None:
            return
        self.clinic_area.show_clinic(saved_clinic(self.services))

    def _recent_item(self, summary: ConsultationSummary) -> QListWidgetItem:
        status = self.tr("unfinished") if summary.status == "draft" else self.tr("complete")
        if summary.is_demo:
            status = self.tr("demo, a fictional patient")
        number = f" · {summary.record_number}" if summary.record_number else ""
        item = QListWidgetItem(
            f"{summary.patient_name}{number}\n{summary.consulted_on.isoformat()} · {status}"
        )
        item.setData(Qt.ItemDataRole.UserRole, summary.id)
        return item

    def run_search(self, text: str) -> None:
        """Search for ``text``; what is found replaces the list when it arrives."""
        self._open_when_found = False  # an Enter pressed before this key was for other text
        if self.patients is not None:  # before, it is searched when attach's refresh comes
            if text.strip():
                self.finder.look_for(text, self.patients)
            else:
                self.finder.answer([])
        self._update_hint()

    def searching(self) -> bool:
        """Whether the list shown was found for earlier text (this text's is coming)."""
        return not self.finder.current()

    def _show_found(self, found: list[PatientSummary]) -> None:
        self.results.setUpdatesEnabled(False)
        self.results.clear()
        for patient in found:
            self.results.addItem(self._patient_item(patient))
        self.results.setUpdatesEnabled(True)
        typed = self.search.text().strip()
        numbered = [
            i
            for i, p in enumerate(found)
            if typed and record_key(p.record_number) == record_key(typed)
        ]
        if found:  # highlighted, so Enter opens who is shown: never a new patient by accident
            self.results.setCurrentRow(numbered[0] if len(numbered) == 1 else 0)
        self.results_ready.emit()
        self._update_hint()
        if self._open_when_found:  # Enter came before the list: open only a sure answer
            self._open_when_found = False
            if len(numbered) == 1 or len(found) == 1:
                self._open_patient()

    def _patient_item(self, patient: PatientSummary) -> QListWidgetItem:
        details = [patient.record_number] if patient.record_number else []
        if patient.birth_date:
            details.append(self.tr("born {0}").format(patient.birth_date.isoformat()))
        item = QListWidgetItem(" · ".join([patient.name, *details]))
        item.setData(Qt.ItemDataRole.UserRole, patient)
        return item

    def chosen_patient(self) -> PatientSummary | None:
        """The patient highlighted in a list found for what is typed now."""
        if self.searching():
            return None
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item and item.isSelected() else None

    def _update_hint(self) -> None:
        patient = self.chosen_patient()
        typed = self.search.text().strip()
        clinician = self.clinician.text().strip()
        ready = self.usable
        self.patient_button.setEnabled(ready and patient is not None)
        self.new_button.setEnabled(ready and bool(typed and clinician))
        if not ready:
            self.new_hint.setText(self.tr("Opening the patient records…"))
        elif self.searching():
            self.new_hint.setText(self.tr("Looking for {0}…").format(typed))
        elif patient:
            self.new_hint.setText(
                self.tr("Enter opens {0}. For someone else, choose New patient.").format(
                    patient.name
                )
            )
        elif not typed:
            self.new_hint.setText(self.tr("Type the patient's name or record number."))
        elif not clinician:
            self.new_hint.setText(self.tr("Type the clinician's name to add a patient."))
        else:
            self.new_hint.setText(
                self.tr("No stored patient matches. New patient adds {0}.").format(typed)
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down from the search field goes into the list of patients found."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.results.count()
        ):
            self.results.setFocus()
            return True
        return super().eventFilter(watched, event)

    def _open_patient(self) -> None:
        """Enter or the button: the patient highlighted, once the list answers what is
        typed (a scanner types the record number and Enter at once)."""
        if self.searching():
            self._open_when_found = True
            return
        patient = self.chosen_patient()
        if patient is not None and self._records_ready():
            self.patient_requested.emit(patient.id)

    def _open_found(self, item: QListWidgetItem) -> None:
        """A patient chosen in the list itself: the one chosen, as it is shown."""
        patient = item.data(Qt.ItemDataRole.UserRole)
        if self._records_ready():
            self.patient_requested.emit(patient.id)

    def _new_patient(self) -> None:
        """A new patient is a deliberate act: one that looks like a stored one is asked about."""
        name = self.search.text().strip()
        clinician = self.clinician.text().strip()
        if not (name and clinician and self._records_ready()):
            return
        assert self.services is not None
        similar = self.services.patients.similar(name, name)
        if similar and not self.services.dialogs.ask(
            self.tr("A new patient?"),
            self.tr(
                "Already stored: {0}.\n\nIs {1} someone else? Yes adds a new, separate "
                "patient; No goes back to choose the stored one."
            ).format(
                "; ".join(
                    identified(p.name, p.record_number, p.birth_date)
                    + (self.tr(" (archived)") if p.archived else "")
                    for p in similar[:5]
                ),
                name,
            ),
            risky=True,
        ):
            return
        CLINICIAN_NAME.set(self.settings, clinician)
        self.new_requested.emit(name, clinician, None)

    def _open_item(self, item: QListWidgetItem | None) -> None:
        consultation_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if consultation_id is not None and self._records_ready():
            self.open_requested.emit(int(consultation_id))

    def _records_ready(self) -> bool:
        """Whether the records are attached; asked before, when the first look is shown,
        the window attaches them as soon as they are open (``records_needed``)."""
        if self.services is None and self.first_look_shown:
            self.records_needed.emit()
        return self.services is not None

    def _when_ready(self, request: SignalInstance) -> None:
        if self._records_ready():
            request.emit()
