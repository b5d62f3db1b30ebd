"""What matters to the patient, as they read it: the value statements they rated, the
ones that matter a lot first, and where they are leaning. The same for the patient
screen and the summary."""

from __future__ import annotations

from dataclasses import dataclass

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.consultation import (
    IMPORTANCE,
    LEANING_NOT_SURE,
    Consultation,
    Importance,
)
from neuromod_aid.present.comparison import options
from neuromod_aid.present.wording import Wording


@dataclass(frozen=True)
class Rated:
    """One statement and the patient's answer, in words."""

    statement: str
    importance: Importance
    answer: str  # "Matters a lot"


@dataclass(frozen=True)
class ValuesRead:
    most: tuple[Rated, ...]  # rated "matters a lot", in the order asked
    others: tuple[Rated, ...]  # the rest rated, from more to less, then "not sure"
    unrated: tuple[str, ...]  # the statements not rated, in the order asked
    leaning: str  # a sentence; "" when the patient was not asked

    @property
    def rated(self) -> bool:
        return bool(self.most or self.others)


def importance_words(words: Wording) -> dict[Importance, str]:
    """Each answer in words, most first: the choices offered on screen."""
    return {importance: words(f"values_{importance}") for importance in IMPORTANCE}


def values_read(record: Consultation, catalog: Catalog, words: Wording) -> ValuesRead:
    """The answers as the summary prints them: each said to the patient ("Matters a
    little to you"; on screen the patient's own "Matters a little")."""
    answers = {importance: words(f"values_said_{importance}") for importance in IMPORTANCE}
    rated = [
        Rated(v.statement(words.lang), record.values[v.id], answers[record.values[v.id]])
        for v in catalog.values
        if v.id in record.values
    ]
    rated.sort(key=lambda r: IMPORTANCE.index(r.importance))  # stable: order asked kept
    return ValuesRead(
        most=tuple(r for r in rated if r.importance == "a_lot"),
        others=tuple(r for r in rated if r.importance != "a_lot"),
        unrated=tuple(v.statement(words.lang) for v in catalog.values if v.id not in record.values),
        leaning=leaning_sentence(record, catalog, words),
    )


def leaning_choices(record: Consultation, catalog: Catalog, words: Wording) -> dict[str, str]:
    """What the patient may be leaning towards, by id: each option discussed, current
    care, not sure yet."""
    choices = {option.id: option.name for option in options(record, catalog)}
    choices[LEANING_NOT_SURE] = words("values_leaning_not_sure")
    return choices


def leaning_sentence(record: Consultation, catalog: Catalog, words: Wording) -> str:
    if not record.leaning:
        return ""
    if record.leaning == LEANING_NOT_SURE:
        return words("values_unsure")
    choices = leaning_choices(record, catalog, words)
    # an option no longer discussed is still what the patient said
    name = choices.get(record.leaning) or catalog.therapy(record.leaning).name(words.lang)
    return words("values_leaning_to", option=name)
