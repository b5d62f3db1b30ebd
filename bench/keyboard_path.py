"""The common path of a consultation, counted in key presses and mouse clicks.

Open a returning patient, mark one condition and two pain areas, tick SCS as
discussed, mark its risks, export the summary: driven through the real widgets
(offscreen), once by keyboard only and once by mouse (the patient's name is typed
in both). Targets: at most 40 key presses and at most 15 clicks.

A key press is one key or one chord (Alt+N is one press, as a shortcut is pressed
at once); a letter typed is one press. The file dialog's Save counts one press (or
one click) though the benchmark answers it itself. The clinician's name is already
remembered, as after a first day. Besides the main path (the patient's last
consultation recorded nothing to carry over, so the condition and the areas are
entered), the keyboard path is counted again with them carried over and checked.
Run: ``python -m bench keyboard_path``.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    from neuromod_aid.consultation import Consultation
    from neuromod_aid.ui.main_window import MainWindow

KEYS_TARGET = 40
CLICKS_TARGET = 15
PATIENT = "Ana Torres Vidal"
SEARCHED = "torr"
CONDITION = "spinal_surgery"
AREAS = {"lower_back_centre_back": "lo", "lower_leg_left_back": "left c"}  # typed names


@dataclasses.dataclass
class Count:
    keys: int = 0
    clicks: int = 0
    scrolls: int = 0


class Driver:
    """Presses keys where the keyboard focus is and clicks widgets, counting each."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.count = Count()

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier | None = None) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        target = QApplication.focusWidget() or self.window
        QTest.keyClick(target, key, modifiers or Qt.KeyboardModifier.NoModifier)
        self.count.keys += 1
        QTest.qWait(120)  # a mnemonic clicks its button after a short animation

    def alt(self, letter: str) -> None:
        from PySide6.QtCore import Qt

        self.press(getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)

    def type(self, text: str) -> None:
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        for letter in text:
            QTest.keyClicks(QApplication.focusWidget() or self.window, letter)
            self.count.keys += 1
        QTest.qWait(20)

    def click(self, widget: QWidget, at: object = None) -> None:
        """A click where the clinician sees ``widget``: scrolled to first if it is
        out of view (each scroll counted apart), then clicked."""
        from PySide6.QtCore import QPoint, Qt
        from PySide6.QtTest import QTest

        point = at if isinstance(at, QPoint) else widget.rect().center()
        self._scroll_to(widget, point)
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=point)
        self.count.clicks += 1
        QTest.qWait(20)

    def _scroll_to(self, widget: QWidget, point: object) -> None:
        from PySide6.QtCore import QPoint
        from PySide6.QtWidgets import QScrollArea

        area = widget.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is None or not isinstance(point, QPoint):
            return
        viewport = area.viewport()
        where = widget.mapTo(viewport, point)
        if not viewport.rect().contains(where):
            inner = area.widget()
            if inner is not None:
                spot = widget.mapTo(inner, point)
                area.ensureVisible(spot.x(), spot.y())
            self.count.scrolls += 1


def _wait(done: Callable[[], bool]) -> None:
    from PySide6.QtTest import QTest

    for _ in range(500):
        if done():
            return
        QTest.qWait(10)
    raise RuntimeError("the window never got there")


@contextmanager
def _returning_patient(carried: bool) -> Iterator[tuple[MainWindow, Path]]:
    """The window on the start screen, with one earlier consultation of the patient."""
    from bench.demo_window import bench_window
    from neuromod_aid.app.consultations import Consultations
    from neuromod_aid.consultation import Patient
    from neuromod_aid.demo import demo_consultation
    from neuromod_aid.ui.app import application
    from neuromod_aid.ui.settings import CLINICIAN_NAME

    with bench_window() as (window, _, out):
        CLINICIAN_NAME.set(window.settings, "Dr. Ruiz")
        earlier = demo_consultation(window.services.catalog, "en")
        before = dataclasses.replace(
            earlier,
            patient=Patient(name=PATIENT, record_number="H-5150"),
            conditions=(CONDITION,) if carried else (),
            pain_areas=tuple(AREAS) if carried else (),
            treatments_tried=earlier.treatments_tried if carried else (),
        )
        Consultations(window.services.consultations.database).start(before)
        window.show_start()
        window.start.clinician.setText(CLINICIAN_NAME.get(window.settings))
        application().processEvents()
        yield window, out


