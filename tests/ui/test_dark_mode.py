"""Dark and light: every step, drawn under a light and a dark palette, keeps its text
readable (WCAG AA, 4.5:1) and its risk pictures visible (3:1 for graphics), measured
on the pixels the user sees; and the window follows the desktop's colour scheme
(issue #15, point 4)."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget

from neuromod_aid.tokens import contrast
from neuromod_aid.ui.style import apply_colour_scheme, dark_palette, is_dark, style_sheet
from neuromod_aid.ui.widgets.icon_array import IconArray

TEXT_AA = 4.5
GRAPHICS_AA = 3.0
STEPS = range(6)


@pytest.fixture(params=["light", "dark"])
def scheme(request, qapp):
    app = QApplication.instance()
    palette, sheet = QPalette(app.palette()), app.styleSheet()
    if request.param == "dark":
        apply_colour_scheme(app, Qt.ColorScheme.Dark)
        assert is_dark(app.palette())
    yield request.param
    app.setPalette(palette)
    app.setStyleSheet(sheet)


def _hex(pixel: int) -> str:
    return f"#{pixel & 0xFFFFFF:06x}"


def _colours(image: QImage, rect: QRect) -> Counter[int]:
    crop = image.copy(rect).convertToFormat(QImage.Format.Format_RGB32)
    data = memoryview(crop.constBits()).cast("I")
    return Counter(data)


def _best_contrast(counts: Counter[int], least: int = 2) -> tuple[str, str, float]:
    """(background, strongest colour against it, their contrast): the background is the
    commonest colour; text or lines are the colour that stands out most from it."""
    background = _hex(counts.most_common(1)[0][0])
    found = [(contrast(background, _hex(c)), _hex(c)) for c, n in counts.items() if n >= least]
    ratio, strongest = max(found)
    return background, strongest, ratio


def _views(window: QWidget) -> list[QImage]:
    """The window as drawn, with each visible scroll area at each page of its content."""
    app = QApplication.instance()
    images = []
    areas = [a for a in window.findChildren(QScrollArea) if a.isVisible()]
    bars = [a.verticalScrollBar() for a in areas]
    pages = max([bar.maximum() // max(bar.pageStep(), 1) + 1 for bar in bars] or [1])
    for page in range(pages):
        for bar in bars:
            bar.setValue(min(bar.maximum(), page * bar.pageStep()))
        app.processEvents()
        images.append(window.grab().toImage())
    for bar in bars:
        bar.setValue(0)
    return images


def _shown_rect(widget: QWidget, window: QWidget) -> QRect | None:
    region = widget.visibleRegion()
    if region.isEmpty():
        return None
    box = region.boundingRect()
    ratio = window.devicePixelRatioF()
    top_left = widget.mapTo(window, box.topLeft())
    return QRect(
        QPoint(int(top_left.x() * ratio), int(top_left.y() * ratio)),
        box.size() * ratio,
    )


def _problems(window: QWidget) -> list[str]:
    problems = []
    seen: set[int] = set()
    for image in _views(window):
        for label in window.findChildren(QLabel):
            if id(label) in seen or not label.isEnabled() or not label.text().strip():
                continue
            rect = _shown_rect(label, window)
            if rect is None or rect.height() < 8:
                continue
            seen.add(id(label))
            back, text, ratio = _best_contrast(_colours(image, rect))
            if ratio < TEXT_AA:
                problems.append(f"{label.text()[:40]!r}: {text} on {back} is {ratio:.1f}:1")
        for picture in window.findChildren(IconArray):
            rect = _shown_rect(picture, window)
            if rect is None or id(picture) in seen:
                continue
            seen.add(id(picture))
            back, line, ratio = _best_contrast(_colours(image, rect), least=20)
            if ratio < GRAPHICS_AA:
                problems.append(f"risk picture: {line} on {back} is {ratio:.1f}:1")
    assert seen, "nothing was measured"
    return problems


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_step_is_readable_in_light_and_dark(scheme, make_window, lang) -> None:
    window = make_window(ui_lang=lang)
    problems = _problems(window)  # the start screen
    window.open_demo()
    for index in STEPS:
        window.walkthrough.go(index)
        problems += [f"step {index + 1}: {p}" for p in _problems(window)]
    assert problems == []


def test_the_window_follows_the_desktops_colour_scheme(qapp) -> None:
    app = QApplication.instance()
    palette, sheet = QPalette(app.palette()), app.styleSheet()
    try:
        assert not is_dark(app.palette())
        apply_colour_scheme(app, Qt.ColorScheme.Dark)
        assert app.palette() == dark_palette()
        dark_sheet = app.styleSheet()
        assert dark_sheet == style_sheet(dark_palette())
        apply_colour_scheme(app, Qt.ColorScheme.Light)
        assert not is_dark(app.palette())
        assert app.styleSheet() == style_sheet(app.palette()) != dark_sheet
        apply_colour_scheme(app, Qt.ColorScheme.Unknown)  # nothing said: nothing changes
        assert not is_dark(app.palette())
    finally:
        app.setPalette(palette)
        app.setStyleSheet(sheet)
