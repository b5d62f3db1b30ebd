"""Next steps, on page 1, drawn as a timeline (PEMAT: a visual aid that makes acting
easier): down a line, a dot and the short date for each step, in the record's order, and
beside each dot what was planned, with its date in words and a box to tick, the agreed
one in bold (its dot bigger)."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table

from neuromod_aid.consultation import NextStep
from neuromod_aid.pdf.blocks import BOX
from neuromod_aid.pdf.fonts import BOLD
from neuromod_aid.pdf.layout import FRAME_WIDTH
from neuromod_aid.pdf.sections.context import SectionContext
from neuromod_aid.pdf.styles import BRAND, table_style
from neuromod_aid.pdf.text import markup
from neuromod_aid.present.next_steps import booked_change, step_text


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


def _label(ctx: SectionContext, step: NextStep) -> tuple[str, ...]:
    """The step's short date, "7 Dec"; in large print the month under the day (the dates'
    column stays narrow); none without a date."""
    if step.date is None:
        return ("",)
    day, month = ctx.labels.day_month(step.date)
    return (day, month) if ctx.large else (f"{day} {month}",)


def step_list(ctx: SectionContext) -> list[Flowable]:
    """Every next step with its date on the timeline, or that none was agreed yet."""
    steps = ctx.record.next_steps
    if not steps:
        return [ctx.p(ctx.t("no_agreed_step"))]
    style = ctx.sheet["Check"]
    size = style.fontSize
    labels = [_label(ctx, step) for step in steps]
    dates = max(stringWidth(line, BOLD, size) for label in labels for line in label) + size * 1.4
    rows = []
    for step, label in zip(steps, labels, strict=True):
        text = markup(step_text(step, ctx.labels))
        if step.agreed:
            booked = booked_change(step.kind, ctx.record.clinic, ctx.labels)
            text = f"<b>{text}</b> {markup(booked)}"
        rows.append(
            [
                TimelineMark(label, size, style.leading, agreed=step.agreed),
                Paragraph(text, style, bulletText=BOX),
            ]
        )
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
