"""The pictures of the options' table, so that benefits and harms get equal detail
(IPDAS): in the "how likely it helps" cell, 100 people with those the headline outcome
helped, when it was measured in the patient's own group (current care: its comparison
group); in a therapy's "main risks" cell, 100 people with those its commonest
risk happened to (a range: striped squares up to the high figure). Each picture sits
just above the line that says it in words (the cells' answers, ``present.comparison``),
found by those words; their sources are cited above the table."""

from __future__ import annotations

from reportlab.platypus import Flowable

from neuromod_aid.pdf.icons import IconArray
from neuromod_aid.pdf.sections.context import SectionContext, Shown
from neuromod_aid.present.comparison import (
    Option,
    benefit_grid,
    helped_words,
    main_harms,
)
from neuromod_aid.present.figures import GridCounts, risk_figure
from neuromod_aid.present.harm_lines import drawn_words


def pictures(ctx: SectionContext, shown: Shown, row: str, option: Option) -> dict[str, GridCounts]:
    """The pictures in ``option``'s answer to ``row``, by the words of the line each goes
    above (the line that says what it shows); none for other rows or without a figure a
    picture of 100 can show."""
    if row == "helps":
        return _benefit(shown, option)
    if row == "risks":
        return _harms(ctx, shown, option)
    return {}


def drawn(counts: dict[str, GridCounts], line: str, size: float) -> list[Flowable]:
    """The picture above the line ``line``, if any."""
    return [IconArray(counts[line], size)] if line in counts else []


def _benefit(shown: Shown, option: Option) -> dict[str, GridCounts]:
    """The picture of the patient's own study (current care: its comparison group),
    above how many were helped."""
    if option.therapy is None:
        outcome, counts = option.care, None
        if outcome is not None and outcome.rate_comparator is not None:
            counts = benefit_grid(outcome, outcome.rate_comparator)
    else:
        outcome = option.headline
        own = outcome is not None and not option.other_group
        counts = benefit_grid(outcome) if outcome is not None and own else None
    if outcome is None or counts is None:
        return {}
    shown.cite(outcome.sources)
    return {helped_words(counts, shown.context.labels): counts}


def _harms(ctx: SectionContext, shown: Shown, option: Option) -> dict[str, GridCounts]:
    """Each drawn risk's picture, above the words that say it."""
    out: dict[str, GridCounts] = {}
    for risk in main_harms(option, ctx.labels):
        grid = risk_figure(risk, ctx.labels).grid
        if grid is not None:
            shown.cite(risk.sources)
            out[drawn_words(risk, ctx.labels)] = grid
    return out
