"""The patient's left and right on the body map: one rule, the same in the data and
the PDF (the window's side is in tests/ui/test_body_map.py)."""

from __future__ import annotations

import dataclasses
from dataclasses import replace

import pytest
from pdf_helpers import text_runs

from neuromod_aid.body_views import VIEWS, viewer_sides
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.text import Lang
from neuromod_aid.demo import demo_consultation
from neuromod_aid.pdf.summary import build_summary
from neuromod_aid.present.wording import Wording


def test_facing_the_patient_their_left_is_on_the_viewers_right(catalog: Catalog) -> None:
    assert catalog.body_map.left_side_on == "viewer_right"
    assert viewer_sides(catalog.body_map, "front") == ("right", "left")
    assert viewer_sides(catalog.body_map, "back") == ("left", "right")
    other = dataclasses.replace(catalog.body_map, left_side_on="viewer_left")
    assert viewer_sides(other, "front") == ("left", "right")
    assert viewer_sides(other, "back") == ("right", "left")


@pytest.mark.parametrize("view", VIEWS)
def test_every_sided_area_is_drawn_on_the_half_the_rule_names(catalog: Catalog, view: str) -> None:
    """The content's shapes and the labels agree: the left hand lies under "left"."""
    middle = catalog.body_map.width / 2
    on_viewer_left, _ = viewer_sides(catalog.body_map, view)
    sided = [a for a in catalog.pain_areas if a.view == view and a.side != "centre"]
    assert {a.region for a in sided} >= {"hand", "foot", "shoulder"}
    for area in sided:
        xs = [x for shape in area.shapes for x, _ in shape.points]
        centre = (min(xs) + max(xs)) / 2
        assert (centre < middle) == (area.side == on_viewer_left), area.id


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_pdf_numbers_the_left_hand_under_your_left_on_both_views(
    catalog: Catalog, lang: Lang
) -> None:
    labels = Wording(catalog, lang)
    record = replace(
        demo_consultation(catalog, lang), pain_areas=("hand_left_front", "hand_left_back")
    )
    page = next(
        runs
        for runs in text_runs(build_summary(record, catalog))
        if any(run.text == labels("your_left") for run in runs)
    )
    left = sorted((r for r in page if r.text == labels("your_left")), key=lambda r: r.x0)
    right = sorted((r for r in page if r.text == labels("your_right")), key=lambda r: r.x0)
    numbers = {r.text: (r.x0 + r.x1) / 2 for r in page if r.text in ("1", "2")}
    assert len(left) == len(right) == 2 and set(numbers) == {"1", "2"}
    (front_left, back_left), (front_right, back_right) = left, right
    # the front (drawn first): "your left" on the viewer's right; the back: on the left
    assert front_right.x0 < front_left.x0 < back_left.x0 < back_right.x0
    for number, yours, other in (("1", front_left, front_right), ("2", back_left, back_right)):
        middle = (yours.x0 + yours.x1) / 2
        assert abs(numbers[number] - middle) < abs(numbers[number] - (other.x0 + other.x1) / 2)
