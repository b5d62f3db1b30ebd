"""Plain words, and no figure without a source (``content check``, checks 1 and 2).

Both run over every block of text: the catalog's items and the wording of the
documents and the patient screen. A wording's ``{placeholders}`` are filled by the
program (a name, a date, a figure the catalog gives with its source): they are
neither words to score nor numbers to source.
"""

from __future__ import annotations

import re
from functools import cache

from neuromod_aid.catalog import model
from neuromod_aid.catalog.loader import Problem
from neuromod_aid.catalog.manifest import FORMULA_NAMES, Readability
from neuromod_aid.catalog.messages import problem
from neuromod_aid.catalog.readability import Score, score
from neuromod_aid.catalog.texts import Origins, TextBlock, text_blocks

# Short title-like fields: shown as labels, not read as prose, so not scored; so are
# the ``[label]`` wording (headings, table heads, unit words).
TITLE_FIELDS = frozenset(
    {
        "name",
        "short_name",
        "title",
        "term",
        "medicine",
        "examples",
        "population",
        "timeframe",
        "comparison",
        "article_text",
        "label",
    }
)
LIST_MARK = "|"  # a wording that is a list ("one|two|three"): each item is a block

_PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}")
_DIGIT = re.compile(r"\d")


@cache
def cached_score(text: str, rule: Readability, lang: str) -> Score:
    """Readability of one block, cached by (text, rule, language): the catalog repeats
    itself."""
    return score(text, rule, lang)


def readability_problems(
    catalog: model.Catalog, origins: Origins, only: str | None = None
) -> list[Problem]:
    """Blocks beyond their language's limit (the manifest's ``readability``); with
    ``only``, the blocks from that file alone."""
    problems = []
    for block in text_blocks(catalog, origins):
        if block.name in TITLE_FIELDS or only not in (None, block.file):
            continue
        for lang, language in catalog.manifest.languages.items():
            for part in _parts(block, lang):
                result = cached_score(part, language.readability, lang)
                if not result.acceptable:
                    rule = language.readability
                    limit = rule.at_most if rule.at_most is not None else rule.at_least
                    problems.append(
                        problem(
                            block.file,
                            block.item,
                            block.where(lang),
                            "too_hard_at_most" if rule.at_most is not None else "too_hard_at_least",
                            language=language.name,
                            lang=lang,
                            formula=FORMULA_NAMES[rule.formula],
                            value=f"{result.value:.1f}",
                            limit=f"{limit:g}",
                        )
                    )
    return problems


def unsourced_figure_problems(
    catalog: model.Catalog, origins: Origins, only: str | None = None
) -> list[Problem]:
    """A digit in the text of an item (or part of one) whose own ``sources`` is empty,
    or in a wording that cites no ``sources`` (with ``only``: from that file alone).

    Items without a ``sources`` field at all (manifest, glossary, body map) are not
    held to this: they carry policy and definitions, not figures.
    """
    problems = []
    for block in text_blocks(catalog, origins):
        if block.sourced or only not in (None, block.file):
            continue
        for lang in catalog.manifest.languages:
            text = _PLACEHOLDER.sub("", block.text(lang))
            if _DIGIT.search(text):
                where = f"{block.sources_owner}.sources" if block.sources_owner else "sources"
                problems.append(
                    problem(
                        block.file,
                        block.item,
                        block.where(lang),
                        "unsourced_figure",
                        where=repr(where),
                        text=repr(text[:60]),
                    )
                )
    return problems


def _parts(block: TextBlock, lang: str) -> list[str]:
    text = block.text(lang)
    if block.name != "sentence":
        return [text]
    return [" ".join(_PLACEHOLDER.sub("", part).split()) for part in text.split(LIST_MARK)]
