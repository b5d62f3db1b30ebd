"""The nurse's checklist: one page for the care team with everything the pre-procedure
checklist holds (each item's state, who marked it and when, the note), what the record
says about allergies and blood thinners, and the calls made.

The patient-facing parts (what to do before the day) are the nurse sheet's
(:mod:`pdf.nurse_sheet`); this page is the team's own and prints every item, those
not checked yet too, so the page shows what is left.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.lib.styles import ParagraphStyle, PropertySet
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.consultation import Call, Consultation, Procedure
from neuromod_aid.pdf.blocks import gap, para, procedure_document
from neuromod_aid.pdf.layout import FRAME_WIDTH, PageDecor, build_pdf
from neuromod_aid.pdf.sheet_about import about_sheet
from neuromod_aid.pdf.styles import BRAND, BRAND_SOFT, TABLE_GRID, WARNING_SOFT, table_style
from neuromod_aid.pdf.text import markup
from neuromod_aid.preparation import applicable, blood_thinner_names, checklist_status, kind_of
from neuromod_aid.present.wording import Wording

NOTE_SHOWN = 280  # characters of a note, or of what was said on a call, a cell shows


def build_checklist(
    record: Consultation, catalog: Catalog, *, large_print: bool | None = None
) -> bytes:
    large, labels, sheet, lang, procedure, therapy = procedure_document(
        record, catalog, large_print
    )
    # one page: the cells a little smaller than the summary's (large print: as they are)
    cell = sheet["CellSmall"]
    if not large:
        cell = ParagraphStyle("Tight", parent=cell, fontSize=8.5, leading=10.2)
    patient = record.patient
    kind = kind_of(procedure, catalog)

    status = checklist_status(procedure, catalog)
    done = labels("nc_status", done=status.done, not_needed=status.not_needed, to_do=status.to_do)
    if status.problems:
        done += " · " + labels("nc_problems", count=status.problems)
    facts = (
        ("nc_patient", patient.name),
        ("nc_procedure", therapy.name(lang)),
        ("nc_record_number", patient.record_number),
        ("nc_kind", labels(f"nc_kind_{kind}") if kind else ""),
        ("nc_birth_date", labels.date(patient.birth_date) if patient.birth_date else ""),
        ("nc_date", labels.date(procedure.date) if procedure.date else ""),
        ("nc_allergies", _allergies(procedure, labels)),
        ("nc_arrival", procedure.arrival_time),
        ("nc_blood_thinners", _thinners(procedure, catalog, labels)),
        ("nc_place", procedure.place),
        ("nc_printed", f"{labels.date(dt.date.today())}, {dt.datetime.now():%H:%M}"),
    )
    story: list[Flowable] = [
        para(labels("nc_title"), "H1", sheet),
        para(labels("nc_subtitle") + " · " + done, "BodyBold", sheet),
        _facts(facts, labels, cell),
        gap(sheet, 0.4),
        _items(procedure, catalog, labels, cell, sheet["CellHead"]),
    ]
    calls: Flowable = para(labels("nc_no_calls"), "Body", sheet)
    if procedure.calls:
        calls = _calls(procedure.calls, labels, cell, sheet["CellHead"])
    # the heading goes with the calls: the table never starts a page on its own; a table
    # longer than the page goes on over it, its header repeated
    story.append(KeepTogether([para(labels("nc_calls"), "KeyH2", sheet), calls]))
    story.append(about_sheet(catalog, therapy, labels, sheet, for_patient=False))
    decor = PageDecor(record.clinic, patient, labels, large, both_identifiers=True)
    return build_pdf(story, decor=decor, title=labels("nc_title"), subject=therapy.name(lang))


def _facts(facts: tuple[tuple[str, str], ...], labels: Wording, cell: PropertySet) -> Table:
    """The patient and the procedure, two facts a line."""
    shown = [
        Paragraph(f"<b>{markup(labels(key))}:</b> {markup(value or labels('nc_not_set'))}", cell)
        for key, value in facts
    ]
    rows = [shown[i : i + 2] for i in range(0, len(shown), 2)]
    table = Table(rows, colWidths=[FRAME_WIDTH * 0.5] * 2)
    table.setStyle(
        table_style(
            ("BACKGROUND", (0, 0), (-1, -1), BRAND_SOFT),
            ("BOX", (0, 0), (-1, -1), 0.6, TABLE_GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        )
    )
    return table


def _allergies(procedure: Procedure, labels: Wording) -> str:
    if procedure.allergies:
        return "; ".join(procedure.allergies)
    if procedure.no_known_allergies:
        return labels("nc_no_known_allergies")
    return labels("nc_allergies_not_written")


def _thinners(procedure: Procedure, catalog: Catalog, labels: Wording) -> str:
    names = blood_thinner_names(procedure, catalog, labels.lang)
    return "; ".join(names) or labels("nc_no_thinners")


def _stamp(by: str | None, when: str, labels: Wording) -> str:
    """Who and when; "nobody recorded" when nobody was chosen as working."""
    return f"{markup(by or labels('nobody_recorded'))}, {markup(when)}"


def _items(
    procedure: Procedure,
    catalog: Catalog,
    labels: Wording,
    cell: PropertySet,
    head: PropertySet,
) -> Table:
    keys = ("nc_item", "nc_state", "nc_by_when", "nc_note")
    data: list[list[Flowable]] = [[Paragraph(markup(labels(key)), head) for key in keys]]
    problems = []
    for index, item in enumerate(applicable(procedure, catalog), start=1):
        mark = procedure.mark(item.id)
        state = labels(f"nc_state_{mark.state}") if mark else labels("nc_state_none")
        when = _moment(mark.at) if mark else ""
        data.append(
            [
                Paragraph(markup(f"{index}. {item.label(labels.lang)}"), cell),
                Paragraph(f"<b>{markup(state)}</b>", cell),
                Paragraph(_stamp(mark.by, when, labels) if mark else "", cell),
                Paragraph(_start(mark.note, labels) if mark else "", cell),
            ]
        )
        if mark is not None and mark.state == "problem":
            problems.append(index)
    widths = (0.35, 0.15, 0.23, 0.27)
    return _grid(
        data, widths, *(("BACKGROUND", (0, row), (-1, row), WARNING_SOFT) for row in problems)
    )


def _calls(calls: tuple[Call, ...], labels: Wording, cell: PropertySet, head: PropertySet) -> Table:
    keys = ("nc_call_when", "nc_call_by", "nc_call_said", "nc_call_problems")
    data: list[list[Flowable]] = [[Paragraph(markup(labels(key)), head) for key in keys]]
    for call in sorted(calls, key=lambda c: c.at):
        reached = labels("nc_reached" if call.reached else "nc_not_reached")
        data.append(
            [
                Paragraph(markup(f"{_moment(call.at)} · {labels(f'nc_call_{call.kind}')}"), cell),
                Paragraph(_stamp(call.by, reached, labels), cell),
                Paragraph(_start(call.said, labels), cell),
                Paragraph(_start(call.problems, labels), cell),
            ]
        )
    return _grid(data, (0.22, 0.21, 0.31, 0.26), ("BACKGROUND", (0, 1), (-1, -1), BRAND_SOFT))


def _grid(data: list[list[Flowable]], widths: tuple[float, ...], *style: Any) -> Table:
    """A table with a heading row (repeated on a next page) and a grid; ``widths`` are
    parts of the frame's width."""
    table = Table(data, colWidths=[FRAME_WIDTH * part for part in widths], repeatRows=1)
    table.setStyle(
        table_style(
            ("BACKGROUND", (0, 0), (-1, 0), BRAND),
            ("GRID", (0, 0), (-1, -1), 0.6, TABLE_GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            *style,
        )
    )
    return table


def _start(text: str, labels: Wording) -> str:
    """A note as its cell shows it: all of it, or its start when it is long (a row must fit
    on a page), cut after a word and saying that the rest is in the record."""
    if len(text) <= NOTE_SHOWN:
        return markup(text)
    start = text[:NOTE_SHOWN].rsplit(maxsplit=1)[0]
    return f"{markup(start)}… {markup(labels('nc_cut'))}"


def _moment(at: dt.datetime) -> str:
    """A moment in local time, short: 2026-11-30 10:30."""
    return f"{at.astimezone():%Y-%m-%d %H:%M}"
