"""A device option's pictures and "What it is like" (PEMAT 15, IPDAS 6), in its detail
pages after what is involved: where its parts go and its trial's set-up
(:mod:`neuromod_aid.pdf.pictures`), each with its caption, then how the stimulation
feels, the wounds, living with it and the trial's days, in one short paragraph.

Normal print: two pictures side by side with the paragraph under them, or one picture
with the paragraph beside it. Large print: each picture with its caption beside it, then
the paragraph. A picture is never split from its caption."""

from __future__ import annotations

from functools import partial

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table

from neuromod_aid.catalog.text import Lang, Text
from neuromod_aid.catalog.therapy import Experience, Therapy
from neuromod_aid.pdf.layout import FRAME_WIDTH
from neuromod_aid.pdf.pictures import Scene, figure, scenes
from neuromod_aid.pdf.sections.context import SectionContext, SectionResult, Shown
from neuromod_aid.pdf.styles import table_style
from neuromod_aid.pdf.text import markup

PARTS = ("stimulation", "healing", "daily_life", "trial_days")


def what_it_is_like(ctx: SectionContext, therapy: Therapy) -> SectionResult:
    """The option's pictures and what it is like; nothing for an option with neither."""
    drawn = scenes(therapy.id, therapy.trial.used)
    like = therapy.what_it_is_like
    if not drawn and like is None:
        return SectionResult(())
    shown = Shown(ctx)
    shown.texts += [ctx.t(scene.caption) for scene in drawn]
    text = _paragraph(ctx, shown, therapy, like) if like is not None else []
    if ctx.large:
        out = [f for scene in drawn for f in _figure(ctx, scene, FRAME_WIDTH, beside=True)] + text
    elif len(drawn) == 1 and text:
        out = [_row([[_figure(ctx, drawn[0], FRAME_WIDTH / 2), text]])]
    else:
        out = [_row([[_figure(ctx, scene, FRAME_WIDTH / 2) for scene in drawn]]), *text]
    return shown.result(out)


def _figure(
    ctx: SectionContext, scene: Scene, width: float, *, beside: bool = False
) -> list[Flowable]:
    height = (55 if ctx.large else 42) * mm
    return figure(ctx.catalog, scene, ctx.labels, ctx.sheet, width, height, beside=beside)


def _row(cells: list[list[object]]) -> Table:
    """One row of half-page cells, never split (a picture stays with its caption)."""
    table = Table(cells, colWidths=[FRAME_WIDTH / 2] * len(cells[0]))
    table.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("LEFTPADDING", (1, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        )
    )
    return table


def _paragraph(
    ctx: SectionContext, shown: Shown, therapy: Therapy, like: Experience
) -> list[Flowable]:
    """Its heading, then each part in a sentence or two led by its label; a part the same
    as an option's before it says "The same as for SCS"."""
    shown.cite(like.sources)
    said = []
    for part in PARTS:
        own = getattr(like, part)
        if own is None:
            continue
        same = ctx.said_for(therapy, partial(_part, part=part, lang=ctx.lang))
        text = ctx.t("as_for", name=same.short_name(ctx.lang)) if same else shown.add(own(ctx.lang))
        said.append(f"<b>{markup(ctx.t('like_' + part))}:</b> {markup(text)}")
    # the heading kept off a page's foot, the paragraph free to go on over the page
    heading = ctx.list_heading(ctx.t("what_it_is_like"), "H3")
    return [*heading, Paragraph(" ".join(said), ctx.sheet["Tight"])]


def _part(therapy: Therapy, *, part: str, lang: Lang) -> str:
    """One part of what ``therapy`` is like, in ``lang`` ("" where it says none)."""
    like = therapy.what_it_is_like
    text: Text | None = getattr(like, part) if like is not None else None
    return text(lang) if text is not None else ""
