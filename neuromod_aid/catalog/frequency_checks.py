"""Frequency words typed in a risk's text agree with its figure (``content check``, check 5).

Where a risk with a figure says in words how often it happens ("Rarely, ...", "Es
frecuente ..."), the word must be the EU's word for the band of that figure (very
common 1 in 10 or more; common 1 in 100 to 1 in 10; uncommon 1 in 1,000 to 1 in 100;
rare 1 in 10,000 to 1 in 1,000; very rare below), in every language: a figure over two
bands or more allows the word of any band it spans. A comparison ("more common than",
"el motivo más común") names no band and is left alone.

The words of each band are listed per language below; a language without a list is not
read (only the languages listed here are checked).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from neuromod_aid.catalog import model
from neuromod_aid.catalog.loader import Problem
from neuromod_aid.catalog.messages import problem
from neuromod_aid.catalog.texts import Origins

# Each band's words, as a regular expression over one word or a phrase (case-blind). The
# longer phrases come first, so "very rare" is read as very rare and not as rare, and
# "rara vez" whole.
FREQUENCY_WORDS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        ("very_common", r"very common(?:ly)?"),
        ("very_rare", r"very rare(?:ly)?"),
        ("uncommon", r"uncommon(?:ly)?"),
        ("common", r"common(?:ly)?"),
        ("rare", r"rare(?:ly)?"),
    ),
    "es": (
        ("very_common", r"muy frecuentes?|muy comunes?|muy común"),
        ("very_rare", r"muy (?:rara vez|raramente|raros?|raras?)"),
        ("uncommon", r"poco frecuentes?|poco comunes?|poco común"),
        ("common", r"frecuentes?|comunes|común"),
        ("rare", r"rara vez|raramente|raros?|raras?"),
    ),
}
# A word after one of these compares; it does not name a band.
COMPARATIVES: dict[str, frozenset[str]] = {
    "en": frozenset({"more", "most", "less", "least", "how"}),
    "es": frozenset({"más", "menos", "qué"}),
}

_WORD_BEFORE = re.compile(r"(\w+)\W*$")


@dataclass(frozen=True)
class TypedWord:
    """A frequency word found in a text, and the EU band it names."""

    word: str
    band: str


def typed_words(text: str, lang: str) -> Iterator[TypedWord]:
    """The frequency words ``text`` types in ``lang``, comparisons left out."""
    table = FREQUENCY_WORDS.get(lang, ())
    if not table:
        return
    pattern = "|".join(f"(?P<{name}>{words})" for name, words in table)
    comparatives = COMPARATIVES.get(lang, frozenset())
    for match in re.finditer(rf"(?<!\w)(?:{pattern})(?!\w)", text, re.IGNORECASE):
        before = _WORD_BEFORE.search(text[: match.start()])
        if before is not None and before.group(1).lower() in comparatives:
            continue
        if match.lastgroup is not None:
            yield TypedWord(match.group(0), match.lastgroup)


def frequency_word_problems(catalog: model.Catalog, origins: Origins) -> list[Problem]:
    """A risk with a figure whose text types a frequency word of another band."""
    problems = []
    for therapy in catalog.therapies:
        file = origins.get(("therapy", therapy.id), "(catalog)")
        for risk in therapy.risks:
            allowed = risk.bands
            if not allowed:
                continue
            for lang in catalog.manifest.languages:
                for found in typed_words(risk.text(lang), lang):
                    if found.band in allowed:
                        continue
                    said = " to ".join(dict.fromkeys((allowed[-1], allowed[0])))
                    problems.append(
                        problem(
                            file,
                            therapy.id,
                            f"risks.{risk.id}.text.{lang}",
                            "frequency_word",
                            word=repr(found.word),
                            band=found.band.replace("_", " "),
                            allowed=said.replace("_", " "),
                        )
                    )
    return problems
