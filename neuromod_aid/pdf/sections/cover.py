"""Page 1: the key points, as roomy as the page allows.

Large print (or a long list of options) does not fit the full layout, so page 1 gets
compact: no subtitle, a shorter framing line, headings with less space around them,
the clinic's name, phone and hours only; the birth date, the clinician's role and every
way to reach the clinic open page 2. If even that is too long, the disclaimer moves to
page 2 as well. Text sizes never change.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Paragraph

from neuromod_aid.pdf.blocks import (
    bold_lead,
    bullets,
    contact_block,
    contact_compact,
    details_box,
    gap,
)
from neuromod_aid.pdf.layout import FRAME_WIDTH, frame_height, stacked_height
from neuromod_aid.pdf.sections.context import SectionContext, SectionResult
from neuromod_aid.pdf.text import markup
from neuromod_aid.present.comparison import options
from neuromod_aid.present.next_steps import step_text

_COMPACT_LEVELS = 3  # full, compact, compact with the disclaimer on page 2


def cover(ctx: SectionContext) -> SectionResult:
    """Page 1 at the roomiest level that fits, then what opens page 2."""
    height = frame_height(ctx.large)
    for level in range(_COMPACT_LEVELS):
        first, moved = key_points(ctx, level)
        if level == _COMPACT_LEVELS - 1 or stacked_height(first, FRAME_WIDTH) <= height:
            return SectionResult((*first, PageBreak(), *moved))
    raise AssertionError("unreachable")  # pragma: no cover


def key_points(ctx: SectionContext, level: int = 0) -> tuple[list[Flowable], list[Flowable]]:
    """Page 1 at a compactness ``level`` (0 = full), and what opens page 2."""
    r, sheet, labels = ctx.record, ctx.sheet, ctx.labels
    compact = level > 0
    heading = "KeyH2" if compact else "H2"
    disclaimer = ctx.p(ctx.catalog.manifest.disclaimer(ctx.lang), "BodyBold")
    out: list[Flowable] = [ctx.p(ctx.t("summary_title"), "Title")]
    if not compact:
        out.append(ctx.p(ctx.t("summary_subtitle"), "Subtitle"))
    if level < 2:
        out.append(disclaimer)
    seen = r.clinician.name + (f", {r.clinician.role}" if r.clinician.role else "")
    born = (
        bold_lead(ctx.t("date_of_birth") + ":", labels.date(r.patient.birth_date), "Body", sheet)
        if r.patient.birth_date is not None
        else None
    )
    who = [bold_lead(ctx.t("prepared_for") + ":", r.patient.name, "Body", sheet)]
    if born is not None and not compact:
        who.append(born)
    who.append(bold_lead(ctx.t("date_of_visit") + ":", labels.date(r.date), "Body", sheet))
    who.append(
        bold_lead(ctx.t("seen_by") + ":", r.clinician.name if compact else seen, "Body", sheet)
    )
    out.append(details_box(who, FRAME_WIDTH, large_print=ctx.large))
    out.append(ctx.p(ctx.t("decision"), heading))
    out.append(ctx.p(ctx.t("decision_text_short" if compact else "decision_text")))
    out.append(ctx.p(ctx.t("options_discussed"), heading))
    out += bullets([option.name for option in options(r, ctx.catalog)], sheet)
    out.append(ctx.p(ctx.t("agreed_step"), heading))
    step = r.agreed_step
    if step is None:
        out.append(ctx.p(ctx.t("no_agreed_step")))
    else:
        out.append(Paragraph(f"<b>{markup(step_text(step, ctx.labels))}</b>", sheet["Body"]))
    out.append(ctx.p(ctx.t("who_to_call"), heading))
    if not compact:
        out.append(ctx.p(ctx.t("who_to_call_text", clinic=r.clinic.name)))
        out += contact_block(r.clinic, labels, sheet)
        return out, []
    out += contact_compact(r.clinic, labels, sheet)
    details: list[Flowable] = [] if born is None else [born]
    details += [
        bold_lead(ctx.t("seen_by") + ":", seen, "Body", sheet),
        *contact_block(r.clinic, labels, sheet),
    ]
    moved: list[Flowable] = [disclaimer] if level >= 2 else []
    return out, [*moved, details_box(details, FRAME_WIDTH, large_print=ctx.large), gap(sheet, 0.5)]
