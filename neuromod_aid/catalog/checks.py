"""``content check``: everything a content file must satisfy beyond its schema.

:func:`check_content` loads the catalog (a load failure returns the loader's own
problems: schema, missing languages, unknown IDs) and then checks what the schema
cannot:

1. readability of every patient-facing text block (:func:`readability_problems`);
2. no figure without a source (:func:`unsourced_figure_problems`);
3. every text in every language the manifest declares (:func:`language_problems`);
4. every item of the clinic's article covered by a seed topic (:func:`seed_problems`);
5. the numbers in each outcome and risk text equal its numeric fields
   (:func:`figure_text_problems`).

Each problem names the file, the item and the field. Qt-free and offline.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from neuromod_aid.catalog import model
from neuromod_aid.catalog.loader import (
    COLLECTIONS,
    SINGLETONS,
    ContentError,
    Problem,
    load_catalog,
)
from neuromod_aid.catalog.readability import Score, score

# Short title-like fields: shown as labels, not read as prose, so not scored.
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
    }
)

#: Where the clinic's article lives, relative to the content folder (not a .toml, so
#: the loader ignores it).
SEED_ARTICLE = Path("seed") / "neuromodulation-article.txt"

LANGUAGE_NAMES: dict[str, str] = {"en": "English", "es": "Spanish"}

Origins = Mapping[tuple[str, str], str]  # (top-level key, item id) -> file


def check_content(folder: Path) -> list[Problem]:
    """Every problem with the content files below ``folder``; empty when all is well."""
    try:
        catalog = load_catalog(folder)
    except ContentError as error:
        return [clarify(problem) for problem in error.problems]
    origins = content_origins(folder)
    return [
        *readability_problems(catalog, origins),
        *unsourced_figure_problems(catalog, origins),
        *language_problems(catalog, origins),
        *seed_problems(catalog, folder, origins),
        *figure_text_problems(catalog, origins),
    ]


# ------------------------------------------------------------------ load problems


def clarify(problem: Problem) -> Problem:
    """Reword the schema's terse messages about languages into plain ones."""
    parts = problem.field.split(".")
    last = parts[-1] if parts else ""
    if last in LANGUAGE_NAMES:
        language = f"{LANGUAGE_NAMES[last]} ({last})"
        owner = ".".join(parts[:-1]) or "this text"
        if problem.message == "Field required":
            message = f"the {language} text of {owner!r} is missing; give every language"
            return dataclasses.replace(problem, message=message)
        if "at least 1 character" in problem.message:
            message = f"the {language} text of {owner!r} is empty; give every language"
            return dataclasses.replace(problem, message=message)
    if "instance of Text" in problem.message:
        message = (
            f"{problem.message}: a text must be given in every language, "
            'as { en = "...", es = "..." }'
        )
        return dataclasses.replace(problem, message=message)
    if problem.message.startswith("Extra inputs") and last not in LANGUAGE_NAMES:
        parent = parts[-2] if len(parts) > 1 else ""
        if len(last) == 2 and last.isalpha() and parent:
            known = ", ".join(model.LANGUAGES)
            message = f"{last!r} is not a supported language (supported: {known})"
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
            elif key in COLLECTIONS:
                for data in value if isinstance(value, list) else [value]:
                    if isinstance(data, Mapping):
                        item_id = str(data.get("id", data.get("view", "")))
                        origins.setdefault((key, item_id), name)
    return origins


# ------------------------------------------------------------------ walking the catalog


@dataclass(frozen=True)
class TextBlock:
    """One patient-facing :class:`~model.Text` and where it sits."""

    file: str
    item: str
    field: str  # dotted path inside the item, e.g. "outcomes.process_6_months.text"
    name: str  # the field's own name, e.g. "text"
    text: model.Text
    sources_owner: str  # path of the nearest object with a ``sources`` field ("" = item)
    sourced: bool  # that object cites at least one source


@dataclass(frozen=True)
class _Item:
    key: str
    item_id: str
    file: str
    value: Any


def _items(catalog: model.Catalog, origins: Origins) -> Iterator[_Item]:
    for key, (attr, _) in COLLECTIONS.items():
        for value in getattr(catalog, attr):
            item_id = str(getattr(value, "id", getattr(value, "view", "")))
            yield _Item(key, item_id, origins.get((key, item_id), "(catalog)"), value)
    for key, (attr, _) in SINGLETONS.items():
        yield _Item(key, key, origins.get((key, key), "(catalog)"), getattr(catalog, attr))


def text_blocks(catalog: model.Catalog, origins: Origins) -> Iterator[TextBlock]:
    """Every :class:`~model.Text` in the catalog (title-like ones included)."""
    for item in _items(catalog, origins):
        yield from _walk(item, item.value, "", "", _has_sources(item.value, True))


def _has_sources(value: Any, default: bool) -> bool:
    if _is_dataclass(value) and "sources" in {f.name for f in dataclasses.fields(value)}:
        return bool(value.sources)
    return default


def _is_dataclass(value: Any) -> bool:
    return dataclasses.is_dataclass(value) and not isinstance(value, type)


