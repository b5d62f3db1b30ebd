"""Next steps: what was planned, the agreed one in bold, each with a box to tick."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from neuromod_aid.pdf.blocks import BOX
from neuromod_aid.pdf.sections.context import SectionContext, SectionResult
from neuromod_aid.pdf.text import markup
from neuromod_aid.present.next_steps import step_text


def next_steps(ctx: SectionContext) -> SectionResult:
    out: list[Flowable] = [CondPageBreak(50 * mm), ctx.p(ctx.t("next_steps"), "H1")]
    steps = ctx.record.next_steps
    if not steps:
        return SectionResult((*out, ctx.p(ctx.t("no_next_steps"))))
    out.append(ctx.p(ctx.t("next_steps_intro")))
    for step in steps:
        text = markup(step_text(step, ctx.labels))
        if step.agreed:
            text = f"<b>{text}</b> ({markup(ctx.t('agreed'))})"
        out.append(Paragraph(text, ctx.sheet["Check"], bulletText=BOX))
    return SectionResult(tuple(out))
