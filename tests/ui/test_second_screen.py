"""With a second monitor, the patient screen goes full screen on it.

Qt's offscreen platform can describe two monitors side by side (an extended
desktop, as in an exam room with a screen turned toward the patient). The test
runs in its own process because the monitors are fixed when Qt starts.
"""

from __future__ import annotations

from pathlib import Path

from .monitors import run_on_monitors

SCRIPT = """
import json
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from neuromod_aid.app.context import AppContext
from neuromod_aid.paths import data_location
from neuromod_aid.ui.app import application, build_window
app = application()
window = build_window(AppContext(data_location({folder!r}).ensure()), ui_lang="en")
window.setScreen(app.screens()[0])
window.move(0, 0)
window.show()
window.open_demo()
window.present_action.setChecked(True)
app.processEvents()
shown = window.presentation
seen = {{
    "screen": shown.screen().name(),
    "full_screen": shown.isFullScreen(),
    "geometry": shown.geometry().getRect(),
    "main_screen": window.screen().name(),
}}
QTest.keyClick(shown, Qt.Key.Key_Escape)
app.processEvents()
seen["after_esc_visible"] = shown.isVisible()
seen["after_esc_checked"] = window.present_action.isChecked()
window.controller.flush()
print(json.dumps(seen))
"""


def test_the_patient_screen_fills_the_other_monitor(tmp_path: Path) -> None:
    monitors = [
        {"name": "clinician", "x": 0, "y": 0, "width": 1366, "height": 768},
        {"name": "patient", "x": 1366, "y": 0, "width": 1920, "height": 1080},
    ]
    seen = run_on_monitors(tmp_path, monitors, SCRIPT.format(folder=str(tmp_path / "data")))
    assert seen["main_screen"] == "clinician"
    assert seen["screen"] == "patient"
    assert seen["full_screen"] is True
    assert seen["geometry"] == [1366, 0, 1920, 1080]
    assert seen["after_esc_visible"] is False
    assert seen["after_esc_checked"] is False
