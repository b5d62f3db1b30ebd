"""The options a patient compares: each therapy discussed, in the record's order, then
current care (IPDAS: carrying on as now is an option of its own); and the rows of the
side-by-side table, the same questions for every option (Option Grid style: what is
involved, how likely it helps people like this patient, the main harms, fewer pain pills
when that matters to the patient, getting back to normal (``present.recovery``), upkeep,
whether it can be undone, MRI). Every figure the table shows is out of 100 (the main
risks: ``present.figures.out_of_100``) with its time frame; the exact published figure
stays in the risk's own figure on the detail pages. "How likely it helps" names the group,
the comparison and the time of its figure; one from another condition, or from one device
against another, is about other people, never "people like you" (:func:`helps_lines`),
and a study in the patient's own condition against a fake (placebo) treatment is said
beside it when the headline is not one (:func:`placebo_lines`). Current care's answer
is the usual-care group of a study in the patient's own condition. The core's pictures:
:func:`benefit_grid` for a benefit, :func:`main_harms` for harms."""

from __future__ import annotations

from dataclasses import dataclass, replace

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.therapy import Glance, Outcome, Risk, Therapy
from neuromod_aid.consultation import Consultation
from neuromod_aid.present.evidence import medicines_answer, outcomes_for
from neuromod_aid.present.figures import GRID, GridCounts, out_of_100, outcome_figure, risk_figure
from neuromod_aid.present.harm_lines import (
    borrowed,
    core_risks,
    drawn_words,
    harm_lines,
    time_line,
    uses_harm_lines,
    when,
)
from neuromod_aid.present.recovery import RECOVERY_ROW, RECOVERY_VALUES, recovery_answer
from neuromod_aid.present.wording import Wording
from neuromod_aid.textfold import lower_first

ROWS = ("what_happens", "helps", "risks", "medicines", RECOVERY_ROW, "upkeep", "reversible", "mri")
MEDICINES_ROW = "medicines"  # shown when fewer pain pills matters to the patient
DRAWN_HARMS = 1  # the harm pictures per therapy: the commonest a picture of 100 can show
MAIN_HARMS = DRAWN_HARMS + 1  # and the commonest of the clinic article's risks not drawn
WIDE = 3  # more options than this: each cell names its drawn harm only (narrow columns)
# the row a patient looks at first for each thing that can matter to them (values.toml)
VALUE_ROWS = {
    "pain_relief": "helps",
    "fewer_medicines": MEDICINES_ROW,
    "no_operation": "what_happens",
    "no_implant": "what_happens",
    "mri_scans": "mri",
    **dict.fromkeys(RECOVERY_VALUES, RECOVERY_ROW),
    "can_undo": "reversible",
    "few_visits": "upkeep",
}


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
    placebo: Outcome | None = None  # a study against a fake treatment in the patient's group
    other_group: str = ""  # why the headline is not about the patient's group; "" if it is
    own_condition: bool = False  # the headline was measured in one of the patient's conditions
    care: Outcome | None = None  # current care: the study whose comparison group it was
    care_from: str = ""  # current care: the short name of the therapy of that study
    beside_care: bool = False  # its headline's comparison group is current care's figure


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
    return _headline(therapy, record, words)[0]


def _headline(therapy: Therapy, record: Consultation, words: Wording) -> tuple[Outcome | None, str]:
    """The headline outcome and why it is not about the patient's group ("" if it is)."""
    read = outcomes_for(therapy, record.conditions, words)
    ordered = [*read.yours, *read.others]
    counted = [o for o in ordered if o.outcome.measure == "people"]
    chosen = counted or ordered
    return (chosen[0].outcome, chosen[0].why_other) if chosen else (None, "")


