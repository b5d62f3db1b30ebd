"""The shipped catalog: read from the content files, validated once, cached by their hash.

Parsing every TOML file and validating each item takes tens of milliseconds, and the
result depends only on those files and on the program. So it is kept in the data
folder's ``cache/`` folder, under a key: the SHA-256 of every content file's name and
bytes, the program version and the cache format. An edit to any content file changes
the key, so it is always picked up (no version bump needed); an unchanged set of files
is read back from the cache without parsing TOML.

The catalog in the cache was validated and cross-checked when it was written, so it is
read back without pydantic (importing it and building its validators would be a third
of a printed document's time): the header holds the SHA-256 of the JSON below it, and
each value is rebuilt by its field's type (:mod:`.rebuilt`, which refuses a value of
another type; each dataclass's own checks run), and every ID it uses (a cited source,
a condition, a therapy) must be defined in it (:mod:`.references`, some 0.5 ms). A
cache file that is damaged, stale or does not fit is ignored and rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from pathlib import Path

from neuromod_aid import __version__
from neuromod_aid.catalog.loader import (
    ContentFile,
    catalog_from_files,
    content_files,
)
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.rebuilt import CacheDamaged, rebuilt
from neuromod_aid.catalog.references import reference_problems
from neuromod_aid.files import atomic_write
from neuromod_aid.logging_setup import program_text
from neuromod_aid.paths import content_dir

# first line: the key and the SHA-256 of the rest; then the validated catalog as JSON
CACHE_FILE = "catalog.json"
_FORMAT = "5"  # the cache file's layout; a new layout ignores the old files

log = logging.getLogger(__name__)


def shipped_catalog(cache_dir: Path | None = None) -> Catalog:
    """The catalog as shipped (the files in :func:`neuromod_aid.paths.content_dir`), from
    the cache file in ``cache_dir`` (the data folder's ``cache/``) if it is current."""
    folder = content_dir()
    files = content_files(folder)  # read once: the key and the catalog share these bytes
    key = content_key(files)
    path = cache_dir / CACHE_FILE if cache_dir is not None else None
    cached = _read(path, key) if path is not None else None
    if cached is not None:
        return cached
    catalog = catalog_from_files(files, folder)
    if path is not None:
        _write(path, key, catalog)
    return catalog


def content_key(files: Sequence[ContentFile]) -> str:
    """SHA-256 of every content file (name and bytes), the program version, the format."""
    digest = hashlib.sha256(f"neuromod-aid catalog {_FORMAT} {__version__}\n".encode())
    for file in files:
        name = file.name.encode("utf-8")
        digest.update(len(name).to_bytes(8, "big") + name)
        if file.data is None:  # unreadable: never equal to a file that could be read
            digest.update(b"-")
        else:
            digest.update(b"+" + len(file.data).to_bytes(8, "big") + file.data)
    return digest.hexdigest()


def _read(path: Path, key: str) -> Catalog | None:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        log.warning(
            "content cache %s cannot be read (%s); rebuilding it",
            program_text(path),
            program_text(error),
        )
        return None
    header, _, body = data.partition(b"\n")
    written_key, _, digest = header.partition(b" ")
    if written_key != key.encode("ascii"):
        log.info("content cache %s is for other content files; rebuilding it", program_text(path))
        return None
    try:
        if digest != _digest(body):
            raise CacheDamaged("its checksum does not match")
        catalog: Catalog = rebuilt(Catalog, json.loads(body))
        problems = reference_problems(catalog, lambda _kind, _name: CACHE_FILE)
        if problems:  # edited and re-hashed: each ID it uses must still be defined
            _file, _item, _field, message = problems[0]
            raise CacheDamaged(message)
    except ValueError as error:  # CacheDamaged, or not JSON
        log.warning(
            "content cache %s is damaged (%s); rebuilding it",
            program_text(path),
            program_text(_first_line(error)),
        )
        return None
    return catalog


def _write(path: Path, key: str, catalog: Catalog) -> None:
    """Keep ``catalog`` for the next start (owner-only, written whole or not at all)."""
    from neuromod_aid.validation import adapter

    body = adapter(Catalog).dump_json(catalog)
    try:
        atomic_write(path, key.encode("ascii") + b" " + _digest(body) + b"\n" + body)
    except OSError as error:
        log.warning(
            "content cache %s cannot be written (%s)", program_text(path), program_text(error)
        )


def _digest(body: bytes) -> bytes:
    return hashlib.sha256(body).hexdigest().encode("ascii")


def _first_line(error: Exception) -> str:
    return str(error).splitlines()[0] if str(error) else type(error).__name__
