"""The trial diary: instructions, a page for each of a few usual days before the trial
(the baseline), one page per trial day, and a summing-up page.

Each day, before the trial and during it, asks the same things: the pain score (0-10)
at set times, what the patient did, sleep, medicines and notes, so the trial days have
the patient's usual days to be compared with. The last page asks for the overall relief
in percent on a plain scale (nothing on it marks an answer), next to the therapy's own
trial text (which says what counts as a success, e.g. pain at least halved), so the
patient and the team judge the trial by the same yardstick. Every page ends with the
warning signs and whom to call: the clinic's phone and its out-of-hours number.
"""

from __future__ import annotations

from reportlab.lib.styles import StyleSheet1
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Paragraph, Table

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.consultation import Clinic, Consultation
from neuromod_aid.pdf.blocks import (
    WriteLines,
    boxed,
    gap,
    out_of_hours,
    para,
    procedure_document,
)
from neuromod_aid.pdf.fonts import BOLD, REGULAR
from neuromod_aid.pdf.layout import FRAME_WIDTH, PageDecor, build_pdf
from neuromod_aid.pdf.sheet_about import about_sheet
from neuromod_aid.pdf.styles import BRAND_SOFT, TABLE_GRID, table_style
from neuromod_aid.pdf.text import markup
from neuromod_aid.present.formatting import NO_BREAK_SPACE
from neuromod_aid.present.wording import Wording
from neuromod_aid.trial import BASELINE_DAYS

TIMES = ("time_morning", "time_midday", "time_evening", "time_night")
RELIEF_STEPS = tuple(range(0, 101, 10))


def build_trial_diary(
    record: Consultation, catalog: Catalog, *, large_print: bool | None = None
) -> bytes:
    large, labels, sheet, lang, procedure, therapy = procedure_document(
        record, catalog, large_print
    )
    days = procedure.trial_days
    size = sheet["Body"].fontSize
    line, lines = _writing_space(sheet, large)

    def p(text: str, style: str = "Body") -> Paragraph:
        return para(text, style, sheet)

    story: list[Flowable] = [
        p(labels("diary_title"), "Title"),
        p(f"{therapy.name(lang)} · {labels('for_patient', name=record.patient.name)}", "Subtitle"),
        p(labels("diary_how"), "H2"),
    ]
    story += [
        Paragraph(markup(step), sheet["Bullet"], bulletText=f"{n}.")
        for n, step in enumerate(labels("diary_steps", baseline=BASELINE_DAYS).split("|"), start=1)
    ]
    call = _call_box(record.clinic, labels, sheet)
    story += [
        p(labels("diary_criterion"), "H2"),
        boxed([p(therapy.trial.text(lang))], FRAME_WIDTH),
        *call,
        PageBreak(),
    ]
    day_pages = [("diary_baseline_day", "diary_notes_baseline", BASELINE_DAYS)]
    day_pages.append(("diary_day", "diary_notes", days))
    for heading, notes, count in day_pages:
        for day in range(1, count + 1):
            title = labels(heading, day=day, days=count)
            story += [*_day_page(title, notes, labels, sheet, large), *call, PageBreak()]
    story += [
        p(labels("diary_summary"), "H1"),
        p(labels("diary_before"), "Body"),
        p(labels("diary_during"), "Body"),
        p(labels("diary_relief"), "H2"),
        p(labels("diary_relief_help"), "Body"),
        _relief_scale(size),
        gap(sheet, 0.5),
        p(labels("diary_criterion"), "H3"),
        p(therapy.trial.text(lang), "Body"),
    ]
    if large:  # the summing-up takes two pages in large print, each with whom to call
        story += [*call, PageBreak()]
    story += [
        p(labels("diary_better"), "H3"),
        WriteLines(lines, line),
        gap(sheet, 0.5),
        p(labels("diary_decide"), "BodyBold"),
        about_sheet(catalog, therapy, labels, sheet),
        *call,
    ]
    decor = PageDecor(record.clinic, record.patient, labels, large, both_identifiers=True)
    return build_pdf(story, decor=decor, title=labels("diary_title"), subject=therapy.name(lang))


def _writing_space(sheet: StyleSheet1, large: bool) -> tuple[float, int]:
    """The spacing of the lines to write on, and how many a box has: each day must fit on
    one page, with whom to call at its foot."""
    return sheet["Body"].leading * (1.15 if large else 1.6), 2 if large else 3


