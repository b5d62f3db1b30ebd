"""The catalog as one JSON document (contract: ``docs/content-format.md``)."""

from __future__ import annotations

from typing import Any

from neuromod_aid.catalog.loader import catalog_documents
from neuromod_aid.catalog.model import Catalog


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
    return {
        "content_version": manifest["content_version"],
        "languages": list(manifest["languages"]),
        "manifest": manifest,
        "therapies": therapies,
        "current_care": documents["current_care"][0],
        "conditions": documents["condition"],
        "pain_areas": documents["pain_area"],
        "body_map": {
            "frame": documents["body_map"][0],
            "outlines": documents["body_outline"],
        },
        "benefits": documents["benefit"],
        "innovations": documents["innovation"],
        "instructions": documents["instruction"],
        "blood_thinners": {
            "policy": documents["blood_thinner_policy"][0],
            "medicines": documents["blood_thinner"],
        },
        "glossary": documents["glossary"],
        "seed_topics": documents["seed_topic"],
        "sources": documents["source"],
        "values": documents["value"],
        "wording": {**documents["label"][0], **documents["sentence"][0]},
    }


def _unique(values: Any) -> list[str]:
    return list(dict.fromkeys(values))
