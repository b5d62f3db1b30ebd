"""The detail pages of each therapy discussed: what it is and how it works, the steps as
a short numbered list, the trial, its pictures and what it is like, how sure we are,
every outcome study in one compact table, every risk in another, and living with it; and
before them, what neuromodulation is."""

from __future__ import annotations

from dataclasses import replace
from itertools import groupby

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from neuromod_aid.catalog.therapy import Glance, Therapy
from neuromod_aid.pdf.blocks import as_lead, bold_lead, bullets, ruled_rows, side_by_side
from neuromod_aid.pdf.layout import FRAME_WIDTH
from neuromod_aid.pdf.sections.context import SectionContext, SectionResult, Shown
from neuromod_aid.pdf.sections.experience import what_it_is_like
from neuromod_aid.pdf.sections.risks import risks
from neuromod_aid.pdf.styles import table_style
from neuromod_aid.pdf.text import markup
from neuromod_aid.present.evidence import (
    OutcomeRead,
    certainty,
    medicines_answer,
    outcomes_for,
    trial_facts,
)
from neuromod_aid.present.offered import offer_line

PAGE_HALF = 25 * mm  # a therapy starts on a new page unless this much is left


def neuromodulation(ctx: SectionContext) -> SectionResult:
    """What neuromodulation is, in one short paragraph led by its question (so the
    glossary does not say it again)."""
    what = ctx.t("what_is_neuromod") + ":"
    paragraph = bold_lead(what, ctx.t("what_is_neuromod_text"), "Body", ctx.sheet)
    return SectionResult((paragraph,), defined=ctx.terms_in([ctx.t("what_is_neuromod")]))


def therapy(ctx: SectionContext, therapy: Therapy) -> SectionResult:
    """One therapy discussed, on a new page unless half a page is left: only what the
    core does not say (what is involved, upkeep and undoing it are in its table)."""
    return SectionResult.combine(
        [
            _steps_and_trial(ctx, therapy),
            what_it_is_like(ctx, therapy, how_sure(ctx, therapy)),
            _outcomes(ctx, therapy),
            risks(ctx, therapy),
        ]
    )


def _offer(ctx: SectionContext, shown: Shown, therapy: Therapy) -> list[Flowable]:
    """ "Not offered here: ask about a referral", where the clinic says so."""
    line = offer_line(ctx.catalog, therapy.id, ctx.labels)
    return [shown.text(line, "BodyBold")] if line else []


def _steps_and_trial(ctx: SectionContext, therapy: Therapy) -> SectionResult:
    """Its name, its possible benefits and downsides in equal depth (a line each; large
    print leaves them to the core's table), the steps as one short numbered line of
    their titles, and the trial (which the glossary then does not explain)."""
    lang = ctx.lang
    shown = Shown(ctx)
    shown.cite(therapy.sources)
    same = ctx.said_for(therapy, lambda t: _steps_line(ctx, t))
    if same:  # the same steps as an option before it: said once
        steps = markup(shown.add(ctx.t("as_for", name=same.short_name(lang))))
    else:
        shown.texts += [step.title(lang) for step in therapy.steps]
        steps = _steps_line(ctx, therapy)
    out: list[Flowable] = [
        CondPageBreak(PAGE_HALF),
        shown.text(therapy.name(lang), "H1"),
        *_offer(ctx, shown, therapy),
        # its possible benefits and downsides in a line each: large print leaves them to
        # the core's table, which says them with their figures
        *_glance_lines(ctx, shown, therapy.glance, () if ctx.large else ("benefits", "downsides")),
        Paragraph(f"<b>{markup(ctx.t('steps'))}:</b> {steps}", ctx.sheet["Tight"]),
        _trial(ctx, shown, therapy),
        _medicines(ctx, shown, therapy),
    ]
    facts = trial_facts(therapy, ctx.labels)
    # a trial used is explained in its own paragraph: the glossary does not say it again
    defined = ctx.terms_in([facts.title]) if facts.used else ()
    return replace(shown.result(out), defined=defined)


