"""Risk and outcome figures: the icon counts and the words that go with them (present/)."""

from __future__ import annotations

import re
from dataclasses import replace

from risk_helpers import make_risk

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.text import Text
from neuromod_aid.catalog.therapy import Outcome, Risk
from neuromod_aid.present.figures import MIN_PICTURED, out_of_100, outcome_figure, risk_figure
from neuromod_aid.present.wording import Wording


def test_a_range_is_solid_then_hatched(catalog: Catalog) -> None:
    figure = risk_figure(make_risk(30, 40, 100), Wording(catalog, "en"))
    assert figure.grid is not None
    assert (figure.grid.solid, figure.grid.hatched, figure.grid.empty) == (30, 10, 60)
    assert "between 30 and 40" in figure.caption and "60 and 70 did not" in figure.caption


def test_a_per_1000_figure_that_is_whole_per_100_gets_the_100_grid(catalog: Catalog) -> None:
    figure = risk_figure(make_risk(130, 130, 1000), Wording(catalog, "en"))
    assert figure.grid is not None and figure.grid_1000 is None
    assert (figure.grid.solid, figure.grid.hatched) == (13, 0)
    # the words beside the picture count out of 100 as it does, and the published
    # figure is said exactly beside them, never re-rounded
    assert figure.caption == "Out of 100 people, about 13 had this problem and 87 did not."
    assert figure.words == "In studies: about 13 in every 100 people."
    assert "1,000" not in figure.caption + figure.words
    assert figure.same_as == "13 in 100 is the same as 130 in 1,000."
    assert "100 people" in figure.picture_caption


def test_a_per_1000_range_drawn_over_100_is_worded_over_100(catalog: Catalog) -> None:
    figure = risk_figure(make_risk(140, 230, 1000), Wording(catalog, "es"))
    assert figure.grid is not None
    assert "De cada 100 personas, entre 14 y 23" in figure.caption
    assert "14 a 23 de cada 100 es lo mismo que de 140 a 230 de cada 1000" in figure.same_as


def test_a_per_1000_figure_is_never_rounded_to_a_per_100_one(catalog: Catalog) -> None:
    figure = risk_figure(make_risk(25, 25, 1000, "procedures"), Wording(catalog, "en"))
    assert figure.grid is None  # 25 in 1,000 is 2.5 in 100: no 10 x 10 grid
    assert figure.grid_1000 is not None
    counts = figure.grid_1000
    assert (counts.solid, counts.hatched, counts.empty, counts.total) == (25, 0, 975, 1000)
    assert figure.caption == (
        "Out of 1,000 operations, about 25 led to this problem and 975 did not."
    )
    assert "1,000 operations" in figure.picture_caption
    for invented in ("3 in", "about 3", "Out of 100", "2.5", "3 had"):
        assert invented not in figure.caption + figure.words + figure.picture_caption


def test_a_per_1000_range_gets_a_1000_icon_array_with_solid_and_hatched(catalog: Catalog) -> None:
    figure = risk_figure(make_risk(15, 132, 1000), Wording(catalog, "en"))
    assert figure.grid is None and figure.grid_1000 is not None
    counts = figure.grid_1000
    assert (counts.solid, counts.solid + counts.hatched, counts.total) == (15, 132, 1000)
    assert "between 15 and 132 had this problem. Between 868 and 985 did not" in figure.caption
    assert "15 and 132 in every 1,000 people" in figure.words
    # the paper's list says every figure of 1 in 100 or more out of 100, whole, a range
    # still a range (one denominator on the detail pages)
    assert figure.row.startswith(
        "common to very common. Out of 100 people, between about 2 and 13 had this problem. "
        "Between about 87 and 98 did not."
    )
    reaching = risk_figure(make_risk(9, 170, 1000), Wording(catalog, "en"))
    assert "Out of 100 people, between fewer than 1 and about 17" in reaching.row
    assert "At least 83 did not." in reaching.row
    rare = risk_figure(make_risk(7, 7, 1000), Wording(catalog, "en"))
    assert "about 7 in every 1,000" in rare.row  # rarer than 1 in 100: out of 1,000 too


