"""A next step as the patient reads it: its date inside the sentence, before the full stop."""

from __future__ import annotations

import datetime as dt

import pytest

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.consultation import NextStep
from neuromod_aid.present.next_steps import step_text
from neuromod_aid.present.wording import Wording

DAY = dt.date(2026, 12, 14)


@pytest.mark.parametrize(
    ("typed", "ending"), [("One-week trial.", "."), ("One-week trial", ""), ("Ready?", "?")]
)
def test_the_date_goes_before_the_sentence_ends(catalog: Catalog, typed: str, ending: str) -> None:
    words = Wording(catalog, "en")
    when = words("on_date", date=words.date(DAY))
    text = step_text(NextStep(kind="trial_planned", text=typed, date=DAY), words)
    assert text.endswith(f"{typed.removesuffix(ending)} ({when}){ending}")
    assert ".(" not in text.replace(" ", "") and ". (" not in text


def test_without_a_date_the_words_are_as_typed(catalog: Catalog) -> None:
    words = Wording(catalog, "es")
    text = step_text(NextStep(kind="follow_up", text="Visita al acabar la prueba."), words)
    assert text.endswith("Visita al acabar la prueba.")
