"""The options side by side: each therapy discussed and current care, row by row, the
benefit and harm pictures in their cells (``balance.py``); the key to the pictures above
the table, and where each table's figures come from just above it (below, its last line
was left alone on a page of its own)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Table

from neuromod_aid.pdf.blocks import gap
from neuromod_aid.pdf.layout import FRAME_WIDTH
from neuromod_aid.pdf.sections.balance import picture_cell
from neuromod_aid.pdf.sections.context import SectionContext, SectionResult, Shown
from neuromod_aid.pdf.sections.risks import legend
from neuromod_aid.pdf.styles import BRAND, BRAND_SOFT, grid_style
from neuromod_aid.present.comparison import Option, options, rows, table_harms

PAGE_QUARTER = 60 * mm  # the table starts on a new page unless this much is left


def comparison(ctx: SectionContext) -> SectionResult:
    """Up to four options a table (large print: three), current care in the last."""
    shown = Shown(ctx)
    out: list[Flowable] = [
        CondPageBreak(PAGE_QUARTER),
        ctx.p(ctx.t("comparison"), "H1"),
        ctx.p(ctx.t("comparison_intro"), "Tight"),
        ctx.p(ctx.t("balance_intro"), "Muted"),
        legend(ctx),
    ]
    shown.cite(ctx.catalog.current_care.sources)
    for group in tables(options(ctx.record, ctx.catalog), 3 if ctx.large else 4):
        therapies = [option for option in group if option.therapy is not None]
        out += [_cited(ctx, shown, therapies), _table(ctx, shown, group), gap(ctx.sheet, 0.5)]
    return shown.result(out)


def tables(compared: tuple[Option, ...], most: int) -> list[tuple[Option, ...]]:
    """The options in as few tables as hold at most ``most`` columns each, the tables as
    even as they can be (four options in large print: two and two, current care in the
    last), the options in their order."""
    count = -(-len(compared) // most)
    size, extra = divmod(len(compared), count)
    out: list[tuple[Option, ...]] = []
    start = 0
    for n in range(count):
        end = start + size + (1 if n < extra else 0)
        out.append(compared[start:end])
        start = end
    return out


def _cited(ctx: SectionContext, shown: Shown, therapies: list[Option]) -> Flowable:
    """Where the table's figures come from, each source once: the headline studies and
    the sources of the main risks."""
    ids = [
        source
        for option in therapies
        for source in (
            *(option.headline.sources if option.headline else ()),
            *(s for r in table_harms(option, ctx.labels) for s in r.sources),
        )
    ]
    return ctx.p(f"{ctx.t('figures_from')}: {shown.cite(dict.fromkeys(ids))}.", "Muted")


def column_widths(large: bool, options: int) -> list[float]:
    """The row headings' column, then one equal column per option."""
    head_width = 34 * mm if large else (28 * mm if options > 3 else 30 * mm)
    return [head_width, *([(FRAME_WIDTH - head_width) / options] * options)]


def _table(ctx: SectionContext, shown: Shown, columns: tuple[Option, ...]) -> Table:
    data: list[list[Flowable | str | list[Flowable]]] = [
        ["", *(ctx.p(option.short_name, "CompareHead") for option in columns)]
    ]
    widths = column_widths(ctx.large, len(columns))
    # the pictures smaller where more options share the width (they stay 10 x 10 people)
    picture = min(widths[1] - 12, (24 if ctx.large else 22 if len(columns) < 4 else 17) * mm)
    for row in rows(columns, ctx.labels):
        cells: list[list[Flowable]] = [
            [
                *picture_cell(ctx, shown, row.id, option, picture),
                *(shown.text(line, "CompareCell") for line in answer.split("\n")),
            ]
            for option, answer in zip(columns, row.answers, strict=True)
        ]
        data.append([ctx.p(row.heading, "CompareBold"), *cells])
    # a row may split across pages (one with pictures can be taller than what is left)
    table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(
        grid_style(
            ("BACKGROUND", (1, 0), (-1, 0), BRAND),
            ("BACKGROUND", (0, 1), (0, -1), BRAND_SOFT),
            padding=(3, 4, 4),
        )
    )
    return table
