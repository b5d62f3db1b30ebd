"""``content check`` on the evidence fields (issue 11, sections 3 and 4): a frequency word
typed in a risk's text must be the EU word for the band of its figure, in both
languages; an outcome's conditions are known condition ids; a trial pass rate shows its
numbers; a used trial says what happens if it fails. Each break is one string replaced
on a copy of the shipped content (see ``test_content_checks.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from content_checks.helpers import assert_reported, find, replace_once
from neuromod_aid.catalog.checks import check_content
from neuromod_aid.catalog.frequency_checks import typed_words
from neuromod_aid.catalog.loader import Problem

DRG = "therapies/drg.toml"
PNS = "therapies/pns.toml"
SCS = "therapies/scs.toml"


@pytest.mark.parametrize(
    ("old", "new", "lang", "word"),
    [
        # the words the first review found: DRG said "Rarely" for 7 in 1,000 (uncommon)
        ("It is uncommon. Many", "Rarely, it happens. Many", "en", "Rarely"),
        ("Es poco frecuente. Muchas", "Rara vez pasa. Muchas", "es", "Rara vez"),
    ],
)
def test_a_rare_word_for_an_uncommon_bleed_is_caught(
    baseline: list[Problem], content: Path, old: str, new: str, lang: str, word: str
) -> None:
    replace_once(content, DRG, old, new)
    found = assert_reported(baseline, content, DRG, "drg", f"risks.bleeding.text.{lang}", word)
    assert "uncommon" in found[0].message  # it says which word the figure calls for


@pytest.mark.parametrize(
    ("old", "new", "lang"),
    [
        ("Germs can get in where the wire goes through the skin.", "Infection is very rare.", "en"),
        (
            "Pueden entrar gérmenes por donde",
            "Las infecciones son muy raras. Pueden entrar gérmenes por donde",
            "es",
        ),
    ],
)
def test_very_rare_for_one_or_two_in_a_thousand_is_caught(
    baseline: list[Problem], content: Path, old: str, new: str, lang: str
) -> None:
    replace_once(content, PNS, old, new)  # PNS infection: 1.8 in 1,000 wires, uncommon
    assert_reported(baseline, content, PNS, "pns", f"risks.infection.text.{lang}", "very rare")


def test_common_for_a_very_common_problem_is_caught(baseline: list[Problem], content: Path) -> None:
    replace_once(content, SCS, "Problems are very common, but", "Problems are common, but")
    assert_reported(baseline, content, SCS, "scs", "risks.any_complication.text.en", "common")


def test_a_range_over_two_bands_allows_either_word_and_no_other(
    baseline: list[Problem], content: Path
) -> None:
    # SCS lead migration: 15 to 132 in 1,000, common to very common
    old = "A lead can move. The tingling"
    replace_once(content, SCS, old, "A lead moving is common, even very common. The tingling")
    assert not find(check_content(content), SCS, "scs", "risks.lead_migration.text.en")
    replace_once(content, SCS, "even very common.", "but rare.")
    assert_reported(baseline, content, SCS, "scs", "risks.lead_migration.text.en", "rare")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Problems with the leads are more common than infection.", "en"),
        ("The most common reason is that it no longer helps.", "en"),
        ("El motivo más común es que ya no ayuda.", "es"),
        ("Los fallos son más frecuentes que las infecciones.", "es"),
        ("Some experts think it is rarer.", "en"),
    ],
)
def test_a_comparison_names_no_band(text: str, lang: str) -> None:
    assert list(typed_words(text, lang)) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Very common, common, uncommon, rare and very rarely.", "en"),
        ("Muy frecuentes, frecuente, poco frecuente, rara vez y muy raras.", "es"),
    ],
)
def test_each_band_word_is_read_as_its_band(text: str, lang: str) -> None:
    # the texts name the five bands from the commonest down
    expected = ["very_common", "common", "uncommon", "rare", "very_rare"]
    assert [w.band for w in typed_words(text, lang)] == expected


def test_an_outcome_in_an_unknown_condition_is_refused(
    baseline: list[Problem], content: Path
) -> None:
    replace_once(
        content,
        SCS,
        'id = "hara_placebo_3_months"\nconditions = ["spinal_surgery"]',
        'id = "hara_placebo_3_months"\nconditions = ["failed_back"]',
    )
    found = [
        p
        for p in check_content(content)
        if p.field == "outcomes.hara_placebo_3_months.conditions" and "failed_back" in p.message
    ]
    assert found and not find(baseline, SCS, "scs", "outcomes.hara_placebo_3_months.conditions")


def test_a_pass_rate_whose_text_hides_its_numbers_is_reported(
    baseline: list[Problem], content: Path
) -> None:
    replace_once(content, SCS, "24 of 36 passed the trial.", "two in three passed the trial.")
    assert_reported(baseline, content, SCS, "scs", "trial.pass_rates[0].text.en", "24")


def test_a_used_trial_must_say_what_happens_if_it_fails(content: Path) -> None:
    path = content / DRG
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [line for line in lines if not line.startswith("if_fails.")]
    assert len(kept) == len(lines) - 2  # the two languages' lines went
    path.write_text("".join(kept), encoding="utf-8")
    assert find(check_content(content), DRG, "drg", "trial.if_fails", "if the trial fails")


@pytest.mark.parametrize(
    ("file", "old", "new", "words"),
    [
        (  # a study with no comparison group is "single_group", and only it
            PNS,
            'id = "gilmore_low_back"\nconditions = []\ndesign = "single_group"',
            'id = "gilmore_low_back"\nconditions = []\ndesign = "vs_sham"',
            "single_group",
        ),
        (  # who paid is said by one of the outcome's own sources
            SCS,
            'funding = "independent"\nfunding_source = "hara_2022_registry"',
            'funding = "independent"\nfunding_source = "kemler_2000"',
            "funding_source",
        ),
    ],
)
def test_an_outcome_must_describe_its_study_consistently(
    content: Path, file: str, old: str, new: str, words: str
) -> None:
    replace_once(content, file, old, new)
    assert any(words in p.message for p in check_content(content) if p.file == file)


def test_an_outcome_that_does_not_say_what_it_compared_is_reported(
    baseline: list[Problem], content: Path
) -> None:
    replace_once(content, PNS, 'conditions = []\ndesign = "single_group"\n', "")
    assert_reported(baseline, content, PNS, "pns", "outcomes.gilmore_low_back.design", "compared")


def test_a_study_against_a_fake_treatment_in_points_must_say_what_it_found(
    baseline: list[Problem], content: Path
) -> None:
    """Hara 2022's 11 against 9 points could read as SCS being better; without its
    finding (no real difference) the check refuses it."""
    replace_once(content, SCS, 'finding = "no_clear_difference"\n', "")
    assert_reported(
        baseline, content, SCS, "scs", "outcomes.hara_placebo_3_months.finding", "finding"
    )


def test_a_finding_outside_a_study_against_a_fake_treatment_is_refused(content: Path) -> None:
    replace_once(
        content,
        SCS,
        'id = "process_6_months"\n',
        'id = "process_6_months"\nfinding = "treatment_better"\n',
    )
    assert any("vs_sham" in p.message for p in check_content(content))
