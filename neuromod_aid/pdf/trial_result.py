"""The trial result: one or two pages for the patient and their family doctor after the
trial review. The chart of pain and relief by day against the usual days before the
trial and the therapy's success level, the numbers in words, the success criterion
(the therapy's trial text), what matters most to the patient, what was decided and
why, and the diary's days as a table.

The chart is drawn from :mod:`neuromod_aid.present.trial_result` (its :class:`Chart`
and :func:`points`), the window's chart from the same, so both show the values entered.
"""

from __future__ import annotations

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.styles import StyleSheet1
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Table

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.consultation import Consultation
from neuromod_aid.pdf.blocks import boxed, bullets, contact_block, gap, para, procedure_document
from neuromod_aid.pdf.fonts import BOLD, REGULAR
from neuromod_aid.pdf.layout import FRAME_WIDTH, PageDecor, build_pdf
from neuromod_aid.pdf.sheet_about import about_sheet
from neuromod_aid.pdf.styles import (
    BRAND,
    BRAND_SOFT,
    CARD_RULE,
    INK,
    MUTED,
    TABLE_GRID,
    WARNING,
    table_style,
)
from neuromod_aid.pdf.text import markup
from neuromod_aid.present.trial_result import (
    PAIN_MAX,
    Box,
    Chart,
    TrialResult,
    level_y,
    points,
    trial_chart,
    trial_result,
)
from neuromod_aid.present.wording import Wording
from neuromod_aid.tokens import CAUTION
from neuromod_aid.trial import DiaryDay

Dash = tuple[int, ...]  # on, off lengths; () a solid line
LINE_STYLE: dict[str, tuple[Color, Dash]] = {
    "pain": (BRAND, ()),
    "relief": (HexColor(CAUTION), (6, 3)),
}
LEVEL_STYLE: dict[str, tuple[Color, Dash]] = {
    "baseline": (MUTED, (2, 2)),
    "success": (WARNING, (8, 4)),
}


def build_trial_result(
    record: Consultation, catalog: Catalog, *, large_print: bool | None = None
) -> bytes:
    large, labels, sheet, lang, _, therapy = procedure_document(record, catalog, large_print)
    result = trial_result(record, catalog)

    def p(text: str, style: str = "Body") -> Paragraph:
        return para(text, style, sheet)

    story: list[Flowable] = [
        p(labels("tr_title"), "Title"),
        p(f"{therapy.name(lang)} · {labels('for_patient', name=record.patient.name)}", "Subtitle"),
        p(labels("tr_for")),
        p(labels("tr_chart"), "H2"),
    ]
    if any(day.pain is not None for day in result.days):
        story += [ChartFlowable(chart_of(result), labels, sheet), gap(sheet, 0.3)]
    if result.goals:  # beside the chart: the patient's own yardstick
        story += [p(labels("tr_goals"), "H3"), *bullets(result.goals, sheet)]
    story += [p(labels("tr_numbers"), "H2"), *(p(line) for line in numbers(result, labels))]
    story += [
        p(labels("tr_criterion"), "H2"),
        boxed([p(therapy.trial.text(lang))], FRAME_WIDTH),
    ]
    story += [p(labels("tr_decision"), "H2"), *(p(line) for line in decision(record, labels))]
    if result.days:
        # the table splits, its header row repeated: kept with its heading, it would
        # leave the page before it nearly empty; the heading still takes a few rows along
        heading = p(labels("tr_days"), "H2")
        heading.keepWithNext = False
        story += [
            CondPageBreak(sheet["Body"].leading * 5),
            heading,
            _days(result.days, labels, sheet),
        ]
    # the clinic's details kept whole: a phone on one page and its hours on the next
    story += [gap(sheet, 0.5), KeepTogether(contact_block(record.clinic, labels, sheet))]
    story.append(about_sheet(catalog, therapy, labels, sheet))
    decor = PageDecor(record.clinic, record.patient, labels, large, both_identifiers=True)
    return build_pdf(story, decor=decor, title=labels("tr_title"), subject=therapy.name(lang))


def column_labels(days: tuple[DiaryDay, ...], labels: Wording) -> list[str]:
    """Trial days by their number, the days before it as "Before 1"…"""
    return [
        labels("tr_day_before", day=d.day) if d.phase == "baseline" else str(d.day) for d in days
    ]


