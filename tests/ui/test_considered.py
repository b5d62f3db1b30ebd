"""Which options come first, and why (Qt-free logic)."""

from __future__ import annotations

from neuromod_aid.demo import demo_consultation
from neuromod_aid.ui.considered import rank_therapies


def test_options_matching_the_conditions_come_first_with_reasons(catalog) -> None:
    record = demo_consultation(catalog).with_changes(conditions=("spinal_surgery",), pain_areas=())
    ranked = rank_therapies(catalog, record, "en")
    assert ranked[0].therapy.id == "scs"
    assert ranked[0].reasons and ranked[0].sources
    considered = [m for m in ranked if m.considered]
    rest = [m for m in ranked if not m.considered]
    assert ranked == considered + rest
    assert len(ranked) == len(catalog.therapies)


def test_pain_regions_count_on_either_side(catalog) -> None:
    foot = [a for a in catalog.pain_areas if a.region == "foot"]
    record = demo_consultation(catalog).with_changes(conditions=(), pain_areas=(foot[0].id,))
    by_region = {m.therapy.id for m in rank_therapies(catalog, record, "en") if m.considered}
    other = demo_consultation(catalog).with_changes(conditions=(), pain_areas=(foot[-1].id,))
    assert by_region == {m.therapy.id for m in rank_therapies(catalog, other, "en") if m.considered}
    assert by_region


def test_nothing_chosen_means_nothing_is_pushed(catalog) -> None:
    record = demo_consultation(catalog).with_changes(conditions=(), pain_areas=())
    assert not any(m.considered for m in rank_therapies(catalog, record, "en"))
