"""A device option's pictures and "What it is like" (PEMAT 15, IPDAS 6), in its detail
pages after what is involved: where its parts go and its trial's set-up
(:mod:`neuromod_aid.pdf.pictures`), each with its caption, then how the stimulation
feels, the wounds, living with it and the trial's days, in one short paragraph. The
trial's set-up is pictured once, in the first option that has one.

The paragraph, and how sure we are after it, flow beside the pictures and then on under
them: normal print, the pictures side by side in half the page's width; large print, the
first picture in half the width, any other after the text with its caption beside it.
Where the pictures do not fit on the rest of a page, the text starts there full width and
they follow it, their captions beside them. A picture is never split from its caption."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, ImageAndFlowables, Paragraph, Table

from neuromod_aid.catalog.text import Lang, Text
from neuromod_aid.catalog.therapy import Experience, Therapy
from neuromod_aid.pdf.layout import FRAME_WIDTH
from neuromod_aid.pdf.pictures import TRIALS, Scene, figure, scenes
from neuromod_aid.pdf.sections.context import SectionContext, SectionResult, Shown
from neuromod_aid.pdf.styles import table_style
from neuromod_aid.pdf.text import markup

PARTS = ("stimulation", "healing", "daily_life", "trial_days")


def what_it_is_like(ctx: SectionContext, therapy: Therapy, after: SectionResult) -> SectionResult:
    """The option's pictures and what it is like, then ``after`` (how sure we are), the
    text flowing beside the pictures; only ``after`` for an option with neither."""
    drawn = scenes(therapy.id, _trial_pictured(therapy) and not _trial_shown_before(ctx, therapy))
    like = therapy.what_it_is_like
    if not drawn and like is None:
        return after
    shown = Shown(ctx)
    shown.texts += [ctx.t(scene.caption) for scene in drawn]
    text = [*(_paragraph(ctx, shown, therapy, like) if like is not None else []), *after.flowables]
    # large print: the text beside the first picture alone, the others after it with
    # their captions beside them (two stacked would leave the page before half empty)
    beside, rest = (drawn[:1], drawn[1:]) if ctx.large else (drawn, [])
    out = text
    if drawn:  # where the pictures do not fit, the text first, the pictures after it
        figures = [f for scene in beside for f in _figure(ctx, scene, FRAME_WIDTH, beside=True)]
        out = [_Beside(_pictures(ctx, beside), text, [*text, *figures], ctx.heading_room)]
    out += [f for scene in rest for f in _figure(ctx, scene, FRAME_WIDTH, beside=True)]
    return SectionResult.combine([shown.result(out), replace(after, flowables=())])


def _trial_pictured(therapy: Therapy) -> bool:
    return therapy.trial.used and therapy.id in TRIALS


def _trial_shown_before(ctx: SectionContext, therapy: Therapy) -> bool:
    """Whether an option before ``therapy`` showed its trial's set-up: the document
    pictures a trial once (the set-up is the same, leads out under a dressing)."""
    ids = [t.id for t in ctx.therapies]
    return any(_trial_pictured(t) for t in ctx.therapies[: ids.index(therapy.id)])


def _figure(
    ctx: SectionContext, scene: Scene, width: float, *, beside: bool = False
) -> list[Flowable]:
    height = (55 if ctx.large else 36) * mm
    return figure(ctx.catalog, scene, ctx.labels, ctx.sheet, width, height, beside=beside)


class _Pictures(Table):
    """A table that text can flow beside (:class:`ImageAndFlowables` sizes its picture
    by this)."""

    def _restrictSize(self, aW: float, aH: float) -> tuple[float, float]:
        return self.wrap(aW, aH)

    def _unRestrictSize(self) -> None:
        """Nothing to undo: the table is never scaled."""


class _Beside(ImageAndFlowables):
    """``text`` to the left of ``pictures`` and then on under them. Where the pictures do
    not fit on the rest of a page that has room for a heading and its first lines
    (``least``), ``then`` instead: the text full width there, running on over the page,
    then the pictures, each with its caption beside it (the whole moved to the next page
    would leave this one's rest empty). The stubs type ReportLab's picture
    as an Image, but it only sizes and draws it (``_Pictures``)."""

    def __init__(
        self, pictures: Table, text: list[Flowable], then: list[Flowable], least: float
    ) -> None:
        super().__init__(pictures, text, imageLeftPadding=10)  # type: ignore[arg-type]
        self._then = then
        self._least = least

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(availWidth, availHeight)
        return parts or (self._then if availHeight >= self._least else [])


def _pictures(ctx: SectionContext, drawn: list[Scene]) -> Table:
    """The pictures, each with its caption under it, in half the page's width: side by
    side in normal print, one under the other in large print (a table's row is never
    split: a picture stays with its caption)."""
    side = FRAME_WIDTH / 2
    if ctx.large:
        cells = [[_figure(ctx, scene, side)] for scene in drawn]
    else:
        cells = [[_figure(ctx, scene, side / len(drawn)) for scene in drawn]]
    table = _Pictures(cells, colWidths=[side / len(cells[0])] * len(cells[0]))
    table.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("LEFTPADDING", (1, 0), (-1, -1), 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
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
