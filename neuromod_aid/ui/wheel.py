"""The mouse wheel scrolls the page; it never changes a value.

Qt lets the wheel change a combo box, spin box or slider the pointer happens to pass
over while the page scrolls, and the change is saved. One application-wide filter
stops that for every such field in the program: the wheel event is left unaccepted,
so Qt hands it on to the parents and the enclosing scroll area scrolls. That holds
for a field that has the keyboard focus too: people click a value and then roll the
wheel to read on. Values change with the keyboard or the field's own list. The same
filter gives these fields ``Qt.StrongFocus`` as they are polished, so the wheel
itself never chooses a field.
"""

from __future__ import annotations

from typing import TypeGuard

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

GUARDED = (QEvent.Type.Wheel, QEvent.Type.Polish)


def changes_on_wheel(watched: QObject) -> TypeGuard[QWidget]:
    """A field whose value the wheel changes (scroll bars only scroll)."""
    return isinstance(watched, (QComboBox, QAbstractSpinBox, QAbstractSlider)) and not isinstance(
        watched, QScrollBar
    )


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # every event of the program passes here: the cheap test on the widget first
        if not changes_on_wheel(watched):
            return False
        kind = event.type()
        if kind not in GUARDED:
            return False
        if kind == QEvent.Type.Wheel:
            event.ignore()  # handed on to the parents: the page scrolls
            return True
        if kind == QEvent.Type.Polish and watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return False


def guard_the_wheel(app: QApplication) -> None:
    """Install the one :class:`WheelGuard` (``application()`` may be called again)."""
    if app.findChild(WheelGuard) is None:
        app.installEventFilter(WheelGuard(app))