def test_per_10000_figures_are_words_only_in_whole_people(catalog: Catalog) -> None:
    figure = risk_figure(make_risk(300, 300, 10000, "sessions"), Wording(catalog, "en"))
    assert figure.picture is None
    assert figure.caption == "Out of 100 sessions, about 3 led to this problem and 97 did not."
    assert "10,000" not in figure.caption + figure.row  # one denominator on every list
    # 213 in 10,000 is not whole out of 1,000: rounded half up, with "about", on both sides
    spanish = risk_figure(make_risk(213, 213, 10000), Wording(catalog, "es"))
    assert spanish.caption == (
        "De cada 1000 personas, alrededor de 21 tuvieron este problema y 979 no."
    )
    # the paper's list: out of 100, as every figure of 1 in 100 or more
    assert spanish.row.startswith(
        "frecuente. De cada 100 personas, alrededor de 2 tuvieron este problema y 98 no."
    )
    half = risk_figure(make_risk(215, 215, 10000), Wording(catalog, "en"))
    assert "about 22 had this problem and 978 did not" in half.caption  # half up, not to even


def test_no_figure_is_a_fraction_of_a_person(catalog: Catalog) -> None:
    words = Wording(catalog, "en")
    rare = risk_figure(make_risk(1.8, 1.8, 1000, "leads"), words)
    assert rare.caption == "Fewer than 1 in every 100 leads (about 2 in every 1,000)."
    # a range's ends are never rounded into one number: 0.031 to 0.08 in 1,000 both round
    # to 0, so the figure is said over a count where they stay apart
    seizure = risk_figure(make_risk(0.31, 0.8, 10000, "sessions"), words)
    assert seizure.caption == (
        "Fewer than 1 in every 100 sessions (about 3 to 8 in every 100,000)."
    )
    wide = risk_figure(make_risk(15.2, 20.4, 1000), words)
    assert wide.grid_1000 is None  # a rounded figure is not drawn as if it were exact
    assert wide.caption == (
        "Out of 1,000 people, between about 15 and 20 had this problem. "
        "Between about 980 and 985 did not."
    )
    for figure in (rare, seizure, wide):
        assert not re.search(r"\d[.,]\d{1,2}\b", figure.row + figure.words), figure.row


def test_unknown_frequency_says_so(catalog: Catalog) -> None:
    figure = risk_figure(make_risk(None, None, 100), Wording(catalog, "en"))
    assert figure.grid is None and "not known" in figure.caption


def _outcome(measure: str, treated: float, other: float | None) -> Outcome:
    return Outcome(
        id="o",
        text=Text(en="O", es="O"),
        measure=measure,  # type: ignore[arg-type]
        rate_treatment=treated,
        rate_comparator=other,
        denominator=100,
        population=Text(en="P", es="P"),
        timeframe=Text(en="6 months", es="6 meses"),
        comparison=None if other is None else Text(en="usual care", es="cuidados habituales"),
        conditions=(),
        design="single_group" if other is None else "vs_usual_care",
        funding="not_stated",
        sources=("s",),
    )


def test_an_outcome_gives_both_groups_and_the_time_exactly_as_stored(catalog: Catalog) -> None:
    scs = catalog.therapy("scs")
    english = outcome_figure(_outcome("people", 48, 9), scs, Wording(catalog, "en"))
    assert english.startswith(scs.short_name("en") + ": 48 in every 100 people.")
    assert "Usual care: 9 in every 100 people." in english  # the group named as a line starts
    assert english.endswith("6 months.")
    spanish = outcome_figure(_outcome("average_percent", 53.1, None), scs, Wording(catalog, "es"))
    assert "53,1" in spanish and "53.1" not in spanish and "cuidados" not in spanish


def _interval(low: float, estimate: float, high: float, den: int) -> Risk:
    return replace(make_risk(low, high, den), interval="ci95", estimate=estimate)


def test_a_95_percent_interval_is_said_as_its_best_estimate_and_uncertainty(
    catalog: Catalog,
) -> None:
    figure = risk_figure(_interval(19, 37, 57, 100), Wording(catalog, "en"))
    assert figure.caption.startswith(
        "Out of 100 people, the best estimate is that about 37 had this problem and 63 did not."
    )
    assert "likely between 19 and 57" in figure.caption
    assert "Between 43 and 81 did not" not in figure.caption  # not a range of results
    assert figure.how_often == figure.caption
    # the picture shows the best estimate alone: no hatched "had it in some studies"
    assert figure.grid is not None and (figure.grid.solid, figure.grid.hatched) == (37, 0)
    spanish = risk_figure(_interval(19, 37, 57, 100), Wording(catalog, "es"))
    best = "alrededor de 37 tuvieron este problema, según el cálculo más probable"
    assert best in spanish.caption
    assert "entre 19 y 57" in spanish.caption


def test_a_per_1000_interval_drawn_over_100_is_worded_over_100(catalog: Catalog) -> None:
    figure = risk_figure(_interval(90, 140, 230, 1000), Wording(catalog, "en"))
    assert figure.grid is not None and figure.grid.solid == 14
    assert "Out of 100 people, the best estimate is that about 14" in figure.caption
    assert "between 9 and 23" in figure.caption
    assert figure.same_as == "14 in 100 is the same as 140 in 1,000."
    assert out_of_100(_interval(90, 140, 230, 1000), Wording(catalog, "en")) == (
        "about 14 in 100 people (best estimate)"
    )


def test_the_frequency_word_is_the_eu_band_of_the_figure(catalog: Catalog) -> None:
    words = Wording(catalog, "en")
    cases = {
        (100, 100, 1000): "very common",  # 1 in 10 is very common
        (99, 99, 1000): "common",
        (10, 10, 1000): "common",  # 1 in 100 is common
        (7, 7, 1000): "uncommon",
        (1, 1, 1000): "uncommon",
        (5, 5, 10000): "rare",
        (0.5, 0.5, 10000): "very rare",
        (19, 57, 100): "very common",
    }
    for (low, high, den), word in cases.items():
        figure = risk_figure(make_risk(low, high, den), words)
        assert figure.band == f"In the words medicine leaflets use, this is {word}.", (low, den)
        assert figure.details[0] == figure.band  # said beside the figure, first


def test_a_range_over_two_bands_says_both_in_every_language(catalog: Catalog) -> None:
    english = risk_figure(make_risk(7, 31, 1000), Wording(catalog, "en"))
    assert english.band.endswith("this is uncommon to common.")
    spanish = risk_figure(make_risk(7, 31, 1000), Wording(catalog, "es"))
    assert spanish.band.endswith("esto es de poco frecuente a frecuente.")
    wide = risk_figure(make_risk(9, 170, 1000), Wording(catalog, "en"))
    assert wide.band.endswith("this is uncommon to very common.")


def test_a_rare_figure_is_no_longer_called_rare_when_its_band_is_uncommon(
    catalog: Catalog,
) -> None:
    figure = risk_figure(make_risk(7, 7, 1000), Wording(catalog, "en"))
    assert "rare" not in figure.caption.casefold()  # 7 in 1,000 is uncommon, not rare
    assert figure.caption.startswith("Fewer than 1 in every 100 people (about 7 in every 1,000)")
    assert figure.band.endswith("uncommon.")
    assert risk_figure(make_risk(None, None, 100), Wording(catalog, "en")).band == ""


def test_a_figure_from_a_small_study_is_said_in_its_own_counts_never_drawn(
    catalog: Catalog,
) -> None:
    words = Wording(catalog, "en")
    small = replace(make_risk(14, 14, 100), studied=14, count=2)
    figure = risk_figure(small, words)
    assert figure.picture is None  # fewer than MIN_PICTURED people: no picture of 100
    assert figure.how_often == (
        "In one small study of 14 people, 2 had this problem and 12 did not."
    )
    # no EU frequency word: "very common" would read as a rate in everyone, from 14 people
    assert figure.row.startswith("in one small study of 14 people")  # after "How often:"
    assert figure.band == figure.band_word == ""
    big = risk_figure(replace(small, studied=MIN_PICTURED, count=7), words)
    assert big.grid is not None  # as many as MIN_PICTURED: the picture
    wire = catalog.therapy("pns").risk("lead_migration")
    assert wire is not None and wire.studied is not None and wire.studied < MIN_PICTURED
    assert risk_figure(wire, words).picture is None
