"""One calm style sheet; sizes are relative (em) so the layout follows the system font."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

TEMPLATE = """
QLabel#hint {{ color: {hint}; }}
QLabel#problem {{ color: #9c2a1f; }}
QLabel#badge {{ color: #1d4e89; font-weight: 600; }}
QLabel#reason {{ background: #eef3f9; color: #1a1a1a; border-left: 3px solid #1d4e89; }}
QLabel#sureResult[warning="true"] {{
    background: #fff4e5; border: 2px solid #b35900; font-weight: 600;
}}
QFrame#clinicPrompt {{ background: #fff4e5; border: 2px solid #b35900; border-radius: 6px; }}
QFrame#clinicPrompt QLabel {{ color: #1a1a1a; font-weight: 600; }}
QFrame#saveProblem {{ background: #fdecea; border: 2px solid #9c2a1f; border-radius: 6px; }}
QFrame#saveProblem QLabel {{ color: #1a1a1a; font-weight: 600; }}
QFrame#finished {{ background: #eef3f9; border: 2px solid #1d4e89; border-radius: 6px; }}
QFrame#finished QLabel {{ color: #1a1a1a; }}
QFrame#card {{ border: 1px solid palette(mid); border-radius: 6px; background: palette(base); }}
QListWidget#stepList::item {{ padding: 0.5em 0.6em; }}
QListWidget#stepList::item:selected {{ font-weight: 600; }}
QWidget#presentation {{ background: #fffdf8; }}
"""

HINT_SHARE = 0.62  # of the way from the background to the text colour
MIN_CONTRAST = 5.5  # WCAG AA is 4.5:1; the margin covers slightly darker panels


def luminance(color: QColor) -> float:
    """WCAG relative luminance."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


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
        if contrast(mixed, back) >= MIN_CONTRAST or share >= 1.0:
            return mixed
        share = min(1.0, share + 0.04)


def style_sheet(palette: QPalette) -> str:
    return TEMPLATE.format(hint=hint_color(palette).name())
