"""Where the figures come from: every source the other sections cited, by short name."""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from neuromod_aid.pdf.sections.context import SectionContext, SectionResult
from neuromod_aid.pdf.text import markup


def sources(ctx: SectionContext, source_ids: Iterable[str]) -> SectionResult:
    out: list[Flowable] = [CondPageBreak(50 * mm), ctx.p(ctx.t("sources"), "H1")]
    cited = sorted(
        (ctx.catalog.source(source_id) for source_id in dict.fromkeys(source_ids)),
        key=lambda source: source.short.casefold(),
    )
    for source in cited:
        where = f"doi:{source.doi}" if source.doi else (source.url or "")
        out.append(
            Paragraph(
                f"<b>{markup(source.short)}</b>. {markup(source.citation)} {markup(where)}",
                ctx.sheet["Reference"],
            )
        )
    return SectionResult(tuple(out))
