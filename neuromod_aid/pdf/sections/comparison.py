"""The options side by side: each therapy discussed and current care, row by row."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Table

from neuromod_aid.pdf.blocks import gap
from neuromod_aid.pdf.layout import FRAME_WIDTH
from neuromod_aid.pdf.sections.context import SectionContext, SectionResult, Shown
from neuromod_aid.pdf.sections.therapy import PAGE_HALF
from neuromod_aid.pdf.styles import BRAND, BRAND_SOFT, grid_style
from neuromod_aid.present.comparison import Option, options, rows


def comparison(ctx: SectionContext) -> SectionResult:
    """Two or three options a table (large print: two), current care in each."""
    shown = Shown(ctx)
    out: list[Flowable] = [
        CondPageBreak(PAGE_HALF),
        ctx.p(ctx.t("comparison"), "H1"),
        ctx.p(ctx.t("comparison_intro")),
    ]
    *therapies, care = options(ctx.record, ctx.catalog)
    shown.cite(ctx.catalog.current_care.sources)
    per_table = 2 if ctx.large else 3
    groups = [therapies[i : i + per_table] for i in range(0, len(therapies), per_table)] or [[]]
    for group in groups:
        out += [_table(ctx, shown, (*group, care)), gap(ctx.sheet, 0.8)]
    return shown.result(out)


def column_widths(large: bool, options: int) -> list[float]:
    """The row headings' column, then one equal column per option."""
    head_width = 36 * mm if large else 32 * mm
    return [head_width, *([(FRAME_WIDTH - head_width) / options] * options)]


def _table(ctx: SectionContext, shown: Shown, columns: tuple[Option, ...]) -> Table:
    data: list[list[Flowable | str | list[Flowable]]] = [
        ["", *(ctx.p(option.short_name, "CellHead") for option in columns)]
    ]
    for row in rows(columns, ctx.labels):
        cells: list[list[Flowable]] = [
            [shown.text(line, "CompareCell") for line in answer.split("\n")]
            for answer in row.answers
        ]
        data.append([ctx.p(row.heading, "CellBold"), *cells])
    table = Table(
        data, colWidths=column_widths(ctx.large, len(columns)), repeatRows=1, splitInRow=1
    )
    table.setStyle(
        grid_style(
            ("BACKGROUND", (1, 0), (-1, 0), BRAND),
            ("BACKGROUND", (0, 1), (0, -1), BRAND_SOFT),
            padding=(5, 6, 5),
        )
    )
    return table
