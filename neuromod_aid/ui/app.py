"""The QApplication and the main window: start-up, translations, demo, self-test.

Start-up is in two halves so the window is usable at once. :func:`open_window` shows
the main window with only Qt and the paths loaded; in the event loop's first turn
the start screen shows its first look at the records (``neuromod_aid.app.first_look``:
the recent consultations and the clinic, read with ``sqlite3``), and opening the
database and the catalog (SQLAlchemy, pydantic, the content) starts on a worker
thread (``neuromod_aid.cli.gui``); :func:`attach_when_open` hands the records to
:meth:`MainWindow.attach` on the UI thread when they arrive, or at once if a button
needs them before. Tests, the self-test and the benchmarks use :func:`build_window`,
which does both halves in one go.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from neuromod_aid import APP_ID, APP_NAME, __version__
from neuromod_aid.app.context import AppContext, Records
from neuromod_aid.app.errors import (
    EXIT_INTERNAL,
    EXIT_USAGE,
    DamagedDatabase,
    UserError,
    tell_user,
    unexpected_error,
)
from neuromod_aid.app.first_look import first_look
from neuromod_aid.errors import DatabaseUnavailable
from neuromod_aid.logging_setup import LOG_FILE_NAME
from neuromod_aid.paths import resources_dir
from neuromod_aid.ui.dialogs import Dialogs
from neuromod_aid.ui.geometry import place_window
from neuromod_aid.ui.i18n import install_translators, ui_language
from neuromod_aid.ui.main_window import MainWindow
from neuromod_aid.ui.settings import settings_for
from neuromod_aid.ui.style import follow_colour_scheme
from neuromod_aid.ui.wheel import guard_the_wheel

if TYPE_CHECKING:
    from neuromod_aid.catalog.text import Lang

log = logging.getLogger(__name__)


def application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    follow_colour_scheme(app)  # called again (the window, the self-test): no re-styling
    guard_the_wheel(app)
    return app


def app_icon() -> QIcon:
    """The program's icon, every size drawn for it (read when first painted)."""
    icon = QIcon()
    for drawn in sorted((resources_dir() / "icons" / "hicolor").glob(f"*/apps/{APP_ID}.*")):
        icon.addFile(str(drawn))
    return icon


def open_window(
    context: AppContext, dialogs: Dialogs | None = None, ui_lang: Lang | None = None
) -> MainWindow:
    """The main window, records not open yet; translators installed for its language."""
    app = application()
    settings = settings_for(context.location)
    lang = ui_lang or ui_language(settings)
    install_translators(app, lang)
    chosen = dialogs or Dialogs()
    window = MainWindow(settings, context.location, lang, chosen)
    if chosen.parent is None:
        chosen.parent = window
    app.aboutToQuit.connect(window.save_now)
    return window


def build_window(
    context: AppContext, dialogs: Dialogs | None = None, ui_lang: Lang | None = None
) -> MainWindow:
    """The main window on ``context``'s data, records open (tests, self-test, benchmarks)."""
    window = open_window(context, dialogs, ui_lang)
    window.attach(context.records())
    return window


class _Arrived(QObject):
    """Carries "the records are open (or failed)" from the worker to the UI thread."""

    arrived = Signal()


def attach_when_open(
    window: MainWindow,
    records: Future[Records],
    on_ready: Callable[[], None],
    end: Callable[[int], None] = QApplication.exit,
    reopen: Callable[[], Future[Records]] | None = None,
) -> None:
    """Attach the records to the shown ``window`` when they arrive, then ``on_ready``;
    what needs them before (the window is usable with the start screen's first look)
    waits for them.

    If they cannot be opened the user is told in the window (and on stderr) and the
    program ends (``end``) with the command line's exit code for the problem. A
    damaged database file is first offered its way back (a backup, or an empty
    database; :func:`neuromod_aid.ui.safekeeping.offer_way_back`): then the records
    are opened again with ``reopen``.
    """
    bridge = _Arrived(window)
    handled = False

    def arrived() -> None:
        nonlocal handled
        if handled:  # a button waited for them already
            return
        handled = True
        try:
            window.attach(records.result())
            on_ready()
        except (UserError, DatabaseUnavailable) as error:
            if isinstance(error, DamagedDatabase) and reopen is not None:
                from neuromod_aid.ui.safekeeping import offer_way_back

                if offer_way_back(window.dialogs, error):
                    log.info("gui: the damaged database was set aside; opening it again")
                    attach_when_open(window, reopen(), on_ready, end, reopen)
                else:  # quit: the dialog said why
                    tell_user(str(error))
                    end(error.exit_code)
                return
            code = error.exit_code if isinstance(error, UserError) else EXIT_USAGE
            log.info("gui: records not opened (exit %d)", code)
            _cannot_open(window, str(error))
            end(code)
        except Exception as error:
            log.error("gui: unexpected error opening the records", exc_info=error)
            log_file = window.location.logs_dir / LOG_FILE_NAME
            _cannot_open(window, unexpected_error(log_file))
            end(EXIT_INTERNAL)

    window.records_opening(arrived, lambda: records.result().patients)
    bridge.arrived.connect(arrived, Qt.ConnectionType.QueuedConnection)
    records.add_done_callback(lambda _: bridge.arrived.emit())


def _cannot_open(window: MainWindow, message: str) -> None:
    tell_user(message)
    window.cannot_open(message)


def run(
    context: AppContext,
    open_records: Callable[[], Future[Records]],
    demo: bool = False,
    probe: bool = False,
) -> int:
    """Show the window now, usable with the first look; then ``open_records`` (on a
    worker thread) and attach them when they arrive."""
    app = application()
    window = open_window(context)
    place_window(window, window.settings)
    window.show()
    looked = False

    def say(line: str) -> None:
        # for bench/startup.py: when the window is up, when it is usable, when all is
        # loaded (then it exits)
        if probe:
            print(f"probe: {line}", flush=True)

    def first_turn() -> None:
        nonlocal looked
        say("window shown")
        look = first_look(context.location, context.url_override)
        if look is not None:
            window.show_first_look(look)
            looked = True
            say("ready")
        # started after the first look, which so has the interpreter to itself
        attach_when_open(window, open_records(), attached, reopen=open_records)

    def attached() -> None:
        if not looked:
            say("ready")
        say("loaded")
        if probe:
            QTimer.singleShot(0, app.quit)
        else:
            QTimer.singleShot(0, lambda: first_screen(window, demo))

    QTimer.singleShot(0, first_turn)
    return app.exec()


def first_screen(window: MainWindow, demo: bool) -> None:
    """What was being edited when the program stopped comes first, then the demo."""
    if not window.offer_recovery() and demo:
        window.open_demo()
