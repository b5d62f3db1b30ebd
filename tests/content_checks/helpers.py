"""Shared pieces of the ``content check`` tests: a copy of the shipped content, one
break at a time, and where the check reports it."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from neuromod_aid.catalog.checks import check_content
from neuromod_aid.catalog.loader import Problem

HARD_ENGLISH = (
    "Notwithstanding considerable interindividual variability, neuromodulatory "
    "interventions demonstrate substantial therapeutic effectiveness in appropriately "
    "selected individuals experiencing refractory neuropathic symptomatology."
)
HARD_SPANISH = (
    "Independientemente de la considerable variabilidad interindividual, las "
    "intervenciones neuromoduladoras demuestran una efectividad terapéutica "
    "sustancial en individuos adecuadamente seleccionados con sintomatología "
    "neuropática refractaria."
)


def replace_once(folder: Path, file: str, old: str, new: str) -> None:
    path = folder / file
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} should occur exactly once in {file}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def find(
    problems: Iterable[Problem], file: str, item: str, field: str, words: str = ""
) -> list[Problem]:
    return [
        p
        for p in problems
        if p.file == file and p.item == item and p.field == field and words in p.message
    ]


def assert_reported(
    baseline: list[Problem],
    folder: Path,
    file: str,
    item: str,
    field: str,
    words: str = "",
) -> list[Problem]:
    assert not find(baseline, file, item, field, words), "already wrong before the break"
    found = find(check_content(folder), file, item, field, words)
    assert found, f"expected a problem at {file} / {item} / {field} mentioning {words!r}"
    return found


def toml_string(text: str) -> str:
    """How a plain text appears between double quotes in a TOML file."""
    return text.replace("\\", "\\\\").replace('"', '\\"')
