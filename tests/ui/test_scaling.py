"""At 200% (QT_SCALE_FACTOR=2) on a 1366x768 screen the window fits the screen, and
Tab reaches every control of the start screen, a patient's record and each step and
shows where the keyboard works in it (a whole button, a text field's cursor, a list's
current row), scrolling (sideways too) where the page is larger than the window.

Each run is a process of its own: the scale factor and the screen are fixed when Qt
starts.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .monitors import run_on_monitors

SCRIPT = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)
from neuromod_aid.app.context import AppContext
from neuromod_aid.paths import data_location
from neuromod_aid.ui.app import application, build_window
from neuromod_aid.ui.focus import tab_chain
from neuromod_aid.ui.geometry import FRAME, place_window
from neuromod_aid.ui.selftest import ScriptedDialogs
from neuromod_aid.ui.widgets.body_map import BodyMap

folder, lang, shots = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
app = application()
window = build_window(
    AppContext(data_location(folder / "data").ensure()),
    dialogs=ScriptedDialogs(folder),
    ui_lang=lang,
)
place_window(window, window.settings)
window.show()
window.activateWindow()
QTest.qWait(50)
available = window.screen().availableGeometry()
seen = {
    "scale": window.screen().devicePixelRatio(),
    "fits": window.width() + FRAME.width() <= available.width()
    and window.height() + FRAME.height() <= available.height(),
    "problems": [],
    "stops": 0,
}


EDGE = 5  # pixels: a frame's edge may be under a scroll bar


def focus_rect(widget):
    # Where the keyboard works in ``widget``: a text field's cursor, the body map's
    # area, a list's current row; the whole of any other control.
    if isinstance(widget, QAbstractItemView):
        index = widget.currentIndex()
        row = widget.visualRect(index) if index.isValid() else QRect(0, 0, widget.width(), 20)
        corner = widget.viewport().mapTo(widget, row.topLeft())
        return QRect(corner, row.size()).intersected(widget.viewport().geometry())
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit, BodyMap)):
        cursor = widget.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle)
        cursor = cursor.toRect() if isinstance(cursor, QRectF) else cursor
        return cursor.intersected(widget.rect())
    return widget.rect()


def room(widget):
    # The most of ``widget`` its innermost scroll area (or the window) can show.
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent.viewport().size() if parent is not None else window.size()


def shown_whole(widget, name):
    # Once Tab has reached it, where the keyboard works in it is in view: all of it, or
    # as much as its scroll area can show; and a button is wide enough for its words.
    seen["stops"] += 1
    wanted = focus_rect(widget)
    visible = widget.visibleRegion().boundingRect().intersected(wanted)
    space = room(widget)
    wide = min(wanted.width(), space.width()) - EDGE
    tall = min(wanted.height(), space.height()) - EDGE
    label = widget.accessibleName() or type(widget).__name__
    if visible.width() < wide or visible.height() < tall:
        seen["problems"].append(f"{name}: {label} shows {visible.getRect()} of {wanted.getRect()}")
    if isinstance(widget, QAbstractButton):
        words = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", ""))
        if widget.width() < words + EDGE:
            seen["problems"].append(f"{name}: {label}'s words cut ({widget.width()} < {words})")


def check(screen, name):
    stops = tab_chain(screen)
    if not stops:
        seen["problems"].append(f"{name}: no Tab stop")
        return
    stops[0].setFocus(Qt.FocusReason.TabFocusReason)
    for index in range(len(stops)):
        if index:
            QTest.keyClick(app.focusWidget(), Qt.Key.Key_Tab)
        shown_whole(app.focusWidget(), name)
    window.grab().save(f"{shots}/{lang}-{name}.png")


check(window.start, "start")
window.open_demo()
for index, page in enumerate(window.walkthrough.pages):
    window.walkthrough.go(index)
    QTest.qWait(30)
    check(window.walkthrough, f"step{index + 1}")
window.show_start()
window.start.search.setText("")
QTest.keyClicks(window.start.search, "Demo")
for _ in range(300):
    if window.start.chosen_patient() is not None:
        break
    QTest.qWait(10)
window.start.patient_button.click()
QTest.qWait(30)
check(window.patient_view, "patient")
window.controller.flush()
print(json.dumps(seen))
"""


@pytest.mark.parametrize("lang", ["en", "es"])
def test_at_200_percent_every_control_is_reachable_and_whole(tmp_path: Path, lang) -> None:
    laptop = [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768}]
    shots = Path(os.environ.get("NEUROMOD_SHOTS", tmp_path))
    seen = run_on_monitors(
        tmp_path, laptop, SCRIPT, str(tmp_path), lang, str(shots), scale="2", timeout=240
    )
    assert seen["scale"] == 2
    assert seen["fits"]  # never taller or wider than the screen
    assert seen["stops"] > 60  # every screen was walked
    assert seen["problems"] == []
