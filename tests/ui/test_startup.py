"""Start-up: the window is up before the records are open, then becomes usable.

The records (database and catalog) open on a worker thread; until they arrive the
start screen says so, keeps what is typed and its buttons wait. If they cannot be
opened the user is told in the window and the program ends with exit code 2.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from concurrent.futures import Future
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from neuromod_aid.app.consultations import Consultations
from neuromod_aid.app.context import AppContext
from neuromod_aid.app.errors import UserError
from neuromod_aid.app.first_look import first_look
from neuromod_aid.consultation import Patient
from neuromod_aid.demo import demo_consultation
from neuromod_aid.paths import DataLocation
from neuromod_aid.ui.app import attach_when_open, open_window
from neuromod_aid.ui.selftest import ScriptedDialogs


@pytest.fixture
def shell(qtbot, context: AppContext, dialogs: ScriptedDialogs):
    window = open_window(context, dialogs=dialogs, ui_lang="en")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    if window.attached:
        window.controller.flush()


def test_before_the_records_open_the_start_screen_says_so_and_waits(shell) -> None:
    start = shell.start
    assert start.recent.item(0).text() == "Opening the patient records…"
    assert start.new_hint.text() == "Opening the patient records…"
    start.search.setText("Ana")
    start.clinician.setText("Dr Ruiz")
    for button in (start.new_button, start.open_button, start.demo_button):
        assert not button.isEnabled()
    assert not shell.open_action.isEnabled()
    asked: list[object] = []
    start.new_requested.connect(lambda *args: asked.append(args))
    start.open_requested.connect(asked.append)
    QTest.keyClick(start.search, Qt.Key.Key_Return)  # nothing to start it in yet
    start.recent.itemActivated.emit(start.recent.item(0))  # the message is not a record
    assert asked == []
    assert not shell.attached


def test_when_the_records_arrive_the_window_becomes_usable(
    qtbot, shell, context: AppContext
) -> None:
    records: Future = Future()
    ready: list[bool] = []
    attach_when_open(shell, records, lambda: ready.append(True), end=pytest.fail)
    shell.start.search.setText("Ana")  # typed while the records were still opening
    shell.start.clinician.setText("Dr Ruiz")
    opened = context.records()
    worker = threading.Thread(target=records.set_result, args=(opened,))  # as in the app
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: ready == [True])
    start = shell.start
    assert start.demo_button.isEnabled() and shell.open_action.isEnabled()
    assert start.new_button.isEnabled()
    assert start.new_hint.text() == "Looking for Ana…"  # what was typed is searched for
    qtbot.waitUntil(lambda: not start.searching())
    assert start.new_hint.text() == "No stored patient matches. New patient adds Ana."
    assert start.recent.count() == 0  # the "opening" line is gone; nothing stored yet
    shell.open_demo()
    assert shell.controller.record is not None


def test_with_the_first_look_the_buttons_work_before_the_records_arrive(
    qtbot, context: AppContext, dialogs: ScriptedDialogs
) -> None:
    record = demo_consultation(context.catalog(), "en")
    ana = Patient(name="Ana Núñez", record_number="H-7")
    Consultations(context.database()).start(replace(record, patient=ana))
    look = first_look(context.location)  # as the next start finds the records
    assert look is not None
    window = open_window(context, dialogs=dialogs, ui_lang="en")
    qtbot.addWidget(window)
    window.show()
    window.show_first_look(look)
    start = window.start
    assert start.recent.item(0).text().startswith("Ana Núñez · H-7\n")
    assert start.clinic_area.currentWidget() is start.clinic_area.prompt  # no clinic set up yet
    for button in (start.open_button, start.demo_button, start.clinic_area.button):
        assert button.isEnabled()
    assert window.open_action.isEnabled() and window.clinic_action.isEnabled()
    records: Future = Future()
    ready: list[bool] = []
    attach_when_open(window, records, lambda: ready.append(True), end=pytest.fail)
    start.search.setText("Ana")  # searched off the UI thread once the database is open
    opened = context.records()
    worker = threading.Timer(0.2, records.set_result, args=(opened,))  # still opening
    worker.start()
    start.open_button.click()  # waits for the records, then opens the consultation
    assert window.controller.record is not None
    assert window.controller.record.patient == ana
    assert window.stack.currentWidget() is window.walkthrough
    qtbot.waitUntil(lambda: start.results.count() == 1)
    assert start.chosen_patient() is not None and start.chosen_patient().name == "Ana Núñez"
    worker.join()
    qtbot.wait(50)  # the records' own arrival comes after the click took them
    assert ready == [True]
    window.controller.flush()


def _fail_opening(qtbot, window, error: Exception) -> int:
    """Let opening the records fail with ``error``; the exit code the program ends with."""
    records: Future = Future()
    ended: list[int] = []
    attach_when_open(window, records, lambda: pytest.fail("not ready"), end=ended.append)
    records.set_exception(error)
    qtbot.waitUntil(lambda: bool(ended))
    return ended[0]


def test_records_that_cannot_be_opened_are_explained_and_end_the_program(
    qtbot, shell, dialogs: ScriptedDialogs, capsys
) -> None:
    damaged = UserError("the database file is damaged: /some/where.sqlite3")
    assert _fail_opening(qtbot, shell, damaged) == 2
    assert dialogs.warnings == ["the database file is damaged: /some/where.sqlite3"]
    assert "neuromod-aid: the database file is damaged" in capsys.readouterr().err
    assert not shell.attached


def test_a_database_that_fails_while_being_read_is_explained_not_called_a_bug(
    qtbot, shell, dialogs: ScriptedDialogs
) -> None:
    from neuromod_aid.errors import DatabaseUnavailable

    assert _fail_opening(qtbot, shell, DatabaseUnavailable("the database is locked")) == 2
    assert dialogs.warnings == ["the database is locked"]


def test_a_bug_while_opening_shows_no_traceback_and_points_to_the_log(
    qtbot, shell, dialogs: ScriptedDialogs, capsys
) -> None:
    assert _fail_opening(qtbot, shell, KeyError("secret patient value")) == 70
    (message,) = dialogs.warnings
    assert message.startswith("an unexpected error stopped the program; details are in ")
    assert "secret patient value" not in message + capsys.readouterr().err


@pytest.mark.parametrize("database", ["file", "memory"])
def test_the_program_starts_opens_its_records_and_exits_cleanly(
    tmp_path: Path, database: str
) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NEUROMOD_AID_DATA_DIR=str(tmp_path))
    # in memory: opened on the worker thread, read on the UI thread (one shared connection)
    url = ["--database-url", "sqlite://"] if database == "memory" else []
    # a file: created by the first start, read by the second one's first look
    for _ in range(2 if database == "file" else 1):
        result = subprocess.run(
            [sys.executable, "-m", "neuromod_aid", *url, "--startup-probe"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        lines = ["probe: window shown", "probe: ready", "probe: loaded"]
        assert result.stdout.splitlines() == lines
    if database == "file":
        assert DataLocation(tmp_path).database_file.stat().st_size > 0


def test_the_window_appears_without_the_database_layer_or_the_catalog(tmp_path: Path) -> None:
    # what makes the window quick to appear: SQLAlchemy, pydantic and Babel load afterwards
    script = (
        "import sys\n"
        "from neuromod_aid.app.context import AppContext\n"
        "from neuromod_aid.paths import data_location\n"
        "from neuromod_aid.ui.app import open_window\n"
        f"window = open_window(AppContext(data_location({str(tmp_path)!r}).ensure()))\n"
        "window.show()\n"
        "heavy = {'sqlalchemy', 'pydantic', 'reportlab', 'alembic', 'babel'}\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & heavy))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
