"""The patient's questions, with lines to write more, and the team's notes."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from neuromod_aid.pdf.blocks import WriteLines, bullets
from neuromod_aid.pdf.sections.context import SectionContext, SectionResult


def questions(ctx: SectionContext) -> SectionResult:
    out: list[Flowable] = [
        CondPageBreak(40 * mm),
        ctx.p(ctx.t("questions"), "H1"),
        ctx.p(ctx.t("questions_intro")),
    ]
    if ctx.record.patient_questions:
        out += bullets(ctx.record.patient_questions, ctx.sheet)
    else:
        out.append(ctx.p(ctx.t("no_questions")))
    out.append(ctx.p(ctx.t("write_here"), "BodyBold"))
    out.append(WriteLines(4, ctx.sheet["Body"].leading * 1.7))
    return SectionResult(tuple(out))


def notes(ctx: SectionContext) -> SectionResult:
    """Notes from the care team (never the clinician's private notes)."""
    text = ctx.record.notes_for_patient.strip()
    return SectionResult(
        (
            CondPageBreak(40 * mm),
            ctx.p(ctx.t("notes"), "H1"),
            ctx.p(text) if text else ctx.p(ctx.t("no_notes")),
        )
    )
