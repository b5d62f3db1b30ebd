"""The TrueType fonts every document uses, registered once, as a family.

DejaVu Sans ships under ``resources/fonts`` with its licence. It covers Latin
(with every Spanish accent and ñ ¿ ¡), Greek, Cyrillic, Hebrew, Arabic and many
symbols. ReportLab embeds a subset of each font in every PDF: no base-14 font is
ever used, so the documents look the same everywhere.
"""

from __future__ import annotations

import threading
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from neuromod_aid.paths import resources_dir

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
REPLACEMENT = "\ufffd"  # drawn for a character the font has no glyph for

_lock = threading.Lock()


class FontsMissing(RuntimeError):
    """The program's font files are missing or damaged: reinstall."""


def register_fonts() -> str:
    """Register the family (idempotent, thread-safe) and return its name."""
    with _lock:
        _register()
    return FAMILY


@cache
def _register() -> None:
    folder = resources_dir() / "fonts"
    for name, file_name in _FILES.items():
        path = folder / file_name
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except Exception as error:  # a TTFError or OSError: the install is damaged
            raise FontsMissing(f"cannot load the font {path}: {error}") from error
    addMapping(FAMILY, 0, 0, REGULAR)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, ITALIC)
    addMapping(FAMILY, 1, 1, BOLD_ITALIC)
    pdfmetrics.registerFontFamily(
        FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )


@cache
def covered_codepoints() -> frozenset[int]:
    """Characters both upright faces can draw (user text is never set in italics;
    the oblique faces lack Arabic)."""
    register_fonts()
    sets = []
    for name in (REGULAR, BOLD):
        font = pdfmetrics.getFont(name)
        sets.append(frozenset(font.face.charToGlyph))  # type: ignore[attr-defined]
    return frozenset.intersection(*sets)
