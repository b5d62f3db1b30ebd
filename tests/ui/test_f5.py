"""F5 opens and closes the patient screen wherever the keyboard focus is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def test_f5_works_from_a_text_field_and_from_the_patient_screen(window, qtbot) -> None:
    window.open_demo()
    window.walkthrough.go(4)
    field = window.walkthrough.page("questions").private_notes
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_F5)
    assert window.present_action.isChecked()
    presentation = window.presentation
    presentation.activateWindow()
    presentation.setFocus()
    qtbot.waitUntil(lambda: presentation.isActiveWindow(), timeout=2000)
    QTest.keyClick(presentation, Qt.Key.Key_F5)
    assert not window.present_action.isChecked()


def test_the_shortcut_is_application_wide(window) -> None:
    assert window.present_action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut
