"""Risk figures: the 10 x 10 icon counts and the words that go with them."""

from __future__ import annotations

from neuromod_aid.catalog.model import Risk, Text
from neuromod_aid.pdf.icons import risk_figure
from neuromod_aid.pdf.labels import LABELS, Labels


def _risk(low: float | None, high: float | None, den: int, per: str = "people") -> Risk:
    return Risk(
        id="r",
        name=Text(en="R", es="R"),
        text=Text(en="R", es="R"),
        frequency_low=low,
        frequency_high=high,
        denominator=den,  # type: ignore[arg-type]
        per=per,  # type: ignore[arg-type]
        sources=("s",),
    )


def test_a_range_is_solid_then_hatched() -> None:
    figure = risk_figure(_risk(30, 40, 100), Labels("en"))
    assert figure.grid is not None
    assert (figure.grid.solid, figure.grid.hatched, figure.grid.empty) == (30, 10, 60)
    assert "between 30 and 40" in figure.caption and "60 and 70 did not" in figure.caption


def test_per_1000_is_shown_over_100_and_in_its_own_words() -> None:
    figure = risk_figure(_risk(15, 132, 1000), Labels("en"))
    assert figure.grid is not None
    assert (figure.grid.solid, figure.grid.solid + figure.grid.hatched) == (2, 13)
    assert "15 and 132 in every 1,000 people" in figure.words


def test_rare_risks_are_said_in_words_without_a_grid() -> None:
    figure = risk_figure(_risk(7, 7, 1000, "procedures"), Labels("en"))
    assert figure.grid is None
    assert "7 in every 1,000 operations" in figure.caption
    spanish = risk_figure(_risk(0.31, 0.8, 10000, "sessions"), Labels("es"))
    assert spanish.grid is None
    assert "0,31" in spanish.caption and "10 000 sesiones" in spanish.caption


def test_unknown_frequency_says_so() -> None:
    figure = risk_figure(_risk(None, None, 100), Labels("en"))
    assert figure.grid is None and "not known" in figure.caption


def test_both_languages_have_the_same_labels() -> None:
    assert LABELS["en"].keys() == LABELS["es"].keys()
    for lang in ("en", "es"):
        assert all(value.strip() for value in LABELS[lang].values())
