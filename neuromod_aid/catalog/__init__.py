"""The content catalog: schema (``model``), loading (``loader``) and checks."""

from __future__ import annotations

from functools import cache

from neuromod_aid.catalog.loader import ContentError, Problem, load_catalog
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.paths import content_dir

__all__ = ["Catalog", "ContentError", "Problem", "load_catalog", "shipped_catalog"]


@cache
def shipped_catalog() -> Catalog:
    """The catalog as shipped with the program (validated; cached per process)."""
    return load_catalog(content_dir())
