"""The detail pages of each therapy discussed: what it is and how it works, the steps as
a short numbered list, the trial, how sure we are, every outcome study in one compact
table, every risk in another, and living with it; and before them, what neuromodulation
is."""

from __future__ import annotations

from itertools import groupby

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from neuromod_aid.catalog.therapy import Glance, Therapy
from neuromod_aid.pdf.blocks import bold_lead, bullets, ruled_rows
from neuromod_aid.pdf.layout import FRAME_WIDTH
from neuromod_aid.pdf.sections.context import SectionContext, SectionResult, Shown
from neuromod_aid.pdf.sections.risks import risks
from neuromod_aid.pdf.text import markup
from neuromod_aid.present.figures import outcome_figure

PAGE_HALF = 45 * mm  # a therapy starts on a new page unless this much is left


def neuromodulation(ctx: SectionContext) -> SectionResult:
    return SectionResult(
        (
            CondPageBreak(40 * mm),
            ctx.p(ctx.t("what_is_neuromod"), "H1"),
            ctx.p(ctx.t("what_is_neuromod_text")),
        )
    )


def therapy(ctx: SectionContext, therapy: Therapy) -> SectionResult:
    """One therapy discussed, on a new page unless half a page is left: only what the
    core does not say (what is involved, upkeep and undoing it are in its table)."""
    return SectionResult.combine(
        [
            _steps_and_trial(ctx, therapy),
            how_sure(ctx, therapy),
            _outcomes(ctx, therapy),
            risks(ctx, therapy),
        ]
    )


def _steps_and_trial(ctx: SectionContext, therapy: Therapy) -> SectionResult:
    """Its name, its possible benefits and downsides in equal depth (a line each), the
    steps as one short numbered line of their titles, and the trial."""
    lang = ctx.lang
    shown = Shown(ctx)
    shown.cite(therapy.sources)
    titles = [step.title(lang).rstrip().rstrip(".:") for step in therapy.steps]
    shown.texts += titles
    steps = " ".join(f"{n}.&nbsp;{markup(title)}." for n, title in enumerate(titles, start=1))
    out: list[Flowable] = [
        CondPageBreak(PAGE_HALF),
        shown.text(therapy.name(lang), "H1"),
        *_glance_lines(ctx, shown, therapy.glance, ("benefits", "downsides")),
        Paragraph(f"<b>{markup(ctx.t('steps'))}:</b> {steps}", ctx.sheet["Tight"]),
        bold_lead(
            _lead(ctx.t("trial") if therapy.trial.used else ctx.t("no_trial")),
            shown.add(therapy.trial.text(lang)),
            "Tight",
            ctx.sheet,
        ),
    ]
    shown.cite(therapy.trial.sources)
    return shown.result(out)


def _lead(label: str) -> str:
    """A label that opens a paragraph: "The trial:", a question as it is."""
    return label if label.endswith("?") else label + ":"


def _glance_lines(
    ctx: SectionContext,
    shown: Shown,
    glance: Glance,
    rows: tuple[str, ...] = ("invasiveness", "benefits", "downsides"),
) -> list[Flowable]:
    """The glance's answers to ``rows``, a line each with its question in bold: whether it
    needs an operation, then its possible benefits and possible downsides, in equal depth."""
    lines: list[Flowable] = []
    for row in rows:
        text = getattr(glance, row)(ctx.lang)
        shown.texts.append(text)
        lines.append(bold_lead(ctx.t(f"row_{row}") + ":", text, "Tight", ctx.sheet))
    return lines


def current_care(ctx: SectionContext) -> SectionResult:
    """Continuing current care, in the same depth: what it is, its possible benefits and
    its possible downsides."""
    care = ctx.catalog.current_care
    lang = ctx.lang
    shown = Shown(ctx)
    shown.cite(care.sources)
    benefits = [item(lang) for item in care.benefits]
    downsides = [item(lang) for item in care.downsides]
    shown.texts += [*benefits, *downsides]
    return shown.result(
        [
            CondPageBreak(35 * mm),
            shown.text(care.name(lang), "H1"),
            shown.text(care.what_it_is(lang), "Tight"),
            *_glance_lines(ctx, shown, care.glance, ("invasiveness",)),
            ctx.p(ctx.t("row_benefits"), "H3"),
            *bullets(benefits, ctx.sheet),
            ctx.p(ctx.t("row_downsides"), "H3"),
            *bullets(downsides, ctx.sheet),
        ]
    )


def how_sure(ctx: SectionContext, therapy: Therapy) -> SectionResult:
    """How sure we are of this therapy's figures: the one place on its detail pages where
    the certainty of the evidence goes. Today the certainty a source states for one of
    its figures, a line each; nothing when none does. (``present.evidence.certainty``
    will give a named review's grade, blinding and funding here.)"""
    shown = Shown(ctx)
    lines = [
        f"{shown.cite(o.sources)}: {o.certainty(ctx.lang)}."
        for o in therapy.outcomes
        if o.certainty is not None
    ]
    if not lines:
        return SectionResult(())
    return shown.result([ctx.p(ctx.t("how_sure"), "H3"), *bullets(lines, ctx.sheet)])


def _outcomes(ctx: SectionContext, therapy: Therapy) -> SectionResult:
    """Every outcome study in compact full-width rows: who was studied (in bold), then
    each result with and without (and over what time), what the study found, and the
    study; one row for the results of the same people."""
    shown = Shown(ctx)
    out: list[Flowable] = ctx.list_heading(ctx.t("how_it_helps"))
    if not therapy.outcomes:
        return shown.result([*out, ctx.p(ctx.t("no_outcomes"))])
    if ctx.opens_detail(therapy):  # said once, for every therapy's list
        out.append(ctx.p(ctx.t("outcomes_intro"), "Muted"))
    rows: list[Flowable] = []
    # the results of one study's people (two time points, two measures) share one row
    for population, group in groupby(therapy.outcomes, key=lambda o: o.population(ctx.lang)):
        studied = list(group)
        found = [
            f"{outcome_figure(o, therapy, ctx.labels)} {shown.add(o.text(ctx.lang))}"
            for o in studied
        ]
        cited = shown.cite(dict.fromkeys(s for o in studied for s in o.sources))
        who = markup(shown.add(population).rstrip("."))
        text = markup(" ".join([*found, f"{ctx.t('source_short')}: {cited}."]))
        rows.append(Paragraph(f"<b>{who}.</b> {text}", ctx.sheet["DetailCell"]))
    return shown.result([*out, *ruled_rows(rows, FRAME_WIDTH)])
