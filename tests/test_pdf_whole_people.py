"""No fraction of a person in any take-home summary: every count of people (or operations,
leads, sessions) is a whole number, in both languages, both print sizes, for a range of
consultations. Mean scores ("10.6 points better") are not counts of people and stay."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from pdf_helpers import running_text

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.text import Lang
from neuromod_aid.demo import demo_consultation
from neuromod_aid.pdf.summary import build_summary

# a number with a decimal point or comma (not a thousands group: 1,000) just before the
# words of a count: "2.5 had this", "97.5 did not", "1.8 in every 1,000", "2,5 de cada 100"
FRACTION_OF_A_PERSON = {
    "en": re.compile(
        r"\d[.,]\d{1,2}(?!\d) (?:\w+ )?(?:had this|did not|in (?:every )?(?:100|1,000)\b)"
    ),
    "es": re.compile(r"\d,\d{1,2}(?!\d) (?:\w+ )?(?:tuvieron|no\b|no lo|de cada (?:100|1000)\b)"),
}


DISCUSSED = {
    "scs_drg_pns": ("scs", "drg", "pns"),
    "pns": ("pns",),
    "brain_idd": ("brain", "idd"),
}


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("which", ["demo", "scs_drg_pns", "pns", "brain_idd"])
def test_no_summary_counts_a_fraction_of_a_person(
    catalog: Catalog, which: str, lang: Lang, large: bool
) -> None:
    record = demo_consultation(catalog, lang)
    if which != "demo":
        record = replace(record, therapies_discussed=DISCUSSED[which])
    text = " ".join(running_text(build_summary(record, catalog, large_print=large)).split())
    counted = {"en": "had this problem", "es": "tuvieron este problema"}[lang]
    # the risk rows are there to be read (a large-print cell may break a word at a syllable)
    assert counted in re.sub(r"(\w)- (\w)", r"\1\2", text)
    assert FRACTION_OF_A_PERSON[lang].findall(text) == []


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_check_finds_a_fraction_of_a_person_where_there_is_one(lang: Lang) -> None:
    """The pattern above catches what the summaries printed before (so its silence means
    something), and lets a mean score and a thousands group through."""
    printed = {
        "en": (
            "about 2.13 had this problem",
            "Between 92 and 99.7 did not",
            "(about 1.8 in every 1,000)",
            "about 2.5 in 100 operations",
        ),
        "es": (
            "unas 2,13 tuvieron este problema",
            "y 97,87 no.",
            "(unas 1,8 de cada 1000)",
            "unas 2,5 de cada 100 operaciones",
        ),
    }[lang]
    for line in printed:
        assert FRACTION_OF_A_PERSON[lang].search(line), line
    fine = {
        "en": "on average 10.6 points better. Out of 1,000 people, about 21 had this problem",
        "es": "de media, 10,6 puntos mejor. De cada 1000 personas, alrededor de 21 tuvieron",
    }[lang]
    assert FRACTION_OF_A_PERSON[lang].search(fine) is None
