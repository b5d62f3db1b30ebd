"""The pictures of the options' table, so that benefits and harms get equal detail
(IPDAS): in each therapy's "how likely it helps" cell, 100 people with those its headline
outcome helped; in its "main risks" cell, 100 people with those its commonest main risk
(of those a picture of 100 can show) happened to. Their words, out of 100, are the
cells' answers (``present.comparison``); their sources are cited below the table.
Current care has no study figure of its own, so no picture."""

from __future__ import annotations

from reportlab.platypus import Flowable

from neuromod_aid.pdf.icons import IconArray
from neuromod_aid.pdf.sections.context import SectionContext, Shown
from neuromod_aid.present.comparison import Option, benefit_grid, main_harm
from neuromod_aid.present.figures import risk_figure


def picture_cell(
    ctx: SectionContext, shown: Shown, row: str, option: Option, size: float
) -> list[Flowable]:
    """What goes above ``option``'s answer to ``row`` (``"helps"`` or ``"risks"``): a
    picture of 100 and its words; nothing for other rows or without a picture."""
    if row == "helps":
        return _benefit(ctx, shown, option, size)
    if row == "risks":
        return _harm(ctx, shown, option, size)
    return []


def _benefit(ctx: SectionContext, shown: Shown, option: Option, size: float) -> list[Flowable]:
    """The headline outcome's picture (its words are the cell's answer; its study is
    cited below the table)."""
    outcome = option.headline
    counts = benefit_grid(outcome) if outcome is not None else None
    if outcome is None or counts is None:
        return []
    shown.cite(outcome.sources)
    return [IconArray(counts, size)]


def _harm(ctx: SectionContext, shown: Shown, option: Option, size: float) -> list[Flowable]:
    """The commonest main risk's picture (its words open the cell's answer; its source is
    cited below the table)."""
    risk = main_harm(option, ctx.labels)
    grid = risk_figure(risk, ctx.labels).grid if risk is not None else None
    if risk is None or grid is None:
        return []
    shown.cite(risk.sources)
    return [IconArray(grid, size)]
