"""About this summary: how to use it, the content's version and review dates, how it is
kept up to date, who wrote and who checked it, ties to companies, who paid, how the
research was chosen, whether patients have tried it (the IPDAS certifying items, from
the manifest; who checked it from the clinic's sign-off). Compact, in the appendix's
type and (normal print) two columns; the disclaimer is on page 1."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from neuromod_aid.catalog.text import review_window
from neuromod_aid.pdf.blocks import bold_lead
from neuromod_aid.pdf.columns import TwoColumns
from neuromod_aid.pdf.layout import FRAME_WIDTH, frame_height
from neuromod_aid.pdf.sections.context import SectionContext, SectionResult
from neuromod_aid.present.authorship import checked_by

# the manifest's texts printed here, each under its wording of the same id; who checked
# it is the clinic's sign-off (``present.authorship``)
CERTIFYING = (
    "update_policy",
    "made_by",
    "reviewed_by",
    "conflicts_of_interest",
    "funding",
    "evidence_method",
    "patient_testing",
)


def about(ctx: SectionContext) -> SectionResult:
    """The review dates are those of the options shown (current care when none)."""
    manifest, labels, sheet = ctx.catalog.manifest, ctx.labels, ctx.sheet
    reviews = [t.review for t in ctx.therapies] or [ctx.catalog.current_care.review]
    last, due = review_window(reviews)
    version = ctx.t(
        "content_version",
        version=manifest.content_version,
        produced=labels.date(manifest.produced),
    )
    reviewed = ctx.t("reviewed", reviewed=labels.date(last), next=labels.date(due))
    local = [ctx.t("local_revisions", revisions=r) for r in _local(ctx) if r]
    rows: list[Flowable] = [
        ctx.p(" ".join([ctx.t("how_to_use"), version, reviewed, *local]), "Appendix"),
        *(bold_lead(ctx.t(item) + ":", _said(ctx, item), "Appendix", sheet) for item in CERTIFYING),
    ]
    if ctx.large:
        return SectionResult((*ctx.list_heading(ctx.t("about_summary"), "H1"), *rows))
    # normal print: two columns, down the first and then the second, as the appendix's
    # glossary and sources; the heading starts a page only with the first paragraph under it
    gutter = 5 * mm
    first = rows[0].wrap((FRAME_WIDTH - gutter) / 2, frame_height(False))[1]
    heading = ctx.list_heading(ctx.t("about_summary"), "H1", first=first)
    return SectionResult((*heading, TwoColumns(rows, gutter=gutter)))


def _said(ctx: SectionContext, item: str) -> str:
    if item == "reviewed_by":
        return checked_by(ctx.labels)
    text: str = getattr(ctx.catalog.manifest, item)(ctx.lang)
    return text


def _local(ctx: SectionContext) -> list[str]:
    """The clinic's revisions in the content, as the reader sees them named ("#3, #7")."""
    return [", ".join(f"#{revision}" for revision in ctx.catalog.local_revisions)]
