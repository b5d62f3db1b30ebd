"""The options a patient compares: each therapy discussed, in the record's order, then
current care (IPDAS: carrying on as now is an option of its own); and the rows of the
side-by-side table, the same questions for every option. Every figure the table shows is
out of 100 (the main risks: ``present.figures.out_of_100``); the exact published figure
stays in the risk's own figure on the detail pages."""

from __future__ import annotations

from dataclasses import dataclass

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.therapy import Glance, Risk
from neuromod_aid.consultation import Consultation
from neuromod_aid.present.figures import out_of_100
from neuromod_aid.present.wording import Wording

ROWS = ("what_happens", "invasiveness", "benefits", "downsides", "upkeep", "reversible")
RISKS_AFTER = "downsides"  # the main risks, out of 100, follow the downsides row


@dataclass(frozen=True)
class Option:
    """One option as the patient sees it named, and its answers to the table's rows."""

    id: str
    name: str  # in full: "Spinal cord stimulation (SCS)"
    short_name: str  # a table column's heading: "SCS"
    glance: Glance
    risks: tuple[Risk, ...] = ()  # the main risks (those the clinic's article names)


@dataclass(frozen=True)
class Row:
    """One question of the table, and each option's answer in the same order."""

    heading: str
    answers: tuple[str, ...]  # an answer of several lines (the main risks) has one a line


def options(record: Consultation, catalog: Catalog) -> tuple[Option, ...]:
    """The therapies discussed, then current care."""
    lang = record.language
    therapies = (catalog.therapy(t) for t in record.therapies_discussed)
    care = catalog.current_care
    return (
        *(
            Option(
                t.id,
                t.name(lang),
                t.short_name(lang),
                t.glance,
                tuple(r for r in t.risks if r.article_risk),
            )
            for t in therapies
        ),
        Option(care.id, care.name(lang), care.name(lang), care.glance),
    )


def rows(compared: tuple[Option, ...], words: Wording) -> tuple[Row, ...]:
    """The table's rows for ``compared``, in the language of ``words``; after the
    downsides, the main risks out of 100."""
    table: list[Row] = []
    for row in ROWS:
        answers = tuple(getattr(option.glance, row)(words.lang) for option in compared)
        table.append(Row(words(f"row_{row}"), answers))
        if row == RISKS_AFTER:
            table.append(Row(words("row_risks"), tuple(_risks(o, words) for o in compared)))
    return tuple(table)


def _risks(option: Option, words: Wording) -> str:
    """ "Infection: about 2.5 in 100 operations.", one risk a line."""
    if not option.risks:
        return words("compare_no_risks")
    return "\n".join(
        words("compare_risk", name=risk.name(words.lang), amount=out_of_100(risk, words))
        for risk in option.risks
    )
