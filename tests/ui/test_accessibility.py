"""Every control has an accessible name; the walkthrough works from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    QWidget,
)

from neuromod_aid.ui.widgets.body_map import BodyMap

CONTROLS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    BodyMap,
)


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parent(), (QComboBox, QAbstractSpinBox)
        ):
            continue  # the editor inside a named combo box or date field
        if widget.window() is not root.window():
            continue  # a combo box's drop-down list, its own (hidden) window
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own internals (scroll bars, spin buttons)
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text.strip(" ✕&")):
            missing.append(
                f"{type(widget).__name__} {widget.objectName()!r} in "
                f"{type(widget.parent()).__name__}"
            )
    return missing


def test_every_control_on_every_step_has_an_accessible_name(window) -> None:
    window.open_demo()
    assert _unnamed(window.start) == []
    for index in range(len(window.walkthrough.pages)):
        window.walkthrough.go(index)
        assert _unnamed(window.walkthrough.pages[index]) == [], index
    assert _unnamed(window.walkthrough) == []


def test_icon_only_buttons_are_named(window) -> None:
    window.open_demo()
    window.walkthrough.go(4)
    page = window.walkthrough.page("questions")
    for row in page.next_steps.rows:
        assert row.remove_button.text() == "✕"
        assert row.remove_button.accessibleName() == "Remove this next step"


def test_the_steps_can_be_walked_from_the_keyboard(window, qtbot) -> None:
    window.open_demo()
    walk = window.walkthrough
    walk.steps.setFocus()
    for expected in range(1, 6):
        qtbot.keyClick(walk.steps, Qt.Key.Key_Down)
        assert walk.current == expected
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert walk.current == 1


def test_the_sure_prompt_is_words_not_only_colour(window) -> None:
    window.open_demo()  # the demo answers "no" once: score 3
    window.walkthrough.go(4)
    result = window.walkthrough.page("questions").sure_result
    assert result.text().startswith("⚠")
    assert "3 of 4" in result.text()


def test_secondary_text_meets_wcag_aa(window) -> None:
    """Grey hints (risk descriptions, card summaries) stay >= 4.5:1 on their panels."""
    from PySide6.QtGui import QPalette

    from neuromod_aid.tokens import contrast
    from neuromod_aid.ui.style import hint_color

    palette = window.palette()
    hint = hint_color(palette).name()
    window_colour = palette.color(QPalette.ColorRole.Window)
    assert contrast(hint, window_colour.name()) >= 4.5
    assert contrast(hint, window_colour.darker(106).name()) >= 4.5  # group boxes, risk cards
    assert contrast(hint, palette.color(QPalette.ColorRole.Base).name()) >= 4.5  # option cards
    assert contrast(hint, "#000000") > 1.5  # still lighter than body text


def test_a_dark_desktop_gets_badges_and_frames_it_can_read() -> None:
    """The style sheet takes the dark variant on a dark palette: no dark blue or dark red
    text on a dark window."""
    from PySide6.QtGui import QColor, QPalette

    from neuromod_aid.tokens import BRAND, DARK, WARNING
    from neuromod_aid.ui.style import style_sheet

    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#2d2d2d"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    sheet = style_sheet(palette)
    assert f"QLabel#badge {{ color: {DARK.brand};" in sheet
    assert f"QLabel#problem {{ color: {DARK.warning}; }}" in sheet
    assert f"QFrame#finished QLabel {{ color: {DARK.ink}; }}" in sheet
    assert BRAND not in sheet and WARNING not in sheet
