"""Where the figures come from: the appendix, a compact list of every source the other
sections cited, one line each where it fits: the short name and its DOI or web address,
which goes on to lines of its own where it is long (a registry's page only as its site
when the short name gives the registry number). Only a source with neither gives
the start of its citation (cut at a word, with "…", where the line is full)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import cast

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from neuromod_aid.catalog.model import Source
from neuromod_aid.pdf.columns import TwoColumns
from neuromod_aid.pdf.fonts import BOLD
from neuromod_aid.pdf.layout import FRAME_WIDTH
from neuromod_aid.pdf.sections.context import SectionContext, SectionResult
from neuromod_aid.pdf.text import markup, url_lines

SEPARATOR = "·"  # between two entries that run on (large print)
GUTTER = 5 * mm  # between the two columns of normal print
NEEDED = 8 * mm  # normal print's columns start on this page when this much is left
ELLIPSIS = "…"


def sources(ctx: SectionContext, source_ids: Iterable[str]) -> SectionResult:
    out: list[Flowable] = ctx.list_heading(ctx.t("sources"), "H1", NEEDED + 4 * mm)
    cited = sorted(
        (ctx.catalog.source(source_id) for source_id in dict.fromkeys(source_ids)),
        key=lambda source: source.short.casefold(),
    )
    style = cast(ParagraphStyle, ctx.sheet["Reference"])
    if not ctx.large:  # normal print: two columns, down the first and then the second
        width = (FRAME_WIDTH - GUTTER) / 2
        entries: list[Flowable] = [_entry(source, style, width) for source in cited]
        columns = TwoColumns(entries, gutter=GUTTER, needed=NEEDED)
        return SectionResult((*out, columns))
    # large print: the entries run on, each opened by its name in bold, so that a line
    # holds the end of one and the start of the next (a row each leaves most of each
    # entry's second line empty)
    said = f" {SEPARATOR} ".join(_said(source, style) for source in cited)
    return SectionResult((*out, Paragraph(said, style)))


def _said(source: Source, style: ParagraphStyle) -> str:
    """One source as it runs on: its short name in bold, then its DOI, else its web
    address (one longer than a line on lines of its own), else the start of its
    citation."""
    short = f"<b>{markup(source.short)}</b>"
    if source.doi:
        return f"{short} {markup('doi:' + source.doi)}"
    if source.url:  # one longer than a line: on lines of its own, broken after a "/" or "."
        address = _address(source)
        if stringWidth(address, style.fontName, style.fontSize) <= FRAME_WIDTH:
            return f"{short} {markup(address)}"
        lines = url_lines(address, style.fontName, style.fontSize, FRAME_WIDTH)
        return short + "".join(f"<br/>{markup(line)}" for line in lines)
    room = FRAME_WIDTH / 2
    return f"{short} {markup(_fit(source.citation, style.fontName, style.fontSize, room))}"


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
        address = _address(source)
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


def _address(source: Source) -> str:
    """Its web address without "https://" (a browser adds it); the site alone when the
    short name already says the page's own part (a trial's registry number: "EVOKE,
    NCT02924129 clinicaltrials.gov", not the number twice)."""
    address = re.sub(r"^https?://", "", (source.url or "").strip()).rstrip("/")
    site, _, page = address.partition("/")
    last = page.rsplit("/", 1)[-1]
    return site if len(last) > 5 and last.casefold() in source.short.casefold() else address


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` whole if it fits ``width``, else its first words with "…"."""
    if stringWidth(text, font, size) <= width:
        return text
    words = text.split()
    while words and stringWidth(" ".join(words) + ELLIPSIS, font, size) > width:
        words.pop()
    return " ".join(words) + ELLIPSIS
