"""The value statements the patient rates and the content's certifying items: in every
language, plain, with no number, exported, and required."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from content_checks.helpers import replace_once
from neuromod_aid.catalog.checks import check_content
from neuromod_aid.catalog.loader import ContentError, Problem, load_catalog
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.cli import main
from neuromod_aid.pdf.sections.about import CERTIFYING


def test_the_statements_cover_what_a_pain_patient_weighs(catalog: Catalog) -> None:
    ids = [value.id for value in catalog.values]
    assert 8 <= len(ids) <= 10
    for needed in ("pain_relief", "fewer_medicines", "no_operation", "no_implant", "mri_scans"):
        assert needed in ids
    for value in catalog.values:
        assert set(value.statement) == {"en", "es"}


def test_a_statement_missing_a_language_is_named(content: Path) -> None:
    replace_once(content, "values.toml", 'statement.es = "Tener menos dolor"\n', "")
    with pytest.raises(ContentError) as caught:
        load_catalog(content)
    assert any(p.item == "pain_relief" and p.field == "statement.es" for p in caught.value.problems)


@pytest.mark.parametrize(
    ("old", "new", "field", "words"),
    [
        (  # a figure, and a statement cites no source
            'statement.en = "Having less pain"',
            'statement.en = "Having 50 in 100 less pain"',
            "statement.en",
            "sources",
        ),
        (
            'statement.es = "Tener menos dolor"',
            'statement.es = "Disminución considerable de la sintomatología dolorosa"',
            "statement.es",
            "too hard to read",
        ),
    ],
)
def test_a_statement_is_checked_like_other_content(
    content: Path, old: str, new: str, field: str, words: str
) -> None:
    replace_once(content, "values.toml", old, new)
    assert [
        p.message
        for p in check_content(content)
        if (p.file, p.item, p.field) == ("values.toml", "pain_relief", field) and words in p.message
    ]


@pytest.mark.parametrize("field", CERTIFYING)
def test_a_clinic_cannot_ship_without_a_certifying_item(content: Path, field: str) -> None:
    path = content / "manifest.toml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [line for line in lines if not line.startswith(f"{field}.")]
    path.write_text("".join(kept), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_catalog(content)
    assert any(field in p.field for p in caught.value.problems)


def test_the_shipped_statements_and_certifying_items_pass_content_check(
    baseline: list[Problem],
) -> None:
    assert [p for p in baseline if p.file in ("values.toml", "manifest.toml")] == []


def test_content_export_lists_the_statements_under_values(tmp_path: Path, catalog: Catalog) -> None:
    out = tmp_path / "catalog.json"
    assert main(["content", "export", "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [v["id"] for v in data["values"]] == [v.id for v in catalog.values]
    assert data["values"][0]["statement"] == {"en": "Having less pain", "es": "Tener menos dolor"}
    assert data["manifest"]["reviewed_by"]["es"] == catalog.manifest.reviewed_by("es")
