"""``content check``: the shipped catalog passes, and each check catches what it is for.

Every break below is made on a copy of the shipped content with one string
replacement; the replaced string must occur exactly once, so a test cannot pass
because its break silently did nothing. Each expected problem is also checked to be
absent from the unbroken content, so it is the break that the check reports.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from content_checks.helpers import (
    HARD_ENGLISH,
    HARD_SPANISH,
    assert_reported,
    find,
    replace_once,
    toml_string,
)
from neuromod_aid.catalog import checks, text_checks
from neuromod_aid.catalog.article_checks import SEED_ARTICLE, article_items
from neuromod_aid.catalog.checks import check_content
from neuromod_aid.catalog.figure_checks import numbers_in, plain_number
from neuromod_aid.catalog.loader import ContentError, Problem, load_catalog
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.paths import content_dir

# ------------------------------------------------------------------ the shipped catalog


def test_shipped_content_passes_every_check(baseline: list[Problem]) -> None:
    assert baseline == [], "\n".join(str(p) for p in baseline)


def test_the_article_lists_what_the_seed_topics_must_cover() -> None:
    article = (content_dir() / SEED_ARTICLE).read_text(encoding="utf-8")
    items = article_items(article)
    by_kind: dict[str, list[str]] = {}
    for item in items:
        by_kind.setdefault(item.kind, []).append(item.text)
    assert {kind: len(texts) for kind, texts in by_kind.items()} == {
        "indication": 6,
        "therapy": 6,
        "innovation": 5,
        "benefit": 5,
        "risk": 5,
    }
    assert "Complex regional pain (CRPS)" in by_kind["indication"]
    assert "Dorsal root ganglion stimulation (DRG)" in by_kind["therapy"]
    assert "Stimulation of posterior cords of the spinal cord" in by_kind["therapy"]
    assert "MRI compatibility" in by_kind["innovation"]
    assert "Pain reduction (50% or more improvement)" in by_kind["benefit"]
    assert "Infection or hematomas" in by_kind["risk"]
    assert "In rare cases, lack of efficiency" in by_kind["risk"]


# ------------------------------------------------------------------ 1. readability


def test_hard_english_paragraph_is_reported(baseline: list[Problem], content: Path) -> None:
    replace_once(
        content,
        "manifest.toml",
        'disclaimer.en = "This summary helps you talk with your care team.',
        f'disclaimer.en = "{HARD_ENGLISH} This summary helps you talk with your care team.',
    )
    found = assert_reported(
        baseline, content, "manifest.toml", "manifest", "disclaimer.en", "Flesch-Kincaid"
    )
    assert "too hard to read" in found[0].message


def test_hard_spanish_paragraph_is_reported(baseline: list[Problem], content: Path) -> None:
    replace_once(
        content,
        "conditions.toml",
        'what_it_is.es = "La neuralgia es un dolor a lo largo del camino de un nervio.',
        f'what_it_is.es = "{HARD_SPANISH} La neuralgia es un dolor a lo largo del camino.',
    )
    assert_reported(baseline, content, "conditions.toml", "neuralgia", "what_it_is.es", "INFLESZ")


def test_each_list_item_is_its_own_block(baseline: list[Problem], content: Path) -> None:
    replace_once(
        content,
        "current_care.toml",
        '{ en = "Your pain may stay much as it is now.",',
        f'{{ en = "{HARD_ENGLISH}",',
    )
    assert_reported(
        baseline, content, "current_care.toml", "current_care", "downsides[0].en", "Flesch"
    )


def test_title_like_fields_are_not_scored(baseline: list[Problem], content: Path) -> None:
    replace_once(
        content,
        "conditions.toml",
        'name.en = "Complex regional pain syndrome (CRPS)"',
        f'name.en = "{HARD_ENGLISH}"',
    )
    assert not find(check_content(content), "conditions.toml", "crps", "name.en")


def test_scores_are_cached_by_text_and_language(content: Path) -> None:
    text_checks.cached_score.cache_clear()
    catalog = load_catalog(content)
    text_checks.readability_problems(catalog, checks.content_origins(content))
    first = text_checks.cached_score.cache_info()
    text_checks.readability_problems(catalog, checks.content_origins(content))
    second = text_checks.cached_score.cache_info()
    assert second.misses == first.misses
    assert second.hits > first.hits


# ------------------------------------------------------------------ 2. figures need a source


def test_number_in_an_unsourced_item_is_reported(baseline: list[Problem], content: Path) -> None:
    replace_once(
        content,
        "features.toml",
        'id = "phone_control"\ntherapies = ["scs", "drg"]\nsources = ["mivi_article"]',
        'id = "phone_control"\ntherapies = ["scs", "drg"]\nsources = []',
    )
    replace_once(
        content,
        "features.toml",
        'text.en = "With many newer stimulators, the remote control',
        'text.en = "With 9 in every 10 newer stimulators, the remote control',
    )
    found = assert_reported(
        baseline, content, "features.toml", "phone_control", "text.en", "'sources' is empty"
    )
    assert "cite the source" in found[0].message
    # the Spanish text has no number, so only the English one is reported
    assert not find(check_content(content), "features.toml", "phone_control", "text.es")


def test_number_in_a_sourced_item_is_fine(baseline: list[Problem], content: Path) -> None:
    replace_once(
        content,
        "features.toml",
        'text.en = "With many newer stimulators, the remote control',
        'text.en = "With 9 in every 10 newer stimulators, the remote control',
    )
    assert not find(check_content(content), "features.toml", "phone_control", "text.en")


# ------------------------------------------------------------------ 3. languages and IDs


def test_missing_spanish_text_is_reported_clearly(baseline: list[Problem], content: Path) -> None:
    path = content / "conditions.toml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    target = [n for n, line in enumerate(lines) if line.startswith("why_hard_to_treat.es = ")]
    crps = next(n for n, line in enumerate(lines) if line.strip() == 'id = "crps"')
    line = next(n for n in target if n > crps)
    del lines[line]
    path.write_text("".join(lines), encoding="utf-8")
    found = assert_reported(baseline, content, "conditions.toml", "crps", "why_hard_to_treat.es")
    assert "no text in Español (es)" in found[0].message
    with pytest.raises(ContentError):  # refused when loaded, not only by content check
        load_catalog(content)


def test_text_given_without_languages_is_reported(baseline: list[Problem], content: Path) -> None:
    replace_once(
        content,
        "features.toml",
        'name.en = "More physical activity"\nname.es = "Más actividad física"',
        'name = "More physical activity"',
    )
    found = assert_reported(baseline, content, "features.toml", "benefit more_activity", "name")
    assert "every language" in found[0].message


def test_a_text_in_an_undeclared_language_is_reported(
    baseline: list[Problem], content: Path
) -> None:
    path = content / "manifest.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index("[manifest.languages.es]")
    path.write_text(text[:start], encoding="utf-8")  # Spanish no longer declared
    found = assert_reported(baseline, content, "manifest.toml", "manifest", "disclaimer.es")
    assert "'es' is not a language the manifest declares (en)" in found[0].message


def test_unknown_reference_is_reported(baseline: list[Problem], content: Path) -> None:
    replace_once(
        content,
        "seed_topics.toml",
        'covered_by = ["innovation:phone_control"]',
        'covered_by = ["innovation:phone_control", "risk:scs.no_such_risk"]',
    )
    assert_reported(
        baseline,
        content,
        "seed_topics.toml",
        "innovation_phone_control",
        "covered_by",
        "risk:scs.no_such_risk",
    )


def test_unknown_source_is_reported(baseline: list[Problem], content: Path) -> None:
    replace_once(
        content,
        "features.toml",
        'id = "tailored"\ntherapies = ["scs", "drg", "pns", "idd", "brain", "tms"]\n'
        'sources = ["mivi_article"]',
        'id = "tailored"\ntherapies = ["scs", "drg", "pns", "idd", "brain", "tms"]\n'
        'sources = ["no_such_source"]',
    )
    assert_reported(baseline, content, "features.toml", "tailored", "sources", "no_such_source")


# ------------------------------------------------------------------ 4. the clinic's article


def test_article_item_without_seed_topic_is_reported(
    baseline: list[Problem], content: Path
) -> None:
    replace_once(
        content,
        "seed_topics.toml",
        'article_text = "MRI compatibility"',
        'article_text = "Smaller, more discreet devices"',
    )
    problems = check_content(content)
    uncovered = find(problems, "seed_topics.toml", "article innovation", "article_text", "MRI")
    assert uncovered and not find(baseline, "seed_topics.toml", "article innovation", "")


def test_seed_topic_quoting_text_not_in_the_article_is_reported(
    baseline: list[Problem], content: Path
) -> None:
    replace_once(
        content,
        "seed_topics.toml",
        'article_text = "Increased physical activity"',
        'article_text = "Increased physical activity and a longer life"',
    )
    assert_reported(
        baseline,
        content,
        "seed_topics.toml",
        "benefit_more_activity",
        "article_text",
        "not found in the clinic's article",
    )


def test_seed_topic_needs_an_entry_of_its_kind(baseline: list[Problem], content: Path) -> None:
    replace_once(
        content,
        "seed_topics.toml",
        'covered_by = ["therapy:tms"]',
        'covered_by = ["condition:neuropathic"]',
    )
    assert_reported(
        baseline, content, "seed_topics.toml", "therapy_tms", "covered_by", "'therapy:...'"
    )


def test_missing_article_is_reported(content: Path) -> None:
    (content / SEED_ARTICLE).unlink()
    problems = check_content(content)
    assert any(
        p.file == SEED_ARTICLE.as_posix() and "cannot be read" in p.message for p in problems
    )


# ------------------------------------------------------------------ 5. numbers in the text


def _first_outcome_and_risk(catalog: Catalog) -> tuple[str, str, str, str, str, str]:
    """(therapy, outcome id, its English text) and (therapy, risk id, its Spanish text)."""
    outcome = next(
        (t.id, o.id, o.text("en"), plain_number(o.rate_treatment))
        for t in catalog.therapies
        for o in t.outcomes
    )
    risk = next(
        (t.id, r.id, r.text("es"), plain_number(r.frequency_high))
        for t in catalog.therapies
        for r in t.risks
        if r.frequency_high is not None and r.frequency_high != r.frequency_low
    )
    return (*outcome[:3], *risk[:3])


def _change_number(text: str, value: str) -> str:
    spanish = value.replace(".", ",")
    pattern = rf"(?<![\d.,])(?:{re.escape(value)}|{re.escape(spanish)})(?![\d]|[.,]\d)"
    changed, count = re.subn(pattern, "987", text)
    assert count >= 1, f"{value} not found in {text!r}"
    return changed


def test_outcome_text_must_show_its_rate(baseline: list[Problem], content: Path) -> None:
    catalog = load_catalog(content)
    therapy_id, outcome_id, text, *_ = _first_outcome_and_risk(catalog)
    outcome = next(o for o in catalog.therapy(therapy_id).outcomes if o.id == outcome_id)
    file = checks.content_origins(content)[("therapy", therapy_id)]
    broken = _change_number(text, plain_number(outcome.rate_treatment))
    replace_once(content, file, toml_string(text), toml_string(broken))
    found = assert_reported(
        baseline, content, file, therapy_id, f"outcomes.{outcome_id}.text.en", "rate_treatment"
    )
    assert "English (en) text does not show" in found[0].message


def test_risk_text_must_show_its_range(baseline: list[Problem], content: Path) -> None:
    catalog = load_catalog(content)
    *_, therapy_id, risk_id, text = _first_outcome_and_risk(catalog)
    risk = catalog.therapy(therapy_id).risk(risk_id)
    assert risk is not None and risk.frequency_high is not None
    file = checks.content_origins(content)[("therapy", therapy_id)]
    broken = _change_number(text, plain_number(risk.frequency_high))
    replace_once(content, file, toml_string(text), toml_string(broken))
    found = assert_reported(
        baseline, content, file, therapy_id, f"risks.{risk_id}.text.es", "frequency_high"
    )
    assert "Español (es) text does not show" in found[0].message


def test_a_95_percent_interval_text_must_show_its_best_estimate(
    baseline: list[Problem], content: Path
) -> None:
    catalog = load_catalog(content)
    therapy, risk = next(
        (t, r) for t in catalog.therapies for r in t.risks if r.estimate is not None
    )
    assert risk.estimate is not None
    file = checks.content_origins(content)[("therapy", therapy.id)]
    text = risk.text("en")
    broken = _change_number(text, plain_number(risk.estimate))
    replace_once(content, file, toml_string(text), toml_string(broken))
    assert_reported(baseline, content, file, therapy.id, f"risks.{risk.id}.text.en", "estimate")


def test_numbers_are_read_in_each_language() -> None:
    assert numbers_in("between 1.5 and 13.2 in every 1,000 people", ".") == {1.5, 13.2, 1000.0}
    assert {1.5, 13.2, 1000.0} <= numbers_in("entre 1,5 y 13,2 de cada 1.000 personas", ",")
    assert 2737.0 in numbers_in("en 2 737 intervenciones", ",")
    assert 1.5 in numbers_in("entre 1.5 y 3", ",")  # a decimal point is accepted too
    assert 1.5 not in numbers_in("between 1,5 and 3", ".")
    assert plain_number(48.0) == "48" and plain_number(0.31) == "0.31"
