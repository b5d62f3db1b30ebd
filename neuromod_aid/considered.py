"""Which therapies are commonly considered for this patient, and why.

It informs; the clinician decides. Once conditions are chosen, a therapy is
considered only when one of its listed conditions matches (brain stimulation is not
pushed for CRPS because the leg hurts); the regions of the marked pain areas then
add their reasons. With no condition chosen, the regions alone decide. Left and
right, front and back of a region count alike.
"""

from __future__ import annotations

from dataclasses import dataclass

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.text import Lang
from neuromod_aid.catalog.therapy import Indication, Therapy
from neuromod_aid.consultation import Consultation


@dataclass(frozen=True)
class Match:
    therapy: Therapy
    reasons: tuple[str, ...]  # plain words, in the consultation's language
    sources: tuple[str, ...]  # short citations, e.g. "NICE TA159, 2008"

    @property
    def considered(self) -> bool:
        return bool(self.reasons)


def _matches(indications: tuple[Indication, ...], chosen: set[str]) -> list[Indication]:
    return [i for i in indications if chosen.intersection(i.ids)]


def rank_therapies(catalog: Catalog, record: Consultation, lang: Lang) -> list[Match]:
    """Every therapy, those commonly considered first (catalog order otherwise)."""
    conditions = set(record.conditions)
    known_areas = {a.id: a for a in catalog.pain_areas}
    regions: set[str] = {known_areas[a].region for a in record.pain_areas if a in known_areas}
    found = []
    for therapy in catalog.therapies:
        by_condition = _matches(therapy.considered_for.conditions, conditions)
        by_region = _matches(therapy.considered_for.pain_areas, regions)
        gate = by_condition if conditions and therapy.considered_for.conditions else by_region
        hits = by_condition + by_region if gate else []
        reasons = tuple(dict.fromkeys(h.reason(lang) for h in hits))
        source_ids = dict.fromkeys(s for h in hits for s in h.sources)
        sources = tuple(_short(catalog, s) for s in source_ids)
        found.append(Match(therapy, reasons, sources))
    return sorted(found, key=lambda m: (not m.considered, m.therapy.order))


def _short(catalog: Catalog, source_id: str) -> str:
    try:
        return catalog.source(source_id).short
    except KeyError:
        return source_id
