"""What matters most to you: the statements the patient rated as mattering a lot, then
the others in a line each, and where they are leaning (values clarification, IPDAS).

Nothing rated: the statements as a short checklist to tick at home. Not asked where
they are leaning: a line to write it on. A section of its own, so it can be placed
wherever the core of the summary needs it.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from neuromod_aid.pdf.blocks import BOX, WriteLines, bold_lead, bullets
from neuromod_aid.pdf.sections.context import SectionContext, SectionResult
from neuromod_aid.pdf.text import markup
from neuromod_aid.present.values import values_read


def what_matters(ctx: SectionContext) -> SectionResult:
    """Empty when the content has no statements and the patient said no leaning."""
    read = values_read(ctx.record, ctx.catalog, ctx.labels)
    if not ctx.catalog.values and not read.leaning:
        return SectionResult(())
    sheet = ctx.sheet
    out: list[Flowable] = [CondPageBreak(40 * mm), ctx.p(ctx.t("values_title"), "H1")]
    if read.rated:  # one line an answer, what matters most first, in bold
        if read.most:
            statements = "; ".join(markup(_quoted(ctx, r.statement)) for r in read.most)
            lead = f"<b>{markup(ctx.t('values_most'))}: {statements}</b>"
            out.append(Paragraph(lead, sheet["Bullet"]))
        answers = dict.fromkeys(r.answer for r in read.others)
        out += [
            bold_lead(
                a + ":",
                "; ".join(_quoted(ctx, r.statement) for r in read.others if r.answer == a),
                "Bullet",
                sheet,
            )
            for a in answers
        ]
    elif read.unrated:
        out.append(ctx.p(ctx.t("values_think")))
        out += bullets(read.unrated, sheet, BOX)
    out.append(ctx.p(ctx.t("values_leaning"), "H2"))
    if read.leaning:
        out.append(ctx.p(read.leaning))
    else:
        out += [ctx.p(ctx.t("values_ask_leaning")), WriteLines(2, sheet["Body"].leading * 1.7)]
    return SectionResult(tuple(out))


def _quoted(ctx: SectionContext, statement: str) -> str:
    """A statement in quotes: the patient's own words ("my pain"), beside words said to
    them ("Matters a lot to you")."""
    return ctx.t("values_quoted", statement=statement)


def sure_result(ctx: SectionContext) -> SectionResult:
    """The SURE test's count when it was asked, and each question not answered yes; if the
    patient is not sure yet, what happens then. Nothing when no question was answered."""
    sure = ctx.record.sure
    if all(answer is None for _, answer in sure.answers):
        return SectionResult(())
    intro = markup(ctx.t("sure_intro"))
    if sure.complete:  # the count in bold, in the same paragraph
        score = ctx.t("sure_score", score=sure.score, total=len(sure.answers))
        intro += f" <b>{markup(score)}</b>"
    out: list[Flowable] = [ctx.p(ctx.t("sure_title"), "H2"), Paragraph(intro, ctx.sheet["Body"])]
    for field, answer in sure.answers:
        if answer is not True:  # what is not clear yet: the questions not answered yes
            said = ctx.t("sure_no" if answer is False else "sure_not_asked") + ":"
            out.append(bold_lead(said, ctx.t(f"sure_{field}"), "Bullet", ctx.sheet))
    unsure = not sure.complete or sure.flags_conflict
    out.append(ctx.p(ctx.t("sure_unsure" if unsure else "sure_all_yes")))
    return SectionResult(tuple(out))
