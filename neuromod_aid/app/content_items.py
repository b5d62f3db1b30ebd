"""The catalog as the content editor browses it, and the texts and figures it edits (Qt-free).

An :class:`Entry` is one thing to edit: an item (a therapy, a condition, an instruction,
a value statement, a blood-thinner row, the documents' wording) or a part of one (a
therapy's risk: its therapy's document, at ``focus``). Inside an item's document a text
is an object with a string for every language; :func:`texts` finds them, :func:`put`
writes one value back into a copy of the document. :func:`new_source` makes a source
for the sources list from a DOI or web address, the authors, the year and the title.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from neuromod_aid.catalog.loader import catalog_documents, item_id
from neuromod_aid.catalog.model import Catalog, Source
from neuromod_aid.textfold import fold
from neuromod_aid.validation import adapter

Key = str | int
Path = tuple[Key, ...]
_DOI = re.compile(r"^10\.\d{4,9}/\S+$")
_DOI_PREFIXES = ("https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "doi:")
GROUPS = (
    "therapy",
    "risk",
    "outcome",
    "condition",
    "instruction",
    "value",
    "blood_thinner",
    "wording",
    "offer",
)


@dataclass(frozen=True)
class FigureFields:
    """The fields of a figure the editor shows as fields, by the part's kind."""

    numbers: tuple[str, ...]  # shown in the figure's text
    optional: tuple[str, ...]  # numbers that may be left out (None)
    denominators: tuple[int, ...]
    texts: tuple[str, ...]  # a text in every language: the population, the time frame
    optional_texts: tuple[str, ...]


FIGURES = {
    "risk": FigureFields(
        ("frequency_low", "frequency_high"), (), (100, 1000, 10000), ("timeframe",), ("timeframe",)
    ),
    "outcome": FigureFields(
        ("rate_treatment", "rate_comparator"),
        ("rate_comparator",),
        (100, 1000),
        ("population", "timeframe"),
        (),
    ),
}


@dataclass(frozen=True)
class FigureCheck:
    """What is wrong with a figure as edited: why it is not a figure at all (the
    schema's reason), and each number its text does not show (language, field, value)."""

    invalid: str = ""
    unshown: tuple[tuple[str, str, float], ...] = ()


@dataclass(frozen=True)
class Entry:
    group: str  # one of GROUPS
    label: str  # in the editor's language
    kind: str  # the item's top-level content key
    item_id: str
    focus: Path = ()  # where in the item's document this entry is (a risk: ("risks", 2))

    @property
    def is_risk(self) -> bool:
        return self.group == "risk"

    @property
    def figure(self) -> FigureFields | None:
        """The figure's fields when the entry is a risk or an outcome."""
        return FIGURES.get(self.group)


@dataclass(frozen=True)
class TextField:
    path: Path  # from the document's top
    name: str  # dotted, for the reader: "risks.infection.text"
    texts: Mapping[str, str]  # language -> text
    scored: bool  # prose held to the readability limit (not a title or a label)


def entries(catalog: Catalog, lang: str) -> list[Entry]:
    """Everything the editor offers, by group, in the catalog's order."""
    found = [Entry("therapy", t.name(lang), "therapy", t.id) for t in catalog.therapies]
    for therapy in catalog.therapies:
        found += [
            Entry(
                "risk",
                f"{therapy.short_name(lang)}: {r.name(lang)}",
                "therapy",
                therapy.id,
                ("risks", index),
            )
            for index, r in enumerate(therapy.risks)
        ]
    for therapy in catalog.therapies:
        found += [
            Entry(
                "outcome",
                f"{therapy.short_name(lang)}: {_start(o.text(lang))}",
                "therapy",
                therapy.id,
                ("outcomes", index),
            )
            for index, o in enumerate(therapy.outcomes)
        ]
    found += [Entry("condition", c.name(lang), "condition", c.id) for c in catalog.conditions]
    found += [
        Entry("instruction", i.title(lang), "instruction", i.id) for i in catalog.instructions
    ]
    found += [Entry("value", v.statement(lang), "value", v.id) for v in catalog.values]
    found += [
        Entry("blood_thinner", b.medicine(lang), "blood_thinner", b.id)
        for b in catalog.blood_thinners
    ]
    found += [Entry("wording", key, key, key) for key in ("sentence", "label")]
    found.append(Entry("offer", "clinic_offer", "clinic_offer", "clinic_offer"))
    return found


def _start(text: str, width: int = 60) -> str:
    """The first words of ``text``, up to about ``width`` characters."""
    return text if len(text) <= width else text[:width].rsplit(" ", 1)[0] + "…"


