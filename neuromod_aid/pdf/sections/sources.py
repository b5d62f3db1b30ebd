"""Where the figures come from: every source the other sections cited, by short name."""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from neuromod_aid.pdf.layout import FRAME_WIDTH
from neuromod_aid.pdf.sections.context import SectionContext, SectionResult
from neuromod_aid.pdf.text import markup, url_lines


def sources(ctx: SectionContext, source_ids: Iterable[str]) -> SectionResult:
    out: list[Flowable] = [CondPageBreak(50 * mm), ctx.p(ctx.t("sources"), "H1")]
    cited = sorted(
        (ctx.catalog.source(source_id) for source_id in dict.fromkeys(source_ids)),
        key=lambda source: source.short.casefold(),
    )
    style = ctx.sheet["Reference"]
    for source in cited:
        where = f"doi:{source.doi}" if source.doi else (source.url or "")
        # the address on lines of its own, broken to fit the page (ReportLab would let
        # the rest of a long address run past the edge)
        address = "".join(
            f"<br/>{markup(line)}"
            for line in url_lines(where, style.fontName, style.fontSize, FRAME_WIDTH)
        )
        text = f"<b>{markup(source.short)}</b>. {markup(source.citation)}{address}"
        out.append(Paragraph(text, style))
    return SectionResult(tuple(out))
