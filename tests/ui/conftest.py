"""Fixtures for the window: a real main window on a fresh data folder, scripted dialogs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from neuromod_aid.app.context import AppContext
from neuromod_aid.paths import data_location
from neuromod_aid.ui.app import build_window
from neuromod_aid.ui.main_window import MainWindow
from neuromod_aid.ui.selftest import ScriptedDialogs


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
