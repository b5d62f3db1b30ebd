"""Words used in this summary: the glossary terms the other sections showed, in two
columns in normal print."""

from __future__ import annotations

from collections.abc import Collection

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from neuromod_aid.pdf.blocks import bold_lead
from neuromod_aid.pdf.columns import TwoColumns
from neuromod_aid.pdf.layout import FRAME_WIDTH, PAGE_HEIGHT
from neuromod_aid.pdf.sections.context import SectionContext, SectionResult

GUTTER = 5 * mm  # between the two columns of normal print


def glossary(ctx: SectionContext, term_ids: Collection[str]) -> SectionResult:
    """The terms ``term_ids`` in alphabetical order; nothing when there are none."""
    lang = ctx.lang
    used = sorted(
        (term for term in ctx.catalog.glossary if term.id in term_ids),
        key=lambda term: term.term(lang).casefold(),
    )
    if not used:
        return SectionResult(())
    entries: list[Flowable] = [
        bold_lead(term.term(lang) + ":", term.definition(lang), "Appendix", ctx.sheet)
        for term in used
    ]
    if ctx.large:
        return SectionResult((*ctx.list_heading(ctx.t("glossary"), "H1"), *entries))
    # normal print: two columns, down the first and then the second; the heading starts
    # a page unless a term fits under it in each column (the columns split only so)
    tallest = max(entry.wrap((FRAME_WIDTH - GUTTER) / 2, PAGE_HEIGHT)[1] for entry in entries)
    spaces = (ctx.sheet[style] for style in ("Appendix", "H1"))
    first = tallest + sum(style.spaceBefore + style.spaceAfter for style in spaces)
    heading = ctx.list_heading(ctx.t("glossary"), "H1", first)
    return SectionResult((*heading, TwoColumns(entries, gutter=GUTTER)))
