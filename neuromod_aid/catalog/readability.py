"""Readability scores for patient-facing text, computed with ``textstat``, offline.

``textstat`` counts English syllables with NLTK's copy of the CMU Pronouncing
Dictionary and, when that corpus is missing, tries to download it. We never let it
reach the network: the dictionary ships in ``resources/cmudict`` (Carnegie Mellon
University's BSD-style licence beside it), and on first use we write it once, in the
layout NLTK reads, into the app's cache folder.
"""

from __future__ import annotations

import gzip
import os
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from neuromod_aid.catalog.manifest import Readability
from neuromod_aid.paths import data_location, resources_dir


@dataclass(frozen=True)
class Score:
    rule: Readability
    value: float

    @property
    def acceptable(self) -> bool:
        return self.rule.acceptable(self.value)

    def describe(self) -> str:
        return self.rule.describe(self.value)


def score(text: str, rule: Readability, lang: str) -> Score:
    """Score one block of text (a paragraph or a list item) in language ``lang`` by the
    formula and limit the manifest declares for it (``rule``)."""
    stats = _textstat()
    stats.set_lang(rule.dictionary or lang)
    if rule.formula == "flesch_kincaid_grade":
        return Score(rule, float(stats.flesch_kincaid_grade(text)))
    return Score(rule, float(stats.szigriszt_pazos(text)))


@cache
def _textstat():  # type: ignore[no-untyped-def]
    import nltk  # heavy: imported only when a score is asked for
    import textstat

    nltk_root = _offline_cmudict(data_location().cache_dir / "nltk_data")
    if str(nltk_root) not in nltk.data.path:
        nltk.data.path.insert(0, str(nltk_root))
    return textstat


def _offline_cmudict(nltk_root: Path) -> Path:
    """Write the CMU dictionary in NLTK's corpus layout unless it is there already."""
    target = nltk_root / "corpora" / "cmudict" / "cmudict"
    if target.exists():
        return nltk_root
    target.parent.mkdir(parents=True, exist_ok=True)
    lines = []
    with gzip.open(resources_dir() / "cmudict" / "cmudict.dict.gz") as stream:
        for raw in stream:
            entry = raw.decode("utf-8", "replace").split("#", 1)[0].split()
            if len(entry) < 2:
                continue
            word, _, variant = entry[0].partition("(")
            lines.append(f"{word.upper()} {variant.rstrip(')') or '1'} {' '.join(entry[1:])}\n")
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".cmudict-")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.writelines(lines)
    Path(temporary).replace(target)
    return nltk_root
