"""A third language is added by content alone: a small catalog in English, Spanish
and Catalan (``tests/data/catalan-content``) passes every check, has every wording id
of the shipped wording files it copies, a summary builds in Catalan with the Catalan
wording, and a catalog missing one Catalan text is refused."""

from __future__ import annotations

import datetime as dt
import shutil
import tomllib
from dataclasses import replace
from pathlib import Path

import pytest
from pdf_helpers import all_text

from neuromod_aid.catalog.checks import check_content
from neuromod_aid.catalog.loader import ContentError, load_catalog
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.consultation import check_against_catalog
from neuromod_aid.demo import demo_consultation
from neuromod_aid.paths import content_dir
from neuromod_aid.pdf.summary import build_summary
from neuromod_aid.present.wording import Wording

FIXTURE = Path(__file__).parent / "data" / "catalan-content"


def test_the_three_language_catalog_passes_content_check() -> None:
    assert check_content(FIXTURE) == []


def _wording_ids(path: Path) -> set[str]:
    """The ids a wording file defines, in its [label] and [sentence] tables."""
    tables = tomllib.loads(path.read_text(encoding="utf-8"))
    return {key for table in tables.values() for key in table}


def test_the_catalan_catalog_has_every_wording_id_of_the_files_it_copies() -> None:
    """The fixture copies the shipped wording files a summary reads (by name): an id
    added to one of them and not to the fixture, or left in the fixture after it was
    dropped, fails here, so the fixture proves the summary's whole wording in a third
    language, not only the ids a demo happens to print."""
    copied = sorted((FIXTURE / "wording").glob("*.toml"))
    shipped = content_dir() / "wording"
    compared = [path.name for path in copied if (shipped / path.name).exists()]
    assert {"summary.toml", "risk_figures.toml", "evidence.toml"} <= set(compared)
    for name in compared:
        fixture_ids, shipped_ids = (
            _wording_ids(FIXTURE / "wording" / name),
            _wording_ids(shipped / name),
        )
        assert fixture_ids == shipped_ids, (name, shipped_ids ^ fixture_ids)


def test_a_summary_builds_in_catalan_in_the_catalan_wording() -> None:
    catalog = load_catalog(FIXTURE)
    assert catalog.manifest.codes == ("en", "es", "ca")
    record = replace(demo_consultation(catalog, "ca"), pain_areas=("lower_back",))
    assert list(check_against_catalog(record, catalog)) == []
    text = " ".join(all_text(build_summary(record, catalog)).split())
    catalan = catalog.words("ca")
    for key in ("summary_title", "summary_subtitle", "who_to_call", "about_summary", "risks"):
        assert catalan(key) in text, key
    assert catalog.therapy("scs").name("ca") in text
    assert catalog.therapy("scs").risks[0].text("ca") in text
    assert catalog.manifest.disclaimer("ca") in text
    for other in ("en", "es"):
        assert catalog.words(other)("summary_title") not in text


def test_a_language_the_content_adds_writes_its_dates_and_numbers_by_its_locale() -> None:
    catalog = load_catalog(FIXTURE)  # Catalan is declared with locale "ca" only: no code
    record = replace(demo_consultation(catalog, "ca"), date=dt.date(2026, 11, 23))
    catalan = Wording(catalog, "ca")
    said = catalan.date(record.date)
    assert said.startswith("23 de novembre d") and said.endswith("2026")  # CLDR's Catalan
    assert catalan.number(0.31) == "0,31"
    text = " ".join(all_text(build_summary(record, catalog)).split())
    assert said in text  # the visit's date on the summary


def test_a_record_in_a_language_the_content_lacks_is_refused(catalog: Catalog) -> None:
    record = demo_consultation(load_catalog(FIXTURE), "ca")
    assert any(
        "'ca' is not a language of the content" in p for p in check_against_catalog(record, catalog)
    )


@pytest.mark.parametrize(
    ("file", "line", "item", "field"),
    [
        ("therapies/scs.toml", 'summary.ca = "Us pot ajudar amb el dolor."\n', "scs", "summary.ca"),
        ("wording/summary.toml", 'key_points.ca = "El més important"\n', "key_points", "ca"),
    ],
)
def test_a_missing_catalan_text_is_refused_naming_item_field_and_language(
    tmp_path: Path, file: str, line: str, item: str, field: str
) -> None:
    folder = tmp_path / "content"
    shutil.copytree(FIXTURE, folder)
    path = folder / file
    original = path.read_text(encoding="utf-8")
    assert original.count(line) == 1
    path.write_text(original.replace(line, ""), encoding="utf-8")
    with pytest.raises(ContentError) as refused:
        load_catalog(folder)
    (problem,) = refused.value.problems
    assert (problem.file, problem.item, problem.field) == (file, item, field)
    assert "no text in Català (ca)" in problem.message