def _walk(item: _Item, value: Any, path: str, owner: str, sourced: bool) -> Iterator[TextBlock]:
    if not _is_dataclass(value) or isinstance(value, model.Text):
        return
    for spec in dataclasses.fields(value):
        child = getattr(value, spec.name)
        child_path = f"{path}.{spec.name}" if path else spec.name
        yield from _walk_value(item, child, child_path, spec.name, owner, sourced)


def _walk_value(
    item: _Item, value: Any, path: str, name: str, owner: str, sourced: bool
) -> Iterator[TextBlock]:
    if isinstance(value, model.Text):
        yield TextBlock(item.file, item.item_id, path, name, value, owner, sourced)
    elif isinstance(value, tuple):
        for index, element in enumerate(value):
            label = getattr(element, "id", None) if _is_dataclass(element) else None
            element_path = f"{path}.{label}" if label else f"{path}[{index}]"
            yield from _walk_value(item, element, element_path, name, owner, sourced)
    elif _is_dataclass(value):
        if "sources" in {f.name for f in dataclasses.fields(value)}:
            owner, sourced = path, bool(value.sources)
        yield from _walk(item, value, path, owner, sourced)


# ------------------------------------------------------------------ 1. readability


@cache
def cached_score(text: str, lang: model.Lang) -> Score:
    """Readability of one block, cached by (text, language): the catalog repeats itself."""
    return score(text, lang)


def readability_problems(catalog: model.Catalog, origins: Origins) -> list[Problem]:
    """Blocks above Flesch-Kincaid grade 8 (English) or below INFLESZ 55 (Spanish)."""
    problems = []
    for block in text_blocks(catalog, origins):
        if block.name in TITLE_FIELDS:
            continue
        for lang in model.LANGUAGES:
            result = cached_score(block.text(lang), lang)
            if not result.acceptable:
                problems.append(
                    Problem(
                        block.file,
                        block.item,
                        f"{block.field}.{lang}",
                        f"{LANGUAGE_NAMES[lang]} text is too hard to read: {result.describe()}",
                    )
                )
    return problems


# ------------------------------------------------------------------ 2. figures need sources

_DIGIT = re.compile(r"\d")


def unsourced_figure_problems(catalog: model.Catalog, origins: Origins) -> list[Problem]:
    """A digit in the text of an item (or part of one) whose own ``sources`` is empty.

    Items without a ``sources`` field at all (manifest, glossary, body map) are not
    held to this: they carry policy and definitions, not figures.
    """
    problems = []
    for block in text_blocks(catalog, origins):
        if block.sourced:
            continue
        for lang in model.LANGUAGES:
            text = block.text(lang)
            if _DIGIT.search(text):
                where = f"{block.sources_owner}.sources" if block.sources_owner else "sources"
                problems.append(
                    Problem(
                        block.file,
                        block.item,
                        f"{block.field}.{lang}",
                        f"a figure appears in the text but {where!r} is empty: "
                        f"cite the source of every number ({text[:60]!r})",
                    )
                )
    return problems


# ------------------------------------------------------------------ 3. languages


def language_problems(catalog: model.Catalog, origins: Origins) -> list[Problem]:
    """The manifest declares exactly the languages every text carries."""
    declared = tuple(catalog.manifest.languages)
    if sorted(declared) == sorted(model.LANGUAGES) and len(set(declared)) == len(declared):
        return []
    file = origins.get(("manifest", "manifest"), "(catalog)")
    expected = ", ".join(model.LANGUAGES)
    return [
        Problem(
            file,
            "manifest",
            "languages",
            f"declares {list(declared)} but every text is written in: {expected}",
        )
    ]


# ------------------------------------------------------------------ 4. the clinic's article


@dataclass(frozen=True)
class ArticleItem:
    """One thing the clinic's article names, which a seed topic must cover."""

    kind: str  # one of model.SeedTopic.kind
    text: str


# A "– " list is classified by the question heading above it.
_LIST_SECTIONS: tuple[tuple[str, str], ...] = (
    ("When is it recommended?", "indication"),
    ("What innovations are there", "innovation"),
    ("What are the benefits", "benefit"),
    ("Are there any risks?", "risk"),
)
_TYPES_START = "Types of neuromodulation"
_TYPES_END = "What innovations are there"
_BULLET = "– "  # en dash and a space
_EXPECTED_COUNTS = {"indication": 6, "therapy": 6, "innovation": 5, "benefit": 5, "risk": 5}
# Which kind of catalog entry must cover a topic of each kind.
_COVERING_KIND = {
    "indication": "condition",
    "therapy": "therapy",
    "innovation": "innovation",
    "benefit": "benefit",
    "risk": "risk",
}


