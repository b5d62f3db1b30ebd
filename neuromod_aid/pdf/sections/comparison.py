"""The options side by side: each therapy discussed and current care, row by row."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Table

from neuromod_aid.catalog.therapy import Glance
from neuromod_aid.pdf.blocks import gap
from neuromod_aid.pdf.layout import FRAME_WIDTH
from neuromod_aid.pdf.sections.context import SectionContext, SectionResult, Shown
from neuromod_aid.pdf.sections.therapy import PAGE_HALF
from neuromod_aid.pdf.styles import BRAND, BRAND_SOFT, grid_style

ROWS = ("what_happens", "invasiveness", "benefits", "downsides", "upkeep", "reversible")


def comparison(ctx: SectionContext) -> SectionResult:
    """Two or three options a table (large print: two), current care in each."""
    lang = ctx.lang
    shown = Shown(ctx)
    out: list[Flowable] = [
        CondPageBreak(PAGE_HALF),
        ctx.p(ctx.t("comparison"), "H1"),
        ctx.p(ctx.t("comparison_intro")),
    ]
    options = [(t.short_name(lang), t.glance) for t in ctx.therapies]
    care = ctx.catalog.current_care
    shown.cite(care.sources)
    per_table = 2 if ctx.large else 3
    groups = [options[i : i + per_table] for i in range(0, len(options), per_table)] or [[]]
    for group in groups:
        columns = [*group, (care.name(lang), care.glance)]
        out += [_table(ctx, shown, columns), gap(ctx.sheet, 0.8)]
    return shown.result(out)


def _table(ctx: SectionContext, shown: Shown, columns: list[tuple[str, Glance]]) -> Table:
    head_width = 32 * mm if not ctx.large else 36 * mm
    width = (FRAME_WIDTH - head_width) / len(columns)
    data: list[list[Flowable | str]] = [["", *(ctx.p(name, "CellHead") for name, _ in columns)]]
    for row in ROWS:
        line: list[Flowable | str] = [ctx.p(ctx.t(f"row_{row}"), "CellBold")]
        for _, glance in columns:
            line.append(shown.text(getattr(glance, row)(ctx.lang), "CompareCell"))
        data.append(line)
    table = Table(data, colWidths=[head_width, *([width] * len(columns))], repeatRows=1)
    table.setStyle(
        grid_style(
            ("BACKGROUND", (1, 0), (-1, 0), BRAND),
            ("BACKGROUND", (0, 1), (0, -1), BRAND_SOFT),
            padding=(5, 6, 5),
        )
    )
    return table
