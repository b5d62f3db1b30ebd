"""The main window: the start screen or a consultation, a toolbar, the status line.

It is shown before the patient records are open, so it appears at once: the start
screen says the records are opening. :meth:`MainWindow.attach` then hands it the
database and the catalog, and it builds the consultation side (the walkthrough,
the patient screen, the controller), whose modules are imported only then.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QToolBar

from neuromod_aid.paths import DataLocation
from neuromod_aid.ui.dialogs import Dialogs
from neuromod_aid.ui.geometry import remember_window
from neuromod_aid.ui.i18n import UI_LANG_ENV
from neuromod_aid.ui.services import Services
from neuromod_aid.ui.start_screen import StartScreen

if TYPE_CHECKING:
    from neuromod_aid.catalog.model import Catalog
    from neuromod_aid.consultation import Consultation
    from neuromod_aid.db import Database
    from neuromod_aid.records import PatientSummary
    from neuromod_aid.ui.controller import ConsultationController
    from neuromod_aid.ui.presentation import PresentationWindow
    from neuromod_aid.ui.walkthrough import Walkthrough

log = logging.getLogger(__name__)

RESTART_MESSAGES = {
    "en": "The program will be in English the next time it starts. Close it and open it "
    "again to change now.",
    "es": "El programa estará en español la próxima vez que se abra. Ciérrelo y vuelva a "
    "abrirlo para cambiarlo ahora.",
}


class MainWindow(QMainWindow):
    services: Services
    controller: ConsultationController
    walkthrough: Walkthrough
    presentation: PresentationWindow

    def __init__(
        self, settings: QSettings, location: DataLocation, ui_lang: str, dialogs: Dialogs
    ) -> None:
        super().__init__()
        self.settings = settings
        self.location = location
        self.ui_lang = ui_lang
        self.dialogs = dialogs
        self.attached = False
        self.setWindowTitle(self.tr("neuromod-aid"))
        self.start = StartScreen(settings, ui_lang)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start)
        self.setCentralWidget(self.stack)
        self._build_toolbar()
        self.saved_label = QLabel()
        self.statusBar().addPermanentWidget(self.saved_label)
        for action in self.toolbar_actions:
            action.setEnabled(False)  # until attach(): nothing to open or save yet
        self.start.language_chosen.connect(self.choose_language)
        self.start.search.setFocus()

    def attach(self, database: Database, catalog: Catalog) -> None:
        """The records are open: build the consultation side and fill the start screen."""
        from neuromod_aid.ui.controller import ConsultationController
        from neuromod_aid.ui.presentation import PresentationWindow
        from neuromod_aid.ui.walkthrough import Walkthrough

        self.controller = ConsultationController(database, self)
        self.services = Services(
            catalog=catalog,
            database=database,
            controller=self.controller,
            dialogs=self.dialogs,
            settings=self.settings,
            location=self.location,
            ui_lang=self.ui_lang,
        )
        self.walkthrough = Walkthrough(self.services)
        self.stack.addWidget(self.walkthrough)
        self.presentation = PresentationWindow(catalog)
        self.start.attach(self.services)
        self.start.new_requested.connect(self.new_consultation)
        self.start.open_requested.connect(self.open_consultation)
        self.start.demo_requested.connect(self.open_demo)
        self.start.clinic_requested.connect(self.edit_clinic)
        self.controller.saved.connect(self._saved)
        self.controller.changed.connect(self._changed)
        self.controller.replaced.connect(self._replaced)
        self.walkthrough.step_changed.connect(lambda _: self._follow())
        for page in self.walkthrough.pages:
            page.presented.connect(self._follow)
        self.walkthrough.page("summary").finished.connect(self.finish)
        self.presentation.left.connect(lambda: self.present_action.setChecked(False))
        for action in (self.home_action, self.open_action, self.clinic_action):
            action.setEnabled(True)  # saving and the patient screen need a consultation
        self.attached = True
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
        # Ctrl+Q closes the program from the keyboard (everything is saved already)
        self.quit_action = QAction(self.tr("Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        self.addAction(self.quit_action)
        self.toolbar_actions = (
            self.home_action,
            self.open_action,
            self.save_action,
            self.present_action,
            self.clinic_action,
        )
        for action in self.toolbar_actions:
            bar.addAction(action)
            widget = bar.widgetForAction(action)
            if widget is not None:
                widget.setAccessibleName(action.text())

    # --- switching -----------------------------------------------------------------

    def show_start(self) -> None:
        if self.controller.record is not None:
            self.start.search.clear()  # the last patient's name would invite a duplicate
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

    def cannot_open(self, message: str) -> None:
        """The records could not be opened: say why (the program then ends)."""
        self.start.recent.clear()
        self.start.new_hint.setText(message)
        self.dialogs.warn(self.tr("The patient records cannot be opened"), message)

    def _language(self) -> str:
        """A new consultation's summary language: the program's, to start with."""
        return "es" if self.ui_lang == "es" else "en"

    def new_consultation(
        self, name: str, clinician: str, known: PatientSummary | None = None
    ) -> None:
        role = str(self.settings.value("clinician/role", ""))
        self.controller.start_new(name, clinician, role, self._language(), known)

    def open_consultation(self, consultation_id: int) -> None:
        self.controller.open(consultation_id)

    def open_demo(self) -> None:
        self.controller.open_demo(self.services.catalog, self._language())

    def offer_draft(self) -> bool:
        """After a crash or a kill: offer to continue the unfinished consultation."""
        draft = self.controller.latest_draft()
        if draft is None:
            return False
        if self.dialogs.ask(
            self.tr("Continue?"),
            self.tr("The consultation with {0} on {1} was not finished. Continue it now?").format(
                draft.patient_name, draft.consulted_on.isoformat()
            ),
        ):
            self.controller.open(draft.id)
            return True
        return False

    def edit_clinic(self) -> None:
        """The clinic details dialog; saved for every new consultation."""
        from neuromod_aid.ui.clinic import edit_clinic_profile

        if edit_clinic_profile(self.services) is not None:
            self.start.show_clinic()
            self.statusBar().showMessage(self.tr("Clinic details saved."), 8000)

    def choose_language(self, lang: str) -> None:
        """Store the program's language; it applies when the program next starts."""
        settings = self.settings
        if lang == str(settings.value("ui/language", "")) and lang == self.ui_lang:
            return
        settings.setValue("ui/language", lang)
        settings.sync()
        if lang == self.ui_lang:
            return
        # in the language just chosen, since the user may not read the current one
        message = RESTART_MESSAGES.get(lang, RESTART_MESSAGES["en"])
        if os.environ.get(UI_LANG_ENV):
            message += f" ({UI_LANG_ENV}={os.environ[UI_LANG_ENV]} overrides this setting.)"
        self.dialogs.inform("Language / Idioma", message)

    def finish(self) -> None:
        self.controller.set_status("complete")
        self.show_start()

    # --- files ---------------------------------------------------------------------

    def open_file(self) -> None:
        from neuromod_aid.consultation import ConsultationError, parse_consultation

        path = self.dialogs.open_file(
            self.tr("Open a consultation file"),
            self.location.exports_dir,
            self.tr("Consultation files (*.json)"),
        )
        if path is None:
            return
        try:
            record = parse_consultation(path.read_text(encoding="utf-8"), self.services.catalog)
        except (OSError, UnicodeDecodeError) as error:
            self.dialogs.warn(self.tr("Not opened"), str(error))
            return
        except ConsultationError as error:
            self.dialogs.warn(
                self.tr("Not opened"),
                self.tr("The file is not a valid consultation:\n{0}").format(
                    "\n".join(error.problems[:8])
                ),
            )
            return
        self.controller.start(record)

    def save_file(self) -> None:
        from neuromod_aid.ui.documents import file_stem

        record = self.controller.record
        if record is None:
            return
        suggested = self.location.exports_dir / (file_stem("consultation", record) + ".json")
        path = self.dialogs.save_file(
            self.tr("Save the consultation as a file"),
            suggested,
            self.tr("Consultation files (*.json)"),
        )
        if path is None:
            return
        try:
            self.controller.save_as_file(path)
        except OSError as error:
            self.dialogs.warn(self.tr("Not saved"), str(error.strerror or error))
            return
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
        page = self.walkthrough.pages[max(0, self.walkthrough.current)]
        self.presentation.follow(self.controller.record, page.step_id, page.shown_item())

    def toggle_presentation(self, on: bool) -> None:
        if on and self.controller.record is not None:
            self._follow()
            self.presentation.present(avoid_screen=self.screen())
        elif not on and self.presentation.isVisible():
            self.presentation.close()

    def save_now(self) -> None:
        """Write any change still waiting for the autosave timer."""
        if self.attached:
            self.controller.flush()

    def closeEvent(self, event) -> None:
        remember_window(self, self.settings)
        self.start.pool.clear()
        self.start.pool.waitForDone()
        self.save_now()
        if self.attached:
            self.presentation.close()
        super().closeEvent(event)
