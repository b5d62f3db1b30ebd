"""Where the main window opens: the size it was left at, always inside the screen."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from neuromod_aid.ui.settings import WINDOW_GEOMETRY

PREFERRED = QSize(1280, 800)
FRAME = QSize(16, 40)  # title bar and borders: not known before the first show


def fitted(size: QSize, available: QRect) -> QSize:
    """``size``, shrunk so the window and its frame fit in ``available``."""
    return QSize(
        min(size.width(), available.width() - FRAME.width()),
        min(size.height(), available.height() - FRAME.height()),
    )


def place_window(window: QWidget, settings: QSettings) -> None:
    """The remembered size and position, or the preferred size; never off the screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    saved = WINDOW_GEOMETRY.get(settings)
    restored = saved is not None and window.restoreGeometry(saved)
    if not restored:
        window.resize(PREFERRED)
    size = fitted(window.size(), available)
    window.resize(size)
    if restored:
        x = min(max(window.x(), available.left()), available.right() - size.width() - FRAME.width())
        y = min(
            max(window.y(), available.top()), available.bottom() - size.height() - FRAME.height()
        )
    else:  # centred
        x = available.left() + (available.width() - size.width() - FRAME.width()) // 2
        y = available.top() + (available.height() - size.height() - FRAME.height()) // 2
    window.move(max(x, available.left()), max(y, available.top()))


def remember_window(window: QWidget, settings: QSettings) -> None:
    WINDOW_GEOMETRY.set(settings, window.saveGeometry())
