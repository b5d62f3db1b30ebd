"""On a single monitor the patient screen never covers the clinician's controls: it
opens beside their window when there is room, else behind it; the clinician can
place it, and it opens there again. The step shortcuts work from it.

Each case runs in a process of its own with one 1920x1080 monitor (the monitors are
fixed when Qt starts).
"""

from __future__ import annotations

from pathlib import Path

from .monitors import run_on_monitors

SCRIPT = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from neuromod_aid.app.context import AppContext
from neuromod_aid.paths import data_location
from neuromod_aid.ui.app import application, build_window
from neuromod_aid.ui.selftest import ScriptedDialogs

folder, case = Path(sys.argv[1]), sys.argv[2]
app = application()
window = build_window(
    AppContext(data_location(folder / "data").ensure()), dialogs=ScriptedDialogs(folder)
)
available = window.screen().availableGeometry()
width = 1200 if case == "beside" else available.width()
window.setGeometry(QRect(available.left(), available.top(), width, 900))
window.show()
window.activateWindow()
QTest.qWait(50)
window.open_demo()
seen = {"screens": len(app.screens())}


def present():
    window.present_action.setChecked(True)
    QTest.qWait(50)
    return window.presentation


screen = present()
seen["full_screen"] = screen.isFullScreen()
seen["patient"] = screen.frameGeometry().getRect()
seen["clinician"] = window.frameGeometry().getRect()
seen["active_is_clinician"] = app.activeWindow() is window
if case == "placed":
    placed = QRect(available.left() + 40, available.top() + 30, 700, 500)
    screen.setGeometry(placed)
    QTest.keyClick(screen, Qt.Key.Key_Escape)
    seen["closed"] = not window.present_action.isChecked() and not screen.isVisible()
    screen = present()
    seen["placed"] = placed.getRect()
    seen["reopened"] = screen.geometry().getRect()
if case == "keys":
    screen.activateWindow()
    QTest.qWait(50)
    seen["patient_active"] = app.activeWindow() is screen
    QTest.keyClick(screen, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    QTest.qWait(300)
    seen["step_after_alt_3"] = window.walkthrough.current
    seen["screen_shows"] = str(screen.step)
    QTest.keyClick(screen, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    QTest.qWait(50)
    seen["step_after_ctrl_pgdown"] = window.walkthrough.current
    seen["still_active"] = app.activeWindow() is screen
window.controller.flush()
print(json.dumps(seen))
"""


def _run(tmp_path: Path, case: str) -> dict:
    room = [{"name": "room", "x": 0, "y": 0, "width": 1920, "height": 1080}]
    seen = run_on_monitors(tmp_path, room, SCRIPT, str(tmp_path), case)
    assert seen["screens"] == 1
    assert seen["full_screen"] is False  # a window, on the clinician's only monitor
    return seen


def _overlap(first: list[int], second: list[int]) -> bool:
    (ax, ay, aw, ah), (bx, by, bw, bh) = first, second
    return ax < bx + bw and bx < ax + aw and ay < by + bh and by < ay + ah


def test_with_room_it_opens_beside_the_clinicians_window(tmp_path: Path) -> None:
    seen = _run(tmp_path, "beside")
    assert not _overlap(seen["patient"], seen["clinician"])
    x, y, width, height = seen["patient"]
    assert x + width <= 1920 and y + height <= 1080  # on the screen
    assert seen["active_is_clinician"]  # the keyboard stays with the clinician


def test_without_room_it_opens_behind_the_clinicians_window(tmp_path: Path) -> None:
    seen = _run(tmp_path, "behind")
    assert _overlap(seen["patient"], seen["clinician"])  # no room beside
    assert seen["active_is_clinician"]  # raised over it: the controls stay in front


def test_where_the_clinician_puts_it_is_remembered(tmp_path: Path) -> None:
    seen = _run(tmp_path, "placed")
    assert seen["closed"]
    assert seen["reopened"] == seen["placed"]


def test_the_step_shortcuts_work_from_the_patient_screen(tmp_path: Path) -> None:
    seen = _run(tmp_path, "keys")
    assert seen["patient_active"]
    assert seen["step_after_alt_3"] == 2
    assert seen["screen_shows"] == "options"  # the patient screen follows
    assert seen["step_after_ctrl_pgdown"] == 3
    assert seen["still_active"]  # the patient screen keeps the keyboard