def chart_of(result: TrialResult) -> Chart:
    """The chart's columns are the days' numbers; the shading says which come first."""
    return trial_chart(result, [str(d.day) for d in result.days])


def numbers(result: TrialResult, labels: Wording) -> list[str]:
    """The chart's numbers in words: usual pain before and during, the part gone, the
    relief written, and the goal with whether it was reached."""
    lines = []
    if result.baseline_pain is None and result.trial_pain is None:
        lines.append(labels("tr_no_diary"))
    if result.baseline_pain is not None:
        lines.append(labels("tr_baseline_is", score=labels.number(round(result.baseline_pain, 1))))
    if result.trial_pain is not None:
        lines.append(labels("tr_trial_is", score=labels.number(round(result.trial_pain, 1))))
    if result.pain_gone is not None:
        gone = result.pain_gone
        lines.append(
            labels("tr_gone_is", percent=labels.percent(gone))
            if gone > 0
            else labels("tr_more_pain")
        )
    if result.relief is not None:
        lines.append(labels("tr_relief_is", percent=labels.percent(result.relief)))
    if result.success_relief is not None:
        lines.append(labels("tr_goal_is", percent=labels.percent(result.success_relief)))
        if result.met is not None:
            lines.append(labels("tr_met" if result.met else "tr_not_met"))
    return lines


def decision(record: Consultation, labels: Wording) -> list[str]:
    procedure = record.procedure
    made = procedure.decision if procedure is not None else None
    withdrawn = [
        labels("tr_withdrawn", date=labels.date(earlier.withdrawn.at.date()))
        for earlier in (procedure.withdrawn_decisions if procedure is not None else ())
        if earlier.withdrawn is not None
    ]
    if made is None:
        return [*withdrawn, labels("tr_undecided")]
    day = labels.date(made.at.date())
    lines = [
        *withdrawn,
        labels(f"tr_decided_{made.decision}"),
        labels("tr_reasons", reasons=made.reasons),
        labels("tr_decided_by", name=made.by, date=day)
        if made.by
        else labels("tr_decided_on", date=day),
    ]
    if made.decision == "implant":
        lines.append(labels("tr_next_implant"))
    return lines


