"""Page 1: the key points (the decision, the options, every next step with its date, who
to call), as roomy as the page allows.

Large print (or a long list of options) does not fit the full layout, so page 1 gets
compact: a shorter framing line, headings with less space around them, the clinic's
name, phone, hours and out-of-hours line only; its email and address go to the detail
pages, under who the patient talked with (and their role) and a line pointing back to
"Who to call" (the birth date is in every page's footer), unless every way to reach the
clinic fits on page 1 after all, where it is then said once. If even that is too long,
the subtitle goes, the options are named in one paragraph and the disclaimer opens page 2.
Text sizes never change.

A dated trial's first diary day (the usual days before it, which the trial is judged
against) is a next step with its own date: page 1 gets as compact as it must to hold it,
as a row of its own or, where that does not fit, said in the trial's row, and where even
that needs it, with the clinician's name on page 1 and their role in the box for later.
Only where none fits is it left to the nurse sheet and the diary.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph

from neuromod_aid.pdf.blocks import (
    bold_lead,
    bullets,
    contact_block,
    contact_compact,
    contact_rest,
    details_box,
    gap,
)
from neuromod_aid.pdf.layout import FRAME_WIDTH, frame_height, stacked_height
from neuromod_aid.pdf.sections.context import SectionContext, SectionResult
from neuromod_aid.pdf.sections.next_steps import step_list
from neuromod_aid.pdf.text import markup
from neuromod_aid.present.comparison import options
from neuromod_aid.present.next_steps import diary_start
from neuromod_aid.textfold import lower_first

_COMPACT_LEVELS = 3  # full, compact, compact with the disclaimer on page 2
PUMPS = ("idd",)  # the therapies that are a medicine pump, which the subtitle then names


def cover(ctx: SectionContext) -> tuple[SectionResult, SectionResult]:
    """Page 1 at the roomiest level that fits (ending with a page break when it does), and
    what page 1 could not hold, for the end of the core. A dated trial's diary day comes
    before roominess: page 1 takes the first of :func:`_timelines` that any level holds."""
    height = frame_height(ctx.large)
    layouts = _layouts(ctx)
    for timeline, role in layouts:
        for level in range(_COMPACT_LEVELS):
            first, moved = key_points(ctx, level, timeline=timeline, role=role)
            if stacked_height(first, FRAME_WIDTH) <= height:
                return _page_one(ctx, level, timeline, first, moved, fits=True)
    # page 1 runs on (large print, many steps): page 2 goes on where it stops, not on a
    # new page
    level, (timeline, _) = _COMPACT_LEVELS - 1, layouts[-1]
    first, moved = key_points(ctx, level, timeline=timeline)
    return _page_one(ctx, level, timeline, first, moved, fits=False)


def _layouts(ctx: SectionContext) -> list[tuple[list[Flowable], bool]]:
    """The timelines page 1 may take, and whether it names the clinician's role, in the
    order it tries them: a dated trial's diary day as a row of its own, then said at the
    end of the trial's row; each with the role, then without it (the box for later has
    it); last, without the diary's day (the trial's nurse sheet and the diary give it)."""
    plain = step_list(ctx)
    if not any(diary_start(step) for step in ctx.record.next_steps):
        return [(plain, True)]
    dated = [step_list(ctx, diary="row"), step_list(ctx, diary="with_trial")]
    return [*((timeline, True) for timeline in dated), *((t, False) for t in dated), (plain, True)]


def _page_one(
    ctx: SectionContext,
    level: int,
    timeline: list[Flowable],
    first: list[Flowable],
    moved: list[Flowable],
    *,
    fits: bool,
) -> tuple[SectionResult, SectionResult]:
    """Page 1 as :func:`cover` chose it, with every way to reach the clinic on it if
    they fit after all."""
    if moved and fits:
        whole = key_points(ctx, level, whole_contact=True, timeline=timeline)[0]
        if stacked_height(whole, FRAME_WIDTH) <= frame_height(ctx.large):
            first, moved = whole, []
    opens_two = [_disclaimer(ctx)] if level >= 2 else []
    end = [PageBreak()] if fits else [gap(ctx.sheet, 0.5)]
    return SectionResult((*first, *end, *opens_two)), SectionResult(tuple(moved))


def key_points(
    ctx: SectionContext,
    level: int = 0,
    whole_contact: bool = False,
    timeline: Sequence[Flowable] = (),
    role: bool = True,
) -> tuple[list[Flowable], list[Flowable]]:
    """Page 1 at a compactness ``level`` (0 = full), and what it leaves for later;
    ``whole_contact``: the clinician's role and every way to reach the clinic on it,
    once each, even when compact; ``timeline``: the next steps' (``step_list``), when
    it is made already; not ``role``: compact, the clinician's name without their role
    (which the box for later says)."""
    r, sheet, labels = ctx.record, ctx.sheet, ctx.labels
    compact = level > 0
    short_contact = compact and not whole_contact
    heading = "KeyH2" if compact else "H2"
    out: list[Flowable] = [ctx.p(ctx.t("summary_title"), "Title")]
    if level < 2:  # what this is about
        pump = any(t in PUMPS for t in r.therapies_discussed)
        subtitle = "summary_subtitle_pump" if pump else "summary_subtitle"
        out += [ctx.p(ctx.t(subtitle), "Subtitle"), _disclaimer(ctx)]
    # the role as it reads after the comma: "Dra. Muestra, médica de la Unidad del Dolor"
    seen = r.clinician.name + (f", {lower_first(r.clinician.role)}" if r.clinician.role else "")
    born = (
        bold_lead(ctx.t("date_of_birth") + ":", labels.date(r.patient.birth_date), "Body", sheet)
        if r.patient.birth_date is not None
        else None
    )
    who = [bold_lead(ctx.t("prepared_for") + ":", r.patient.name, "Body", sheet)]
    if born is not None and not compact:
        who.append(born)
    who.append(bold_lead(ctx.t("date_of_visit") + ":", labels.date(r.date), "Body", sheet))
    named = seen if role or not short_contact else r.clinician.name
    who.append(bold_lead(ctx.t("seen_by") + ":", named, "Body", sheet))
    out.append(details_box(who, FRAME_WIDTH, large_print=ctx.large))
    out.append(ctx.p(ctx.t("decision"), heading))
    out.append(ctx.p(ctx.t("decision_text_short" if compact else "decision_text")))
    out.append(ctx.p(ctx.t("options_discussed"), heading))
    compared = options(r, ctx.catalog)
    if level < 2:
        out += bullets([option.name for option in compared], sheet)
    else:  # the most compact page 1: the options in one paragraph
        out.append(ctx.p("; ".join(option.name for option in compared) + "."))
    out.append(ctx.p(ctx.t("next_steps"), heading))
    out += timeline or step_list(ctx)
    out.append(ctx.p(ctx.t("who_to_call"), heading))
    if not short_contact:
        if not compact:
            out.append(ctx.p(ctx.t("who_to_call_text", clinic=r.clinic.name)))
        out += contact_block(r.clinic, labels, sheet)
        return out, []
    out += contact_compact(r.clinic, labels, sheet)
    # who they talked with, what page 1 leaves out of how to reach the clinic, and where
    # page 1 says the rest (the birth date is in every page's footer)
    rest = [*contact_rest(r.clinic, labels), ctx.t("said_in_core", part=ctx.t("who_to_call"))]
    details: list[Flowable] = [
        bold_lead(ctx.t("seen_by") + ":", seen, "Body", sheet),
        Paragraph("<br/>".join(markup(line) for line in rest), sheet["Body"]),
    ]
    box = details_box(details, FRAME_WIDTH, large_print=ctx.large)
    return out, [CondPageBreak(40 * mm), box, gap(sheet, 0.5)]


def _disclaimer(ctx: SectionContext) -> Flowable:
    return ctx.p(ctx.catalog.manifest.disclaimer(ctx.lang), "BodyBold")
