"""Starting the window. Qt is imported only here, only when the GUI is asked for."""

from __future__ import annotations

import argparse
import logging
import threading
from concurrent.futures import Future

from neuromod_aid.app.context import AppContext, Records
from neuromod_aid.logging_setup import program_text

log = logging.getLogger(__name__)


def run_gui(context: AppContext, args: argparse.Namespace) -> int:
    if args.self_test:
        from neuromod_aid.ui.selftest import run_self_test

        return run_self_test()
    from neuromod_aid.ui.app import run  # PySide6 first: see open_in_background

    return run(
        context, lambda: open_in_background(context), demo=args.demo, probe=args.startup_probe
    )


def open_in_background(context: AppContext) -> Future[Records]:
    """Open the records (:meth:`AppContext.records`) on a worker thread.

    The window does not wait for them to appear. Start it after PySide6 is imported:
    PySide6 installs an import hook that inspects each newly imported module, and
    installing it while this thread is half-way through importing pydantic breaks
    that import now and then.
    """
    records: Future[Records] = Future()

    def work() -> None:
        from neuromod_aid.consultation import Consultation
        from neuromod_aid.validation import adapter

        try:
            opened = context.records()
            # pydantic's record validator, which opening or changing a record needs, is
            # built here rather than on the window's thread
            adapter(Consultation)
            records.set_result(opened)
        except BaseException as error:  # handed to the window, which tells the user
            log.info("gui: opening the records failed (%s)", program_text(type(error).__name__))
            records.set_exception(error)

    threading.Thread(target=work, name="open-records").start()
    return records
