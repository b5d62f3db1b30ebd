"""The QApplication and the main window: start-up, translations, demo, self-test."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from neuromod_aid import APP_NAME
from neuromod_aid.cli.common import AppContext
from neuromod_aid.ui.controller import ConsultationController
from neuromod_aid.ui.dialogs import Dialogs
from neuromod_aid.ui.geometry import place_window
from neuromod_aid.ui.i18n import install_translators, ui_language
from neuromod_aid.ui.main_window import MainWindow
from neuromod_aid.ui.services import Services, settings_for
from neuromod_aid.ui.style import style_sheet


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setStyleSheet(style_sheet(app.palette()))
    return app  # type: ignore[return-value]


def build_window(
    context: AppContext, dialogs: Dialogs | None = None, ui_lang: str | None = None
) -> MainWindow:
    """The main window on ``context``'s data; translators installed for its language."""
    app = application()
    settings = settings_for(context.location)
    lang = ui_lang or ui_language(settings)
    install_translators(app, lang)
    database = context.database()
    chosen = dialogs or Dialogs()
    services = Services(
        catalog=context.catalog(),
        database=database,
        controller=ConsultationController(database),
        dialogs=chosen,
        settings=settings,
        location=context.location,
        ui_lang=lang,
    )
    window = MainWindow(services)
    services.controller.setParent(window)
    if chosen.parent is None:
        chosen.parent = window
    app.aboutToQuit.connect(services.controller.flush)
    return window


def run(
    context: AppContext, demo: bool = False, self_test: bool = False, probe: bool = False
) -> int:
    if self_test:
        if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        ):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from neuromod_aid.ui.selftest import run_self_test

        return run_self_test()
    app = application()
    window = build_window(context)
    place_window(window, window.services.settings)
    window.show()
    if probe:
        QTimer.singleShot(0, app.quit)
        return app.exec()
    if demo:
        window.open_demo()
    else:
        QTimer.singleShot(0, window.offer_draft)
    return app.exec()
