"""The evidence for one option as a patient reads it (issue 11, section 3), made once for
paper and screen:

* :func:`outcomes_for`: its benefits, the studies in this patient's conditions first and
  the rest (other conditions, or one device against another) after, each labelled with
  what it compared and who paid for it;
* :func:`certainty`: how sure the evidence is, as a named review grades it, whether the
  trials were blinded and whether a device maker paid for them;
* :func:`trial_facts`: how many people pass the trial, and what happens if it fails;
* :func:`medicines_answer`: the answer to "Will I still need my pain medicines?", and
  :func:`answered_question`, which question a patient's own wording is (by id).

Plain frozen data and sentences from the catalog's wording (``wording/evidence.toml``);
no renderer is imported.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from neuromod_aid.catalog.therapy import Outcome, Therapy
from neuromod_aid.present.figures import outcome_figure
from neuromod_aid.present.wording import Wording
from neuromod_aid.textfold import fold

MEDICINES = "medicines"  # the id of "Will I still need my pain medicines?"
QUESTIONS = (MEDICINES,)  # the questions the content answers, each worded "<id>_question"


@dataclass(frozen=True)
class OutcomeRead:
    """One benefit as read: its figure line, what it compared, who paid, and (among the
    other studies) why it is not about the patient's own condition."""

    outcome: Outcome
    figure: str
    design: str  # "Compared with a fake (placebo) treatment"
    funding: str  # "Paid for or run by a device maker"
    why_other: str = ""  # "Studied in people with other conditions"; "" for the patient's own


@dataclass(frozen=True)
class OutcomesByRelevance:
    yours: tuple[OutcomeRead, ...]  # studies in the patient's conditions, against no device
    others: tuple[OutcomeRead, ...]  # the rest, for the detail pages
    yours_title: str
    others_title: str


def outcomes_for(
    therapy: Therapy, condition_ids: Iterable[str], words: Wording
) -> OutcomesByRelevance:
    """``therapy``'s outcomes, those measured in one of ``condition_ids`` (and not one
    device against another) first, each group in the catalog's order."""
    wanted = set(condition_ids)
    yours: list[OutcomeRead] = []
    others: list[OutcomeRead] = []
    for outcome in therapy.outcomes:
        read = OutcomeRead(
            outcome,
            outcome_figure(outcome, therapy, words),
            words(f"design_{outcome.design or 'not_described'}"),
            words(f"funding_{outcome.funding}"),
        )
        if outcome.design == "device_vs_device":
            others.append(_why(read, words("evidence_device_vs_device")))
        elif wanted.intersection(outcome.conditions):
            yours.append(read)
        else:
            others.append(_why(read, words("evidence_other_condition")))
    return OutcomesByRelevance(
        tuple(yours), tuple(others), words("evidence_yours"), words("evidence_others")
    )


def _why(read: OutcomeRead, why_other: str) -> OutcomeRead:
    return OutcomeRead(read.outcome, read.figure, read.design, read.funding, why_other)


@dataclass(frozen=True)
class CertaintyRead:
    """How sure we are about one option, in sentences."""

    title: str
    text: str  # the option's own plain sentences
    grade: str  # "<review> says how sure it is: low."; "" without a grade read
    blinded: str
    funded: str
    sources: tuple[str, ...]

    @property
    def sentences(self) -> tuple[str, ...]:
        return tuple(line for line in (self.text, self.grade, self.blinded, self.funded) if line)


def certainty(therapy: Therapy, words: Wording) -> CertaintyRead | None:
    """How sure the evidence for ``therapy`` is; ``None`` where the content says nothing."""
    block = therapy.certainty
    if block is None:
        return None
    grade = ""
    if block.grade is not None and block.review is not None:
        named = block.review_name
        review = named(words.lang) if named else words.catalog.source(block.review).short
        graded = words(f"grade_{block.grade}")
        note = block.grade_note
        grade = (
            words("certainty_grade_note", review=review, grade=graded, note=note(words.lang))
            if note
            else words("certainty_grade", review=review, grade=graded)
        )
    return CertaintyRead(
        words("certainty_title"),
        block.text(words.lang),
        grade,
        words(f"blinded_{block.blinded}"),
        words(f"funded_{block.industry_funded}"),
        block.sources,
    )


@dataclass(frozen=True)
class TrialFacts:
    """The trial as read: what it is, how many pass it, what happens if it fails."""

    used: bool
    title: str
    text: str
    passes: tuple[str, ...]  # one sentence a study that reports how many passed
    no_pass_rate: str  # said when a trial is used and no study gives the figure
    if_fails_title: str
    if_fails: str  # "" when there is no trial
    sources: tuple[str, ...]


def trial_facts(therapy: Therapy, words: Wording) -> TrialFacts:
    trial, lang = therapy.trial, words.lang
    passes = tuple(rate.text(lang) for rate in trial.pass_rates)
    sources = (*trial.sources, *(s for rate in trial.pass_rates for s in rate.sources))
    return TrialFacts(
        used=trial.used,
        title=words("trial_title"),
        text=trial.text(lang),
        passes=passes,
        no_pass_rate=words("trial_no_pass_rate") if trial.used and not passes else "",
        if_fails_title=words("trial_if_fails_title"),
        if_fails=trial.if_fails(lang) if trial.if_fails is not None else "",
        sources=tuple(dict.fromkeys(sources)),
    )


@dataclass(frozen=True)
class MedicinesAnswer:
    """ "Will I still need my pain medicines?" answered for one option."""

    question_id: str
    question: str
    general: str  # true of every option: fewer medicines for some, never stop alone
    specific: str  # what studies of this option found, or that none says
    sources: tuple[str, ...]


def medicines_answer(therapy: Therapy, words: Wording) -> MedicinesAnswer:
    block = therapy.medicines
    specific = words("medicines_no_figures") if block is None else block.text(words.lang)
    sources: tuple[str, ...] = () if block is None else block.sources
    return MedicinesAnswer(
        MEDICINES,
        words(f"{MEDICINES}_question"),
        words("medicines_general"),
        specific,
        (*words.catalog.wording("medicines_general").sources, *sources),
    )


def answered_question(question: str, words: Wording) -> str | None:
    """The id of the question the content answers that ``question`` is (accents, case
    and the question marks aside): "medicines" for "will I still need my pain
    medicines"; ``None`` for any other."""
    asked = _key(question)
    return next((q for q in QUESTIONS if _key(words(f"{q}_question")) == asked), None)


def _key(text: str) -> str:
    return " ".join(fold(text).replace("?", " ").replace("¿", " ").split())
