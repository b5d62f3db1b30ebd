"""When to call the clinic at once: who to call (the clinic, out of hours, emergency
services), then the catalog's warning signs, in a red box; the signs list's own opening
and closing lines, which say the same as the call line, are not repeated."""

from __future__ import annotations

from reportlab.platypus import Flowable, Table

from neuromod_aid.catalog.model import (
    WARNING_SIGN_IDS,
    WARNING_SIGNS_ID,
    Catalog,
    InstructionSection,
)
from neuromod_aid.catalog.text import Text
from neuromod_aid.pdf.blocks import boxed, bullets, call_now, gap
from neuromod_aid.pdf.layout import FRAME_WIDTH
from neuromod_aid.pdf.sections.context import SectionContext, SectionResult, Shown
from neuromod_aid.pdf.styles import table_style


def warning_section(catalog: Catalog) -> InstructionSection:
    """The catalog's 'warning signs / when to call' instruction section."""
    return catalog.instruction(WARNING_SIGNS_ID)


def warning_parts(catalog: Catalog, therapies: tuple[str, ...]) -> list[InstructionSection]:
    """The warning signs every document prints, then those of a therapy among
    ``therapies`` (a pump's signs of too much or too little medicine only with a pump)."""
    sections = [catalog.instruction(section_id) for section_id in WARNING_SIGN_IDS]
    return [
        s for s in sections if s.id == WARNING_SIGNS_ID or any(t in s.therapies for t in therapies)
    ]


def signs_only(part: InstructionSection) -> tuple[Text, ...]:
    """The signs of ``part``: the main section opens with "call at once if you have any
    of these" and ends with "if you cannot reach the clinic, go to the emergency
    department", which the box's own call line already says above the signs."""
    if part.id != WARNING_SIGNS_ID:
        return part.items
    return part.items[1:-1]


def _two_columns(ctx: SectionContext, signs: list[str]) -> Table:
    """The signs in two columns, down the first and then the second (normal print)."""
    half = (len(signs) + 1) // 2
    width = (FRAME_WIDTH - 24) / 2
    cells = [bullets(signs[:half], ctx.sheet), bullets(signs[half:], ctx.sheet)]
    table = Table([cells], colWidths=[width, width])
    table.setStyle(
        table_style(("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0))
    )
    return table


def warning_signs(ctx: SectionContext) -> SectionResult:
    section = warning_section(ctx.catalog)
    parts = warning_parts(ctx.catalog, ctx.record.therapies_discussed)
    shown = Shown(ctx)
    for part in parts:
        shown.cite(part.sources)
    call = call_now(ctx.record.clinic, ctx.labels)
    signs = [item(ctx.lang) for part in parts for item in signs_only(part)]
    shown.texts += signs
    rows: list[Flowable] = [
        ctx.p(section.title(ctx.lang), "H2"),
        ctx.p(call, "BodyBold"),
        *(bullets(signs, ctx.sheet) if ctx.large else [_two_columns(ctx, signs)]),
    ]
    return shown.result([boxed(rows, FRAME_WIDTH, warning=True), gap(ctx.sheet, 0.5)])
