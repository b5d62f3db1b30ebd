"""The kinds of item a content file may hold: each top-level key and what it becomes.

Collections are arrays of tables (``[[source]]``), merged across files; singletons
are one table (``[manifest]``), defined once; wording tables (``[label]``,
``[sentence]``) map ids to texts, merged across files, each id defined once.
"""

from __future__ import annotations

from typing import Any

from neuromod_aid.catalog import model
from neuromod_aid.catalog.clinic import ClinicOffer
from neuromod_aid.catalog.manifest import Manifest
from neuromod_aid.catalog.therapy import CurrentCare, Therapy

# top-level key in a file -> (Catalog field, item type)
COLLECTIONS: dict[str, tuple[str, type[Any]]] = {
    "source": ("sources", model.Source),
    "condition": ("conditions", model.Condition),
    "body_outline": ("body_outlines", model.BodyOutline),
    "pain_area": ("pain_areas", model.PainArea),
    "therapy": ("therapies", Therapy),
    "benefit": ("benefits", model.Feature),
    "innovation": ("innovations", model.Feature),
    "instruction": ("instructions", model.InstructionSection),
    "blood_thinner": ("blood_thinners", model.BloodThinner),
    "glossary": ("glossary", model.GlossaryTerm),
    "seed_topic": ("seed_topics", model.SeedTopic),
    "value": ("values", model.ValueStatement),
    "checklist_item": ("checklist", model.ChecklistItem),
}
SINGLETONS: dict[str, tuple[str, type[Any]]] = {
    "manifest": ("manifest", Manifest),
    "body_map": ("body_map", model.BodyMapFrame),
    "current_care": ("current_care", CurrentCare),
    "blood_thinner_policy": ("blood_thinner_policy", model.BloodThinnerPolicy),
    "clinic_offer": ("clinic_offer", ClinicOffer),
}
# top-level key -> Catalog field (id -> Text)
WORDING: dict[str, str] = {"label": "labels", "sentence": "sentences"}