def placebo_outcome(
    therapy: Therapy, record: Consultation, words: Wording, headline: Outcome | None
) -> Outcome | None:
    """The first study in the patient's own conditions that compared ``therapy`` with a
    fake (placebo) one, when the headline is another study (an open one beside a blinded
    one); ``None`` when there is none."""
    yours = outcomes_for(therapy, record.conditions, words).yours
    shams = (o.outcome for o in yours if o.outcome.design == "vs_sham")
    return next((o for o in shams if o is not headline), None)


def main_harms(option: Option, words: Wording) -> tuple[Risk, ...]:
    """The harms the core draws for ``option``: of its risks with a picture of 100 (a
    device's: those of its harm lines, ``present.harm_lines``), the ``DRAWN_HARMS`` that
    happen most often (by their high figure out of 100)."""
    therapy = option.therapy
    if therapy is None:
        return ()
    risks = core_risks(therapy) if uses_harm_lines(therapy, words) else therapy.risks
    drawn = [r for r in risks if risk_figure(r, words).grid is not None and not borrowed(r, words)]
    drawn.sort(key=lambda r: -(r.frequency_high or 0) / r.denominator)
    return tuple(drawn[:DRAWN_HARMS])


def harms_named(compared: int) -> int:
    """How many harms a table cell names when ``compared`` options are compared: the
    drawn one and the next (``MAIN_HARMS``); with more than ``WIDE`` options, whose
    columns are narrow, the drawn one only (the rest are on the detail pages)."""
    return MAIN_HARMS if compared <= WIDE else DRAWN_HARMS


def table_harms(option: Option, words: Wording, most: int = MAIN_HARMS) -> tuple[Risk, ...]:
    """The risks the table's cell names, at most ``most``: those drawn
    (:func:`main_harms`) first, then the commonest of the clinic article's risks not drawn
    (by its high figure out of 100), a figure of its own before one from another device
    (:func:`borrowed`); every risk, with its exact figure, is on the detail pages. A
    device's cell names the risks of its harm lines, whatever ``most`` is."""
    if option.therapy is not None and uses_harm_lines(option.therapy, words):
        return core_risks(option.therapy)
    drawn = main_harms(option, words)
    others = sorted(
        (r for r in option.risks if r not in drawn),
        key=lambda r: (bool(borrowed(r, words)), -(r.frequency_high or 0) / r.denominator),
    )
    return (drawn + tuple(others))[:most]


def benefit_grid(outcome: Outcome, rate: float | None = None) -> GridCounts | None:
    """The benefit picture's counts: the people helped, out of 100 (solid), when the
    outcome counts people out of 100 in a whole number; else no picture. ``rate``: the
    comparison group's figure instead of the treatment's."""
    helped = outcome.rate_treatment if rate is None else rate
    if outcome.measure != "people" or outcome.denominator != GRID * GRID or helped != int(helped):
        return None
    return GridCounts(int(helped), 0)


def options(record: Consultation, catalog: Catalog) -> tuple[Option, ...]:
    """The therapies discussed, then current care."""
    lang = record.language
    words = Wording(catalog, lang)
    compared = []
    for therapy in (catalog.therapy(t) for t in record.therapies_discussed):
        headline, other_group = _headline(therapy, record, words)
        article = tuple(r for r in therapy.risks if r.article_risk)
        compared.append(
            Option(
                therapy.id,
                therapy.name(lang),
                therapy.short_name(lang),
                therapy.glance,
                article,
                therapy,
                headline,
                placebo_outcome(therapy, record, words, headline),
                other_group,
                headline is not None and bool(set(headline.conditions) & set(record.conditions)),
            )
        )
    care = catalog.current_care
    beside = next(
        (
            n
            for n, o in enumerate(compared)
            if o.headline is not None
            and not o.other_group
            and o.headline.design == "vs_usual_care"
            and o.headline.rate_comparator is not None
            and benefit_grid(o.headline) is not None
        ),
        None,
    )
    if beside is None:
        return (
            *compared,
            Option(care.id, care.name(lang), words("compare_care_short"), care.glance),
        )
    study = compared[beside]
    compared[beside] = replace(study, beside_care=True)
    return (
        *compared,
        Option(
            care.id,
            care.name(lang),
            words("compare_care_short"),
            care.glance,
            care=study.headline,
            care_from=study.short_name,
        ),
    )


