"""The main window: the start screen or a consultation, a toolbar, the status line."""

from __future__ import annotations

import datetime as dt
import logging
import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QToolBar

from neuromod_aid.consultation import (
    Clinician,
    Consultation,
    ConsultationError,
    Patient,
    parse_consultation,
    to_json,
)
from neuromod_aid.db import records_repo as repo
from neuromod_aid.demo import DEMO_RECORD_NUMBER, demo_consultation
from neuromod_aid.files import atomic_write
from neuromod_aid.records import PatientSummary
from neuromod_aid.ui.clinic import edit_clinic_profile, fallback_clinic
from neuromod_aid.ui.geometry import remember_window
from neuromod_aid.ui.i18n import UI_LANG_ENV
from neuromod_aid.ui.presentation import STEP_IDS, PresentationWindow
from neuromod_aid.ui.services import Services
from neuromod_aid.ui.start_screen import StartScreen
from neuromod_aid.ui.walkthrough import Walkthrough

log = logging.getLogger(__name__)

RESTART_MESSAGES = {
    "en": "The program will be in English the next time it starts. Close it and open it "
    "again to change now.",
    "es": "El programa estará en español la próxima vez que se abra. Ciérrelo y vuelva a "
    "abrirlo para cambiarlo ahora.",
}


class MainWindow(QMainWindow):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.controller = services.controller
        self.setWindowTitle(self.tr("neuromod-aid"))
        self.start = StartScreen(services)
        self.walkthrough = Walkthrough(services)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start)
        self.stack.addWidget(self.walkthrough)
        self.setCentralWidget(self.stack)
        self.presentation = PresentationWindow(services.catalog)
        self._build_toolbar()
        self.saved_label = QLabel()
        self.statusBar().addPermanentWidget(self.saved_label)

        self.start.new_requested.connect(self.new_consultation)
        self.start.open_requested.connect(self.open_consultation)
        self.start.demo_requested.connect(self.open_demo)
        self.start.clinic_requested.connect(self.edit_clinic)
        self.start.language_chosen.connect(self.choose_language)
        self.controller.saved.connect(self._saved)
        self.controller.changed.connect(self._changed)
        self.controller.replaced.connect(self._replaced)
        self.walkthrough.step_changed.connect(lambda _: self._follow())
        self.walkthrough.page("options").presented.connect(self._follow)
        self.walkthrough.page("summary").finished.connect(self.finish)
        self.presentation.left.connect(lambda: self.present_action.setChecked(False))
        self.show_start()

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main"))
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(bar)
        self.home_action = QAction(self.tr("Start screen"), self)
        self.home_action.setShortcut(QKeySequence("Ctrl+Home"))
        self.home_action.triggered.connect(self.show_start)
        self.open_action = QAction(self.tr("Open file…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.open_file)
        self.save_action = QAction(self.tr("Save as file…"), self)
        self.save_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.save_action.triggered.connect(self.save_file)
        self.present_action = QAction(self.tr("Patient screen (F5)"), self)
        self.present_action.setCheckable(True)
        self.present_action.setShortcut(QKeySequence("F5"))
        # anywhere in the program: a text field, or the patient screen itself
        self.present_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.present_action.toggled.connect(self.toggle_presentation)
        self.clinic_action = QAction(self.tr("Clinic details…"), self)
        self.clinic_action.triggered.connect(self.edit_clinic)
        for action in (
            self.home_action,
            self.open_action,
            self.save_action,
            self.present_action,
            self.clinic_action,
        ):
            bar.addAction(action)
            widget = bar.widgetForAction(action)
            if widget is not None:
                widget.setAccessibleName(action.text())

    # --- switching -----------------------------------------------------------------

    def show_start(self) -> None:
        self.controller.close()
        self.start.refresh()
        self.stack.setCurrentWidget(self.start)
        self.save_action.setEnabled(False)
        self.present_action.setEnabled(False)
        self.present_action.setChecked(False)
        self.start.search.setFocus()
        self.setWindowTitle(self.tr("neuromod-aid"))

    def _replaced(self, record: Consultation | None) -> None:
        if record is None:
            return
        self.stack.setCurrentWidget(self.walkthrough)
        self.save_action.setEnabled(True)
        self.present_action.setEnabled(True)
        self.setWindowTitle(self.tr("{0} — neuromod-aid").format(record.patient.name))
        self.walkthrough.focus_step_list()
        self._follow()

    def new_consultation(
        self, name: str, clinician: str, known: PatientSummary | None = None
    ) -> None:
        settings = self.services.settings
        with self.services.database.session() as session:
            clinic = repo.clinic_profile(session)
        language = "es" if self.services.ui_lang == "es" else "en"
        record = Consultation(
            patient=Patient(
                name=name,
                record_number=known.record_number if known else "",
                birth_date=known.birth_date if known else None,
            ),
            clinician=Clinician(name=clinician, role=str(settings.value("clinician/role", ""))),
            clinic=clinic or fallback_clinic(language),
            date=dt.date.today(),
            language=language,
        )
        self.controller.start(record)

    def open_consultation(self, consultation_id: int) -> None:
        self.controller.open(consultation_id)

    def open_demo(self) -> None:
        """The demo patient, stored like any other so it autosaves; reused if present."""
        lang = "es" if self.services.ui_lang == "es" else "en"
        with self.services.database.session() as session:
            existing = [
                c
                for c in repo.recent_consultations(session, limit=200)
                if c.record_number == DEMO_RECORD_NUMBER
            ]
        if existing:
            self.controller.open(existing[0].id)
        else:
            self.controller.start(demo_consultation(self.services.catalog, lang))

    def offer_draft(self) -> bool:
        """After a crash or a kill: offer to continue the unfinished consultation."""
        draft_id = self.controller.latest_draft()
        if draft_id is None:
            return False
        with self.services.database.session() as session:
            stored = repo.load_consultation(session, draft_id)
        if self.services.dialogs.ask(
            self.tr("Continue?"),
            self.tr("The consultation with {0} on {1} was not finished. Continue it now?").format(
                stored.record.patient.name, stored.record.date.isoformat()
            ),
        ):
            self.controller.open(draft_id)
            return True
        return False

    def edit_clinic(self) -> None:
        """The clinic details dialog; saved for every new consultation."""
        if edit_clinic_profile(self.services) is not None:
            self.start.show_clinic()
            self.statusBar().showMessage(self.tr("Clinic details saved."), 8000)

    def choose_language(self, lang: str) -> None:
        """Store the program's language; it applies when the program next starts."""
        settings = self.services.settings
        if lang == str(settings.value("ui/language", "")) and lang == self.services.ui_lang:
            return
        settings.setValue("ui/language", lang)
        settings.sync()
        if lang == self.services.ui_lang:
            return
        # in the language just chosen, since the user may not read the current one
        message = RESTART_MESSAGES.get(lang, RESTART_MESSAGES["en"])
        if os.environ.get(UI_LANG_ENV):
            message += f" ({UI_LANG_ENV}={os.environ[UI_LANG_ENV]} overrides this setting.)"
        self.services.dialogs.inform("Language / Idioma", message)

    def finish(self) -> None:
        self.controller.set_status("complete")
        self.show_start()

    # --- files ---------------------------------------------------------------------

    def open_file(self) -> None:
        path = self.services.dialogs.open_file(
            self.tr("Open a consultation file"),
            self.services.location.exports_dir,
            self.tr("Consultation files (*.json)"),
        )
        if path is None:
            return
        try:
            record = parse_consultation(path.read_text(encoding="utf-8"), self.services.catalog)
        except (OSError, UnicodeDecodeError) as error:
            self.services.dialogs.warn(self.tr("Not opened"), str(error))
            return
        except ConsultationError as error:
            self.services.dialogs.warn(
                self.tr("Not opened"),
                self.tr("The file is not a valid consultation:\n{0}").format(
                    "\n".join(error.problems[:8])
                ),
            )
            return
        self.controller.start(record)

    def save_file(self) -> None:
        record, consultation_id = self.controller.record, self.controller.consultation_id
        if record is None or consultation_id is None:
            return
        from neuromod_aid.ui.documents import file_stem

        suggested = self.services.location.exports_dir / (
            file_stem("consultation", record) + ".json"
        )
        path = self.services.dialogs.save_file(
            self.tr("Save the consultation as a file"),
            suggested,
            self.tr("Consultation files (*.json)"),
        )
        if path is None:
            return
        try:
            digest = atomic_write(path, to_json(record).encode("utf-8"))
        except OSError as error:
            self.services.dialogs.warn(self.tr("Not saved"), str(error.strerror or error))
            return
        self.controller.flush()
        with self.services.database.session() as session:
            repo.record_document(
                session,
                consultation_id,
                "consultation_json",
                record.language,
                False,
                path.name,
                digest,
            )
        self.statusBar().showMessage(self.tr("Saved as {0}").format(str(path)), 8000)

    # --- status and the patient screen ---------------------------------------------

    def _changed(self, record: Consultation) -> None:
        self.saved_label.setText(self.tr("Saving…"))
        self.setWindowTitle(self.tr("{0} — neuromod-aid").format(record.patient.name))
        self._follow()

    def _saved(self, _: int) -> None:
        self.saved_label.setText(
            self.tr("All changes saved at {0}").format(dt.datetime.now().strftime("%H:%M:%S"))
        )

    def _follow(self) -> None:
        step = STEP_IDS[max(0, self.walkthrough.current)]
        option = self.walkthrough.page("options").shown_option if step == "options" else ""
        self.presentation.follow(self.controller.record, step, option)

    def toggle_presentation(self, on: bool) -> None:
        if on and self.controller.record is not None:
            self._follow()
            self.presentation.present(avoid_screen=self.screen())
        elif not on and self.presentation.isVisible():
            self.presentation.close()

    def closeEvent(self, event) -> None:
        remember_window(self, self.services.settings)
        self.controller.flush()
        self.start.pool.clear()
        self.start.pool.waitForDone()
        self.presentation.close()
        super().closeEvent(event)
