"""Benefit figures in plain words, and the SURE questions, in the *consultation's*
language.

These are patient-facing sentences (they follow the summary language, not the UI
language): their words are the catalog's wording (``screen_outcome_*``, ``sure_*``),
filled in here.
"""

from __future__ import annotations

from neuromod_aid.catalog.model import Words
from neuromod_aid.catalog.text import Lang
from neuromod_aid.catalog.therapy import Outcome

SURE_FIELDS = ("sure", "understand", "risk_benefit", "encouragement")  # SureAnswers' order


def sure_questions(words: Words) -> tuple[str, ...]:
    """The four SURE questions as read to the patient."""
    return tuple(words(f"sure_{field}") for field in SURE_FIELDS)


def _number(value: float, lang: Lang) -> str:
    text = f"{value:,.1f}".rstrip("0").rstrip(".") if value % 1 else f"{int(value):,}"
    if lang == "es":
        text = text.replace(",", "\u00a0").replace(".", ",")
    return text


def outcome_frequency(outcome: Outcome, words: Words) -> str:
    lang = words.lang
    denominator = _number(outcome.denominator, lang)
    treated = _number(outcome.rate_treatment, lang)
    if outcome.measure == "average_percent":
        text = words("screen_outcome_average", treated=treated)
    else:
        text = words("screen_outcome_people", treated=treated, denominator=denominator)
    if outcome.rate_comparator is not None and outcome.comparison is not None:
        other = _number(outcome.rate_comparator, lang)
        text += words("screen_outcome_compared", other=other, comparison=outcome.comparison(lang))
    return text + words(
        "screen_outcome_who", population=outcome.population(lang), timeframe=outcome.timeframe(lang)
    )
