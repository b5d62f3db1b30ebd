"""Fixtures for the window: a real main window on a fresh data folder, scripted dialogs."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from neuromod_aid.app.context import AppContext
from neuromod_aid.paths import data_location
from neuromod_aid.ui.app import build_window
from neuromod_aid.ui.main_window import MainWindow
from neuromod_aid.ui.selftest import ScriptedDialogs
from neuromod_aid.ui.steps import document_build


@pytest.fixture
def context(data_dir: Path) -> Iterator[AppContext]:
    location = data_location(data_dir).ensure()
    context = AppContext(location)
    yield context
    context.close()


@pytest.fixture
def dialogs(tmp_path: Path) -> ScriptedDialogs:
    out = tmp_path / "out"
    out.mkdir()
    return ScriptedDialogs(out)


@pytest.fixture
def make_window(qtbot, context: AppContext, dialogs: ScriptedDialogs) -> Callable[..., MainWindow]:
    def make(ui_lang: str = "en", track: bool = True) -> MainWindow:
        window = build_window(context, dialogs=dialogs, ui_lang=ui_lang)
        if track:  # an untracked window is one the test destroys itself
            qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make


@pytest.fixture
def window(make_window: Callable[..., MainWindow]) -> MainWindow:
    return make_window()


class Builds:
    """The Summary step's document builder, watched: it counts the documents built,
    holds those on a worker until the test lets them go, and fails for ``failing``."""

    def __init__(self, real) -> None:  # type: ignore[no-untyped-def]
        self.real = real
        self.gate = threading.Semaphore(0)
        self.held = True
        self.names: list[str] = []  # whose document each build is
        self.failing: set[str] = set()  # patients whose document the builder fails to make

    def __call__(self, kind, record, catalog, **options):  # type: ignore[no-untyped-def]
        self.names.append(record.patient.name)
        if self.held and threading.current_thread() is not threading.main_thread():
            assert self.gate.acquire(timeout=20), "the test never let this build go"
        if record.patient.name in self.failing:
            raise RuntimeError("a bug in the document builder")
        return self.real(kind, record, catalog, **options)


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> Iterator[Builds]:
    counting = Builds(document_build.build_document)
    monkeypatch.setattr(document_build, "build_document", counting)
    yield counting
    counting.gate.release(100)  # no worker is left waiting


def _file_printer(path: Path, calls: list[int] | None = None):  # type: ignore[no-untyped-def]
    """A print dialog answered with a PDF file printer at a low resolution; each time
    it is asked is counted in ``calls``."""

    def setup(printer) -> bool:  # type: ignore[no-untyped-def]
        from PySide6.QtPrintSupport import QPrinter

        if calls is not None:
            calls.append(1)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        printer.setResolution(50)
        return True

    return setup


@pytest.fixture
def print_to():  # type: ignore[no-untyped-def]
    """Makes print dialogs that print to a file (see ``_file_printer``)."""
    return _file_printer


@pytest.fixture
def printed(dialogs: ScriptedDialogs, tmp_path: Path) -> Path:
    """Where a print goes: the print dialog is answered with this file."""
    path = tmp_path / "printed.pdf"
    dialogs.print_setup = _file_printer(path)  # type: ignore[method-assign]
    return path


@pytest.fixture
def announced(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """What the window announces to a screen reader (``ui.focus.announce``), as if an
    assistive technology were listening."""
    from neuromod_aid.ui import focus

    said: list[str] = []

    class Listening:
        @staticmethod
        def isActive() -> bool:
            return True

        @staticmethod
        def updateAccessibility(event) -> None:  # type: ignore[no-untyped-def]
            said.append(event.message())

    monkeypatch.setattr(focus, "QAccessible", Listening)
    return said
