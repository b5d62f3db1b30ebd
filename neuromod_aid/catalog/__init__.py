"""The content catalog: schema (``model``), loading (``loader``) and checks."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from neuromod_aid.catalog.loader import ContentError, Problem, load_catalog
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.paths import content_dir

__all__ = ["Catalog", "ContentError", "Problem", "load_catalog", "shipped_catalog"]


def shipped_catalog() -> Catalog:
    """The catalog as shipped with the program (validated; cached per folder)."""
    return _load_cached(content_dir())


@cache
def _load_cached(folder: Path) -> Catalog:
    return load_catalog(folder)
