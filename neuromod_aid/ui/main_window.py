"""The main window: the start screen or a consultation, a toolbar, the status line.

It is shown before the patient records are open, so it appears at once: the start
screen says the records are opening. :meth:`MainWindow.attach` then hands it the
database and the catalog and fills the start screen; the consultation screens (the
walkthrough, the patient screen, a patient's record) are imported and built when first needed.
"""

from __future__ import annotations

import datetime as dt
import gc
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from neuromod_aid.paths import DataLocation
from neuromod_aid.ui.dialogs import Dialogs
from neuromod_aid.ui.focus import kept_focus, let_go
from neuromod_aid.ui.geometry import remember_window
from neuromod_aid.ui.headings import mark_silent
from neuromod_aid.ui.i18n import restart_notice
from neuromod_aid.ui.keeping import Keeping
from neuromod_aid.ui.services import Services
from neuromod_aid.ui.settings import CLINICIAN_ROLE, UI_LANGUAGE
from neuromod_aid.ui.start_screen import StartScreen
from neuromod_aid.ui.window_actions import build_actions
from neuromod_aid.ui.workspace import Workspace

if TYPE_CHECKING:
    from neuromod_aid.app.context import Records
    from neuromod_aid.app.first_look import FirstLook
    from neuromod_aid.app.patients import Patients
    from neuromod_aid.app.recovery import SaveProblem
    from neuromod_aid.catalog.text import Lang
    from neuromod_aid.consultation import Consultation
    from neuromod_aid.records import PatientSummary
    from neuromod_aid.ui.banners import SaveBanner
    from neuromod_aid.ui.controller import ConsultationController
    from neuromod_aid.ui.patient_view import PatientView
    from neuromod_aid.ui.presentation import PresentationWindow
    from neuromod_aid.ui.walkthrough import Walkthrough

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    services: Services
    controller: ConsultationController
    save_banner: SaveBanner

    def __init__(
        self, settings: QSettings, location: DataLocation, ui_lang: Lang, dialogs: Dialogs
    ) -> None:
        super().__init__()
        self.settings = settings
        self.location = location
        self.ui_lang = ui_lang
        self.dialogs = dialogs
        self.attached = False
        self._wait_for_records: Callable[[], None] | None = None
        self._walkthrough: Walkthrough | None = None
        self._presentation: PresentationWindow | None = None
        self._patient_view: PatientView | None = None
        self.keeping = Keeping(self)
        self.workspace = Workspace(self)
        self.setWindowTitle(self.tr("neuromod-aid"))
        self.start = StartScreen(settings, ui_lang)
        self.stack = QStackedWidget()
        mark_silent(self.stack)
        self.stack.addWidget(self.start)
        central = QWidget()
        self.central_layout = QVBoxLayout(central)
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.central_layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        actions = build_actions(self)
        self.actions_made = actions
        self.home_action, self.open_action, self.save_action = actions[:3]
        self.present_action, self.clinic_action, self.quit_action = actions[3:6]
        self.procedures_action, self.staff_action, self.working_action = actions[6:9]
        self.guide_action, self.about_action = actions.guide, actions.about
        self.toolbar_actions = actions.on_toolbar
        self.saved_label = QLabel()
        self.statusBar().addPermanentWidget(self.saved_label)
        for action in actions.until_attached:
            action.setEnabled(False)  # until attach(): nothing to open or save yet
        self.start.language_chosen.connect(self.choose_language)
        self.start.records_needed.connect(self.with_records)
        self.start.search.setFocus()

    def attach(self, records: Records) -> None:
        """The records are open: fill the start screen and let its buttons work.

        The consultation screens (the walkthrough, the patient screen, a patient's
        record) are built when first needed, so the start screen is usable sooner.
        """
        from neuromod_aid.app.recovery import RecoveryStore
        from neuromod_aid.ui.banners import SaveBanner
        from neuromod_aid.ui.controller import ConsultationController
        from neuromod_aid.ui.rooms import Rooms
        from neuromod_aid.ui.safekeeping import keep_backing_up

        self.backup_timer = keep_backing_up(self, records.backups)
        self.recovery = RecoveryStore(self.location.recovery_dir)
        self.controller = ConsultationController(records.consultations, self.recovery, self)
        # first: the walkthrough must exist before anything shows the record
        self.controller.replaced.connect(self._build_for)
        self.services = Services.over(
            records, self.controller, self.dialogs, self.settings, self.location, self.ui_lang
        )
        self.start.attach(self.services)
        self.start.new_requested.connect(self.new_consultation)
        self.start.open_requested.connect(self.open_consultation)
        self.start.patient_requested.connect(self.show_patient)
        self.start.demo_requested.connect(self.open_demo)
        self.start.clinic_requested.connect(self.edit_clinic)
        self.save_banner = SaveBanner()
        self.central_layout.insertWidget(0, self.save_banner)
        self.save_banner.retry_requested.connect(self.controller.flush)
        self.save_banner.save_file_requested.connect(self.keeping.save_file)
        self.controller.saved.connect(self._saved)
        self.controller.save_failed.connect(self._save_failed)
        self.controller.changed.connect(self._changed)
        self.controller.replaced.connect(self._replaced)
        # typing is saved at once when the clinician moves on, not only by the timer
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        for action in (self.home_action, self.open_action, self.clinic_action):
            action.setEnabled(True)  # saving and the patient screen need a consultation
        self.rooms = Rooms(self)  # saves refused because another room saved first
        self.attached = True
        self.workspace.attach()
        if not self.start.first_look_shown:
            self.show_start()  # fills the start screen
        # what start-up made lives as long as the program: out of the collector's full
        # passes, which freeze the window while a document is built (bench/ui_responsiveness)
        gc.freeze()

    def show_first_look(self, look: FirstLook) -> None:
        """Usable before the records are attached: the start screen shows its first
        look; what needs the records waits for them (:meth:`with_records`)."""
        self.start.show_first_look(look)
        self.open_action.setEnabled(True)
        self.clinic_action.setEnabled(True)

    def records_opening(self, wait: Callable[[], None], patients: Callable[[], Patients]) -> None:
        """The records are opening on a worker: ``wait`` blocks until they are attached
        (or the program ends), ``patients`` until the patients' records are open."""
        self._wait_for_records = wait
        self.start.patients = patients
        for action in self.actions_made.waiting:
            action.setEnabled(True)  # pressed now, each waits for the records

    def with_records(self) -> bool:
        """Whether the records are attached; asked while they are opening, it waits."""
        if not self.attached and self._wait_for_records is not None:
            self._wait_for_records()
        return self.attached

    @property
    def walkthrough(self) -> Walkthrough:
        """The consultation's steps (built the first time a consultation is shown)."""
        if self._walkthrough is None:
            self._build_consultation()
        assert self._walkthrough is not None
        return self._walkthrough

    @property
    def presentation(self) -> PresentationWindow:
        """The patient screen (built with the walkthrough, which it follows)."""
        if self._presentation is None:
            self._build_consultation()
        assert self._presentation is not None
        return self._presentation

    @property
    def patient_view(self) -> PatientView:
        """One patient's record (built the first time one is shown)."""
        if self._patient_view is None:
            from neuromod_aid.ui.patient_view import PatientView

            view = PatientView(self.services)
            self.stack.addWidget(view)
            view.new_requested.connect(
                lambda clinician, known: self.new_consultation(known.name, clinician, known)
            )
            view.open_requested.connect(self.open_consultation)
            view.back_requested.connect(self.show_start)
            self._patient_view = view
        return self._patient_view

    def _build_for(self, record: Consultation | None) -> None:
        """A record arrives before the walkthrough exists: build it, showing the record
        (it listens to the controller from now on, this arrival included)."""
        if self._walkthrough is None and record is not None:
            self._build_consultation()
            self.walkthrough.show_record(record)

    def _build_consultation(self) -> None:
        from neuromod_aid.ui.presentation import PresentationWindow
        from neuromod_aid.ui.walkthrough import Walkthrough

        walkthrough = Walkthrough(self.services, self.stack)  # never a window of its own
        self.stack.addWidget(walkthrough)
        walkthrough.step_changed.connect(self._step_changed)
        for page in walkthrough.pages:
            page.presented.connect(self._follow)
        walkthrough.summary_page.finished.connect(self.keeping.finish)
        walkthrough.amend_requested.connect(self.keeping.amend)
        presentation = PresentationWindow(self.services.catalog)
        presentation.addActions(list(self.actions_made.with_keys))  # their keys work there
        presentation.left.connect(lambda: self.present_action.setChecked(False))
        self._walkthrough, self._presentation = walkthrough, presentation

    # --- switching -----------------------------------------------------------------

    def show_start(self) -> None:
        if not (self.with_records() and self.leave_consultation()):
            return
        if self.controller.record is not None:
            self.start.search.clear()  # the last patient's name would invite a duplicate
        self.controller.close()
        self.start.refresh()
        let_go(self.stack)
        self.stack.setCurrentWidget(self.start)
        self.save_action.setEnabled(False)
        self.present_action.setEnabled(False)
        self.present_action.setChecked(False)
        self.start.search.setFocus()
        self.setWindowTitle(self.tr("neuromod-aid"))

    def show_patient(self, patient_id: int) -> None:
        """A patient's record: details, every consultation, tidying up."""
        if not self.leave_consultation():
            return
        self.controller.close()
        if self.start.clinician.text().strip():  # who is working, as typed on the start screen
            self.patient_view.clinician.setText(self.start.clinician.text().strip())
        self.patient_view.show_patient(patient_id)
        let_go(self.stack)
        self.stack.setCurrentWidget(self.patient_view)
        self.save_action.setEnabled(False)
        self.present_action.setEnabled(False)
        self.patient_view.history.setFocus()
        self.setWindowTitle(self.tr("{0} — neuromod-aid").format(self.patient_view.heading.text()))

    def _replaced(self, record: Consultation | None) -> None:
        if record is None:
            return
        let_go(self.stack)
        self.stack.setCurrentWidget(self.walkthrough)
        self.save_action.setEnabled(True)
        self.present_action.setEnabled(True)
        self._retitle(record)
        self.walkthrough.focus_step_list()
        self._follow()

    def _retitle(self, record: Consultation) -> None:
        if self.controller.is_demo:
            self.setWindowTitle(self.tr("Demo (fictional patient) — neuromod-aid"))
        else:
            self.setWindowTitle(self.tr("{0} — neuromod-aid").format(record.patient.name))

    def cannot_open(self, message: str) -> None:
        """The records could not be opened: say why (the program then ends)."""
        self.start.recent.clear()
        self.start.new_hint.setText(message)
        self.dialogs.warn(self.tr("The patient records cannot be opened"), message)

    def _language(self) -> Lang:
        """A new consultation's summary language: the program's, to start with."""
        return self.ui_lang

    def new_consultation(
        self, name: str, clinician: str, known: PatientSummary | None = None
    ) -> None:
        from neuromod_aid.app.clinic import fallback_clinic
        from neuromod_aid.consultation import Clinician
        from neuromod_aid.ui.clinic import saved_clinic

        if not self.leave_consultation():
            return
        role = CLINICIAN_ROLE.get(self.settings)
        language = self._language()
        clinic = saved_clinic(self.services) or fallback_clinic(self.services.catalog, language)
        self.controller.start_new(
            name, Clinician(name=clinician, role=role), clinic, language, known
        )

    def open_consultation(self, consultation_id: int) -> None:
        if self.leave_consultation():
            self.keeping.open(consultation_id)  # an unreadable one says so

    def open_demo(self) -> None:
        if self.leave_consultation():
            self.controller.open_demo(self.services.catalog, self._language())

    def offer_recovery(self) -> bool:
        return self.keeping.offer_recovery()

    def leave_consultation(self) -> bool:
        return self.keeping.leave_consultation()

    @kept_focus()
    def edit_clinic(self) -> None:
        """The clinic details dialog; saved for every new consultation."""
        from neuromod_aid.ui.clinic import edit_clinic_profile

        if self.with_records() and edit_clinic_profile(self.services) is not None:
            self.start.show_clinic()
            self.statusBar().showMessage(self.tr("Clinic details saved."), 8000)

    def choose_language(self, lang: str) -> None:
        """Store the program's language; it applies when the program next starts."""
        settings = self.settings
        if lang == UI_LANGUAGE.get(settings) and lang == self.ui_lang:
            return
        UI_LANGUAGE.set(settings, lang)
        settings.sync()
        if lang == self.ui_lang:
            return
        # in the language just chosen, since the user may not read the current one
        self.dialogs.inform("Language / Idioma", restart_notice(lang))

    # --- status and the patient screen ---------------------------------------------

    def _changed(self, record: Consultation) -> None:
        if self.controller.problem is None:
            self.saved_label.setText(self.tr("Saving…"))
        self._retitle(record)
        self._follow()

    def _saved(self, _: int) -> None:
        self.save_banner.hide()
        if not self.controller.pending:  # else changed again while written: "Saving…" stays
            now = dt.datetime.now().strftime("%H:%M:%S")
            self.saved_label.setText(self.tr("All changes saved at {0}").format(now))

    def _save_failed(self, problem: SaveProblem) -> None:
        self.saved_label.setText(self.tr("Not saved"))
        self.save_banner.show_problem(problem)

    def _focus_moved(self, old: QWidget | None, _new: QWidget | None) -> None:
        if old is not None:
            self.controller.moved_on()

    def _step_changed(self, _index: int) -> None:
        self.controller.moved_on()
        self._follow()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if (
            event.type() == QEvent.Type.ActivationChange
            and not self.isActiveWindow()
            and self.attached
        ):
            self.controller.moved_on()  # the clinician turned to another program

    def _follow(self) -> None:
        page = self.walkthrough.pages[max(0, self.walkthrough.current)]
        self.presentation.follow(self.controller.record, page.step_id, page.shown_item())

    def toggle_presentation(self, on: bool) -> None:
        if on and self.controller.record is not None:
            self._follow()
            self.presentation.present(self, self.settings)
        elif not on and self._presentation is not None and self._presentation.isVisible():
            self._presentation.close()

    def save_now(self) -> None:
        """Write any change still waiting for the autosave timer (the program is ending)."""
        if self.attached:
            self.controller.flush()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.leave_consultation():
            event.ignore()
            return
        remember_window(self, self.settings)
        self.start.finder.stop()
        if self.attached:
            self.controller.close()
        if self._presentation is not None:
            self._presentation.close()
        super().closeEvent(event)
