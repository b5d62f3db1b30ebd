"""The patient's left and right on the body map: one rule, the same in the data and
the PDF (the window's side is in tests/ui/test_body_map.py)."""

from __future__ import annotations

import dataclasses
from dataclasses import replace
from itertools import pairwise

import pytest
from pdf_helpers import text_runs
from reportlab.lib.units import mm

from neuromod_aid.body_views import VIEWS, viewer_sides
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.text import Lang
from neuromod_aid.demo import demo_consultation
from neuromod_aid.pdf.bodymap import BodyMap
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


LEFT_LEG = ("thigh_left_back", "lower_leg_left_back", "buttock_left_back", "foot_left_back")


@pytest.mark.parametrize("large", [False, True])
def test_each_number_stands_beside_its_view_pointing_at_its_area(
    catalog: Catalog, large: bool
) -> None:
    """A number drawn on a small area (a calf, a thigh) hid it: the numbers stand in a
    column beside the view, on their area's side, none touching another, each with a line
    to a point of its own area."""
    size = 17.8 if large else 10.0
    areas = ("lower_back_centre_back", *LEFT_LEG, "hand_left_front", "knee_left_front")
    labels = Wording(catalog, "en")
    picture = BodyMap(catalog, areas, labels, 85 * mm if large else 52 * mm, size)
    width = picture.view_width
    for view in VIEWS:
        placed = picture._numbers_beside(view, 0.0, 0.0)
        assert placed
        for _number, (x, _y), _to in placed:
            assert x < 0 or x > width  # beside the view, never on the body
        for column in (
            [y for _n, (x, y), _t in placed if x < 0],
            [y for _n, (x, y), _t in placed if x > width],
        ):
            assert all(abs(a - b) >= 2 * picture.radius for a, b in pairwise(sorted(column)))
    for _number, (x, _y), (to_x, _to_y) in picture._numbers_beside("back", 0.0, 0.0):
        assert (x < 0) == (to_x < width / 2)  # the number is on its area's side


def test_a_column_with_more_numbers_than_the_picture_is_tall_numbers_the_areas(
    catalog: Catalog,
) -> None:
    every = tuple(area.id for area in catalog.pain_areas)
    picture = BodyMap(catalog, every, Wording(catalog, "en"), 52 * mm, 10.0)
    for view in VIEWS:
        assert any(at == to for _number, at, to in picture._numbers_beside(view, 0.0, 0.0))