def _steps_line(ctx: SectionContext, therapy: Therapy) -> str:
    """The steps as one numbered line of their titles: "1. Assessment. 2. Trial."."""
    titles = [step.title(ctx.lang).rstrip().rstrip(".:") for step in therapy.steps]
    return " ".join(f"{n}.&nbsp;{markup(title)}." for n, title in enumerate(titles, start=1))


def _trial(ctx: SectionContext, shown: Shown, therapy: Therapy) -> Flowable:
    """The trial in one paragraph: what it is, how many pass it (or that no study says),
    and what happens if it does not work (``present.evidence.trial_facts``)."""
    facts = trial_facts(therapy, ctx.labels)
    shown.cite(facts.sources)
    lead = facts.title if facts.used else ctx.t("no_trial")
    said = [markup(shown.add(facts.text))]
    said += [markup(shown.add(line)) for line in (*facts.passes, facts.no_pass_rate) if line]
    if facts.if_fails:
        same = ctx.said_for(therapy, lambda t: trial_facts(t, ctx.labels).if_fails)
        if_fails = ctx.t("as_for", name=same.short_name(ctx.lang)) if same else facts.if_fails
        said.append(f"<b>{markup(as_lead(facts.if_fails_title))}</b> {markup(shown.add(if_fails))}")
    return Paragraph(f"<b>{markup(as_lead(lead))}</b> {' '.join(said)}", ctx.sheet["Tight"])


def _medicines(ctx: SectionContext, shown: Shown, therapy: Therapy) -> Flowable:
    """ "Will I still need my pain medicines?" answered for this therapy; what is true of
    every option said once, with the first therapy (``present.evidence.medicines_answer``),
    and this therapy's own answer always in its own words (one sentence: "The same as
    for DRG" would send the reader to another section for it)."""
    answer = medicines_answer(therapy, ctx.labels)
    shown.cite(answer.sources)
    said = [answer.general] if ctx.opens_detail(therapy) else []
    said.append(_said_in_core(ctx, answer.specific))
    return bold_lead(
        answer.question, " ".join(shown.add(line) for line in said), "Tight", ctx.sheet
    )


def _said_in_core(ctx: SectionContext, text: str) -> str:
    """``text``, or where the core has said it already ("See 'Your options side by
    side', at the start.")."""
    return ctx.t("said_in_core", part=ctx.t("comparison")) if ctx.in_core(text) else text


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
    """Continuing current care, in the same depth: what it is, then its possible benefits
    and its possible downsides side by side in normal print (one under the other in
    large print, whose columns would be too narrow)."""
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
            *_side_by_side(
                ctx,
                [ctx.p(ctx.t("row_benefits"), "H3"), *bullets(benefits, ctx.sheet)],
                [ctx.p(ctx.t("row_downsides"), "H3"), *bullets(downsides, ctx.sheet)],
            ),
        ]
    )


def _side_by_side(
    ctx: SectionContext, left: list[Flowable], right: list[Flowable]
) -> list[Flowable]:
    """Two lists in two columns (normal print), or one after the other (large print)."""
    if ctx.large:
        return [*left, *right]
    table = side_by_side(left, right, FRAME_WIDTH)
    table.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (0, 0), 0),
            ("LEFTPADDING", (1, 0), (1, 0), 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        )
    )
    return [table]


def how_sure(ctx: SectionContext, therapy: Therapy) -> SectionResult:
    """How sure we are of this therapy's evidence, in one paragraph: the option's own
    sentences (or, when the core printed them, where) and the grade a named review
    gives (``present.evidence.certainty``); nothing when the content says nothing."""
    read = certainty(therapy, ctx.labels)
    if read is None:
        return SectionResult(())
    shown = Shown(ctx)
    shown.cite(read.sources)
    # whether the trials were blinded and who paid: each study's row says it, and the
    # option's own sentences name the main ones, so it is not said a third time here;
    # the sentences the core's table has printed are pointed back to
    said = (line for line in (read.text and _said_in_core(ctx, read.text), read.grade) if line)
    text = " ".join(markup(shown.add(line)) for line in said)
    return shown.result(
        [Paragraph(f"<b>{markup(as_lead(read.title))}</b> {text}", ctx.sheet["Tight"])]
    )


