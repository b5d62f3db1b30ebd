"""Where the figures come from: the appendix, a compact table of every source the other
sections cited, one line each where it fits: the short name, the start of the citation
(cut at a word, with "…", where the line is full) and its DOI; a web address follows on
lines of its own. Large print: the short name and the DOI (or web address) alone."""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table

from neuromod_aid.catalog.model import Source
from neuromod_aid.pdf.fonts import BOLD
from neuromod_aid.pdf.layout import FRAME_WIDTH
from neuromod_aid.pdf.sections.context import SectionContext, SectionResult
from neuromod_aid.pdf.styles import LARGE_BODY_PT, TABLE_GRID, table_style
from neuromod_aid.pdf.text import markup, url_lines

PADDING = 2.0
ELLIPSIS = "…"


def sources(ctx: SectionContext, source_ids: Iterable[str]) -> SectionResult:
    out: list[Flowable] = [CondPageBreak(40 * mm), ctx.p(ctx.t("sources"), "H1")]
    cited = sorted(
        (ctx.catalog.source(source_id) for source_id in dict.fromkeys(source_ids)),
        key=lambda source: source.short.casefold(),
    )
    style = cast(ParagraphStyle, ctx.sheet["Reference"])
    first = max(stringWidth(s.short, BOLD, style.fontSize) for s in cited) + 2 * PADDING + 2
    first = min(first, 40 * mm if ctx.large else 34 * mm)
    rest = FRAME_WIDTH - first
    rows = [
        [Paragraph(f"<b>{markup(s.short)}</b>", style), _entry(s, style, rest - 2 * PADDING)]
        for s in cited
    ]
    table = Table(rows, colWidths=[first, rest])
    table.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, TABLE_GRID),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        )
    )
    return SectionResult((*out, table))


def _entry(source: Source, style: ParagraphStyle, width: float) -> Paragraph:
    """The citation on one line (cut where it is full), its DOI after it (on the next line
    when it would leave the citation too little room); a web address on lines of its own,
    broken to fit (ReportLab would let a long one run past the edge)."""
    font, size = style.fontName, style.fontSize
    if style.fontSize >= LARGE_BODY_PT and (source.doi or source.url):
        # large print: the DOI or web address alone, which finds the source (one line
        # for a DOI); the short name beside it says which study it is
        return Paragraph(_address(source, font, size, width), style)
    if source.doi:
        doi = f" doi:{source.doi}"
        beside = width - stringWidth(doi, font, size)
        if beside >= width * 0.6:  # the DOI after the citation, on its line
            return Paragraph(markup(_fit(source.citation, font, size, beside) + doi), style)
        citation = _fit(source.citation, font, size, width)  # large print: a line each
        return Paragraph(f"{markup(citation)}<br/>{markup(doi.strip())}", style)
    address = _address(source, font, size, width)
    return Paragraph(f"{markup(_fit(source.citation, font, size, width))}<br/>{address}", style)


def _address(source: Source, font: str, size: float, width: float) -> str:
    """The source's DOI, else its web address broken into lines that fit ``width``."""
    if source.doi:
        return markup(f"doi:{source.doi}")
    return "<br/>".join(markup(line) for line in url_lines(source.url or "", font, size, width))


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` whole if it fits ``width``, else its first words with "…"."""
    if stringWidth(text, font, size) <= width:
        return text
    words = text.split()
    while words and stringWidth(" ".join(words) + ELLIPSIS, font, size) > width:
        words.pop()
    return " ".join(words) + ELLIPSIS
