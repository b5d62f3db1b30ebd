"""Words used in this summary: the glossary terms the other sections showed, in two
columns in normal print."""

from __future__ import annotations

from collections.abc import Collection

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from neuromod_aid.pdf.blocks import bold_lead
from neuromod_aid.pdf.columns import TwoColumns
from neuromod_aid.pdf.sections.context import SectionContext, SectionResult


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
    heading = ctx.list_heading(ctx.t("glossary"), "H1")
    if ctx.large:
        return SectionResult((*heading, *entries))
    # normal print: two columns, down the first and then the second
    return SectionResult((*heading, TwoColumns(entries, gutter=5 * mm)))
