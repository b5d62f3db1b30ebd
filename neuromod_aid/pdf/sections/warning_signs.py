"""When to call the clinic at once: the catalog's warning signs and who to call, in a
red box."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from neuromod_aid.catalog.model import (
    WARNING_SIGN_IDS,
    WARNING_SIGNS_ID,
    Catalog,
    InstructionSection,
)
from neuromod_aid.pdf.blocks import boxed, bullets, call_now, gap
from neuromod_aid.pdf.layout import FRAME_WIDTH
from neuromod_aid.pdf.sections.context import SectionContext, SectionResult, Shown


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


def warning_signs(ctx: SectionContext) -> SectionResult:
    section = warning_section(ctx.catalog)
    parts = warning_parts(ctx.catalog, ctx.record.therapies_discussed)
    shown = Shown(ctx)
    for part in parts:
        shown.cite(part.sources)
    call = call_now(ctx.record.clinic, ctx.labels)
    signs = [item(ctx.lang) for part in parts for item in part.items]
    shown.texts += signs
    rows: list[Flowable] = [
        ctx.p(section.title(ctx.lang), "H2"),
        ctx.p(call, "BodyBold"),
        *bullets(signs, ctx.sheet),
    ]
    return shown.result(
        [CondPageBreak(80 * mm), gap(ctx.sheet, 0.5), boxed(rows, FRAME_WIDTH, warning=True)]
    )
