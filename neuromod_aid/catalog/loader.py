"""Read the content files under ``resources/content`` into a validated :class:`Catalog`.

Every ``*.toml`` file below the folder may hold any of the top-level keys of
:mod:`neuromod_aid.catalog.kinds`: collections (arrays of tables), singletons (one
table) and the wording tables (id -> text). Items are merged across files, so each
therapy can live in a file of its own. Every problem
found is reported with the file, the item and the field; nothing is half-loaded.
Reading the files' bytes (:func:`content_files`) is kept apart from parsing them, so
the cache in :mod:`neuromod_aid.catalog.store` keys exactly the bytes it parsed.
"""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from neuromod_aid.catalog import model
from neuromod_aid.catalog.kinds import COLLECTIONS, SINGLETONS, WORDING
from neuromod_aid.catalog.languages import language_problems
from neuromod_aid.catalog.references import reference_problems
from neuromod_aid.catalog.text import Wording
from neuromod_aid.frozen import FrozenMap
from neuromod_aid.validation import adapter

if TYPE_CHECKING:
    from pydantic import ValidationError


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the content, located as precisely as we can."""

    file: str
    item: str
    field: str
    message: str  # in English
    # what the message says, for another language (``catalog.messages``): its id and
    # parameters; none for a message that is said in English only (the schema's)
    message_id: str = dataclasses.field(default="", compare=False)
    params: tuple[tuple[str, str], ...] = dataclasses.field(default=(), compare=False)

    def __str__(self) -> str:
        where = " ".join(
            part
            for part in (
                self.file,
                f"item {self.item!r}" if self.item else "",
                f"field {self.field!r}" if self.field else "",
            )
            if part
        )
        return f"{where}: {self.message}"


class ContentError(Exception):
    """The content could not be loaded; :attr:`problems` lists every reason."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        first = str(self.problems[0]) if self.problems else "unknown problem"
        more = f" (and {len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        super().__init__(f"content error: {first}{more}")


@dataclass(frozen=True)
class ContentFile:
    """One content file as read: its name below the content folder and its bytes
    (``None`` if it could not be read, and ``error`` says why)."""

    name: str
    data: bytes | None
    error: str = ""


@dataclass
class _Raw:
    """Items as read from the files, before validation, remembering their origin."""

    collections: dict[str, list[tuple[str, Mapping[str, Any]]]] = field(default_factory=dict)
    singletons: dict[str, tuple[str, Mapping[str, Any]]] = field(default_factory=dict)
    wording: dict[str, dict[str, tuple[str, Any]]] = field(default_factory=dict)  # key: id: ...


def load_catalog(folder: Path) -> model.Catalog:
    """Load, validate and cross-check every content file below ``folder``."""
    return catalog_from_files(content_files(folder), folder)


def content_files(folder: Path) -> tuple[ContentFile, ...]:
    """Every ``*.toml`` file below ``folder``, in the order the loader merges them."""
    files = []
    for path in sorted(folder.rglob("*.toml")):
        name = path.relative_to(folder).as_posix()
        try:
            files.append(ContentFile(name, path.read_bytes()))
        except OSError as error:
            files.append(ContentFile(name, None, str(error)))
    return tuple(files)


def catalog_from_files(files: Sequence[ContentFile], folder: Path) -> model.Catalog:
    """Parse, validate and cross-check the files :func:`content_files` read in ``folder``."""
    raw, problems = _parse(files, folder)
    return _build(raw, problems)


def item_id(key: str, data: Mapping[str, Any]) -> str:
    """What names an item of kind ``key``: its ``id`` (a body outline: its ``view``; a
    singleton or a whole wording table: the key itself)."""
    if key in SINGLETONS or key in WORDING:
        return key
    return str(data.get("id", data.get("view", "")))


Documents = dict[str, list[tuple[str, Mapping[str, Any]]]]


def catalog_from_documents(documents: Documents) -> model.Catalog:
    """Build a catalog from stored documents: ``{top-level key: [(origin, data), ...]}``.

    The same validation as for files runs; ``origin`` names where each came from. A
    wording table is one document (id -> text).
    """
    raw = _Raw()
    for key, items in documents.items():
        if key in WORDING:
            origin, table = items[0]
            raw.wording[key] = {name: (origin, text) for name, text in table.items()}
        elif key in SINGLETONS:
            raw.singletons[key] = items[0]
        else:
            raw.collections[key] = list(items)
    return _build(raw, [])


def catalog_documents(catalog: model.Catalog) -> dict[str, list[dict[str, Any]]]:
    """The inverse of :func:`catalog_from_documents`: plain JSON-ready data per key."""
    documents: dict[str, list[dict[str, Any]]] = {}
    for key, (attr, item_type) in COLLECTIONS.items():
        items = adapter(item_type)
        documents[key] = [items.dump_python(item, mode="json") for item in getattr(catalog, attr)]
    for key, (attr, item_type) in SINGLETONS.items():
        documents[key] = [adapter(item_type).dump_python(getattr(catalog, attr), mode="json")]
    for key, attr in WORDING.items():
        table = adapter(FrozenMap[Wording])
        documents[key] = [table.dump_python(getattr(catalog, attr), mode="json")]
    return documents


