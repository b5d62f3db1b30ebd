"""The real main window on the demo consultation, in a throw-away data folder, with
every step built once (as after a first visit): what the UI benchmarks measure."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

if TYPE_CHECKING:
    from neuromod_aid.app.context import AppContext
    from neuromod_aid.ui.main_window import MainWindow


@contextmanager
def bench_window() -> Iterator[tuple[MainWindow, AppContext, Path]]:
    """The real main window at 1366 x 768 on a throw-away data folder, with the folder
    its scripted dialogs save into."""
    from neuromod_aid.app.context import AppContext
    from neuromod_aid.paths import DataLocation
    from neuromod_aid.ui.app import application, build_window
    from neuromod_aid.ui.selftest import ScriptedDialogs

    with tempfile.TemporaryDirectory(prefix="neuromod-aid-bench-") as folder:
        out = Path(folder) / "out"
        out.mkdir()
        context = AppContext(DataLocation(Path(folder) / "data").ensure())
        window = build_window(context, dialogs=ScriptedDialogs(out), ui_lang="en")
        window.resize(1366, 768)
        window.show()
        application().processEvents()
        try:
            yield window, context, out
        finally:
            window.controller.flush()
            window.close()
            context.close()


@contextmanager
def demo_window() -> Iterator[tuple[MainWindow, AppContext]]:
    from neuromod_aid.ui.app import application

    with bench_window() as (window, context, _):
        app = application()
        window.open_demo()
        for index in range(len(window.walkthrough.pages)):
            window.walkthrough.go(index)
            app.processEvents()
        yield window, context
