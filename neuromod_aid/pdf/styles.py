"""One named stylesheet for every document, with inheritance, in two sizes.

Everything derives from ``Body``; the large-print sheet only changes the base size
(and the spacing that follows from it), so both keep the same look. Normal print
uses 12 pt body text (above the usual 11 pt minimum for older readers); large
print uses 16 pt for every character (captions, table cells and references too; only
the page header and footer, drawn in ``layout.py``, are smaller, at 12 pt), its lines
1.25 times their size apart (normal print 1.4; the summary's detail pages 1.2).

Large print's table cells can be narrow, so a word too wide for its column whole is
broken at a syllable, with a hyphen, in the document's language (pyphen's LibreOffice
dictionaries, chosen from the language's CLDR locale; ``Syllables``): never at an
arbitrary letter, never with fewer than 3 letters on a line, never beside a hyphen the
word already has. The options table's and the detail rows' cells, whose narrowest
column is known, break only a word wider than that column; a word that fits goes whole
to the next line, so their running text reads unbroken. The options table does so in
both sizes, for its own narrowest column (``fitted``): normal print's current care
beside three therapies is too narrow for some words too.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

import pyphen
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import TableStyle

from neuromod_aid import tokens
from neuromod_aid.pdf.fonts import BOLD, REGULAR, register_fonts
from neuromod_aid.pdf.page import FRAME_WIDTH

BODY_PT = 12.0
DENSE_BODY_PT = 10.0  # the summary's detail pages (normal print)
SMALLEST_PT = 9.0  # nothing in normal print is smaller
LARGE_BODY_PT = 16.0
# the summary's detail pages: the same size, closer lines
DENSE_LEADING = 1.2
# large print: the options' text that is no answer in their table (its questions, what
# is under it; the answers break words for their own column, ``fitted``), a third of the
# text's width; and the detail's rows (the text's width), their cells' padding 3 pt a side
NARROWEST_OPTION = FRAME_WIDTH / 3 - 6
CARE_BESIDE_THREE = 27 * mm  # normal print: current care's column beside three therapies
NARROWEST_ROW = FRAME_WIDTH - 6

# the documents' colours (named in neuromod_aid.tokens), as ReportLab takes them
INK = colors.HexColor(tokens.INK)
BRAND = colors.HexColor(tokens.BRAND)
BRAND_SOFT = colors.HexColor(tokens.BRAND_SOFT)
MUTED = colors.HexColor(tokens.MUTED)
PAPER = colors.HexColor(tokens.PAPER)
WARNING = colors.HexColor(tokens.WARNING)
WARNING_SOFT = colors.HexColor(tokens.WARNING_SOFT)
TABLE_GRID = colors.HexColor(tokens.TABLE_GRID)
CARD_RULE = colors.HexColor(tokens.CARD_RULE)
WRITE_LINE = colors.HexColor(tokens.WRITE_LINE)
PRINT_ICON_EDGE = colors.HexColor(tokens.PRINT_ICON_EDGE)
BODY_FILL = colors.HexColor(tokens.BODY_FILL)
BODY_EDGE = colors.HexColor(tokens.BODY_EDGE)
AREA_EDGE = colors.HexColor(tokens.AREA_EDGE)
PRINT_MARK_FILL = colors.HexColor(tokens.PRINT_MARK_FILL)
PRINT_MARK_EDGE = colors.HexColor(tokens.PRINT_MARK_EDGE)


def hyphenation_language(locale: str) -> str:
    """pyphen's dictionary for a CLDR locale ("en_GB", "es"), or "" when it has none."""
    return pyphen.language_fallback(locale) or "" if locale else ""


class Syllables:
    """Where a word may break at the end of a line, for ReportLab: the syllable breaks
    of pyphen's dictionary for ``language``, never leaving fewer than 3 letters on
    either line ("generat-or" is not one), and never beside a hyphen the word already
    has ("check-ups" breaks only at its own hyphen, which ReportLab does itself, not as
    "check- -ups"). With ``wider_than`` (points, in ``font`` at ``size``), only a word
    wider than that breaks: one that fits a line of the column whole is not broken."""

    def __init__(
        self, language: str, wider_than: float = 0.0, font: str = BOLD, size: float = 0.0
    ) -> None:
        self.language = language
        self.wider_than, self.font, self.size = wider_than, font, size

    def __call__(self, word: str) -> Iterator[tuple[str, str]]:
        if self.wider_than and stringWidth(word, self.font, self.size) <= self.wider_than:
            return
        for head, tail in _dictionary(self.language).iterate(word):
            if not (head.endswith("-") or tail.startswith("-")):
                yield head, tail


