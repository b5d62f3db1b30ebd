"""Loading the content files: a broken file stops with the file, the item and the field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from neuromod_aid.catalog.loader import ContentError, load_catalog
from neuromod_aid.paths import content_dir


@pytest.fixture
def content(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(content_dir(), folder)
    return folder


def _problems(folder: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load_catalog(folder)
    return [str(p) for p in caught.value.problems]


def test_a_missing_therapy_is_named(content: Path) -> None:
    (content / "therapies" / "tms.toml").unlink()
    assert any("required therapy 'tms'" in p for p in _problems(content))


def test_an_instruction_the_documents_need_is_required(content: Path) -> None:
    path = content / "instructions.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('id = "warning_signs"', 'id = "red_flags"'), encoding="utf-8")
    assert any("required instruction 'warning_signs'" in p for p in _problems(content))


def test_a_bad_field_names_file_item_and_field(content: Path) -> None:
    path = content / "therapies" / "scs.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('invasiveness = "', 'invasiveness = "very_', 1), encoding="utf-8")
    (problem,) = _problems(content)
    assert problem.startswith("therapies/scs.toml item 'therapy scs' field 'invasiveness'")


def test_a_duplicate_id_names_both_files(content: Path) -> None:
    extra = content / "extra.toml"
    extra.write_text(
        (content / "sources.toml").read_text(encoding="utf-8").split("[[source]]")[0]
        + "[[source]]"
        + (content / "sources.toml").read_text(encoding="utf-8").split("[[source]]")[1],
        encoding="utf-8",
    )
    assert any("duplicate source id" in p and "sources.toml" in p for p in _problems(content))


@pytest.mark.parametrize(
    ("marking", "refusal"),
    [
        ("estimate = 60", "must lie between"),  # outside its 95% interval (19 to 57)
        ('interval = "range"', "an estimate goes with"),  # an estimate for a plain range
    ],
)
def test_a_95_percent_interval_needs_its_estimate_inside_it(
    content: Path, marking: str, refusal: str
) -> None:
    path = content / "therapies" / "drg.toml"
    text = path.read_text(encoding="utf-8")
    field = marking.split(" = ")[0]
    marked = next(line for line in text.splitlines() if line.startswith(f"{field} = "))
    path.write_text(text.replace(marked, marking, 1), encoding="utf-8")
    (problem,) = _problems(content)
    assert problem.startswith("therapies/drg.toml") and refusal in problem
