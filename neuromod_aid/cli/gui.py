"""Starting the window. Qt is imported only here, only when the GUI is asked for."""

from __future__ import annotations

import argparse
import threading
from concurrent.futures import Future
from typing import TYPE_CHECKING

from neuromod_aid.cli.common import AppContext

if TYPE_CHECKING:
    from neuromod_aid.catalog.model import Catalog
    from neuromod_aid.db import Database


def run_gui(context: AppContext, args: argparse.Namespace) -> int:
    if args.self_test:
        from neuromod_aid.ui.app import run_self_test

        return run_self_test()
    records = open_in_background(context)
    from neuromod_aid.ui.app import run

    return run(context, records, demo=args.demo, probe=args.startup_probe)


def open_in_background(context: AppContext) -> Future[tuple[Database, Catalog]]:
    """Open the database and read the catalog on a worker thread.

    Started before Qt is imported: the window does not wait for the records to
    appear, and modules imported after PySide6 load more slowly (its import hook
    reads each new module's source), so the database layer is best started first.
    """
    records: Future[tuple[Database, Catalog]] = Future()

    def work() -> None:
        try:
            records.set_result((context.database(), context.catalog()))
        except BaseException as error:  # handed to the window, which tells the user
            records.set_exception(error)

    threading.Thread(target=work, name="open-records").start()
    return records
