"""Numbers and dates as the reader writes them: every stored digit, CLDR's signs, the
one Spanish grouping rule, dates in words; and Babel loaded only when formatting."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.text import Text
from neuromod_aid.catalog.therapy import Risk
from neuromod_aid.present.figures import risk_figure
from neuromod_aid.present.formatting import date, number
from neuromod_aid.present.wording import Wording

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("value", "english", "spanish"),
    [
        (0.31, "0.31", "0,31"),  # two decimals kept, on screen as on paper
        (0.125, "0.125", "0,125"),  # never rounded to two places
        (53.1, "53.1", "53,1"),
        (2.0, "2", "2"),  # a whole number has no decimals
        (1000, "1,000", "1000"),  # Spanish: four digits are not grouped
        (9700, "9,700", "9700"),
        (10_000, "10,000", f"10{NBSP}000"),  # five digits: a no-break space, never a point
        (12_345.25, "12,345.25", f"12{NBSP}345,25"),
    ],
)
def test_a_figure_keeps_every_digit_in_the_readers_signs(
    catalog: Catalog, value: float, english: str, spanish: str
) -> None:
    languages = catalog.manifest.languages  # each formatted as the manifest declares it
    assert number(value, languages["en"]) == english
    assert number(value, languages["es"]) == spanish


def test_dates_are_in_words_in_the_records_language(catalog: Catalog) -> None:
    day = dt.date(2027, 3, 3)
    assert date(day, catalog.manifest.languages["en"]) == "3 March 2027"
    assert date(day, catalog.manifest.languages["es"]) == "3 de marzo de 2027"


def test_a_risk_with_decimals_reads_the_same_figure_in_both_languages(catalog: Catalog) -> None:
    risk = Risk(
        id="r",
        name=Text(en="R", es="R"),
        text=Text(en="R", es="R"),
        frequency_low=0.31,
        frequency_high=0.31,
        denominator=100,
        per="people",
        sources=("s",),
    )
    # a fraction of a person is said in whole people, the same figure in both languages
    english = risk_figure(risk, Wording(catalog, "en")).caption
    spanish = risk_figure(risk, Wording(catalog, "es")).caption
    assert "about 3 in every 1,000" in english and "alrededor de 3 de cada 1000" in spanish
    # and a number with decimals (a mean score) keeps every digit, in each language's signs
    assert Wording(catalog, "en").number(0.31) == "0.31"
    assert Wording(catalog, "es").number(0.31) == "0,31"


def test_babel_is_not_loaded_to_start(tmp_path: Path) -> None:
    """``--version`` (and so start-up) never pays for Babel's import."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "neuromod_aid", "--version"],
        capture_output=True,
        text=True,
        env={"NEUROMOD_AID_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"},
        check=True,
    )
    assert "neuromod-aid" in result.stdout
    imported = [line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()]
    assert "neuromod_aid.cli" in imported  # the import log is really read
    assert not [name for name in imported if name.split(".")[0] == "babel"]
