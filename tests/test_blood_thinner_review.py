"""The blood-thinner table is reviewed row by row: a row counts as checked by the clinic
only once a second person approves its review; the other rows stay unreviewed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from neuromod_aid.app.context import AppContext
from neuromod_aid.app.errors import UserError
from neuromod_aid.catalog.model import Catalog, LocalReview
from neuromod_aid.paths import data_location

ON = dt.date(2026, 12, 1)


def _reviews(catalog: Catalog) -> dict[str, LocalReview | None]:
    return {b.id: b.local_review for b in catalog.blood_thinners}


def test_a_row_is_reviewed_only_once_a_second_person_approves(
    data_dir: Path, catalog: Catalog
) -> None:
    assert set(_reviews(catalog).values()) == {None}  # shipped: no row checked
    context = AppContext(data_location().ensure())
    content = context.content()
    row = content.document_in_use("blood_thinner", "warfarin")
    row["high"] = {**row["high"], "stop_min": 4, "stop_max": 4}  # our own rule
    draft = content.review_blood_thinner("warfarin", "Dr Ruiz", ON, "checked for us", row)
    assert _reviews(content.catalog())["warfarin"] is None  # a draft changes nothing
    with pytest.raises(UserError, match="another person"):
        content.approve(draft, "Dr Ruiz")
    content.approve(draft, "Dr Gómez")
    in_use = content.catalog()
    reviews = _reviews(in_use)
    assert reviews.pop("warfarin") == LocalReview(reviewed_by="Dr Ruiz", reviewed_on=ON)
    assert set(reviews.values()) == {None}  # every other row is still unreviewed
    (warfarin,) = [b for b in in_use.blood_thinners if b.id == "warfarin"]
    assert warfarin.high is not None and (warfarin.high.stop_min, warfarin.high.stop_max) == (4, 4)
    with pytest.raises(UserError, match="already reviewed"):
        content.review_blood_thinner("warfarin", "Dr Ruiz", ON, "again", None)
    context.close()


def test_a_review_needs_a_name(data_dir: Path) -> None:
    context = AppContext(data_location().ensure())
    with pytest.raises(UserError, match="name of the person"):
        context.content().review_blood_thinner("warfarin", " ", ON, "checked")
    assert context.content().revisions() == []
    context.close()
