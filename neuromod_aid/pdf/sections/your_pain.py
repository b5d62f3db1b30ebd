"""Your pain: the conditions (what each is, how it can feel, why it can be hard to treat,
in both sizes), where it hurts (the body map) and, beside it where there is room, what
was tried (large print: the map first, then the conditions and what was tried)."""

from __future__ import annotations

from dataclasses import replace

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from neuromod_aid.pdf.blocks import bullets
from neuromod_aid.pdf.bodymap import SIDE_LABEL, BodyMap, numbered_areas
from neuromod_aid.pdf.layout import FRAME_WIDTH
from neuromod_aid.pdf.sections.context import SectionContext, SectionResult, Shown
from neuromod_aid.pdf.styles import LARGE_BODY_PT, table_style
from neuromod_aid.pdf.text import markup


def your_pain(ctx: SectionContext) -> SectionResult:
    r, sheet = ctx.record, ctx.sheet
    shown = Shown(ctx)
    part = ctx.list_heading(ctx.t("conditions"), "H2")
    out: list[Flowable] = [] if r.conditions else [*part, ctx.p(ctx.t("no_conditions"))]
    for n, condition_id in enumerate(r.conditions):
        condition = ctx.catalog.condition(condition_id)
        shown.cite(condition.sources)
        # its heading kept off a page's foot, not kept with the whole paragraph (which
        # would move it to the next page whenever it fits there, leaving this page's rest);
        # the first one's with the part's heading, by one conditional break before both
        shown.texts.append(condition.name(ctx.lang))
        heading = ctx.list_heading(condition.name(ctx.lang), "H3")
        out += heading if n else [*part, *heading[1:]]
        said = [markup(shown.add(condition.what_it_is(ctx.lang)))]
        for key, text in (
            ("condition_feels", condition.how_it_feels(ctx.lang)),
            ("condition_hard_to_treat", condition.why_hard_to_treat(ctx.lang)),
        ):
            said.append(f"<b>{markup(ctx.t(key))}:</b> {markup(shown.add(text))}")
        out.append(Paragraph(" ".join(said), sheet["Body"]))  # one paragraph: no gaps
    tried = [
        ctx.p(ctx.t("tried"), "H2"),
        *(
            bullets(r.treatments_tried, sheet)
            if r.treatments_tried
            else [ctx.p(ctx.t("none_recorded"))]
        ),
    ]
    names = [ctx.catalog.condition(c).name(ctx.lang) for c in r.conditions]
    section: list[Flowable] = [ctx.p(ctx.t("your_pain"), "H1"), *_where_it_hurts(ctx, out, tried)]
    return replace(shown.result(section), defined=ctx.terms_in(names))  # each explained here


def _where_it_hurts(
    ctx: SectionContext, conditions: list[Flowable], tried: list[Flowable]
) -> list[Flowable]:
    """The ``conditions``, then the body map with its numbered list of areas and what was
    ``tried`` beside it when there is room; else (large print) the map first, at the top
    of the detail's first page where it fits whole, then the conditions and what was
    tried, which run on from page to page."""
    r, sheet = ctx.record, ctx.sheet
    heading = ctx.p(ctx.t("body_map"), "H2")
    if not r.pain_areas:
        return [*conditions, heading, ctx.p(ctx.t("no_pain_areas")), *tried]
    # normal print: small, the detail part's map; large print needs the room for its
    # 16 pt side labels ("your right", "your left") not to run into each other
    height = 85 * mm if ctx.large else 52 * mm
    picture = BodyMap(
        ctx.catalog,
        r.pain_areas,
        ctx.labels,
        height,
        LARGE_BODY_PT / SIDE_LABEL if ctx.large else 10.0,
    )
    names: list[Flowable] = [
        Paragraph(markup(area.name(ctx.lang)), sheet["Bullet"], bulletText=f"{n}.")
        for n, area in numbered_areas(ctx.catalog, r.pain_areas)
    ]
    caption = ctx.p(ctx.t("body_map_caption"), "Caption")
    map_width = picture.width + 4 * mm
    if FRAME_WIDTH - map_width < 60 * mm:
        # too narrow for the list beside the figures (large print): the list goes below
        return [
            KeepTogether([heading, picture, caption, *names[:3]]),
            *names[3:],
            *conditions,
            *tried,
        ]
    short = len(names) <= 6  # a longer list of areas fills the room beside the map
    beside_list, after = (tried, []) if short else ([], tried)
    beside = Table(
        [[picture, [caption, *names[:12], *beside_list]]],
        colWidths=[map_width, FRAME_WIDTH - map_width],
    )
    beside.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (0, 0), 0),
            ("LEFTPADDING", (1, 0), (1, 0), 8),
        )
    )
    return [*conditions, KeepTogether([heading, beside]), *names[12:], *after]
