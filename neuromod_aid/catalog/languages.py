"""Every text in every language the manifest declares, and in no other.

Run whenever a catalog is loaded (:func:`~neuromod_aid.catalog.loader.cross_checked`),
so a catalog missing one text in one language is refused, naming the item, the field
and the language.
"""

from __future__ import annotations

from collections.abc import Iterator

from neuromod_aid.catalog import model
from neuromod_aid.catalog.manifest import Manifest
from neuromod_aid.catalog.texts import Origins, text_blocks


def language_problems(
    catalog: model.Catalog, origins: Origins
) -> Iterator[tuple[str, str, str, str]]:
    """Each problem as (file, item, field, message)."""
    manifest = catalog.manifest
    declared = manifest.codes
    listed = ", ".join(declared)
    for block in text_blocks(catalog, origins):
        owner = block.field or block.item
        for code in declared:
            if code not in block.text:
                yield (
                    block.file,
                    block.item,
                    block.where(code),
                    f"{owner!r} has no text in {_named(manifest, code)}: give it in every "
                    f"language the manifest declares ({listed})",
                )
        for code in block.text:
            if code not in manifest.languages:
                yield (
                    block.file,
                    block.item,
                    block.where(code),
                    f"{code!r} is not a language the manifest declares ({listed})",
                )


def _named(manifest: Manifest, code: str) -> str:
    return f"{manifest.language_name(code)} ({code})"
