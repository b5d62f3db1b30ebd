"""``content check``: everything a content file must satisfy beyond its schema.

:func:`check_content` loads the catalog (a load failure returns the loader's own
problems: schema, missing languages, unknown IDs) and then checks what the schema
cannot, over the catalog's items and the wording of the documents and the screen:

1. readability of every patient-facing text block, by the limit the manifest
   declares for its language (:func:`~text_checks.readability_problems`);
2. no figure without a source (:func:`~text_checks.unsourced_figure_problems`);
3. every item of the clinic's article covered by a seed topic
   (:func:`~article_checks.seed_problems`);
4. the numbers in each outcome and risk text equal its numeric fields
   (:func:`~figure_checks.figure_text_problems`);
5. a frequency word typed in a risk's text ("rarely", "frecuente") is the EU word for
   the band of the risk's figure (:func:`~frequency_checks.frequency_word_problems`);
6. every outcome says what its study compared, every used trial what happens if it
   fails
   (:func:`~evidence_checks.undescribed_evidence_problems`).

Each problem names the file, the item and the field. Qt-free and offline.
"""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Mapping
from pathlib import Path

from neuromod_aid.catalog.article_checks import seed_problems
from neuromod_aid.catalog.evidence_checks import undescribed_evidence_problems
from neuromod_aid.catalog.figure_checks import figure_text_problems
from neuromod_aid.catalog.frequency_checks import frequency_word_problems
from neuromod_aid.catalog.kinds import COLLECTIONS, SINGLETONS, WORDING
from neuromod_aid.catalog.loader import ContentError, Problem, load_catalog
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.text_checks import readability_problems, unsourced_figure_problems
from neuromod_aid.catalog.texts import Origins


def check_content(folder: Path) -> list[Problem]:
    """Every problem with the content files below ``folder``; empty when all is well."""
    try:
        catalog = load_catalog(folder)
    except ContentError as error:
        return [clarify(problem) for problem in error.problems]
    return catalog_problems(catalog, folder, content_origins(folder))


def catalog_problems(
    catalog: Catalog, folder: Path, origins: Origins, only: str | None = None
) -> list[Problem]:
    """The checks beyond the schema over a loaded ``catalog`` (``folder`` holds the
    clinic's article): what a clinic's edit must pass too. With ``only``, the texts are
    scored and searched for figures in the blocks from that file alone (an edit's: the
    rest of the catalog passed these checks already, and a block's result depends on
    that block alone); scoring is most of the time a check takes."""
    return [
        *readability_problems(catalog, origins, only),
        *unsourced_figure_problems(catalog, origins, only),
        *seed_problems(catalog, folder, origins),
        *figure_text_problems(catalog, origins),
        *frequency_word_problems(catalog, origins),
        *undescribed_evidence_problems(catalog, origins),
    ]


def clarify(problem: Problem) -> Problem:
    """Reword the schema's terse message about an empty text into a plain one."""
    parts = problem.field.split(".")
    if len(parts) > 1 and "at least 1 character" in problem.message:
        owner, lang = ".".join(parts[:-1]), parts[-1]
        message = f"the {lang!r} text of {owner!r} is empty; give it in every language"
        return dataclasses.replace(problem, message=message)
    return problem


def content_origins(folder: Path) -> dict[tuple[str, str], str]:
    """Which file each item came from, read the same way the loader reads the files."""
    origins: dict[tuple[str, str], str] = {}
    for path in sorted(folder.rglob("*.toml")):
        name = path.relative_to(folder).as_posix()
        try:
            document = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError):
            continue
        for key, value in document.items():
            if key in SINGLETONS:
                origins.setdefault((key, key), name)
            elif key in WORDING and isinstance(value, Mapping):
                for wording_id in value:
                    origins.setdefault((key, wording_id), name)
            elif key in COLLECTIONS:
                for data in value if isinstance(value, list) else [value]:
                    if isinstance(data, Mapping):
                        item_id = str(data.get("id", data.get("view", "")))
                        origins.setdefault((key, item_id), name)
    return origins
