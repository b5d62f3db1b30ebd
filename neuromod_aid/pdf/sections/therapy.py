"""What neuromodulation is, then each therapy discussed: what it is, how it works, the
steps, the trial, how it helps, its risks and living with it."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph

from neuromod_aid.catalog.therapy import Outcome, Therapy
from neuromod_aid.pdf.blocks import bullets
from neuromod_aid.pdf.sections.context import SectionContext, SectionResult, Shown
from neuromod_aid.pdf.sections.risks import risks
from neuromod_aid.pdf.text import markup
from neuromod_aid.present.figures import outcome_figure

PAGE_HALF = 60 * mm  # a therapy starts on a new page unless this much is left


def neuromodulation(ctx: SectionContext) -> SectionResult:
    return SectionResult(
        (
            CondPageBreak(40 * mm),
            ctx.p(ctx.t("what_is_neuromod"), "H1"),
            ctx.p(ctx.t("what_is_neuromod_text")),
        )
    )


def therapy(ctx: SectionContext, therapy: Therapy) -> SectionResult:
    """One therapy discussed, on a new page unless half a page is left."""
    return SectionResult.combine(
        [_what_it_is(ctx, therapy), risks(ctx, therapy), _living_with(ctx, therapy)]
    )


def _what_it_is(ctx: SectionContext, therapy: Therapy) -> SectionResult:
    lang = ctx.lang
    shown = Shown(ctx)
    shown.cite(therapy.sources)
    out: list[Flowable] = [
        CondPageBreak(PAGE_HALF),
        shown.text(therapy.name(lang), "H1"),
        shown.text(therapy.summary(lang), "BodyBold"),
        ctx.p(ctx.t("what_it_is"), "H2"),
        shown.text(therapy.what_it_is(lang)),
        ctx.p(ctx.t("how_it_works"), "H2"),
        shown.text(therapy.how_it_works(lang)),
        ctx.p(ctx.t("steps"), "H2"),
    ]
    for n, step in enumerate(therapy.steps, start=1):
        shown.texts += [step.title(lang), step.text(lang)]
        title = step.title(lang).rstrip()
        title += "" if title[-1:] in ".:?!" else "."
        text = f"<b>{markup(title)}</b> {markup(step.text(lang))}"
        out.append(Paragraph(text, ctx.sheet["Step"], bulletText=f"{n}."))
    out.append(ctx.p(ctx.t("trial") if therapy.trial.used else ctx.t("no_trial"), "H3"))
    out.append(shown.text(therapy.trial.text(lang)))
    shown.cite(therapy.trial.sources)
    out += _outcomes(ctx, shown, therapy)
    return shown.result(out)


def _living_with(ctx: SectionContext, therapy: Therapy) -> SectionResult:
    shown = Shown(ctx)
    living = [item(ctx.lang) for item in therapy.living_with]
    shown.texts += living
    return shown.result(
        [
            CondPageBreak(40 * mm),
            ctx.p(ctx.t("living_with"), "H2"),
            *bullets(living, ctx.sheet),
            ctx.p(ctx.t("adjust_and_reverse"), "H3"),
            shown.text(therapy.adjust_and_reverse(ctx.lang)),
        ]
    )


def _outcomes(ctx: SectionContext, shown: Shown, therapy: Therapy) -> list[Flowable]:
    """How it helps; outcomes from the same study and group share one "who was studied"
    line."""
    out: list[Flowable] = [CondPageBreak(50 * mm), ctx.p(ctx.t("how_it_helps"), "H2")]
    if not therapy.outcomes:
        return [*out, ctx.p(ctx.t("no_outcomes"))]
    out.append(ctx.p(ctx.t("outcomes_intro"), "Muted"))
    groups: list[list[Outcome]] = []
    for outcome in therapy.outcomes:
        previous = groups[-1][0] if groups else None
        if (
            previous is not None
            and previous.population == outcome.population
            and previous.sources == outcome.sources
        ):
            groups[-1].append(outcome)
        else:
            groups.append([outcome])
    for group in groups:
        first = group[0]
        studied = (
            f"{ctx.t('who_was_studied')}: {first.population(ctx.lang)}"
            f" · {ctx.t('study')}: {shown.cite(first.sources)}"
        )
        texts: list[Flowable] = []
        for outcome in group:
            texts.append(shown.text(outcome.text(ctx.lang), "Tight"))
            texts.append(ctx.p(outcome_figure(outcome, therapy, ctx.labels), "Tight"))
        out.append(KeepTogether([*texts, ctx.p(studied, "Muted")]))
    return out
