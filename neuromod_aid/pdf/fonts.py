"""The TrueType fonts every document uses, registered once, as a family.

DejaVu Sans ships under ``resources/fonts`` with its licence. It covers Latin
(with every Spanish accent and ñ ¿ ¡), Greek, Cyrillic, Hebrew, Arabic and many
symbols. ReportLab embeds a subset of each font in every PDF: no base-14 font is
ever used, so the documents look the same everywhere.

Symbola (a subset, also under ``resources/fonts`` with its licence) is the fallback
for the characters DejaVu lacks, most of them emoji: :mod:`neuromod_aid.pdf.text`
sets just those characters in it, and it is registered only when a character needs
it. ReportLab writes a broken ToUnicode entry for a character beyond U+FFFF (five hex
digits instead of a UTF-16 surrogate pair), which breaks copying the text out;
:func:`_to_unicode_cmap` writes the correct one.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from neuromod_aid.paths import resources_dir
from neuromod_aid.pdf.rewrap import remember_wraps

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
_UPRIGHT_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_OBLIQUE_FILES = {ITALIC: "DejaVuSans-Oblique.ttf", BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf"}
FALLBACK = "Symbola"  # emoji and other symbols DejaVu lacks; one face for every style
_FALLBACK_FILE = "Symbola.ttf"
REPLACEMENT = "\ufffd"  # drawn for a character the font has no glyph for

_lock = threading.Lock()


class FontsMissing(RuntimeError):
    """The program's font files are missing or damaged: reinstall."""


def register_fonts(italics: bool = False) -> str:
    """Register the family (idempotent, thread-safe) and return its name; every
    document registers it before it lays anything out, so ReportLab's paragraphs are
    also made to keep their last wrap here (:mod:`neuromod_aid.pdf.rewrap`).

    Reading a font file takes about 20 ms, so the oblique faces are read only when
    ``italics`` are asked for, by a document that writes ``<i>`` markup (the nurse
    sheet's notes); the styles use the upright faces only.
    """
    with _lock:
        _register()
        if italics:
            _register_obliques()
    return FAMILY


@cache
def _register() -> None:
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    remember_wraps()
    for name, file_name in _UPRIGHT_FILES.items():
        _load(name, file_name)
    # the family's names only: an oblique face is read by _register_obliques
    addMapping(FAMILY, 0, 0, REGULAR)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, ITALIC)
    addMapping(FAMILY, 1, 1, BOLD_ITALIC)
    pdfmetrics.registerFontFamily(
        FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )


@cache
def _register_obliques() -> None:
    for name, file_name in _OBLIQUE_FILES.items():
        _load(name, file_name)


@cache
def _register_fallback() -> None:
    """The fallback font, registered the first time a character needs it (it is the
    largest file, and most documents never use it)."""
    register_fonts()
    with _lock:
        _load(FALLBACK, _FALLBACK_FILE)
        for bold in (0, 1):  # <b> and <i> around a fallback run keep the one face
            for italic in (0, 1):
                addMapping(FALLBACK, bold, italic, FALLBACK)


def _load(name: str, file_name: str) -> None:
    path = resources_dir() / "fonts" / file_name
    try:
        pdfmetrics.registerFont(TTFont(name, str(path)))
    except Exception as error:  # a TTFError or OSError: the install is damaged
        raise FontsMissing(f"cannot load the font {path}: {error}") from error


def _to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """ReportLab's ToUnicode CMap for one font subset, with every character written
    as UTF-16 (a surrogate pair beyond U+FFFF, as the PDF standard asks)."""
    entries = [f"<{index:02X}> <{_utf16_hex(code)}>" for index, code in enumerate(subset)]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def _utf16_hex(code: int) -> str:
    if code <= 0xFFFF or code > 0x10FFFF:
        return f"{code:04X}"
    return chr(code).encode("utf-16-be").hex().upper()


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


@cache
def fallback_codepoints() -> frozenset[int]:
    """Characters only the fallback font draws (most emoji); registers that font."""
    _register_fallback()
    font = pdfmetrics.getFont(FALLBACK)
    return frozenset(font.face.charToGlyph) - covered_codepoints()  # type: ignore[attr-defined]


def needs_fallback(char: str) -> bool:
    """Whether ``char`` is set in the fallback font: the main font lacks it and the
    fallback has it (only then is the fallback font loaded)."""
    code = ord(char)
    if code < 0x80:  # printable ASCII is all in the main font; control characters in neither
        return False
    return code not in covered_codepoints() and code in fallback_codepoints()
