"""The trial diary: instructions, one page per trial day, and a summing-up page.

Each day asks for the pain score (0-10) at set times, what the patient did, sleep,
medicines and notes. The last page asks for the overall relief in percent, next to
the therapy's own trial text (which says what counts as a success, e.g. pain at
least halved), so the patient and the team judge the trial by the same yardstick.
"""

from __future__ import annotations

from reportlab.lib.styles import StyleSheet1
from reportlab.platypus import Flowable, PageBreak, Paragraph, Table

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.consultation import Consultation
from neuromod_aid.pdf.blocks import WriteLines, boxed, gap, para, procedure_document
from neuromod_aid.pdf.fonts import BOLD
from neuromod_aid.pdf.layout import FRAME_WIDTH, PageDecor, build_pdf
from neuromod_aid.pdf.styles import BRAND, BRAND_SOFT, TABLE_GRID, table_style
from neuromod_aid.pdf.text import markup
from neuromod_aid.present.wording import Wording

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
    line = sheet["Body"].leading * (1.3 if large else 1.6)
    lines = 2 if large else 3  # writing lines per box: each day must fit on one page

    def p(text: str, style: str = "Body") -> Paragraph:
        return para(text, style, sheet)

    story: list[Flowable] = [
        p(labels("diary_title"), "Title"),
        p(f"{therapy.name(lang)} · {labels('for_patient', name=record.patient.name)}", "Subtitle"),
        p(labels("diary_how"), "H2"),
    ]
    story += [
        Paragraph(markup(step), sheet["Bullet"], bulletText=f"{n}.")
        for n, step in enumerate(labels("diary_steps").split("|"), start=1)
    ]
    story += [
        p(labels("diary_criterion"), "H2"),
        boxed([p(therapy.trial.text(lang))], FRAME_WIDTH),
        PageBreak(),
    ]
    for day in range(1, days + 1):
        story += [
            p(labels("diary_day", day=day, days=days), "H1"),
            p(labels("diary_date"), "BodyBold"),
            p(labels("diary_pain"), "H3"),
            _pain_table(labels, sheet, size, large),
            p(labels("diary_activities"), "H3"),
            WriteLines(lines, line),
            p(labels("diary_sleep"), "H3"),
            _sleep_row(labels, sheet),
            p(labels("diary_medicines"), "H3"),
            WriteLines(lines, line),
            p(labels("diary_notes"), "H3"),
            WriteLines(lines, line),
            PageBreak(),
        ]
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
        p(labels("diary_better"), "H3"),
        WriteLines(lines, line),
        gap(sheet, 0.5),
        p(labels("diary_decide"), "BodyBold"),
    ]
    decor = PageDecor(record.clinic, record.patient, labels, large, both_identifiers=True)
    return build_pdf(story, decor=decor, title=labels("diary_title"), subject=therapy.name(lang))


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
        rowHeights=[size * (1.9 if large else 2.3)] * len(TIMES),
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


def _relief_scale(size: float) -> Table:
    """0% to 100% in steps of 10; 50% and above (pain at least halved) shaded."""
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
            ("BACKGROUND", (5, 0), (-1, 0), BRAND_SOFT),
            ("LINEABOVE", (5, 0), (-1, 0), 2.5, BRAND),
        )
    )
    return table


def _sleep_row(labels: Wording, sheet: StyleSheet1) -> Table:
    parts = labels("sleep_options").split("|")
    widths = [FRAME_WIDTH * 0.2] * (len(parts) - 1)
    widths.append(FRAME_WIDTH - sum(widths))
    table = Table([[Paragraph(markup(part), sheet["Cell"]) for part in parts]], colWidths=widths)
    table.setStyle(table_style(("LEFTPADDING", (0, 0), (-1, -1), 0)))
    return table
