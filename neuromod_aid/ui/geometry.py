"""Where the main window opens: the size it was left at, always inside the screen; and
screens that scroll rather than make the window larger than the screen."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QVBoxLayout, QWidget

from neuromod_aid.ui.settings import PATIENT_SCREEN_GEOMETRY, WINDOW_GEOMETRY

PREFERRED = QSize(1280, 800)
FRAME = QSize(16, 40)  # title bar and borders: not known before the first show
BESIDE_WIDTH = 480  # the patient screen beside the clinician's window, if at least this wide


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
        _keep_inside(window, available)
    else:  # centred
        x = available.left() + (available.width() - size.width() - FRAME.width()) // 2
        y = available.top() + (available.height() - size.height() - FRAME.height()) // 2
        window.move(max(x, available.left()), max(y, available.top()))


def _keep_inside(window: QWidget, available: QRect) -> None:
    """Move ``window`` (already no larger than ``available``) wholly inside it."""
    size = window.size()
    x = min(max(window.x(), available.left()), available.right() - size.width() - FRAME.width())
    y = min(max(window.y(), available.top()), available.bottom() - size.height() - FRAME.height())
    window.move(max(x, available.left()), max(y, available.top()))


def place_beside(window: QWidget, clinician: QWidget, settings: QSettings) -> bool:
    """Where the patient screen opens on the clinician's only monitor: where it was left
    (inside the screen), else in the room beside the clinician's window, else as large
    as the clinician's window, to go behind it. True when it goes behind (the
    clinician's window is then raised over it, its controls in view)."""
    available = clinician.screen().availableGeometry()
    saved = PATIENT_SCREEN_GEOMETRY.get(settings)
    if saved is not None and window.restoreGeometry(saved):
        window.resize(fitted(window.size(), available))
        _keep_inside(window, available)
        return False
    frame = clinician.frameGeometry()
    right = available.right() - frame.right()
    left = frame.left() - available.left()
    room = max(left, right) - FRAME.width()
    if room >= BESIDE_WIDTH:
        x = frame.right() + 1 if right >= left else available.left()
        window.resize(room, available.height() - FRAME.height())
        window.move(x, available.top())
        return False
    window.resize(fitted(clinician.size(), available))
    window.move(clinician.pos())
    return True


def remember_beside(window: QWidget, settings: QSettings) -> None:
    PATIENT_SCREEN_GEOMETRY.set(settings, window.saveGeometry())


def remember_window(window: QWidget, settings: QSettings) -> None:
    WINDOW_GEOMETRY.set(settings, window.saveGeometry())


def scrolling(screen: QWidget, layout: QLayout) -> QScrollArea:
    """Lay ``screen`` out with ``layout`` inside a scroll area of its own, so that on a
    small or scaled screen (200% on 1366x768) it scrolls, both ways, instead of
    making the window taller or wider than the screen. The scroll area is no Tab stop:
    Tab scrolls the control it reaches into view."""
    inner = QWidget()
    inner.setLayout(layout)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(inner)
    outer = QVBoxLayout(screen)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)
    return area