def check_figure(
    entry: Entry, part: Mapping[str, Any], languages: Mapping[str, Any]
) -> FigureCheck:
    """The checks of ``content check`` on one figure as edited: it is a valid risk or
    outcome, and its text shows its numbers in every language (``languages``: the
    manifest's)."""
    from pydantic import ValidationError

    from neuromod_aid.catalog.figure_checks import unshown
    from neuromod_aid.catalog.therapy import Outcome, Risk

    fields = FIGURES[entry.group]  # a risk or an outcome
    kind: type[Any] = Risk if entry.group == "risk" else Outcome
    try:
        figure = adapter(kind).validate_python(part)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        return FigureCheck(invalid=f"{where}: {first['msg']}" if where else first["msg"])
    numbers = [(name, getattr(figure, name)) for name in fields.numbers]
    if entry.group == "risk":
        numbers.append(("estimate", figure.estimate))
    return FigureCheck(unshown=tuple(unshown(figure.text, numbers, languages)))


def document_of(catalog: Catalog, entry: Entry) -> dict[str, Any]:
    """A private copy of the entry's item, to edit."""
    documents = catalog_documents(catalog)[entry.kind]
    found = next(d for d in documents if item_id(entry.kind, d) == entry.item_id)
    return copy.deepcopy(found)


def texts(document: Mapping[str, Any], entry: Entry, languages: Sequence[str]) -> list[TextField]:
    """The texts inside the entry's part of ``document``."""
    from neuromod_aid.catalog.text_checks import TITLE_FIELDS

    part = value_at(document, entry.focus)
    found = []
    for path, value in _objects(part, entry.focus):
        if set(languages) <= set(value) and all(isinstance(value[lang], str) for lang in languages):
            name = readable(document, path)
            own = next((str(k) for k in reversed(path) if isinstance(k, str)), "")
            scored = own not in TITLE_FIELDS and entry.kind != "label"
            found.append(TextField(path, name, {lang: value[lang] for lang in languages}, scored))
    return found


def readable(document: Any, path: Path) -> str:
    """``path`` as the reader knows it: a list's element by its ``id`` where it has one
    ("risks.infection.text"), as in the history's differences."""
    names = []
    for key in path:
        document = document[key]
        label = (
            document.get("id") if isinstance(key, int) and isinstance(document, Mapping) else None
        )
        names.append(str(label or key))
    return ".".join(names)


def value_at(document: Any, path: Path) -> Any:
    for key in path:
        document = document[key]
    return document


def put(document: dict[str, Any], path: Path, value: Any) -> dict[str, Any]:
    """A copy of ``document`` with ``value`` at ``path``."""
    changed = copy.deepcopy(document)
    *parents, last = path
    value_at(changed, tuple(parents))[last] = value
    return changed


def _objects(value: Any, path: Path) -> Iterator[tuple[Path, Mapping[str, Any]]]:
    if isinstance(value, Mapping):
        yield path, value
        for key, child in value.items():
            yield from _objects(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _objects(child, (*path, index))


def new_source(
    *, authors: str, year: int, title: str, doi: str, url: str, taken: Collection[str]
) -> dict[str, Any]:
    """A source document as ``sources.toml`` holds one: an id not ``taken``, its short
    citation ("Smith et al., 2024"), the full citation, and a DOI or web address; a
    :class:`ValueError` says what is missing or wrong."""
    from pydantic import ValidationError

    authors, title = " ".join(authors.split()), " ".join(title.split())
    doi, url = _plain_doi(doi.strip()), url.strip()
    if not authors or not title:
        raise ValueError("give the authors and the title")
    if not 1900 <= year <= 2100:
        raise ValueError(f"{year} is not a year of publication")
    if not (doi or url):
        raise ValueError("give a DOI or a web address")
    if doi and not _DOI.match(doi):
        raise ValueError(f"{doi!r} is not a DOI (they start with 10. and a slash follows)")
    if url and not re.match(r"^https?://\S+\.\S+$", url):
        raise ValueError(f"{url!r} is not a web address (https://...)")
    first = re.split(r",|;| and | y ", authors)[0].split()[0]
    several = bool(re.search(r",|;| and | y ", authors))
    short = f"{first} et al., {year}" if several else f"{first}, {year}"
    where = f" doi:{doi}" if doi else f" {url}"
    stem = re.sub(r"[^a-z0-9]+", "_", fold(first)).strip("_") or "source"
    stem = stem if stem[0].isalpha() else f"s_{stem}"
    candidates = (f"{stem}_{year}", *(f"{stem}_{year}_{n}" for n in range(2, 100)))
    document: dict[str, Any] = {
        "id": next(c for c in candidates if c not in taken),
        "short": short,
        "citation": f"{authors}. {title.rstrip('.')}. {year}.{where}",
        "year": year,
        "doi": doi or None,
        "url": url or None,
    }
    try:
        adapter(Source).validate_python(document)
    except ValidationError as error:
        raise ValueError(error.errors()[0]["msg"]) from None
    return document


def _plain_doi(doi: str) -> str:
    """A DOI without the resolver in front ("https://doi.org/10.1/x" -> "10.1/x")."""
    for prefix in _DOI_PREFIXES:
        if doi.casefold().startswith(prefix):
            return doi[len(prefix) :].strip()
    return doi