def _day_page(
    title: str, notes: str, labels: Wording, sheet: StyleSheet1, large: bool
) -> list[Flowable]:
    """One day, before the trial or during it, asking the same things."""
    line, lines = _writing_space(sheet, large)
    size = sheet["Body"].fontSize
    date = labels("diary_date")
    date_width = stringWidth(date, BOLD, sheet["BodyBold"].fontSize) + size
    head = Table(
        [[Paragraph(markup(title), sheet["H2"]), Paragraph(markup(date), sheet["BodyBold"])]],
        colWidths=[FRAME_WIDTH - date_width, date_width],
    )
    head.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        )
    )
    return [
        head,
        para(labels("diary_pain"), "H3", sheet),
        _pain_table(labels, sheet, size, large),
        para(labels("diary_activities"), "H3", sheet),
        WriteLines(lines, line),
        *_sleep_row(labels, sheet, large),
        para(labels("diary_medicines"), "H3", sheet),
        WriteLines(lines, line),
        para(labels(notes), "H3", sheet),
        WriteLines(lines, line),
    ]


def _pain_table(labels: Wording, sheet: StyleSheet1, size: float, large: bool) -> Table:
    """One row per time of day; the patient circles a number from 0 to 10."""
    head_width = FRAME_WIDTH * (0.3 if large else 0.22)
    cell = (FRAME_WIDTH - head_width) / 11
    data: list[list[Flowable | str]] = []
    for key in TIMES:
        data.append(
            [
                Paragraph(f"<b>{markup(labels(key))}</b>", sheet["Cell"]),
                *(str(n) for n in range(11)),
            ]
        )
    table = Table(
        data,
        colWidths=[head_width, *([cell] * 11)],
        rowHeights=[size * (1.5 if large else 2.1)] * len(TIMES),
    )
    table.setStyle(
        table_style(
            ("FONTNAME", (1, 0), (-1, -1), BOLD),
            ("FONTSIZE", (1, 0), (-1, -1), size),
            ("ALIGN", (1, 0), (-1, -1), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("GRID", (0, 0), (-1, -1), 0.6, TABLE_GRID),
            ("BACKGROUND", (0, 0), (0, -1), BRAND_SOFT),
        )
    )
    return table


def _call_box(clinic: Clinic, labels: Wording, sheet: StyleSheet1) -> list[Flowable]:
    """The warning signs and whom to call, at the foot of every page: the clinic's phone,
    then its out-of-hours number (or what to do when it is closed, where it gave no number)."""
    if clinic.phone.strip():
        call = labels("diary_call_phone", phone=_unbroken(clinic.phone))
    else:
        call = labels("diary_call_no_phone", clinic=clinic.name)
    closed = _unbroken(clinic.out_of_hours_phone)
    if closed:
        call += f" {labels('out_of_hours')} {labels('out_of_hours_phone', phone=closed)}"
    elif text := out_of_hours(clinic, labels):
        call += f" {text}"
    signs = f"<b>{markup(labels('diary_call_signs'))}</b> {markup(call)}"
    return [gap(sheet, 0.3), boxed([Paragraph(signs, sheet["Body"])], FRAME_WIDTH, warning=True)]


def _unbroken(phone: str) -> str:
    """A phone number that never breaks across lines."""
    return NO_BREAK_SPACE.join(phone.split())


def _relief_scale(size: float) -> Table:
    """0% to 100% in steps of 10, every step drawn alike: nothing suggests an answer."""
    cell = FRAME_WIDTH / len(RELIEF_STEPS)
    table = Table(
        [[str(n) for n in RELIEF_STEPS]],
        colWidths=[cell] * len(RELIEF_STEPS),
        rowHeights=[size * 2.6],
    )
    table.setStyle(
        table_style(
            ("FONTNAME", (0, 0), (-1, -1), BOLD),
            ("FONTSIZE", (0, 0), (-1, -1), size),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("GRID", (0, 0), (-1, -1), 0.6, TABLE_GRID),
        )
    )
    return table


def _sleep_row(labels: Wording, sheet: StyleSheet1, large: bool) -> list[Flowable]:
    """'How I slept' and the boxes to tick: on one line, or the heading above them in
    large print."""
    parts = labels("sleep_options").split("|")
    size = sheet["Cell"].fontSize
    heading = labels("diary_sleep")
    cells = [markup(part) for part in parts]
    widths = [stringWidth(part, REGULAR, size) + size * 1.5 for part in parts[:-1]]
    if not large:
        cells.insert(0, f"<b>{markup(heading)}:</b>")
        widths.insert(0, stringWidth(f"{heading}:", BOLD, size) + size * 1.5)
    widths.append(FRAME_WIDTH - sum(widths))
    table = Table([[Paragraph(cell, sheet["Cell"]) for cell in cells]], colWidths=widths)
    table.setStyle(table_style(("LEFTPADDING", (0, 0), (-1, -1), 0)))
    above = [para(heading, "H3", sheet)] if large else [gap(sheet, 0.4)]
    return [*above, table]
