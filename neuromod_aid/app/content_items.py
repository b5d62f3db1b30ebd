"""The catalog as the content editor browses it, and the texts and figures it edits (Qt-free).

An :class:`Entry` is one thing to edit: an item (a therapy, a condition, an instruction,
a value statement, a blood-thinner row, the documents' wording) or a part of one (a
therapy's risk: its therapy's document, at ``focus``). Inside an item's document a text
is an object with a string for every language; :func:`texts` finds them, :func:`put`
writes one value back into a copy of the document.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from neuromod_aid.catalog.loader import catalog_documents, item_id
from neuromod_aid.catalog.model import Catalog

Key = str | int
Path = tuple[Key, ...]
FIGURES = ("frequency_low", "frequency_high", "denominator")  # a risk's numbers
GROUPS = ("therapy", "risk", "condition", "instruction", "value", "blood_thinner", "wording")


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
    return found


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
