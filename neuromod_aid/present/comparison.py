"""The options a patient compares: each therapy discussed, in the record's order, then
current care (IPDAS: carrying on as now is an option of its own); and the rows of the
side-by-side table, the same questions for every option."""

from __future__ import annotations

from dataclasses import dataclass

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.therapy import Glance
from neuromod_aid.consultation import Consultation
from neuromod_aid.present.wording import Wording

ROWS = ("what_happens", "invasiveness", "benefits", "downsides", "upkeep", "reversible")


@dataclass(frozen=True)
class Option:
    """One option as the patient sees it named, and its answers to the table's rows."""

    id: str
    name: str  # in full: "Spinal cord stimulation (SCS)"
    short_name: str  # a table column's heading: "SCS"
    glance: Glance


@dataclass(frozen=True)
class Row:
    """One question of the table, and each option's answer in the same order."""

    heading: str
    answers: tuple[str, ...]


def options(record: Consultation, catalog: Catalog) -> tuple[Option, ...]:
    """The therapies discussed, then current care."""
    lang = record.language
    therapies = (catalog.therapy(t) for t in record.therapies_discussed)
    care = catalog.current_care
    return (
        *(Option(t.id, t.name(lang), t.short_name(lang), t.glance) for t in therapies),
        Option(care.id, care.name(lang), care.name(lang), care.glance),
    )


def rows(compared: tuple[Option, ...], words: Wording) -> tuple[Row, ...]:
    """The table's rows for ``compared``, in the language of ``words``."""
    return tuple(
        Row(
            words(f"row_{row}"),
            tuple(getattr(option.glance, row)(words.lang) for option in compared),
        )
        for row in ROWS
    )