@cache
def _dictionary(language: str) -> pyphen.Pyphen:
    """pyphen's dictionary, read when a first word needs it (it takes some 40 ms: a
    document whose every word fits its column never reads it)."""
    return pyphen.Pyphen(lang=language, left=3, right=3)


@cache
def syllables(
    locale: str, wider_than: float = 0.0, font: str = BOLD, size: float = 0.0
) -> Syllables | str:
    """The breaks for ``locale``'s language (of a word wider than ``wider_than`` only,
    when it is given); "" (no hyphenation) where pyphen has none."""
    language = hyphenation_language(locale)
    return Syllables(language, wider_than, font, size) if language else ""


@cache
def stylesheet(large_print: bool = False, locale: str = "", *, dense: bool = False) -> StyleSheet1:
    """The stylesheet; ``large_print`` makes every text 16 pt or more. ``locale`` (the
    document language's CLDR locale) chooses how table cells hyphenate. ``dense``: the
    summary's detail pages, body text 10 pt in normal print (large print is unchanged)."""
    register_fonts()
    size = LARGE_BODY_PT if large_print else DENSE_BODY_PT if dense else BODY_PT
    lead = size * (DENSE_LEADING if dense else 1.25 if large_print else 1.4)
    sheet = StyleSheet1()
    body = ParagraphStyle(
        "Body",
        fontName=REGULAR,
        fontSize=size,
        leading=lead,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=size * 0.5,
        splitLongWords=1,
        uriWasteReduce=0.3,  # web addresses break at "/" and "." rather than mid-word
        bulletFontName=REGULAR,
        bulletFontSize=size,
        allowWidows=0,
        allowOrphans=0,
    )
    sheet.add(body)
    sheet.add(ParagraphStyle("BodyBold", parent=body, fontName=BOLD))
    small = size if large_print else max(SMALLEST_PT, size * 0.85)  # large: never under 16
    sheet.add(ParagraphStyle("Small", parent=body, fontSize=small, leading=small * 1.35))
    sheet.add(ParagraphStyle("Muted", parent=sheet["Small"], textColor=MUTED))
    sheet.add(
        ParagraphStyle(
            "Bullet",
            parent=body,
            leftIndent=size * 1.4,
            bulletIndent=size * 0.3,
            bulletFontName=REGULAR,
            spaceAfter=size * 0.3,
        )
    )
    sheet.add(
        ParagraphStyle(
            "Check",
            parent=sheet["Bullet"],
            leftIndent=size * 1.8,
            bulletFontSize=size * 1.2,
        )
    )
    sheet.add(
        ParagraphStyle(
            "Title",
            parent=body,
            fontName=BOLD,
            fontSize=size * 1.8,
            leading=size * 2.2,
            textColor=BRAND,
            spaceAfter=size * 0.3,
        )
    )
    sheet.add(
        ParagraphStyle(
            "Subtitle", parent=body, fontSize=size * 1.1, leading=size * 1.45, textColor=MUTED
        )
    )
    sheet.add(
        ParagraphStyle(
            "H1",
            parent=body,
            fontName=BOLD,
            fontSize=size * 1.6,
            leading=size * (1.8 if dense else 2.0),
            textColor=BRAND,
            spaceBefore=size * 0.6,
            spaceAfter=size * (0.35 if dense else 0.5),
            keepWithNext=1,
        )
    )
    sheet.add(
        ParagraphStyle(
            "H2",
            parent=sheet["H1"],
            fontSize=size * 1.25,
            leading=size * 1.6,
            spaceBefore=size * (0.6 if dense else 0.9),
            spaceAfter=size * 0.35,
        )
    )
    sheet.add(
        ParagraphStyle(
            "H3",
            parent=sheet["H2"],
            fontSize=size * 1.05,
            leading=size * 1.4,
            textColor=INK,
            spaceBefore=size * (0.45 if dense else 0.6),
            spaceAfter=size * 0.2,
        )
    )
    # page 1 when it must be compact (large print): the same size, less space around
    sheet.add(
        ParagraphStyle("KeyH2", parent=sheet["H2"], spaceBefore=size * 0.45, spaceAfter=size * 0.2)
    )
    sheet.add(ParagraphStyle("Tight", parent=body, spaceAfter=size * 0.15))
    reference = size if large_print else SMALLEST_PT  # the reference appendix: dense, legible
    sheet.add(
        ParagraphStyle(
            "Reference",
            parent=body,
            fontSize=reference,
            leading=reference * 1.2,
            spaceAfter=0,
        )
    )
    sheet.add(
        ParagraphStyle(
            "Step",
            parent=sheet["Bullet"],
            spaceAfter=size * 0.25,
        )
    )
    sheet.add(
        ParagraphStyle(
            "CardHead",
            parent=sheet["H3"],
            spaceBefore=0,
            spaceAfter=size * 0.1,
        )
    )
    # large print's narrow cells: a word too long for the rest of a line goes to the
    # next one and is hyphenated there (embeddedHyphenation 2: try again on the new
    # line), never cut at whatever letter the line ends on
    hyphenated: dict[str, Any] = _breaks(locale) if large_print else {}
    sheet.add(ParagraphStyle("Cell", parent=body, spaceAfter=0, **hyphenated))
    sheet.add(
        ParagraphStyle("CellSmall", parent=sheet["Cell"], fontSize=small, leading=small * 1.3)
    )
    sheet.add(ParagraphStyle("CellBold", parent=sheet["Cell"], fontName=BOLD))
    compare = size if large_print else min(size, 10.0)

    def wider_than(column: float, font_size: float) -> dict[str, Any]:
        """Large print: break only a word wider than ``column`` (measured in bold)."""
        return _breaks(locale, column, font_size) if large_print else {}

    sheet.add(
        ParagraphStyle(
            "CompareCell",
            parent=sheet["Cell"],
            fontSize=compare,
            leading=compare * 1.17,
            **wider_than(NARROWEST_OPTION, compare),
        )
    )
    sheet.add(ParagraphStyle("CompareBold", parent=sheet["CompareCell"], fontName=BOLD))
    sheet.add(ParagraphStyle("CompareHead", parent=sheet["CompareBold"], textColor=PAPER))
    detail = size if large_print else SMALLEST_PT  # the detail pages' tables: dense, legible
    sheet.add(
        ParagraphStyle(
            "DetailCell",
            parent=sheet["Cell"],
            fontSize=detail,
            leading=min(lead, detail * 1.2),
            **wider_than(NARROWEST_ROW, detail),
        )
    )
    sheet.add(ParagraphStyle("DetailBold", parent=sheet["DetailCell"], fontName=BOLD))
    # the appendix (glossary, about): running text in the detail rows' type, unhyphenated
    sheet.add(
        ParagraphStyle(
            "Appendix",
            parent=body,
            fontSize=detail,
            leading=min(lead, detail * 1.2),
            spaceAfter=size * 0.25,
        )
    )
    sheet.add(ParagraphStyle("CellHead", parent=sheet["CellBold"], textColor=PAPER, fontName=BOLD))
    sheet.add(ParagraphStyle("Caption", parent=sheet["Small"], spaceAfter=size * 0.4))
    sheet.add(ParagraphStyle("Warning", parent=body, fontName=BOLD, textColor=WARNING))
    return sheet


