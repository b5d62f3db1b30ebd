"""The trial diary: instructions, a page for each of a few usual days before the trial
(the baseline), one page per trial day, and a summing-up page.

Each day, before the trial and during it, asks the same things: the pain score (0-10)
at set times, what the patient did, sleep, medicines and notes, so the trial days have
the patient's usual days to be compared with; a trial day also asks whether the
stimulator was on, and its programme. A day's date is printed when the procedure's is
known (:func:`~neuromod_aid.trial.diary_date`). The first page says what counts as a
success for this trial (its length and the therapy's criterion, ``success_relief``;
the therapy's own text where the content gives no one figure). The last page asks for
the overall relief in percent on a plain scale (nothing on it marks an answer), with a
worked example, that the nurse works it out with the patient if they prefer, and the
criterion in one line, so the patient and the team judge the trial by the same
yardstick. Every page ends with the red box of the summary and the nurse sheet, made
compact and kept whole on the page: the same warning signs, from the same content; whom
to call (the clinic's phone, the emergency services, its out-of-hours number); and, for
a trial whose leads come out through the skin, what to do if a lead comes out or the
tingling moves.
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Table

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.therapy import Therapy
from neuromod_aid.consultation import Clinic, Consultation
from neuromod_aid.pdf.blocks import (
    BULLET,
    WriteLines,
    boxed,
    gap,
    out_of_hours,
    para,
    procedure_document,
    unbroken,
)
from neuromod_aid.pdf.fonts import BOLD, REGULAR
from neuromod_aid.pdf.layout import FRAME_WIDTH, PageDecor, build_pdf
from neuromod_aid.pdf.sections.warning_signs import signs_only, warning_parts, warning_section
from neuromod_aid.pdf.sheet_about import about_sheet
from neuromod_aid.pdf.styles import BRAND_SOFT, TABLE_GRID, table_style
from neuromod_aid.pdf.text import markup
from neuromod_aid.present.formatting import NO_BREAK_SPACE
from neuromod_aid.present.wording import Wording
from neuromod_aid.trial import BASELINE_DAYS, DiaryPhase, diary_date

TIMES = ("time_morning", "time_midday", "time_evening", "time_night")
RELIEF_STEPS = tuple(range(0, 101, 10))
LEADS_OUT = "during_trial"
"""The instructions for a trial whose leads come out through the skin: its therapies'
diaries say what to do if a lead comes out or the tingling moves."""


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
    # in large print the steps close up, so that the first page holds the red box too
    steps = (
        ParagraphStyle("Steps", parent=sheet["Bullet"], spaceAfter=0) if large else sheet["Bullet"]
    )
    story += [
        Paragraph(markup(step), steps, bulletText=f"{n}.")
        for n, step in enumerate(labels("diary_steps", baseline=BASELINE_DAYS).split("|"), start=1)
    ]
    call = _call_box(catalog, record.clinic, therapy, labels, sheet)
    # who made and checked it: on the first page in normal print, where there is room
    # (the summing-up fills the last page); in large print, where the first page is full,
    # on a last page of its own, with whom to call
    about = [about_sheet(catalog, therapy, labels, sheet)]
    about_first, about_last = ([], [*call, PageBreak(), *about]) if large else (about, [])
    relief = therapy.trial.success_relief
    # this trial's length and its success criterion; the therapy's own text (which gives
    # the usual lengths) only where the content gives no one figure
    success = (
        labels("diary_success", days=days, percent=labels.percent(relief))
        if relief is not None
        else therapy.trial.text(lang)
    )
    story += [
        p(labels("diary_criterion"), "H2"),
        boxed([p(success)], FRAME_WIDTH),
        *call,
        *about_first,
        PageBreak(),
    ]
    day_pages: list[tuple[DiaryPhase, str, str, int]] = [
        ("baseline", "diary_baseline_day", "diary_notes_baseline", BASELINE_DAYS),
        ("trial", "diary_day", "diary_notes", days),
    ]
    for phase, heading, notes, count in day_pages:
        for day in range(1, count + 1):
            title = labels(heading, day=day, days=count)
            when = diary_date(procedure.date, phase, day) if procedure.date else None
            page = _day_page(title, when, notes, labels, sheet, large, stimulation=phase == "trial")
            story += [*page, *call, PageBreak()]
    story += [
        p(labels("diary_summary"), "H1"),
        p(labels("diary_before"), "Body"),
        p(labels("diary_during"), "Body"),
        p(labels("diary_relief"), "H2"),
        p(labels("diary_relief_help"), "Body"),
        _relief_scale(size),
        p(labels("diary_example"), "Body"),
        p(labels("diary_work_out"), "BodyBold"),
    ]
    if large:  # the summing-up takes two pages in large print, each with whom to call
        story += [*call, PageBreak()]
    if relief is not None:
        story.append(p(labels("diary_success_short", percent=labels.percent(relief)), "Body"))
    story += [
        p(labels("diary_better"), "H3"),
        WriteLines(lines, line),
        gap(sheet, 0.5),
        p(labels("diary_decide"), "BodyBold"),
        *about_last,
        *call,
    ]
    decor = PageDecor(record.clinic, record.patient, labels, large, both_identifiers=True)
    return build_pdf(story, decor=decor, title=labels("diary_title"), subject=therapy.name(lang))


def _writing_space(sheet: StyleSheet1, large: bool) -> tuple[float, int]:
    """The spacing of the lines to write on, and how many a box has: each day must fit on
    one page, with the red box at its foot."""
    return sheet["Body"].leading * (1.05 if large else 1.45), 2 if large else 3


def _day_page(
    title: str,
    when: dt.date | None,
    notes: str,
    labels: Wording,
    sheet: StyleSheet1,
    large: bool,
    *,
    stimulation: bool,
) -> list[Flowable]:
    """One day, before the trial or during it, asking the same things (its date when the
    procedure's is known); a trial day also asks whether the stimulator was on, and its
    programme."""
    line, lines = _writing_space(sheet, large)
    size = sheet["Body"].fontSize
    date = labels("diary_date_known", date=labels.date(when)) if when else labels("diary_date")
    date_width = stringWidth(date, BOLD, sheet["BodyBold"].fontSize) + size
    title_width = stringWidth(title, BOLD, sheet["H2"].fontSize)
    cells = [Paragraph(markup(title), sheet["H2"]), Paragraph(markup(date), sheet["BodyBold"])]
    # the date at the right of the day's title, or under it where both do not fit a line
    if title_width + date_width <= FRAME_WIDTH:
        head = Table([cells], colWidths=[FRAME_WIDTH - date_width, date_width])
    else:
        head = Table([[cells[0]], [cells[1]]], colWidths=[FRAME_WIDTH])
    head.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        )
    )
    # the headings close to what they head, so that a day fits on its page
    before = 0 if large else size * 0.3
    h3 = ParagraphStyle("DayH3", parent=sheet["H3"], spaceBefore=before, spaceAfter=0)

    def heading(key: str) -> Paragraph:
        return Paragraph(markup(labels(key)), h3)

    return [
        head,
        heading("diary_pain"),
        _pain_table(labels, sheet, size, large),
        heading("diary_activities"),
        WriteLines(lines, line),
        *_tick_row("diary_sleep", "sleep_options", labels, sheet, large),
        *(
            _tick_row("diary_stimulation", "stimulation_options", labels, sheet, large)
            if stimulation
            else []
        ),
        heading("diary_medicines"),
        WriteLines(lines, line),
        heading(notes),
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
        rowHeights=[size * (1.3 if large else 1.9)] * len(TIMES),
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


def _call_box(
    catalog: Catalog, clinic: Clinic, therapy: Therapy, labels: Wording, sheet: StyleSheet1
) -> list[Flowable]:
    """At the foot of every page, kept whole on it: the summary's and the nurse sheet's red
    box made compact to fit under a day. Its heading and the same warning signs (the same
    content) in one paragraph; whom to call (:func:`_whom_to_call`); for a trial with
    leads through the skin, what to do if a lead comes out or the tingling moves."""
    lang = labels.lang
    parts = warning_parts(catalog, (therapy.id,))
    mark = f" {BULLET}{NO_BREAK_SPACE}"  # a bullet never ends a line: it goes with its sign
    signs = mark.join(markup(item(lang)) for part in parts for item in signs_only(part))
    title = markup(warning_section(catalog).title(lang))
    call = markup(_whom_to_call(clinic, labels))
    if therapy.id in catalog.instruction(LEADS_OUT).therapies:
        call += f" <b>{markup(labels('diary_call_lead'))}</b>"
    rows = [
        Paragraph(f"<b>{title}:</b>{mark}{signs}", sheet["Tight"]),
        Paragraph(call, sheet["Tight"]),
    ]
    return [gap(sheet, 0.3), KeepTogether([boxed(rows, FRAME_WIDTH, warning=True)])]


def _whom_to_call(clinic: Clinic, labels: Wording) -> str:
    """The clinic's phone and the emergency services if it cannot be reached (as the red
    box says them), then its out-of-hours number and to ask for the pain doctor on call
    there (or what to do when it is closed, where it gave no number)."""
    if clinic.phone.strip():
        call = labels("diary_call_phone", phone=unbroken(clinic.phone))
    else:
        call = labels("diary_call_no_phone", clinic=clinic.name)
    closed = unbroken(clinic.out_of_hours_phone)
    if closed:
        call += f" {labels('diary_call_closed', phone=closed)}"
    elif text := out_of_hours(clinic, labels):
        call += f" {text}"
    return call


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


def _tick_row(
    heading_key: str, options_key: str, labels: Wording, sheet: StyleSheet1, large: bool
) -> list[Flowable]:
    """A heading ('How I slept', 'Stimulator') and the boxes to tick: on one line where
    they fit on it, else the heading above them (large print)."""
    parts = labels(options_key).split("|")
    size = sheet["Cell"].fontSize
    heading = labels(heading_key)
    cells = [markup(part) for part in parts]
    widths = [stringWidth(part, REGULAR, size) + size for part in parts]
    lead = stringWidth(f"{heading}:", BOLD, size) + size
    inline = lead + sum(widths) - size <= FRAME_WIDTH
    if inline:
        cells.insert(0, f"<b>{markup(heading)}:</b>")
        widths.insert(0, lead)
    widths[-1] = FRAME_WIDTH - sum(widths[:-1])
    table = Table([[Paragraph(cell, sheet["Cell"]) for cell in cells]], colWidths=widths)
    table.setStyle(table_style(("LEFTPADDING", (0, 0), (-1, -1), 0)))
    above = [gap(sheet, 0.2 if large else 0.4)] if inline else [para(heading, "H3", sheet)]
    return [*above, table]
