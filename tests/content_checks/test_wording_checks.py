"""``content check`` on the document wording (``resources/content/wording/``): every
language present, sentences readable, numbers sourced, ids unique."""

from __future__ import annotations

from pathlib import Path

import pytest

from content_checks.helpers import (
    HARD_ENGLISH,
    assert_reported,
    find,
    replace_once,
)
from neuromod_aid.catalog.checks import check_content
from neuromod_aid.catalog.loader import ContentError, Problem, load_catalog


def test_wording_missing_a_language_is_refused(baseline: list[Problem], content: Path) -> None:
    replace_once(
        content,
        "wording/summary.toml",
        'key_points.es = "Lo más importante"\n',
        "",
    )
    found = assert_reported(baseline, content, "wording/summary.toml", "key_points", "es")
    assert "no text in Español (es)" in found[0].message
    with pytest.raises(ContentError):
        load_catalog(content)


def test_unreadable_wording_is_reported(baseline: list[Problem], content: Path) -> None:
    replace_once(
        content,
        "wording/summary.toml",
        'how_to_use.en = "This summary is for you to read at home',
        f'how_to_use.en = "{HARD_ENGLISH} This summary is for you to read at home',
    )
    found = assert_reported(
        baseline, content, "wording/summary.toml", "how_to_use", "en", "Flesch-Kincaid"
    )
    assert "too hard to read" in found[0].message


def test_each_item_of_a_listed_wording_is_scored(baseline: list[Problem], content: Path) -> None:
    replace_once(
        content,
        "wording/trial_diary.toml",
        "Bring this diary to your visit at the end of the trial.",
        f"{HARD_ENGLISH}",
    )
    assert_reported(baseline, content, "wording/trial_diary.toml", "diary_steps", "en", "Flesch")


def test_headings_are_not_scored(baseline: list[Problem], content: Path) -> None:
    replace_once(
        content,
        "wording/summary.toml",
        'key_points.en = "The key points"',
        f'key_points.en = "{HARD_ENGLISH}"',
    )
    assert not find(check_content(content), "wording/summary.toml", "key_points", "en")


def test_unsourced_number_in_wording_is_reported(baseline: list[Problem], content: Path) -> None:
    replace_once(
        content,
        "wording/summary.toml",
        'no_notes.en = "No notes."',
        'no_notes.en = "No notes. 9 in 10 people have none."',
    )
    found = assert_reported(
        baseline, content, "wording/summary.toml", "no_notes", "en", "'sources' is empty"
    )
    assert "cite the source" in found[0].message


def test_a_placeholder_is_not_a_number(baseline: list[Problem], content: Path) -> None:
    replace_once(
        content,
        "wording/summary.toml",
        'no_notes.en = "No notes."',
        'no_notes.en = "No notes on {page2} or {date_1}."',
    )
    assert not find(check_content(content), "wording/summary.toml", "no_notes", "en")


def test_wording_that_cites_a_source_may_show_a_number(
    baseline: list[Problem], content: Path
) -> None:
    replace_once(
        content,
        "wording/risk_figures.toml",
        'picture_100.sources = ["trevena_2013"]\n',
        "",
    )
    assert_reported(
        baseline, content, "wording/risk_figures.toml", "picture_100", "en", "'sources' is empty"
    )


def test_wording_citing_an_unknown_source_is_refused(
    baseline: list[Problem], content: Path
) -> None:
    replace_once(
        content,
        "wording/risk_figures.toml",
        'picture_100.sources = ["trevena_2013"]',
        'picture_100.sources = ["no_such_source"]',
    )
    assert_reported(
        baseline, content, "wording/risk_figures.toml", "picture_100", "sources", "no_such_source"
    )


def test_a_wording_id_is_defined_once(baseline: list[Problem], content: Path) -> None:
    path = content / "wording" / "nurse_sheet.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "[label]\n", '[label]\nkey_points.en = "Again"\nkey_points.es = "Otra vez"\n\n', 1
        ),
        encoding="utf-8",
    )
    # the files are read in name order: the second definition is the one refused
    found = assert_reported(baseline, content, "wording/summary.toml", "key_points", "")
    assert "also defined in wording/nurse_sheet.toml" in found[0].message
