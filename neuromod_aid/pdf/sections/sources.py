"""Where the figures come from: the appendix, a compact list of every source the other
sections cited, one line each where it fits: the short name and its DOI or web address,
which goes on to lines of its own where it is long. Only a source with neither gives
the start of its citation (cut at a word, with "…", where the line is full)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import cast

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table

from neuromod_aid.catalog.model import Source
from neuromod_aid.pdf.columns import TwoColumns
from neuromod_aid.pdf.fonts import BOLD
from neuromod_aid.pdf.layout import FRAME_WIDTH
from neuromod_aid.pdf.sections.context import SectionContext, SectionResult
from neuromod_aid.pdf.styles import TABLE_GRID, table_style
from neuromod_aid.pdf.text import markup, url_lines

PADDING = 2.0
GUTTER = 5 * mm  # between the two columns of normal print
ELLIPSIS = "…"


def sources(ctx: SectionContext, source_ids: Iterable[str]) -> SectionResult:
    out: list[Flowable] = ctx.list_heading(ctx.t("sources"), "H1")
    cited = sorted(
        (ctx.catalog.source(source_id) for source_id in dict.fromkeys(source_ids)),
        key=lambda source: source.short.casefold(),
    )
    style = cast(ParagraphStyle, ctx.sheet["Reference"])
    if not ctx.large:  # normal print: two columns, down the first and then the second
        width = (FRAME_WIDTH - GUTTER) / 2
        entries: list[Flowable] = [_entry(source, style, width) for source in cited]
        columns = TwoColumns(entries, gutter=GUTTER, needed=20 * mm)
        return SectionResult((*out, columns))
    return SectionResult(
        (*out, _ruled([_entry(s, style, FRAME_WIDTH - 2 * PADDING) for s in cited], FRAME_WIDTH))
    )


def _ruled(entries: list[Paragraph], width: float) -> Table:
    """``entries`` a row each, with a thin rule below each."""
    table = Table([[entry] for entry in entries], colWidths=[width], splitInRow=1)
    table.setStyle(
        table_style(
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, TABLE_GRID),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        )
    )
    return table


def _entry(source: Source, style: ParagraphStyle, width: float) -> Paragraph:
    """The short name in bold, then on the same line its DOI; else its web address
    (without "https://", which a browser adds), beside it where it fits, else broken to
    fit (ReportLab would let a long one run past the edge), starting beside the name
    where that takes a line fewer than on lines of its own; else the start of the
    citation, cut where the line is full."""
    font, size = style.fontName, style.fontSize
    short = f"<b>{markup(source.short)}</b>"
    room = width - stringWidth(source.short + " ", BOLD, size)
    if source.doi:
        return Paragraph(f"{short} {markup('doi:' + source.doi)}", style)
    if source.url:
        address = re.sub(r"^https?://", "", source.url.strip())
        if stringWidth(address, font, size) <= room:
            return Paragraph(f"{short} {markup(address)}", style)
        own = url_lines(address, font, size, width)
        beside = url_lines(address, font, size, width, first=room)
        if len(beside) <= len(own):  # started beside the name: a line fewer
            first, *rest = beside
            lines = "".join(f"<br/>{markup(line)}" for line in rest)
            return Paragraph(f"{short} {markup(first)}{lines}", style)
        lines = "".join(f"<br/>{markup(line)}" for line in own)
        return Paragraph(short + lines, style)
    return Paragraph(f"{short} {markup(_fit(source.citation, font, size, room))}", style)


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` whole if it fits ``width``, else its first words with "…"."""
    if stringWidth(text, font, size) <= width:
        return text
    words = text.split()
    while words and stringWidth(" ".join(words) + ELLIPSIS, font, size) > width:
        words.pop()
    return " ".join(words) + ELLIPSIS
