"""The languages the content declares, read from its manifest without loading the catalog.

The window offers them for the program's own language before the catalog has loaded
(pydantic and the content files are read on a worker, so the window appears at once).
The catalog's :class:`~neuromod_aid.catalog.manifest.Manifest` validates the same table;
this reads only each language's code and own name, default first.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from neuromod_aid.paths import content_dir


def declared_languages(folder: Path | None = None) -> dict[str, str]:
    """Language code -> its own name ("es" -> "Español"); empty if the manifest cannot
    be read (the catalog then cannot be loaded either, and the window says why)."""
    path = (folder or content_dir()) / "manifest.toml"
    try:
        languages = tomllib.loads(path.read_text(encoding="utf-8"))["manifest"]["languages"]
        return {str(code): str(table["name"]) for code, table in languages.items()}
    except (
        OSError,
        UnicodeDecodeError,
        tomllib.TOMLDecodeError,
        KeyError,
        TypeError,
        AttributeError,
    ):
        return {}