def _build(raw: _Raw, problems: list[Problem]) -> model.Catalog:
    from pydantic import ValidationError

    origins: dict[tuple[str, str], str] = {}
    catalog_fields: dict[str, Any] = {}
    for key, (attr, item_type) in COLLECTIONS.items():
        validator = adapter(item_type)
        items = []
        seen: dict[str, str] = {}
        for file, data in raw.collections.get(key, []):
            name = item_id(key, data) if isinstance(data, Mapping) else ""
            try:
                item = validator.validate_python(data)
            except ValidationError as error:
                problems.extend(_problems_from(error, file, f"{key} {name}".strip()))
                continue
            if name in seen:
                problems.append(
                    Problem(file, name, "id", f"duplicate {key} id, also in {seen[name]}")
                )
                continue
            seen[name] = file
            origins[(key, name)] = file
            items.append(item)
        if key == "therapy":
            items.sort(key=lambda therapy: (therapy.order, therapy.id))
        catalog_fields[attr] = tuple(items)
    for key, (attr, item_type) in SINGLETONS.items():
        if key not in raw.singletons:
            problems.append(Problem("(catalog)", key, "", f"nothing defines [{key}]"))
            continue
        file, data = raw.singletons[key]
        origins[(key, key)] = file
        try:
            catalog_fields[attr] = adapter(item_type).validate_python(data)
        except ValidationError as error:
            problems.extend(_problems_from(error, file, key))
    for key, attr in WORDING.items():
        table = {}
        for name, (file, data) in raw.wording.get(key, {}).items():
            origins[(key, name)] = file
            try:
                table[name] = adapter(Wording).validate_python(data)
            except ValidationError as error:
                problems.extend(_problems_from(error, file, name))
        catalog_fields[attr] = FrozenMap(table)
    if problems:
        raise ContentError(problems)
    return cross_checked(model.Catalog(**catalog_fields), origins)


def cross_checked(
    catalog: model.Catalog, origins: Mapping[tuple[str, str], str] | None = None
) -> model.Catalog:
    """``catalog``, once every ID it uses is known to be defined (else :class:`ContentError`;
    ``origins`` maps (kind, item id) to the file each problem is reported against)."""
    where = origins or {}

    def locate(kind: str, name: str) -> str:
        return where.get((kind, name), "(catalog)")

    problems = [
        Problem(*found)
        for found in (*reference_problems(catalog, locate), *language_problems(catalog, where))
    ]
    if problems:
        raise ContentError(problems)
    return catalog


def shipped_version(folder: Path) -> str | None:
    """The content version in ``folder``'s manifest.toml, read without loading the rest
    (``None`` if it cannot be read)."""
    try:
        manifest = tomllib.loads((folder / "manifest.toml").read_text(encoding="utf-8"))
        version = manifest["manifest"]["content_version"]
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError, UnicodeDecodeError):
        return None
    return version if isinstance(version, str) else None


def _parse(files: Sequence[ContentFile], folder: Path) -> tuple[_Raw, list[Problem]]:
    raw = _Raw()
    problems: list[Problem] = []
    worded: dict[str, str] = {}  # wording id -> the file that defines it
    if not files:
        problems.append(Problem(str(folder), "", "", "no content files found"))
    for file in files:
        name = file.name
        try:
            if file.data is None:
                raise OSError(file.error)
            # as Path.read_text reads it: universal newlines
            text = file.data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
            document = tomllib.loads(text)
        except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as error:
            problems.append(Problem(name, "", "", f"cannot be read: {error}"))
            continue
        for key, value in document.items():
            if key in COLLECTIONS:
                values = value if isinstance(value, list) else [value]
                raw.collections.setdefault(key, []).extend((name, v) for v in values)
            elif key in WORDING:
                problems.extend(_add_wording(raw, key, value, name, worded))
            elif key in SINGLETONS:
                if key in raw.singletons:
                    other = raw.singletons[key][0]
                    problems.append(Problem(name, key, "", f"[{key}] is also defined in {other}"))
                else:
                    raw.singletons[key] = (name, value)
            else:
                known = ", ".join(sorted([*COLLECTIONS, *SINGLETONS, *WORDING]))
                problems.append(
                    Problem(name, "", key, f"unknown top-level key; expected one of {known}")
                )
    return raw, problems


def _add_wording(
    raw: _Raw, key: str, table: Any, file: str, worded: dict[str, str]
) -> list[Problem]:
    """Add a file's ``[label]`` or ``[sentence]`` table; an id is defined once, in one of
    them (the documents read labels and sentences by the same ids)."""
    if not isinstance(table, Mapping):
        return [Problem(file, key, "", f"[{key}] is a table of id = text")]
    problems = []
    for name, text in table.items():
        if name in worded:
            problems.append(Problem(file, name, "", f"wording id also defined in {worded[name]}"))
            continue
        worded[name] = file
        raw.wording.setdefault(key, {})[name] = (file, text)
    return problems


def _problems_from(error: ValidationError, file: str, item: str) -> list[Problem]:
    found = []
    for detail in error.errors(include_url=False):
        location = ".".join(str(part) for part in detail["loc"])
        found.append(Problem(file, item, location, detail["msg"]))
    return found
