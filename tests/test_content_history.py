"""What a revision changed, field by field: the history's side-by-side difference."""

from __future__ import annotations

import datetime as dt
from typing import Any

from neuromod_aid.app.content_history import FieldChange, differences, previous_document
from neuromod_aid.records import ContentRevision

BEFORE: dict[str, Any] = {
    "id": "scs",
    "risks": [
        {
            "id": "infection",
            "frequency_low": 25.0,
            "text": {"en": "25 in 1,000", "es": "25 de 1000"},
        },
        {"id": "bleeding", "frequency_low": 7.0},
    ],
    "steps": ["one", "two"],
}


def _after(**risk: Any) -> dict[str, Any]:
    infection = {**BEFORE["risks"][0], **risk}
    return {**BEFORE, "risks": [infection, BEFORE["risks"][1]]}


def test_each_changed_leaf_is_named_by_its_ids_and_language() -> None:
    after = _after(frequency_low=30.0, text={"en": "30 in 1,000", "es": "25 de 1000"})
    assert differences(BEFORE, after) == (
        FieldChange("risks.infection.frequency_low", "25.0", "30.0"),
        FieldChange("risks.infection.text.en", "25 in 1,000", "30 in 1,000"),
    )


def test_a_field_added_or_taken_out_shows_an_empty_side() -> None:
    added = _after(note={"en": "New", "es": "Nuevo"})
    assert differences(BEFORE, added) == (
        FieldChange("risks.infection.note.en", "", "New"),
        FieldChange("risks.infection.note.es", "", "Nuevo"),
    )
    assert differences(added, BEFORE)[0] == FieldChange("risks.infection.note.en", "New", "")
    assert differences(None, {"id": "x"}) == (FieldChange("id", "", "x"),)  # a new item
    assert differences(BEFORE, BEFORE) == ()


def _revision(number: int, state: str, document: dict[str, Any]) -> ContentRevision:
    moment = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
    return ContentRevision(
        number,
        "therapy",
        "scs",
        document,
        "A",
        "why",
        state,
        None,
        moment,
        None,
        None,  # type: ignore[arg-type]
    )


def test_a_revision_is_compared_with_the_one_approved_before_it_else_the_shipped_item() -> None:
    first = _revision(1, "superseded", _after(frequency_low=30.0))
    rejected = _revision(2, "rejected", _after(frequency_low=99.0))
    second = _revision(3, "draft", _after(frequency_low=35.0))
    history = [first, rejected, second]
    assert previous_document(second, history, BEFORE) == first.document
    assert previous_document(first, history, BEFORE) == BEFORE
