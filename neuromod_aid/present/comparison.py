"""The options a patient compares: each therapy discussed, in the record's order, then
current care (IPDAS: carrying on as now is an option of its own); and the rows of the
side-by-side table, the same questions for every option (Option Grid style: what is
involved, how likely it helps people like this patient, the main harms, upkeep, whether
it can be undone, MRI). Every figure the table shows is out of 100 (the main risks:
``present.figures.out_of_100``); the exact published figure stays in the risk's own
figure on the detail pages. The core's pictures (a benefit and a harm for each therapy)
are chosen here too: :func:`headline_outcome` and :func:`main_harm`."""

from __future__ import annotations

from dataclasses import dataclass

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.therapy import Glance, Outcome, Risk, Therapy
from neuromod_aid.consultation import Consultation
from neuromod_aid.present.evidence import outcomes_for
from neuromod_aid.present.figures import GRID, GridCounts, out_of_100, outcome_figure, risk_figure
from neuromod_aid.present.wording import Wording

ROWS = ("what_happens", "helps", "risks", "upkeep", "reversible", "mri")
MAIN_HARMS = 2  # the table's "main risks" cell: the one drawn and the next commonest


@dataclass(frozen=True)
class Option:
    """One option as the patient sees it named, and its answers to the table's rows."""

    id: str
    name: str  # in full: "Spinal cord stimulation (SCS)"
    short_name: str  # a table column's heading: "SCS"
    glance: Glance
    risks: tuple[Risk, ...] = ()  # the main risks (those the clinic's article names)
    therapy: Therapy | None = None  # None: current care
    headline: Outcome | None = None  # the benefit the core shows (:func:`headline_outcome`)


@dataclass(frozen=True)
class Row:
    """One question of the table, and each option's answer in the same order."""

    id: str  # the question: one of ``ROWS``
    heading: str
    answers: tuple[str, ...]  # an answer of several lines (the main risks) has one a line


def headline_outcome(therapy: Therapy, record: Consultation, words: Wording) -> Outcome | None:
    """The outcome that speaks for ``therapy`` in the core: its "how likely it helps"
    answer and its benefit picture. The one place this is chosen: of its outcomes in the
    order :func:`present.evidence.outcomes_for` gives (the studies in this patient's
    conditions first), the first counted in people (one a picture can show), else the
    first; ``None`` without outcomes."""
    read = outcomes_for(therapy, record.conditions, words)
    ordered = [o.outcome for o in (*read.yours, *read.others)]
    counted = [o for o in ordered if o.measure == "people"]
    chosen = counted or ordered
    return chosen[0] if chosen else None


def main_harm(option: Option, words: Wording) -> Risk | None:
    """The main risk the core draws for ``option``: of its main risks with a picture of 100,
    the one that happens most often (its high figure)."""
    drawn = [r for r in option.risks if risk_figure(r, words).grid is not None]
    return max(drawn, key=lambda r: r.frequency_high or 0, default=None)


def table_harms(option: Option, words: Wording) -> tuple[Risk, ...]:
    """The main risks the table's cell names, at most ``MAIN_HARMS``: the one drawn
    (:func:`main_harm`) first, then the commonest of the others (by their high figure);
    every risk, with its exact figure, is on the detail pages."""
    drawn = main_harm(option, words)
    others = sorted((r for r in option.risks if r != drawn), key=lambda r: -(r.frequency_high or 0))
    return ((drawn,) if drawn is not None else ()) + tuple(others)[
        : MAIN_HARMS - (drawn is not None)
    ]


def benefit_grid(outcome: Outcome) -> GridCounts | None:
    """The benefit picture's counts: the people the treatment helped, out of 100 (solid),
    when the outcome counts people out of 100 in a whole number; else no picture."""
    rate = outcome.rate_treatment
    if outcome.measure != "people" or outcome.denominator != GRID * GRID or rate != int(rate):
        return None
    return GridCounts(int(rate), 0)


def options(record: Consultation, catalog: Catalog) -> tuple[Option, ...]:
    """The therapies discussed, then current care."""
    lang = record.language
    words = Wording(catalog, lang)
    therapies = (catalog.therapy(t) for t in record.therapies_discussed)
    care = catalog.current_care
    return (
        *(
            Option(
                t.id,
                t.name(lang),
                t.short_name(lang),
                t.glance,
                tuple(r for r in t.risks if r.article_risk),
                t,
                headline_outcome(t, record, words),
            )
            for t in therapies
        ),
        Option(care.id, care.name(lang), words("compare_care_short"), care.glance),
    )


def rows(compared: tuple[Option, ...], words: Wording) -> tuple[Row, ...]:
    """The table's rows for ``compared``, in the language of ``words``: the glance's
    answers, how likely it helps (the headline outcome, its comparison and time frame),
    the main risks out of 100, and MRI ("ask your care team" where the content does not say)."""
    return tuple(
        Row(row, words(f"row_{row}"), tuple(_answer(row, o, words) for o in compared))
        for row in ROWS
    )


def _answer(row: str, option: Option, words: Wording) -> str:
    """``option``'s answer to the question ``row``."""
    lang = words.lang
    if row == "helps":
        return _helps(option, words)
    if row == "risks":
        return _risks(option, words)
    if row == "mri":
        return option.glance.mri(lang) if option.glance.mri else words("compare_mri_ask")
    text: str = getattr(option.glance, row)(lang)
    return text


def _helps(option: Option, words: Wording) -> str:
    """The headline outcome's figure, with its comparison group and time frame. Drawn as a
    picture of 100: how many it helped and did not, then the comparison group's figure
    and the time, a line each (the outcome's whole figure line is on the detail pages)."""
    outcome = option.headline
    if option.therapy is None:
        return words("compare_care_helps")
    if outcome is None:
        return words("no_outcomes")
    counts = benefit_grid(outcome)
    if counts is None:
        return outcome_figure(outcome, option.therapy, words)
    n = words.number
    lines = [words("benefit_caption", helped=n(counts.solid), not_helped=n(counts.empty))]
    if outcome.rate_comparator is not None and outcome.comparison is not None:
        other = outcome.comparison(words.lang)
        rate = words("outcome_people", value=n(outcome.rate_comparator), den=n(GRID * GRID))
        lines.append(words("outcome_figure", option=other[:1].upper() + other[1:], figure=rate))
    lines.append(f"{words('over_time')}: {outcome.timeframe(words.lang)}.")
    return "\n".join(lines)


def _risks(option: Option, words: Wording) -> str:
    """ "Infection: about 2.5 in 100 operations.", one risk a line (:func:`table_harms`);
    the one drawn (:func:`main_harm`) first, with how many had it and did not and over
    what time."""
    if not option.risks:
        return words("compare_no_risks")
    drawn = main_harm(option, words)
    lines = []
    if drawn is not None:
        figure = risk_figure(drawn, words)
        lines.append(f"{drawn.name(words.lang)}: {figure.caption}")
        lines += [figure.over_time] if figure.over_time else []
    lines += [
        words("compare_risk", name=risk.name(words.lang), amount=out_of_100(risk, words))
        for risk in table_harms(option, words)
        if risk != drawn
    ]
    return "\n".join(lines)
