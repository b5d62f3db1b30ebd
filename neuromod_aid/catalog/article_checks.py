"""Every item of the clinic's article is covered by a seed topic, and every seed topic
quotes the article (``content check``, check 4)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from neuromod_aid.catalog import model
from neuromod_aid.catalog.loader import Problem
from neuromod_aid.catalog.texts import Origins

#: Where the clinic's article lives, relative to the content folder (not a .toml, so
#: the loader ignores it).
SEED_ARTICLE = Path("seed") / "neuromodulation-article.txt"


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
