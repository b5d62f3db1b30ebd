"""Next steps, on page 1, drawn as a timeline (PEMAT: a visual aid that makes acting
easier): down a line, a dot and the short date for each step, in the record's order, and
beside each dot what was planned, with its date in words and a box to tick, the agreed
one in bold (its dot bigger). A dated trial brings the day the pain diary starts
(``present.next_steps.diary_start``): a row of its own before the trial's, or, where page 1
has no room for that, a sentence at the end of the trial's row."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table

from neuromod_aid.pdf.blocks import BOX
from neuromod_aid.pdf.fonts import BOLD
from neuromod_aid.pdf.layout import FRAME_WIDTH
from neuromod_aid.pdf.sections.context import SectionContext
from neuromod_aid.pdf.styles import BRAND, table_style
from neuromod_aid.pdf.text import markup
from neuromod_aid.present.next_steps import (
    booked_change,
    diary_start,
    diary_start_text,
    step_text,
)

DiaryDay = Literal["row", "with_trial"]  # where the timeline says the diary's first day


class TimelineMark(Flowable):
    """One step's mark on the timeline: its short date (a line each of ``label``), then
    its dot on the line that joins the steps (the table's rule after the dates' column);
    the agreed step's dot is bigger."""

    def __init__(
        self, label: tuple[str, ...], size: float, leading: float, *, agreed: bool
    ) -> None:
        super().__init__()
        self.label, self.size, self.leading, self.agreed = label, size, leading, agreed
        self.width, self.height = 0.0, leading * len(label)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return self.width, self.height

    def draw(self) -> None:
        canvas, size = self.canv, self.size
        radius = size * (0.5 if self.agreed else 0.32)
        middle = self.height - size * 0.62  # beside the first line of the step's words
        canvas.saveState()
        canvas.setFillColor(BRAND)
        canvas.circle(self.width, middle, radius, stroke=0, fill=1)
        canvas.setFont(BOLD, size)
        for n, line in enumerate(self.label):
            baseline = middle - size * 0.35 - n * self.leading
            canvas.drawRightString(self.width - size * 0.9, baseline, line)
        canvas.restoreState()


def line_width(size: float) -> float:
    """The timeline's line, thicker in large print."""
    return max(1.2, size * 0.12)


def _label(ctx: SectionContext, day: dt.date | None) -> tuple[str, ...]:
    """A step's short date, "7 Dec"; in large print the month under the day (the dates'
    column stays narrow); none without a date."""
    if day is None:
        return ("",)
    number, month = ctx.labels.day_month(day)
    return (number, month) if ctx.large else (f"{number} {month}",)


def _rows(ctx: SectionContext, diary: DiaryDay | None) -> list[tuple[tuple[str, ...], str, bool]]:
    """The timeline's rows, in the record's order: each step's short date, its words (in
    markup) and whether it is the agreed one; with ``diary``, a dated trial's diary's
    first day, in a row before the trial's or at the end of the trial's words."""
    rows = []
    for step in ctx.record.next_steps:
        in_trial = diary == "with_trial"
        starts = markup(diary_start_text(step, ctx.labels, in_trial=in_trial)) if diary else ""
        if starts and diary == "row":
            rows.append((_label(ctx, diary_start(step)), starts, False))
        text = markup(step_text(step, ctx.labels))
        if step.agreed:
            booked = booked_change(step.kind, ctx.record.clinic, ctx.labels)
            text = f"<b>{text}</b> {markup(booked)}"
        if starts and diary == "with_trial":
            text = f"{text} {starts}"
        rows.append((_label(ctx, step.date), text, step.agreed))
    return rows


def step_list(ctx: SectionContext, *, diary: DiaryDay | None = None) -> list[Flowable]:
    """Every next step with its date on the timeline (with ``diary``, the diary's first
    day before a dated trial, where it says), or that none was agreed yet."""
    if not ctx.record.next_steps:
        return [ctx.p(ctx.t("no_agreed_step"))]
    style = ctx.sheet["Check"]
    size = style.fontSize
    said = _rows(ctx, diary)
    widest = max(stringWidth(line, BOLD, size) for label, _, _ in said for line in label)
    dates = widest + size * 1.4
    rows = [
        [
            TimelineMark(label, size, style.leading, agreed=agreed),
            Paragraph(text, style, bulletText=BOX),
        ]
        for label, text, agreed in said
    ]
    table = Table(rows, colWidths=[dates, FRAME_WIDTH - dates], hAlign="LEFT")
    table.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEAFTER", (0, 0), (0, -1), line_width(size), BRAND),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, -1), 0),
            ("LEFTPADDING", (1, 0), (1, -1), size * 0.5),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), size * 0.25),
        )
    )
    return [table]
