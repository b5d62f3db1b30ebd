"""A clinic's approved revisions laid over the shipped catalog: the catalog in use.

A revision replaces one item, named by its kind (a top-level content key: ``therapy``,
``source``, ``blood_thinner_policy``...) and its id (a body outline's is its view, a
singleton's its kind), with a whole document in the content files' schema; an id the
shipped content lacks adds the item. The result is validated and cross-checked like
the files. A revision that no longer fits (say a source it cites is no longer shipped)
is left out and reported, so the program always opens with a valid catalog; one whose
shipped item has changed since it was written is applied and reported as outdated,
for the clinic to review.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from neuromod_aid.catalog.clinic import LocalRevision
from neuromod_aid.catalog.loader import (
    ContentError,
    Documents,
    Problem,
    catalog_documents,
    catalog_from_documents,
    item_id,
)
from neuromod_aid.catalog.model import Catalog

SHIPPED = "shipped content"  # where an item that no revision replaced comes from


@dataclass(frozen=True)
class Override:
    """An approved revision of one item."""

    revision: int  # its id in the database
    item_kind: str
    item_id: str
    document: Mapping[str, Any]
    base_shipped_hash: str | None  # :func:`document_hash` of the shipped item it revised
    origin: str = ""  # where a problem with it is said to be ("revision 12" when empty)
    approved_by: str = ""  # who approved it, and on what day (none yet: a draft checked)
    approved_on: dt.date | None = None

    @property
    def where(self) -> str:
        return self.origin or f"revision {self.revision}"


@dataclass(frozen=True)
class CatalogInUse:
    catalog: Catalog
    applied: tuple[int, ...]  # revision ids, in the order applied
    outdated: tuple[int, ...]  # applied, but the shipped item changed since they were written
    refused: tuple[tuple[int, str], ...]  # (revision id, why it no longer fits)


def document_hash(document: Mapping[str, Any]) -> str:
    """SHA-256 of an item's document in canonical JSON (key order does not matter)."""
    canonical = json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def apply_overrides(shipped: Catalog, overrides: Sequence[Override]) -> CatalogInUse:
    """``shipped`` with ``overrides`` applied in order (a later one for the same item wins)."""
    if not overrides:
        return CatalogInUse(shipped, (), (), ())
    base = catalog_documents(shipped)
    try:
        catalog = _merged(base, overrides)
        applied = list(overrides)
        refused: list[tuple[int, str]] = []
    except ContentError:  # one or more no longer fit: find them, one at a time
        catalog, applied, refused = shipped, [], []
        for override in overrides:
            try:
                catalog = _merged(base, [*applied, override])
            except ContentError as error:
                refused.append((override.revision, str(error)))
            else:
                applied.append(override)
    outdated = tuple(o.revision for o in applied if o.base_shipped_hash != _shipped_hash(base, o))
    ids = tuple(o.revision for o in applied)
    changes = tuple(
        LocalRevision(
            id=o.revision,
            item_kind=o.item_kind,
            item_id=o.item_id,
            approved_by=o.approved_by,
            approved_on=o.approved_on,
        )
        for o in applied
    )
    return CatalogInUse(replace(catalog, local_changes=changes), ids, outdated, tuple(refused))


def with_overrides(catalog: Catalog, overrides: Sequence[Override]) -> Catalog:
    """``catalog`` with every one of ``overrides`` applied, or a :class:`ContentError`
    naming each one's problems (by :attr:`Override.where`): an edit checked before it
    is stored."""
    return _merged(catalog_documents(catalog), overrides)


def _merged(base: dict[str, list[dict[str, Any]]], overrides: Sequence[Override]) -> Catalog:
    documents: Documents = {
        key: [(SHIPPED, document) for document in items] for key, items in base.items()
    }
    for override in overrides:
        origin = override.where
        items = documents.get(override.item_kind)
        if items is None:
            raise _problem(origin, override, f"unknown kind of item {override.item_kind!r}")
        named = item_id(override.item_kind, override.document)
        if named != override.item_id:
            raise _problem(origin, override, f"its document is for {named!r}")
        position = next(
            (i for i, (_, d) in enumerate(items) if item_id(override.item_kind, d) == named),
            None,
        )
        if position is None:
            items.append((origin, override.document))
        else:
            items[position] = (origin, override.document)
    return catalog_from_documents(documents)


def _problem(origin: str, override: Override, message: str) -> ContentError:
    return ContentError([Problem(origin, override.item_id, "", message)])


def _shipped_hash(base: dict[str, list[dict[str, Any]]], override: Override) -> str | None:
    kind = override.item_kind
    return next(
        (document_hash(d) for d in base.get(kind, []) if item_id(kind, d) == override.item_id),
        None,
    )