def normalise(text: str) -> str:
    """Compare article text without caring about curly quotes or line breaks."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = text.replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(text.split())


def article_items(article: str) -> list[ArticleItem]:
    """The indications, therapy types, innovations, benefits and risks the article lists.

    List items are the lines starting with an en dash; the therapy types are the
    headings (lines that do not end a sentence) of the "Types of neuromodulation"
    section.
    """
    items: list[ArticleItem] = []
    section = ""
    in_types = False
    for raw in article.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith(_TYPES_START):
            in_types, section = True, ""
            continue
        if line.startswith(_TYPES_END):
            in_types = False
        for heading, kind in _LIST_SECTIONS:
            if line.startswith(heading):
                section = kind
        if line.startswith(_BULLET):
            if section:
                items.append(ArticleItem(section, normalise(line[len(_BULLET) :])))
        elif in_types and not line.endswith((".", ":", "?", "!")):
            items.append(ArticleItem("therapy", normalise(line)))
    return items


def _covers(topic: model.SeedTopic, item: ArticleItem) -> bool:
    quoted = normalise(topic.article_text)
    return topic.kind == item.kind and (quoted == item.text or quoted.startswith(item.text))


def seed_problems(catalog: model.Catalog, folder: Path, origins: Origins) -> list[Problem]:
    """Every item of the article has a seed topic; every topic quotes the article."""
    article_path = folder / SEED_ARTICLE
    where = SEED_ARTICLE.as_posix()
    try:
        article = article_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return [Problem(where, "", "", f"the clinic's article cannot be read: {error}")]
    items = article_items(article)
    problems = []
    for kind, expected in _EXPECTED_COUNTS.items():
        found = sum(1 for item in items if item.kind == kind)
        if found != expected:
            problems.append(
                Problem(
                    where,
                    kind,
                    "",
                    f"expected {expected} {kind} items in the article, found {found}: "
                    "has the article's layout changed?",
                )
            )
    seed_file = next((origins[key] for key in origins if key[0] == "seed_topic"), "(catalog)")
    for item in items:
        if not any(_covers(topic, item) for topic in catalog.seed_topics):
            problems.append(
                Problem(
                    seed_file,
                    f"article {item.kind}",
                    "article_text",
                    f"no seed_topic of kind {item.kind!r} covers the article's item {item.text!r}",
                )
            )
    whole = normalise(article)
    for topic in catalog.seed_topics:
        file = origins.get(("seed_topic", topic.id), seed_file)
        if normalise(topic.article_text) not in whole:
            problems.append(
                Problem(
                    file,
                    topic.id,
                    "article_text",
                    f"{topic.article_text!r} is not found in the clinic's article ({where})",
                )
            )
        needed = _COVERING_KIND[topic.kind]
        if not any(ref.startswith(f"{needed}:") for ref in topic.covered_by):
            problems.append(
                Problem(
                    file,
                    topic.id,
                    "covered_by",
                    f"a {topic.kind} topic must be covered by at least one '{needed}:...' entry",
                )
            )
    return problems


# ------------------------------------------------------------------ 5. figures in the text

_ENGLISH_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?")
_SPANISH_NUMBER = re.compile(
    r"(?<![\d.,])\d{1,3}(?:[. \u00a0\u202f]\d{3})+(?:,\d+)?(?!\d)|\d+(?:,\d+)?"
)


def numbers_in(text: str, lang: model.Lang) -> set[float]:
    """The numbers written in ``text``; Spanish may use a decimal comma (or a point)."""
    found = {float(match.replace(",", "")) for match in _ENGLISH_NUMBER.findall(text)}
    if lang == "es":
        for match in _SPANISH_NUMBER.findall(text):
            plain = re.sub(r"[. \u00a0\u202f](?=\d{3})", "", match).replace(",", ".")
            found.add(float(plain))
    return found


def plain_number(value: float) -> str:
    """48.0 -> "48", 1.5 -> "1.5": how the number should read in the text."""
    return f"{value:g}" if value != int(value) else str(int(value))


def figure_text_problems(catalog: model.Catalog, origins: Origins) -> list[Problem]:
    """Each outcome's rates and each risk's frequencies appear in its text, in every language."""
    problems = []
    for therapy in catalog.therapies:
        file = origins.get(("therapy", therapy.id), "(catalog)")
        figures: list[tuple[str, model.Text, tuple[tuple[str, float | None], ...]]] = []
        for outcome in therapy.outcomes:
            figures.append(
                (
                    f"outcomes.{outcome.id}",
                    outcome.text,
                    (
                        ("rate_treatment", outcome.rate_treatment),
                        ("rate_comparator", outcome.rate_comparator),
                    ),
                )
            )
        for risk in therapy.risks:
            figures.append(
                (
                    f"risks.{risk.id}",
                    risk.text,
                    (
                        ("frequency_low", risk.frequency_low),
                        ("frequency_high", risk.frequency_high),
                    ),
                )
            )
        for path, text, values in figures:
            for lang in model.LANGUAGES:
                shown = numbers_in(text(lang), lang)
                for field_name, value in values:
                    if value is None or any(abs(value - n) < 1e-9 for n in shown):
                        continue
                    problems.append(
                        Problem(
                            file,
                            therapy.id,
                            f"{path}.text.{lang}",
                            f"{field_name} is {plain_number(value)} but the "
                            f"{LANGUAGE_NAMES[lang]} text does not show that number",
                        )
                    )
    return problems