def _days(days: tuple[DiaryDay, ...], labels: Wording, sheet: StyleSheet1) -> Table:
    """A line a day: the day, pain, pain gone, sleep, then what was done, the medicines
    and the problems in one column, so it stays readable in large print too."""
    cell, head = sheet["CellSmall"], sheet["CellHead"]
    none = labels("tr_none")
    keys = ("day", "pain", "relief", "sleep", "notes")
    data: list[list[Flowable]] = [
        [Paragraph(markup(labels(f"tr_col_{key}")), head) for key in keys]
    ]
    for label, day in zip(column_labels(days, labels), days, strict=True):
        values = (
            label,
            none if day.pain is None else labels.number(day.pain),
            none if day.relief is None else labels.percent(day.relief),
            none if day.sleep is None else labels(f"tr_sleep_{day.sleep}"),
        )
        notes = "<br/>".join(
            f"<b>{markup(labels(f'tr_col_{key}'))}:</b> {markup(text)}"
            for key, text in (
                ("activity", day.activity),
                ("medicines", day.medicines),
                ("problems", day.problems),
            )
            if text
        )
        data.append([*(Paragraph(markup(value), cell) for value in values), Paragraph(notes, cell)])
    widths = (0.15, 0.12, 0.14, 0.14, 0.45)
    table = Table(data, colWidths=[FRAME_WIDTH * w for w in widths], repeatRows=1)
    table.setStyle(
        table_style(
            ("BACKGROUND", (0, 0), (-1, 0), BRAND),
            ("GRID", (0, 0), (-1, -1), 0.6, TABLE_GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        )
    )
    return table


class ChartFlowable(Flowable):
    """Pain and relief by day: the days before the trial shaded, pain (0-10) on the
    left axis, the relief written (percent) on the right, the usual pain before the
    trial and the success level across, and a legend under it. Every text is the
    body's size, so large print stays large."""

    def __init__(self, chart: Chart, labels: Wording, sheet: StyleSheet1) -> None:
        super().__init__()
        self.chart = chart
        self.labels = labels
        self.size = sheet["Body"].fontSize
        self.width = FRAME_WIDTH
        axis = self.size * 2.6
        room = self.width - axis - self.size * 3  # the legend's text, beside its line
        self.legend = [
            (key, simpleSplit(labels(f"tr_{key}"), REGULAR, self.size, room))
            for key in ("pain", "relief", *(level.key for level in chart.levels))
        ]
        above = self.size * 1.6  # "before / during the trial" over the columns
        plot_height = self.size * 14
        self.legend_height = sum(len(lines) for _, lines in self.legend) * self.size * 1.5
        self.height = above + plot_height + self.size * 1.8 + self.legend_height
        # the plot in the drawing's own coordinates, y downwards (as present.points)
        self.box = Box(axis, above, self.width - 2 * axis - self.size, plot_height)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def flip(self, y: float) -> float:
        return self.height - y

    def draw(self) -> None:
        canvas: Canvas = self.canv
        box, chart, size = self.box, self.chart, self.size
        columns = len(chart.columns)
        step = box.width / max(columns, 1)
        bottom, top = self.flip(box.top + box.height), self.flip(box.top)
        baseline_days = chart.before
        if baseline_days:
            canvas.setFillColor(BRAND_SOFT)
            canvas.rect(box.left, bottom, step * baseline_days, box.height, stroke=0, fill=1)
        canvas.setFillColor(INK)
        canvas.setFont(BOLD, size)
        if baseline_days:
            canvas.drawString(box.left, top + size * 0.4, self.labels("tr_before"))
        if columns > baseline_days:
            right = box.left + box.width
            canvas.drawRightString(right, top + size * 0.4, self.labels("tr_during"))
        canvas.setFont(REGULAR, size)
        canvas.setStrokeColor(CARD_RULE)
        canvas.setLineWidth(0.5)
        for score in range(0, int(PAIN_MAX) + 1, 2):
            y = self.flip(box.y(score, PAIN_MAX))
            canvas.line(box.left, y, box.left + box.width, y)
            canvas.drawRightString(box.left - 3, y - size * 0.35, str(score))
            canvas.drawString(box.left + box.width + 3, y - size * 0.35, f"{score * 10}")
        for column, label in enumerate(chart.columns):
            x = box.x(column, columns)
            canvas.drawCentredString(x, bottom - size * 1.2, label)
        for level in chart.levels:
            colour, dash = LEVEL_STYLE[level.key]
            y = self.flip(level_y(level, box))
            self._stroke(colour, dash, 1.5)
            canvas.line(box.left, y, box.left + box.width, y)
        for series in chart.series:
            colour, dash = LINE_STYLE[series.key]
            drawn = [(x, self.flip(y)) for x, y in points(chart, series, box)]
            self._stroke(colour, dash, 2)
            if len(drawn) > 1:
                path = canvas.beginPath()
                path.moveTo(*drawn[0])
                for point in drawn[1:]:
                    path.lineTo(*point)
                canvas.drawPath(path, stroke=1, fill=0)
            canvas.setFillColor(colour)
            canvas.setDash()
            for x, y in drawn:
                if series.key == "pain":
                    canvas.circle(x, y, size * 0.25, stroke=0, fill=1)
                else:
                    half = size * 0.22
                    canvas.rect(x - half, y - half, 2 * half, 2 * half, stroke=0, fill=1)
        self._legend(bottom - size * 1.8)

    def _stroke(self, colour: Color, dash: tuple[int, ...], width: float) -> None:
        self.canv.setStrokeColor(colour)
        self.canv.setLineWidth(width)
        if dash:
            self.canv.setDash(list(dash))
        else:
            self.canv.setDash()

    def _legend(self, y: float) -> None:
        canvas, size = self.canv, self.size
        canvas.setFillColor(INK)
        canvas.setFont(REGULAR, size)
        for key, lines in self.legend:
            y -= size * 1.5
            colour, dash = {**LINE_STYLE, **LEVEL_STYLE}[key]
            self._stroke(colour, dash, 2)
            canvas.line(self.box.left, y + size * 0.35, self.box.left + size * 2.5, y + size * 0.35)
            for number, line in enumerate(lines):
                canvas.drawString(self.box.left + size * 3, y - number * size * 1.5, line)
            y -= (len(lines) - 1) * size * 1.5