def row_ids(record: Consultation) -> tuple[str, ...]:
    """The table's rows for ``record``: "fewer pain pills?" only when that matters to the
    patient (rated a lot or a little)."""
    wanted = record.values.get("fewer_medicines") in ("a_lot", "a_little")
    return tuple(row for row in ROWS if row != MEDICINES_ROW or wanted)


def rows(
    compared: tuple[Option, ...],
    words: Wording,
    ids: tuple[str, ...] = ROWS,
    most: int = MAIN_HARMS,
    *,
    alone: bool = False,
) -> tuple[Row, ...]:
    """The table's rows ``ids`` for ``compared``, in the language of ``words``; a risk
    cell names at most ``most`` harms (:func:`harms_named`); ``alone``: the table is in
    the core printed without the detail pages (:func:`helps_lines`)."""
    return tuple(
        Row(
            row,
            words(f"row_{row}"),
            tuple(_answer(row, o, words, most, alone) for o in compared),
        )
        for row in ids
    )


def look_first(record: Consultation, catalog: Catalog, words: Wording) -> str:
    """ "Look first at the rows about what matters most to you: …", the rows that answer
    what the patient rated as mattering a lot, in the table's order; "" when none does."""
    most = {v.id for v in catalog.values if record.values.get(v.id) == "a_lot"}
    wanted = {VALUE_ROWS[v] for v in most if v in VALUE_ROWS}
    shown = [r for r in row_ids(record) if r in wanted]
    if not shown:
        return ""
    quoted = [words("compare_row_quoted", row=words(f"row_{r}")) for r in shown]
    return words("compare_look_first", rows=", ".join(quoted))


def times_differ(compared: tuple[Option, ...], words: Wording) -> bool:
    """Whether the benefit figures the table shows were measured at different times."""
    times = {
        o.headline.timeframe(words.lang)
        for o in compared
        if o.headline is not None and not o.other_group
    }
    return len(times) > 1


def _answer(row: str, option: Option, words: Wording, most: int, alone: bool) -> str:
    """``option``'s answer to the question ``row``."""
    lang = words.lang
    if row == "helps":
        return "\n".join(helps_lines(option, words, alone=alone))
    if row == "risks":
        return _risks(option, words, most)
    if row == MEDICINES_ROW:
        if option.therapy is None:
            return words("compare_care_medicines")
        if option.therapy.medicines is None:  # "not known", in few words
            return words("compare_medicines_unknown")
        return medicines_answer(option.therapy, words).specific
    if row == "reversible":
        return _undo(option, words)
    if row == RECOVERY_ROW:
        return recovery_answer(option, words)
    if row == "mri":
        return option.glance.mri(lang) if option.glance.mri else words("compare_mri_ask")
    text: str = getattr(option.glance, row)(lang)
    return text


def helps_lines(option: Option, words: Wording, *, alone: bool = False) -> tuple[str, ...]:
    """The "how likely it helps" answer, a line each: who was studied and who paid, how
    many it helped and did not (with the picture), the comparison group's figure (unless
    current care's cell shows it), over what time. A figure from another group is not
    shown as if it were about people like the patient: the cell says that no study tested
    it in their condition, and where the studies there are are told: the "More detail"
    pages, or the full summary when the core is printed ``alone``.
    Current care: the comparison group of the patient's own study against usual care."""
    lang = words.lang
    if option.therapy is None:
        return _care_helps(option, words)
    outcome = option.headline
    if outcome is None:
        return (words("no_outcomes"),)
    if option.other_group:
        no_own = "compare_no_own_comparison" if option.own_condition else "compare_no_own_study"
        told = "compare_other_studies_alone" if alone else "compare_other_studies"
        return (words(no_own, option=option.short_name), words(told))
    counts = benefit_grid(outcome)
    n = words.number
    if counts is None:
        body = [outcome_figure(outcome, option.therapy, words, with_time=False)]
    else:
        body = [helped_words(counts, words)]
        other = outcome.comparison(lang) if outcome.comparison is not None else ""
        if not option.beside_care and other and outcome.rate_comparator is not None:
            rate = words("outcome_people", value=n(outcome.rate_comparator), den=n(GRID**2))
            body.append(words("outcome_figure", option=other[:1].upper() + other[1:], figure=rate))
    studied = words("compare_studied", group=lower_first(outcome.population(lang)))
    return (
        f"{studied} {words(f'funding_{outcome.funding}')}.",
        *body,
        time_line(outcome.timeframe(lang), words),
        *placebo_lines(option, words),
    )