def _breaks(locale: str, wider_than: float = 0.0, size: float = 0.0) -> dict[str, Any]:
    """A cell's words broken at a syllable, never cut without a hyphen: at the end of a
    line (with ``wider_than``, only a word wider than that, in bold at ``size``), or, a
    word too long for the rest of a line, on the next one (embeddedHyphenation 2)."""
    return {
        "hyphenationLang": syllables(locale, wider_than, BOLD, size),
        "splitLongWords": 0,
        "embeddedHyphenation": 2,
    }


def fitted(style: ParagraphStyle, column: float, locale: str) -> ParagraphStyle:
    """``style`` in a table column ``column`` points wide (its padding left out), both
    sizes: a word breaks, at a syllable with a hyphen, only when it is wider than the
    column; one that fits goes whole to the next line (issue 11 §6: normal print cut
    "estreñimiento" in current care's narrow column at whatever letter the line ended)."""
    breaks = _breaks(locale, column, style.fontSize)
    return ParagraphStyle(f"{style.name}@{column:.0f}", parent=style, **breaks)


def table_style(*commands: Any) -> TableStyle:
    """A table style that never falls back to ReportLab's default (base-14) font."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


def grid_style(*commands: Any, padding: tuple[float, float, float]) -> TableStyle:
    """:func:`table_style` with ``commands``, then every cell ruled and its text at the
    top; ``padding`` is (top, bottom, left and right)."""
    top, bottom, sides = padding
    return table_style(
        *commands,
        ("GRID", (0, 0), (-1, -1), 0.6, TABLE_GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), top),
        ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
        ("LEFTPADDING", (0, 0), (-1, -1), sides),
        ("RIGHTPADDING", (0, 0), (-1, -1), sides),
    )
