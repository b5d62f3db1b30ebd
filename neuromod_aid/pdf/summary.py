"""The take-home summary: the patient's own consultation, as a decision aid.

First the core, which stands alone (issue #11): the key points on page 1, every next
step with its date among them; when to call at once (at the top of page 2); what
matters most to the patient, where they are leaning and how sure they feel (SURE); the
options side by side, current care included, with a picture of 100 people for each
therapy's headline benefit and for its commonest main risk. Then, under a "More detail"
heading on a page of its own: their pain, what neuromodulation is, each therapy
discussed, current care, the team's notes, what page 1 had no room for (the clinician's
role and the clinic's full details) and their questions. Last the glossary, the sources
(a compact appendix) and who made the summary. ``scope="core"`` leaves the detail out.

Each section is a module of :mod:`neuromod_aid.pdf.sections`; the glossary and the
sources list what the sections before them showed and cited.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Literal

from reportlab.platypus import PageBreak

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.consultation import Consultation
from neuromod_aid.pdf.layout import PageDecor, build_pdf
from neuromod_aid.pdf.sections.about import about
from neuromod_aid.pdf.sections.comparison import comparison
from neuromod_aid.pdf.sections.context import SectionContext, SectionResult
from neuromod_aid.pdf.sections.cover import cover
from neuromod_aid.pdf.sections.glossary import glossary
from neuromod_aid.pdf.sections.questions import notes, questions
from neuromod_aid.pdf.sections.sources import sources
from neuromod_aid.pdf.sections.therapy import current_care, neuromodulation, therapy
from neuromod_aid.pdf.sections.values import sure_result, what_matters
from neuromod_aid.pdf.sections.warning_signs import warning_signs
from neuromod_aid.pdf.sections.your_pain import your_pain
from neuromod_aid.pdf.styles import stylesheet
from neuromod_aid.present.wording import Wording

Scope = Literal["full", "core"]  # the whole summary, or its core pages alone


def build_summary(
    record: Consultation,
    catalog: Catalog,
    *,
    large_print: bool | None = None,
    scope: Scope = "full",
) -> bytes:
    """The summary PDF as bytes; ``large_print`` defaults to the record's choice. The
    core comes first either way; ``scope="core"`` prints it without the detail pages
    (and says the full summary can be had)."""
    large = record.large_print if large_print is None else large_print
    labels = Wording(catalog, record.language)
    sheet = stylesheet(large, labels.locale)
    ctx = SectionContext(record, catalog, labels, sheet, large, alone=scope == "core")
    page_one, left_over = cover(ctx)
    core = SectionResult.combine(
        [
            page_one,
            warning_signs(ctx),
            what_matters(ctx),
            sure_result(ctx),
            comparison(ctx),
        ]
    )
    dense = replace(
        ctx, sheet=stylesheet(large, labels.locale, dense=True), core=frozenset(core.texts)
    )
    if scope == "full":
        body = SectionResult.combine([core, more_detail(ctx), detail(dense, left_over)])
    else:
        body = SectionResult.combine([core, core_only(ctx), left_over])
    story = SectionResult.combine(
        [body, glossary(dense, body.glossary_terms()), sources(dense, body.sources), about(dense)]
    )
    return build_pdf(
        story.flowables,
        decor=PageDecor(record.clinic, record.patient, labels, large),
        title=labels("summary_title"),
        subject=labels("summary_subtitle"),
    )


def more_detail(ctx: SectionContext) -> SectionResult:
    """The "More detail" heading that opens the detail pages, on a new page."""
    return SectionResult(
        (
            PageBreak(),
            ctx.p(ctx.t("more_detail"), "Title"),
            ctx.p(ctx.t("more_detail_intro"), "BodyBold"),
        )
    )


def detail(ctx: SectionContext, left_over: SectionResult) -> SectionResult:
    """The detail pages, in the dense stylesheet ``ctx`` carries: the team's notes and
    what page 1 had no room for (``left_over``, kept whole) before the questions, whose
    lines to write on can end a page."""
    return SectionResult.combine(
        [
            your_pain(ctx),
            neuromodulation(ctx),
            *(therapy(ctx, item) for item in ctx.therapies),
            current_care(ctx),
            notes(ctx),
            left_over,
            questions(ctx),
        ]
    )


def core_only(ctx: SectionContext) -> SectionResult:
    """The line that ends a summary printed as its core alone."""
    return SectionResult((ctx.p(ctx.t("core_only"), "BodyBold"),))