def _outcomes(ctx: SectionContext, therapy: Therapy) -> SectionResult:
    """Every outcome study in compact full-width rows: who was studied (in bold), then
    each result with and without (and over what time), what the study found, and the
    study; one row for the results of the same people. Large print prints them all, as
    normal print does."""
    shown = Shown(ctx)
    out: list[Flowable] = ctx.list_heading(ctx.t("how_it_helps"))
    if not therapy.outcomes:
        return shown.result([*out, ctx.p(ctx.t("no_outcomes"))])
    if ctx.opens_detail(therapy):  # said once, for every therapy's list
        out.append(ctx.p(ctx.t("outcomes_intro"), "Muted"))
    read = outcomes_for(therapy, ctx.record.conditions, ctx.labels)
    if read.yours and read.others:  # the two parts, each labelled
        out += ctx.list_heading(read.yours_title, "H3")
    elif read.others:  # the heading says, before the other studies, that none is yours
        out.append(ctx.p(ctx.t("compare_no_own_study", option=therapy.short_name(ctx.lang))))
    out += _outcome_rows(ctx, shown, read.yours)
    if read.others:  # other conditions, one device against another: labelled as such
        out += [*ctx.list_heading(read.others_title, "H3"), *_outcome_rows(ctx, shown, read.others)]
    return shown.result(out)


def _studies(ctx: SectionContext, reads: tuple[OutcomeRead, ...]) -> list[list[OutcomeRead]]:
    """The outcomes grouped by study's people: two time points or two measures of the
    same people are one study."""
    by_people = groupby(reads, key=lambda r: r.outcome.population(ctx.lang))
    return [list(group) for _, group in by_people]


def _figure_line(read: OutcomeRead) -> list[str]:
    """The outcome's figure line only where it says what its text does not: its text
    shows every figure (``content check`` holds it to) and the row says what the study
    compared (a single group among them), so the line would only repeat them; a
    certainty of its own ("How sure: ...") is said by the line."""
    return [] if read.outcome.certainty is None else [read.figure]


def _outcome_rows(
    ctx: SectionContext, shown: Shown, reads: tuple[OutcomeRead, ...]
) -> list[Flowable]:
    """A compact row for each study's people (two time points or two measures share
    one): who was studied, whether it compares one device with another, what the study
    found (with its figure line where the text does not say it all), what it compared
    and who paid, and the study."""
    rows: list[Flowable] = []
    for studied in _studies(ctx, reads):
        population = studied[0].outcome.population(ctx.lang)
        # among the others, whose heading says they are in other health problems or
        # compare devices, a row says so only for one device against another (its bold
        # title has named its people's health problem); a label: it ends a sentence here
        device = studied[0].outcome.design == "device_vs_device"
        why = studied[0].why_other if device else ""
        said = [why if why.endswith(".") else f"{why}."] if why else []
        for read in studied:  # each figure said once, in its text
            said += [*_figure_line(read), shown.add(read.outcome.text(ctx.lang))]
        # what it compared (unless its label above has said it: one device against
        # another) and who paid, once for the study
        designs = (
            [] if studied[0].outcome.design == "device_vs_device" else [r.design for r in studied]
        )
        said += list(
            dict.fromkeys(f"{line}." for line in (*designs, *(r.funding for r in studied)))
        )
        cited = shown.cite(dict.fromkeys(s for r in studied for s in r.outcome.sources))
        said.append(f"{ctx.t('source_short')}: {cited}.")
        who = markup(shown.add(population).rstrip("."))
        rows.append(Paragraph(f"<b>{who}.</b> {markup(' '.join(said))}", ctx.sheet["DetailCell"]))
    return ruled_rows(rows, FRAME_WIDTH)