def placebo_lines(option: Option, words: Wording) -> tuple[str, ...]:
    """The study against a fake (placebo) treatment in people like the patient, after the
    headline's lines: both groups' average change on its scale and what the study found
    of the difference, then its time; nothing without one (or for a figure not in points
    on a scale)."""
    study = option.placebo
    if study is None or study.rate_comparator is None or study.scale is None:
        return ()
    lang, n = words.lang, words.number
    said = words(
        "compare_placebo_points",
        option=option.short_name,
        treated=n(study.rate_treatment),
        placebo=n(study.rate_comparator),
        scale=study.scale(lang),
    )
    if study.finding is not None:
        said = f"{said} {words(f'finding_{study.finding}')}"
    return (said, time_line(study.timeframe(lang), words))


def helped_words(counts: GridCounts, words: Wording) -> str:
    """What a benefit's picture shows: "About 48 in 100 people were helped, and 52 were
    not." (the picture goes above these words)."""
    n = words.number
    return words("benefit_caption", helped=n(counts.solid), not_helped=n(counts.empty))


def _care_helps(option: Option, words: Wording) -> tuple[str, ...]:
    """Current care's "how likely it helps": the usual-care group of the study beside it
    (its picture above how many got better), else that some people get better."""
    care = option.care
    if care is None or care.rate_comparator is None:
        return (words("compare_care_helps"), words("compare_care_no_figure"))
    rate = care.rate_comparator
    counts = benefit_grid(care, rate)
    said = (
        helped_words(counts, words)
        if counts is not None
        else words("outcome_people", value=words.number(rate), den=words.number(care.denominator))
    )
    return (
        words("compare_care_same_study", option=option.care_from),
        said,
        time_line(care.timeframe(words.lang), words),
    )


def _risks(option: Option, words: Wording, most: int) -> str:
    """A device: its harm lines (``present.harm_lines``), the same however many options
    are compared. Otherwise one risk a line (:func:`table_harms`): each one drawn with how
    many had it and did not, and over what time; then the next one out of 100. Current
    care: its own downsides (medicine side effects, the pain may stay)."""
    therapy = option.therapy
    if therapy is None:
        return words("compare_care_harms")
    if uses_harm_lines(therapy, words):
        return "\n".join(harm_lines(therapy, words))
    lines = []
    for risk in table_harms(option, words, most):
        if risk_figure(risk, words).grid is not None:
            lines.append(drawn_words(risk, words))
        else:
            name = risk.name(words.lang)
            lines.append(words("compare_risk", name=name, amount=out_of_100(risk, words)))
        lines.append(time_line(when(risk, words), words))
    return "\n".join(lines) if lines else words("no_outcomes")


def _undo(option: Option, words: Wording) -> str:
    """ "Can it be undone?": the option's own answer; for an operation, that taking it out
    is another operation (how many have it taken out is a harm line)."""
    said = option.glance.reversible(words.lang)
    therapy = option.therapy
    if therapy is None or therapy.invasiveness not in ("surgical", "brain_surgery"):
        return said
    return f"{said}\n{words('compare_undo_operation')}"
