"""The catalog as one JSON document (contract: ``docs/content-format.md``), and back.

:func:`export_catalog` writes it; :func:`export_subset` writes only some items in the
same shape (the clinic's own: ``content export-local``); :func:`items_from_export`
reads a file of that shape (any subset) back into items of the content files' kinds.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from neuromod_aid.catalog.kinds import SINGLETONS, WORDING
from neuromod_aid.catalog.loader import ContentError, Problem, catalog_documents, item_id
from neuromod_aid.catalog.model import Catalog

# where each kind of item sits in the export: (top-level key, key inside it or "")
PLACES: dict[str, tuple[str, str]] = {
    "manifest": ("manifest", ""),
    "therapy": ("therapies", ""),
    "current_care": ("current_care", ""),
    "condition": ("conditions", ""),
    "pain_area": ("pain_areas", ""),
    "body_map": ("body_map", "frame"),
    "body_outline": ("body_map", "outlines"),
    "benefit": ("benefits", ""),
    "innovation": ("innovations", ""),
    "instruction": ("instructions", ""),
    "blood_thinner_policy": ("blood_thinners", "policy"),
    "blood_thinner": ("blood_thinners", "medicines"),
    "glossary": ("glossary", ""),
    "seed_topic": ("seed_topics", ""),
    "source": ("sources", ""),
    "value": ("values", ""),
    "clinic_offer": ("clinic_offer", ""),
}
WORDING_PLACE = "wording"  # every label and sentence, id -> text
DERIVED = frozenset({"content_version", "languages", "revisions"})  # ignored when read back

Item = tuple[str, dict[str, Any]]  # (kind, its document in the content files' schema)


def export_catalog(catalog: Catalog) -> dict[str, Any]:
    documents = catalog_documents(catalog)
    areas_by_region: dict[str, list[str]] = {}
    for area in catalog.pain_areas:
        areas_by_region.setdefault(area.region, []).append(area.id)
    therapies = []
    for therapy in documents["therapy"]:
        considered = therapy["considered_for"]
        regions = [r for group in considered["pain_areas"] for r in group["ids"]]
        therapies.append(
            {
                **therapy,
                "considered_for": {
                    "conditions": _unique(i for g in considered["conditions"] for i in g["ids"]),
                    "pain_areas": _unique(a for r in regions for a in areas_by_region.get(r, [])),
                    "pain_regions": _unique(regions),
                    "details": considered,
                },
            }
        )
    manifest = documents["manifest"][0]
    exported: dict[str, Any] = {
        "content_version": manifest["content_version"],
        "languages": list(manifest["languages"]),
    }
    for kind, (top, inner) in PLACES.items():
        items: Any = therapies if kind == "therapy" else documents[kind]
        value = items[0] if kind in SINGLETONS else items
        if inner:
            exported.setdefault(top, {})[inner] = value
        else:
            exported[top] = value
    exported[WORDING_PLACE] = {**documents["label"][0], **documents["sentence"][0]}
    return exported


def export_subset(
    catalog: Catalog, items: Collection[tuple[str, str]], wording: Collection[str]
) -> dict[str, Any]:
    """Only the items named ``(kind, id)`` and the wording ids ``wording``, in the export's
    shape."""
    everything = export_catalog(catalog)
    subset: dict[str, Any] = {"content_version": everything["content_version"]}
    for kind, (top, inner) in PLACES.items():
        value = everything[top][inner] if inner else everything[top]
        if kind in SINGLETONS:
            kept = value if (kind, kind) in items else None
        else:
            kept = [v for v in value if (kind, item_id(kind, v)) in items] or None
        if kept is not None and inner:
            subset.setdefault(top, {})[inner] = kept
        elif kept is not None:
            subset[top] = kept
    texts = {name: text for name, text in everything[WORDING_PLACE].items() if name in wording}
    if texts:
        subset[WORDING_PLACE] = texts
    return subset


def items_from_export(data: Any, catalog: Catalog, origin: str) -> list[Item]:
    """The items of a file in the export's shape (any subset), as documents of the
    content files' kinds; the wording's entries join the table (label or sentence)
    ``catalog`` has them in. A file of the wrong shape is a :class:`ContentError`
    naming where."""
    problems: list[Problem] = []
    if not isinstance(data, Mapping):
        raise ContentError([Problem(origin, "", "", "the file is not a JSON object")])
    found: list[Item] = []
    places = {place for place, _ in PLACES.values()} | {WORDING_PLACE} | DERIVED
    problems += [
        Problem(origin, "", key, "not a part of the content export")
        for key in data
        if key not in places
    ]
    for kind, (top, inner) in PLACES.items():
        value = data.get(top)
        if inner and isinstance(value, Mapping):
            value = value.get(inner)
        elif inner:
            value = None
        if value is None:
            continue
        where = f"{top}.{inner}" if inner else top
        entries = [value] if kind in SINGLETONS else value
        if not isinstance(entries, list) or not all(isinstance(e, Mapping) for e in entries):
            problems.append(Problem(origin, "", where, "expected " + _expected(kind)))
            continue
        found += [(kind, _as_stored(kind, dict(entry))) for entry in entries]
    found += _wording_items(data.get(WORDING_PLACE), catalog, origin, problems)
    if problems:
        raise ContentError(problems)
    return found


def _wording_items(
    texts: Any, catalog: Catalog, origin: str, problems: list[Problem]
) -> list[Item]:
    if texts is None:
        return []
    if not isinstance(texts, Mapping):
        problems.append(Problem(origin, "", WORDING_PLACE, "expected an object: id -> text"))
        return []
    documents = catalog_documents(catalog)
    tables = {key: dict(documents[key][0]) for key in WORDING}
    changed: set[str] = set()
    for name, text in texts.items():
        key = next((k for k, table in tables.items() if name in table), None)
        if key is None:
            problems.append(Problem(origin, name, WORDING_PLACE, "no such wording id"))
            continue
        tables[key][name] = text
        changed.add(key)
    return [(key, tables[key]) for key in WORDING if key in changed]


def _as_stored(kind: str, entry: dict[str, Any]) -> dict[str, Any]:
    """A therapy's ``considered_for`` back to its entries (the export flattens it)."""
    considered = entry.get("considered_for")
    if kind == "therapy" and isinstance(considered, Mapping) and "details" in considered:
        return {**entry, "considered_for": considered["details"]}
    return entry


def _expected(kind: str) -> str:
    return "an object" if kind in SINGLETONS else "a list of objects"


def _unique(values: Any) -> list[str]:
    return list(dict.fromkeys(values))
