"""One calm style sheet; sizes are relative (em) so the layout follows the system font.

Its colours come from :mod:`neuromod_aid.tokens`: the light ones, or the dark variant
when the desktop's palette is dark. The program follows the desktop's colour scheme:
where the desktop asks for dark but hands Qt a light palette (Fusion on most Linux
desktops), :func:`follow_colour_scheme` gives the window the tokens' dark palette, and
it restyles when the desktop switches.
"""

from __future__ import annotations

from dataclasses import asdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from neuromod_aid.tokens import (
    DARK_DISABLED_TEXT,
    DARK_PALETTE,
    PRESENTATION_BACKGROUND,
    ScreenColours,
    contrast,
    luminance,
    screen_colours,
)

TEMPLATE = """
QLabel#hint {{ color: {hint}; }}
QLabel#problem {{ color: {warning}; }}
QLabel#badge {{ color: {brand}; font-weight: 600; }}
QLabel#reason {{ background: {brand_soft}; color: {ink}; border-left: 3px solid {brand}; }}
QLabel#sureResult[warning="true"] {{
    background: {caution_soft}; border: 2px solid {caution}; font-weight: 600;
}}
QFrame#clinicPrompt {{
    background: {caution_soft}; border: 2px solid {caution}; border-radius: 6px;
}}
QFrame#clinicPrompt QLabel {{ color: {ink}; font-weight: 600; }}
QFrame#saveProblem {{
    background: {warning_soft}; border: 2px solid {warning}; border-radius: 6px;
}}
QFrame#saveProblem QLabel {{ color: {ink}; font-weight: 600; }}
QFrame#finished {{ background: {brand_soft}; border: 2px solid {brand}; border-radius: 6px; }}
QFrame#finished QLabel {{ color: {ink}; }}
QFrame#carried {{ background: {brand_soft}; border: 2px solid {brand}; border-radius: 6px; }}
QFrame#carried QLabel {{ color: {ink}; }}
QFrame#card {{ border: 1px solid palette(mid); border-radius: 6px; background: palette(base); }}
QListWidget#stepList::item {{ padding: 0.5em 0.6em; border: 2px solid transparent; }}
QListWidget#stepList::item:selected {{
    font-weight: 600; background: palette(highlight); color: palette(highlighted-text);
}}
QListWidget#stepList::item:selected:focus {{ border: 2px solid {focus}; }}
QCheckBox, QRadioButton {{ border: 2px solid transparent; border-radius: 3px; padding: 1px; }}
QCheckBox:focus, QRadioButton:focus {{ border-color: {focus}; }}
QPushButton:focus, QToolButton:focus {{
    border: 2px solid {focus}; border-radius: 4px; padding: 3px 8px;
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextBrowser:focus, QListWidget:focus,
QComboBox:focus, QAbstractSpinBox:focus, QPdfView:focus {{ border: 2px solid {focus}; }}
QWidget#presentation {{ background: {presentation}; }}
QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"] {{
    background: palette(window); border: 1px solid palette(mid);
}}
"""

HINT_SHARE = 0.62  # of the way from the background to the text colour
MIN_CONTRAST = 5.5  # WCAG AA is 4.5:1; the margin covers slightly darker panels


def colours(palette: QPalette) -> ScreenColours:
    """The window's colours for ``palette``: the dark variant on a dark desktop."""
    return screen_colours(
        palette.color(QPalette.ColorRole.Window).name(),
        palette.color(QPalette.ColorRole.WindowText).name(),
    )


def hint_color(palette: QPalette) -> QColor:
    """Secondary text: lighter than body text, still above WCAG AA on the panels.

    The darkest panel a hint sits on is the window colour (group boxes, risk cards);
    mixed from the palette so a dark theme gets a light grey, not a dark one.
    """
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    share = HINT_SHARE
    while True:
        mixed = QColor.fromRgbF(
            back.redF() + (text.redF() - back.redF()) * share,
            back.greenF() + (text.greenF() - back.greenF()) * share,
            back.blueF() + (text.blueF() - back.blueF()) * share,
        )
        if contrast(mixed.name(), back.name()) >= MIN_CONTRAST or share >= 1.0:
            return mixed
        share = min(1.0, share + 0.04)


def style_sheet(palette: QPalette) -> str:
    return TEMPLATE.format(
        hint=hint_color(palette).name(),
        presentation=PRESENTATION_BACKGROUND,
        **asdict(colours(palette)),
    )


def dark_palette() -> QPalette:
    """The tokens' dark palette (:data:`neuromod_aid.tokens.DARK_PALETTE`)."""
    palette = QPalette()
    for name, colour in DARK_PALETTE.items():
        palette.setColor(QPalette.ColorRole[name], QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(disabled, role, QColor(DARK_DISABLED_TEXT))
    return palette


def is_dark(palette: QPalette) -> bool:
    window = palette.color(QPalette.ColorRole.Window).name()
    return luminance(window) < luminance(palette.color(QPalette.ColorRole.WindowText).name())


def apply_colour_scheme(app: QApplication, scheme: Qt.ColorScheme) -> None:
    """The palette for the desktop's colour ``scheme``, and the style sheet made for it;
    an unknown scheme keeps the palette the desktop gave."""
    if scheme == Qt.ColorScheme.Dark and not is_dark(app.palette()):
        app.setPalette(dark_palette())
    elif scheme == Qt.ColorScheme.Light and app.palette() == dark_palette():
        app.setPalette(app.style().standardPalette())  # back from our dark one
    sheet = style_sheet(app.palette())
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)


def follow_colour_scheme(app: QApplication) -> None:
    """Style ``app`` for the desktop's colour scheme now and whenever it changes."""
    hints = QGuiApplication.styleHints()
    apply_colour_scheme(app, hints.colorScheme())
    if not app.property("followsColourScheme"):
        app.setProperty("followsColourScheme", True)
        hints.colorSchemeChanged.connect(lambda scheme: apply_colour_scheme(app, scheme))
