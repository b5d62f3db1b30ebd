"""Every patient-facing text in a catalog, with where it sits (for the checks).

The catalog's items are walked field by field: each :class:`~text.Text` is a block,
named by its item, its dotted path inside the item and the nearest object that can
cite ``sources``; each entry of the wording tables is a block of its own.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from neuromod_aid.catalog import model
from neuromod_aid.catalog.kinds import COLLECTIONS, SINGLETONS, WORDING
from neuromod_aid.catalog.text import Text

Origins = Mapping[tuple[str, str], str]  # (top-level key, item id) -> the file it came from


@dataclass(frozen=True)
class TextBlock:
    """One patient-facing :class:`~text.Text` and where it sits."""

    file: str
    item: str
    field: str  # dotted path inside the item, e.g. "outcomes.process_6_months.text"
    name: str  # the field's own name, e.g. "text"; a wording entry's: its table's key
    text: Text
    sources_owner: str  # path of the nearest object with a ``sources`` field ("" = item)
    sourced: bool  # that object cites at least one source

    def where(self, lang: str) -> str:
        """The field of one language's text: "what_it_is.es" (a wording entry: "es")."""
        return f"{self.field}.{lang}" if self.field else lang


@dataclass(frozen=True)
class _Item:
    key: str
    item_id: str
    file: str
    value: Any


def text_blocks(catalog: model.Catalog, origins: Origins) -> Iterator[TextBlock]:
    """Every :class:`~text.Text` in the catalog (title-like ones and labels included)."""

    def locate(key: str, name: str) -> str:
        return origins.get((key, name), "(catalog)")

    for item in _items(catalog, locate):
        yield from _walk(item, item.value, "", "", _has_sources(item.value, True))
    for key, attr in WORDING.items():
        for name, wording in getattr(catalog, attr).items():
            sourced = bool(wording.sources)
            yield TextBlock(locate(key, name), name, "", key, wording, "", sourced)


def _items(catalog: model.Catalog, locate: Callable[[str, str], str]) -> Iterator[_Item]:
    for key, (attr, _) in COLLECTIONS.items():
        for value in getattr(catalog, attr):
            item_id = str(getattr(value, "id", getattr(value, "view", "")))
            yield _Item(key, item_id, locate(key, item_id), value)
    for key, (attr, _) in SINGLETONS.items():
        yield _Item(key, key, locate(key, key), getattr(catalog, attr))


def _has_sources(value: Any, default: bool) -> bool:
    if _is_dataclass(value) and "sources" in {f.name for f in dataclasses.fields(value)}:
        return bool(value.sources)
    return default


def _is_dataclass(value: Any) -> bool:
    return dataclasses.is_dataclass(value) and not isinstance(value, type)


def _walk(item: _Item, value: Any, path: str, owner: str, sourced: bool) -> Iterator[TextBlock]:
    if not _is_dataclass(value):
        return
    for spec in dataclasses.fields(value):
        child = getattr(value, spec.name)
        child_path = f"{path}.{spec.name}" if path else spec.name
        yield from _walk_value(item, child, child_path, spec.name, owner, sourced)


def _walk_value(
    item: _Item, value: Any, path: str, name: str, owner: str, sourced: bool
) -> Iterator[TextBlock]:
    if isinstance(value, Text):
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
