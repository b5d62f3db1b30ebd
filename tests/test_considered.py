"""Which options come first, and why (Qt-free logic)."""

from __future__ import annotations

from dataclasses import replace

from neuromod_aid.considered import rank_therapies
from neuromod_aid.demo import demo_consultation


def test_options_matching_the_conditions_come_first_with_reasons(catalog) -> None:
    record = replace(demo_consultation(catalog), conditions=("spinal_surgery",), pain_areas=())
    ranked = rank_therapies(catalog, record, "en")
    assert ranked[0].therapy.id == "scs"
    assert ranked[0].reasons and ranked[0].sources
    considered = [m for m in ranked if m.considered]
    rest = [m for m in ranked if not m.considered]
    assert ranked == considered + rest
    assert len(ranked) == len(catalog.therapies)


def test_pain_regions_count_on_either_side(catalog) -> None:
    foot = [a for a in catalog.pain_areas if a.region == "foot"]
    record = replace(demo_consultation(catalog), conditions=(), pain_areas=(foot[0].id,))
    by_region = {m.therapy.id for m in rank_therapies(catalog, record, "en") if m.considered}
    other = replace(demo_consultation(catalog), conditions=(), pain_areas=(foot[-1].id,))
    assert by_region == {m.therapy.id for m in rank_therapies(catalog, other, "en") if m.considered}
    assert by_region


def test_nothing_chosen_means_nothing_is_pushed(catalog) -> None:
    record = replace(demo_consultation(catalog), conditions=(), pain_areas=())
    assert not any(m.considered for m in rank_therapies(catalog, record, "en"))


def test_a_painful_area_alone_does_not_push_a_therapy_for_another_condition(catalog) -> None:
    # CRPS in the leg: leg pain is listed for brain stimulation (central pain after a
    # stroke), but CRPS is not one of its conditions, so it must not come first
    legs = [a.id for a in catalog.pain_areas if a.region in ("thigh", "lower_leg", "foot")]
    record = replace(demo_consultation(catalog), conditions=("crps",), pain_areas=tuple(legs))
    considered = {m.therapy.id for m in rank_therapies(catalog, record, "en") if m.considered}
    expected = {
        t.id for t in catalog.therapies if any("crps" in i.ids for i in t.considered_for.conditions)
    }
    assert considered == expected
    assert "brain" not in considered


def test_regions_add_their_reasons_to_a_condition_match(catalog) -> None:
    back = [a.id for a in catalog.pain_areas if a.region == "lower_back"]
    only_condition = replace(
        demo_consultation(catalog), conditions=("spinal_surgery",), pain_areas=()
    )
    with_back = replace(only_condition, pain_areas=tuple(back))
    scs = next(m for m in rank_therapies(catalog, only_condition, "en") if m.therapy.id == "scs")
    scs_back = next(m for m in rank_therapies(catalog, with_back, "en") if m.therapy.id == "scs")
    assert set(scs.reasons) < set(scs_back.reasons)
