"""Next steps: what was planned, the agreed one in bold, each with a box to tick."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from neuromod_aid.consultation import NextStep
from neuromod_aid.pdf.blocks import BOX
from neuromod_aid.pdf.sections.context import SectionContext, SectionResult
from neuromod_aid.pdf.text import markup
from neuromod_aid.textfold import fold


def step_text(ctx: SectionContext, step: NextStep) -> str:
    """The step as printed, "Kind: words (on date)"; no kind when the words start with it."""
    kind = ctx.t(f"kind_{step.kind}")
    words = step.text.strip()
    if not words:
        text = kind
    elif f"{fold(words)} ".startswith(f"{fold(kind)} "):  # "Cita con psicología del…"
        text = words
    else:
        text = f"{kind}: {words}"
    if step.date is not None:
        text += f" ({ctx.t('on_date', date=ctx.labels.date(step.date))})"
    return text


def next_steps(ctx: SectionContext) -> SectionResult:
    out: list[Flowable] = [CondPageBreak(50 * mm), ctx.p(ctx.t("next_steps"), "H1")]
    steps = ctx.record.next_steps
    if not steps:
        return SectionResult((*out, ctx.p(ctx.t("no_next_steps"))))
    out.append(ctx.p(ctx.t("next_steps_intro")))
    for step in steps:
        text = markup(step_text(ctx, step))
        if step.agreed:
            text = f"<b>{text}</b> ({markup(ctx.t('agreed'))})"
        out.append(Paragraph(text, ctx.sheet["Check"], bulletText=BOX))
    return SectionResult(tuple(out))
