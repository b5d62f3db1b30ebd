"""The window's own keys (Ctrl+Shift+P for the procedures list, and every other) work
wherever the keyboard is: from every Tab stop of the start screen, each step, a
patient's record, the procedures list and a procedure's screen, from the patient
screen, and while the records are still opening at start-up."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from neuromod_aid.app.context import AppContext
from neuromod_aid.ui.app import attach_when_open, open_window
from neuromod_aid.ui.focus import tab_chain
from neuromod_aid.ui.main_window import MainWindow
from neuromod_aid.ui.selftest import ScriptedDialogs

PROCEDURES = QKeySequence("Ctrl+Shift+P")


def _press(widget: QWidget, keys: QKeySequence) -> None:
    combination = keys[0]
    QTest.keyClick(widget, combination.key(), combination.keyboardModifiers())


class _Reached(QObject):
    """Which actions a key reached: each action's shortcut event is counted and kept
    from it, so its screen or dialog does not open and the next key starts from the
    same place."""

    def __init__(self, actions: tuple[QAction, ...]) -> None:
        super().__init__()
        self.reached: list[QAction] = []
        for action in actions:
            action.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Shortcut and isinstance(watched, QAction):
            self.reached.append(watched)
            return True
        return False


def _stops(window: MainWindow, screen: QWidget) -> Iterator[tuple[str, QWidget]]:
    for widget in tab_chain(screen):
        if widget.isVisible():
            yield f"{type(widget).__name__} {widget.accessibleName()!r}", widget


def _screens(window: MainWindow, qtbot) -> Iterator[tuple[str, QWidget]]:  # type: ignore[no-untyped-def]
    """Every screen in turn, as (where, the widget to send the key from)."""
    window.show_start()
    for where, stop in _stops(window, window.start):
        yield f"start screen, {where}", stop
    window.open_demo()
    consultation = window.controller.consultation_id
    for step in range(len(window.walkthrough.pages)):
        window.walkthrough.go(step)
        qtbot.wait(5)
        for where, stop in _stops(window, window.walkthrough):
            yield f"step {step + 1}, {where}", stop
    window.present_action.setChecked(True)
    screen = window.presentation
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    yield "the patient screen", QApplication.focusWidget() or screen
    window.present_action.setChecked(False)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    patient = window.services.consultations.load(consultation).patient_id
    window.show_patient(patient)
    for where, stop in _stops(window, window.patient_view):
        yield f"a patient's record, {where}", stop
    window.workspace.show_procedures()
    for where, stop in _stops(window, window.workspace.procedures):
        yield f"the procedures list, {where}", stop
    window.workspace.show_procedure(consultation)
    for where, stop in _stops(window, window.workspace.screen):
        yield f"a procedure's screen, {where}", stop


def test_every_window_key_reaches_its_action_from_every_screen(window, qtbot) -> None:
    window.show()
    qtbot.waitExposed(window)
    actions = window.actions_made
    spy = _Reached(actions.with_keys)
    # saving a file and the patient screen need a consultation: from the others they
    # are switched off on purpose, and reached only where one is open
    needs_consultation = {actions.save, actions.present}
    missed: list[str] = []
    tried = 0
    for where, widget in _screens(window, qtbot):
        open_consultation = window.controller.record is not None
        for action in actions.with_keys:
            if action in needs_consultation and not open_consultation:
                assert not action.isEnabled(), where
                continue
            spy.reached.clear()
            _press(widget, action.shortcut())
            tried += 1
            if spy.reached != [action]:
                missed.append(f"{action.shortcut().toString()} from {where}")
    assert missed == []
    assert tried > 300  # every stop of every screen was tried


def test_ctrl_shift_p_opens_the_procedures_list_from_every_screen(window, qtbot) -> None:
    window.show()
    qtbot.waitExposed(window)
    places = list(_places(window, qtbot))
    assert len(places) == 9  # the start screen, 6 steps, the patient screen, a record
    for where, go in places:
        widget = go()
        assert window.stack.currentWidget() is not window.workspace.procedures, where
        _press(widget, PROCEDURES)
        assert window.stack.currentWidget() is window.workspace.procedures, where
        assert window.workspace.procedures.list.hasFocus() or not window.isActiveWindow()


def _places(window: MainWindow, qtbot):  # type: ignore[no-untyped-def]
    """Ways to a screen, each returning the focused widget there."""

    def start() -> QWidget:
        window.show_start()
        return window.start.search

    def step(index: int) -> QWidget:
        window.open_demo()
        window.walkthrough.go_to_field(index)
        focused = QApplication.focusWidget()
        assert focused is not None and window.walkthrough.isAncestorOf(focused)
        return focused

    def patient_screen() -> QWidget:
        window.open_demo()
        window.walkthrough.go(1)
        window.present_action.setChecked(True)
        screen = window.presentation
        screen.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
        return QApplication.focusWidget() or screen

    def record() -> QWidget:
        window.present_action.setChecked(False)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        window.open_demo()
        consultation = window.controller.consultation_id
        window.show_patient(window.services.consultations.load(consultation).patient_id)
        return window.focusWidget() or window.patient_view

    yield "start screen", start
    for index in range(6):
        yield f"step {index + 1}", lambda index=index: step(index)
    yield "the patient screen", patient_screen
    yield "a patient's record", record


@pytest.fixture
def opening(qtbot, context: AppContext, dialogs: ScriptedDialogs):  # type: ignore[no-untyped-def]
    window = open_window(context, dialogs=dialogs, ui_lang="en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    if window.attached:
        window.controller.flush()


def test_the_keys_pressed_while_the_records_open_wait_for_them(
    opening: MainWindow, context: AppContext
) -> None:
    from concurrent.futures import Future

    records: Future = Future()  # type: ignore[type-arg]
    attach_when_open(opening, records, lambda: None, end=pytest.fail)
    waiting = opening.actions_made.waiting
    assert all(action.isEnabled() for action in waiting)
    assert not opening.save_action.isEnabled() and not opening.present_action.isEnabled()
    worker = threading.Timer(0.2, records.set_result, args=(context.records(),))
    worker.start()  # still opening when the key is pressed
    _press(opening.start.search, PROCEDURES)
    worker.join()
    assert opening.attached
    assert opening.stack.currentWidget() is opening.workspace.procedures


def test_alt_home_goes_to_the_start_screen_from_a_text_field(window, qtbot) -> None:
    """Ctrl+Home, the start screen's other key, moves to the start of the text in a
    text field; Alt+Home goes to the start screen from there too."""
    window.open_demo()
    window.walkthrough.go(4)
    questions = window.walkthrough.page("questions")
    field = next(w for w in tab_chain(questions) if w.accessibleName().startswith("The patient"))
    field.setFocus()
    _press(field, QKeySequence("Ctrl+Home"))
    assert window.stack.currentWidget() is window.walkthrough  # the text's start
    _press(field, QKeySequence("Alt+Home"))
    assert window.stack.currentWidget() is window.start
    assert window.home_action.shortcut() == QKeySequence("Alt+Home")
    assert Qt.Key.Key_Home in [k.key() for s in window.home_action.shortcuts() for k in s]