def _by_keyboard(window: MainWindow, carried: bool) -> Count:
    from PySide6.QtCore import Qt

    drive = Driver(window)
    start = window.start
    drive.type(SEARCHED)
    _wait(lambda: start.chosen_patient() is not None)
    drive.press(Qt.Key.Key_Return)  # opens the patient's record
    drive.alt("n")  # Start a new consultation
    _wait(lambda: window.controller.record is not None)
    drive.alt("2")  # Pain: the first field
    if carried:
        drive.press(Qt.Key.Key_Space)  # Checked with the patient
    else:
        drive.press(Qt.Key.Key_Space)  # the first condition
        drive.alt("h")  # Where it hurts: the body map
        for typed in AREAS.values():
            drive.type(typed)
            drive.press(Qt.Key.Key_Space)
    drive.alt("3")  # Options: the first card
    _tab_to(drive, window.walkthrough.page("options").cards["scs"].discussed)
    drive.press(Qt.Key.Key_Space)
    drive.alt("4")  # Risks: the first field
    _tab_to(drive, _mark_all(window))
    drive.press(Qt.Key.Key_Space)
    drive.alt("6")  # Summary
    drive.alt("e")  # Export PDF…
    drive.count.keys += 1  # Save in the file dialog (answered by the benchmark)
    return drive.count


def _mark_all(window: MainWindow) -> QWidget:
    """The Risks step's "Mark all as discussed" of SCS (the first button of its group)."""
    from PySide6.QtWidgets import QPushButton

    button = window.walkthrough.page("risks").boxes["scs"].findChild(QPushButton)
    assert button is not None
    return button


def _tab_to(drive: Driver, widget: QWidget) -> None:
    from PySide6.QtCore import Qt

    for _ in range(30):
        if widget.hasFocus():
            return
        drive.press(Qt.Key.Key_Tab)
    raise RuntimeError(f"Tab never reached {widget.accessibleName()}")


def _by_mouse(window: MainWindow) -> Count:
    from PySide6.QtCore import QPoint

    drive = Driver(window)
    start = window.start
    drive.type(SEARCHED)
    _wait(lambda: start.results.count() > 0)
    item = start.results.item(0)
    drive.click(start.results.viewport(), start.results.visualItemRect(item).center())
    drive.click(start.patient_button)
    drive.click(window.patient_view.new_button)
    _wait(lambda: window.controller.record is not None)
    walk = window.walkthrough

    def step(index: int) -> None:
        rect = walk.steps.visualItemRect(walk.steps.item(index))
        drive.click(walk.steps.viewport(), rect.center())

    step(1)
    pain = walk.page("pain")
    box = pain.condition_boxes[CONDITION]
    drive.click(box, QPoint(10, box.height() // 2))
    for area in AREAS:
        drive.click(pain.body_map, pain.body_map.area_centre(area).toPoint())
    step(2)
    drive.click(walk.page("options").cards["scs"].discussed, QPoint(8, 8))
    step(3)
    drive.click(_mark_all(window))
    step(5)
    drive.click(walk.page("summary").export_button)
    drive.count.clicks += 1  # Save in the file dialog (answered by the benchmark)
    return drive.count


def _path_done(record: Consultation | None, out: Path, carried: bool) -> list[str]:
    """What is missing from the common path's result (nothing, if it worked)."""
    if record is None:
        return ["no consultation open"]
    problems = []
    if record.conditions != (CONDITION,):
        problems.append(f"conditions {record.conditions}")
    if set(record.pain_areas) != set(AREAS):
        problems.append(f"pain areas {record.pain_areas}")
    if record.therapies_discussed != ("scs",):
        problems.append(f"discussed {record.therapies_discussed}")
    if not record.risks_discussed.get("scs"):
        problems.append("SCS risks not marked")
    if carried and "Checked with the patient" not in record.private_notes:
        problems.append("carried-over values not checked")
    if not list(out.glob("*.pdf")):
        problems.append("no summary exported")
    return problems


def _run(how: str, carried: bool = False) -> tuple[Count, list[str]]:
    with _returning_patient(carried) as (window, out):
        count = _by_keyboard(window, carried) if how == "keyboard" else _by_mouse(window)
        _wait(lambda: bool(list(out.glob("*.pdf"))) or window.controller.record is None)
        record = window.controller.record
        therapy = window.services.catalog.therapy("scs")
        problems = _path_done(record, out, carried)
        marked = record.risks_discussed.get("scs", ()) if record is not None else ()
        if len(marked) != len(therapy.risks):
            problems.append(f"{len(marked)} of {len(therapy.risks)} SCS risks marked")
        return count, problems


def main() -> int:
    keyboard, keyboard_problems = _run("keyboard")
    mouse, mouse_problems = _run("mouse")
    carried, carried_problems = _run("keyboard", carried=True)
    print(f"by keyboard: {keyboard.keys} keys, {keyboard.clicks} clicks")
    print(
        f"by mouse: {mouse.clicks} clicks, {mouse.scrolls} scrolls, "
        f"{mouse.keys} keys (the name searched)"
    )
    print(f"by keyboard, last visit's values carried over: {carried.keys} keys")
    print(f"common path: {keyboard.keys} keys, {mouse.clicks} clicks")
    problems = keyboard_problems + mouse_problems + carried_problems
    for problem in problems:
        print(f"  path not completed: {problem}")
    ok = not problems and keyboard.keys <= KEYS_TARGET and mouse.clicks <= CLICKS_TARGET
    print(
        f"targets: at most {KEYS_TARGET} keys, {CLICKS_TARGET} clicks: "
        + ("met" if ok else "MISSED")
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
