"""Next steps, on page 1: what was planned, each with its date and a box to tick, the
agreed one in bold."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from neuromod_aid.pdf.blocks import BOX
from neuromod_aid.pdf.sections.context import SectionContext
from neuromod_aid.pdf.text import markup
from neuromod_aid.present.next_steps import step_text


def step_list(ctx: SectionContext) -> list[Flowable]:
    """Every next step with its date, or that none was agreed yet."""
    steps = ctx.record.next_steps
    if not steps:
        return [ctx.p(ctx.t("no_agreed_step"))]
    out: list[Flowable] = []
    for step in steps:
        text = markup(step_text(step, ctx.labels))
        if step.agreed:
            text = f"<b>{text}</b> ({markup(ctx.t('agreed'))})"
        out.append(Paragraph(text, ctx.sheet["Check"], bulletText=BOX))
    return out
