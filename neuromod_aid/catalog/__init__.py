"""The content catalog: schema (``model``), loading (``loader``), the cache (``store``),
clinic revisions (``overrides``) and checks."""

from __future__ import annotations

from neuromod_aid.catalog.loader import ContentError, Problem, load_catalog
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.store import shipped_catalog

__all__ = ["Catalog", "ContentError", "Problem", "load_catalog", "shipped_catalog"]
