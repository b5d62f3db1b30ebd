"""The options side by side: each therapy discussed and current care, row by row, the
benefit and harm pictures in their cells (``balance.py``). Above the table: which rows
to look at first (from what matters most to the patient), how sure we are of the
evidence (the fair tests and who paid: read before the figures) and the key to the
pictures, which a later row with pictures (the main risks, often on the next page) also
has under its question. Each time frame is in bold, and when the benefits shown were measured at
different times the row says so; an answer options side by side share is printed once
across their columns; "fewer pain pills?", when it matters to the patient, is a row, and
the benefit's cell gives the study against a fake treatment beside the headline one, in
both sizes. Under the table: where the table's figures come from.

Four options share the page's width in normal print: current care, whose answers are the
shortest, gets a narrower column, and the pictures are a little smaller there. Large
print asks each question once and answers it for every option, a row each, current
care's last (``by_question.py``): every option in one table, each therapy's answer read
with current care's, the pictures 6 cm wide with their words beside them, their key on
every page that has one."""

from __future__ import annotations

from typing import cast

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table

from neuromod_aid.pdf.blocks import gap
from neuromod_aid.pdf.icons import LegendSwatch
from neuromod_aid.pdf.layout import FRAME_WIDTH, frame_height
from neuromod_aid.pdf.sections.balance import drawn, pictures
from neuromod_aid.pdf.sections.by_question import (
    PICTURE,
    Question,
    by_question,
    names_width,
    narrowest,
    pictured,
)
from neuromod_aid.pdf.sections.context import SectionContext, SectionResult, Shown
from neuromod_aid.pdf.sections.risks import legend
from neuromod_aid.pdf.sections.rows import CELL_SIDES, row_parts, shared_cells
from neuromod_aid.pdf.styles import (
    BRAND,
    BRAND_SOFT,
    CARE_BESIDE_THREE,
    fitted,
    grid_style,
    table_style,
)
from neuromod_aid.pdf.text import markup
from neuromod_aid.present.comparison import (
    MEDICINES_ROW,
    Option,
    Row,
    harms_named,
    look_first,
    options,
    row_ids,
    rows,
    table_harms,
    times_differ,
)
from neuromod_aid.present.evidence import certainty
from neuromod_aid.present.recovery import recovery_sources

PAGE_QUARTER = 60 * mm  # the table starts on a new page unless this much is left
ROW_ROOM = 30 * mm  # a row is cut only when taller than a page less this
CARE_THIRD = 40  # normal print, three options: current care's column, in mm


def comparison(ctx: SectionContext) -> SectionResult:
    """Normal print: up to four options a table, current care in the last. Large print:
    every option in one table, a question at a time (:func:`_by_question`)."""
    shown = Shown(ctx)
    out: list[Flowable] = [
        CondPageBreak(PAGE_QUARTER),
        ctx.p(ctx.t("comparison"), "H1"),
    ]
    first = look_first(ctx.record, ctx.catalog, ctx.labels)  # else: what the table is for
    out.append(
        shown.text(first, "BodyBold") if first else ctx.p(ctx.t("comparison_intro"), "Tight")
    )
    compared = options(ctx.record, ctx.catalog)
    out += _how_sure(ctx, shown, compared)  # read before the figures
    if not ctx.large:  # the key next to the table (large print's: its first row)
        out += [gap(ctx.sheet, 0.3), *_key(ctx, FRAME_WIDTH)]
    shown.cite(ctx.catalog.current_care.sources)
    most = harms_named(len(compared))
    for n, group in enumerate([compared] if ctx.large else tables(compared, 4)):
        therapies = [option for option in group if option.therapy is not None]
        ids = row_ids(ctx.record)
        out += [  # a gap between tables only: one after a full page would open a blank one
            *([gap(ctx.sheet, 0.5)] if n else []),
            _table(ctx, shown, group, ids, most),
            _cited(ctx, shown, therapies, most),
        ]
    return shown.result(out)


def _key(ctx: SectionContext, width: float) -> list[Flowable]:
    """What the pictures' squares mean, ``width`` wide."""
    return [ctx.p(ctx.t("balance_intro"), "Muted"), legend(ctx, "compare_legend", width)]


def tables(compared: tuple[Option, ...], most: int) -> list[tuple[Option, ...]]:
    """The options in as few tables as hold at most ``most`` columns each, the tables as
    even as they can be (four options in large print: two and two, current care in the
    last), the options in their order."""
    count = -(-len(compared) // most)
    size, extra = divmod(len(compared), count)
    out: list[tuple[Option, ...]] = []
    start = 0
    for n in range(count):
        end = start + size + (1 if n < extra else 0)
        out.append(compared[start:end])
        start = end
    return out


def _cited(ctx: SectionContext, shown: Shown, therapies: list[Option], most: int) -> Flowable:
    """Where the table's figures come from, each source once: the headline studies the
    table shows (one from another group is not shown there) and the study against a fake
    treatment beside one, the sources of the main risks, of the "fewer pain pills?" row
    and of the after-care's figures."""
    ids = [
        source
        for option in therapies
        for source in (
            *(option.headline.sources if option.headline and not option.other_group else ()),
            *(option.placebo.sources if option.placebo and not option.other_group else ()),
            *(s for r in table_harms(option, ctx.labels, most) for s in r.sources),
            *_medicine_sources(ctx, option),
            *recovery_sources(option, ctx.labels),
        )
    ]
    return ctx.p(f"{ctx.t('figures_from')}: {shown.cite(dict.fromkeys(ids))}.", "Muted")


def _how_sure(ctx: SectionContext, shown: Shown, therapies: tuple[Option, ...]) -> list[Flowable]:
    """How sure we are of the evidence, for each therapy whose figure is from the
    patient's own group (one from another group already says so): the fair tests (with
    a fake treatment too), the review and who paid."""
    out: list[tuple[str, str]] = []
    for option in therapies:
        read = certainty(option.therapy, ctx.labels) if option.therapy is not None else None
        if read is None or option.other_group:
            continue
        shown.cite(read.sources)
        # the review's grade in the same words as the detail; the rest: there
        out.append((option.short_name, " ".join(line for line in (read.text, read.grade) if line)))
    return _titled(ctx, shown, ctx.t("certainty_title"), out)


def _medicine_sources(ctx: SectionContext, option: Option) -> tuple[str, ...]:
    """The sources of ``option``'s answer in the "fewer pain pills?" row, when that row is
    shown."""
    block = option.therapy.medicines if option.therapy is not None else None
    shown = MEDICINES_ROW in row_ids(ctx.record)
    return block.sources if shown and block is not None else ()


def _cell(
    ctx: SectionContext,
    shown: Shown,
    row: str,
    option: Option,
    answer: str,
    size: tuple[float, ParagraphStyle],
) -> list[Flowable]:
    """One option's answer a paragraph a line, each picture above the line that says it;
    a time frame in bold at the end of the line before it (and that no study tested it in
    the patient's condition in bold)."""
    picture, style = size  # the pictures' width, the paragraphs' style
    counts = pictures(ctx, shown, row, option)
    time_lead = f"{ctx.t('compare_over_time')}:"
    said: list[tuple[str, str]] = []  # the paragraphs: the line each starts at, its text
    for n, line in enumerate(answer.split("\n")):
        text = markup(shown.add(line))
        if line.startswith(time_lead) and said:
            start, before = said[-1]
            said[-1] = (start, f"{before} <b>{text}</b>")
        else:
            bold = row == "helps" and n == 0 and bool(option.other_group)
            said.append((line, f"<b>{text}</b>" if bold else text))
    cell: list[Flowable] = []
    for start, text in said:
        cell += [*drawn(counts, start, picture), Paragraph(text, style)]
    return cell


def _titled(
    ctx: SectionContext, shown: Shown, title: str, led: list[tuple[str, str]]
) -> list[Flowable]:
    """Under the table, across the page: a paragraph for each ("SCS", text), "SCS:" in
    bold, the first one opening with ``title`` in bold; nothing without one."""
    out: list[Flowable] = [gap(ctx.sheet, 0.3)] if led else []
    for n, (name, text) in enumerate(led):
        stop = "" if title[-1:] in ".?!" else "."
        opening = f"<b>{markup(title)}{stop}</b> " if n == 0 else ""
        said = f"{opening}<b>{markup(name)}:</b> {markup(shown.add(text))}"
        out.append(Paragraph(said, ctx.sheet["CompareCell"]))
    return out


def column_widths(options: int) -> list[float]:
    """Normal print: the row headings' column, then a column per option, current care,
    whose answers are the shortest, in a narrower last column (the therapies' long
    answers then take fewer lines)."""
    head_width = 28 * mm if options > 3 else 30 * mm
    if options < 3:
        return [head_width, *([(FRAME_WIDTH - head_width) / options] * options)]
    care = CARE_BESIDE_THREE if options > 3 else CARE_THIRD * mm
    return [
        head_width,
        *([(FRAME_WIDTH - head_width - care) / (options - 1)] * (options - 1)),
        care,
    ]


def _table(
    ctx: SectionContext,
    shown: Shown,
    columns: tuple[Option, ...],
    ids: tuple[str, ...],
    most: int,
) -> Table:
    """The rows ``ids``, each risk cell naming ``most`` harms: in normal print each row's
    question its first cell, each option a column; large print's :func:`_by_question`."""
    asked = rows(columns, ctx.labels, ids, most, alone=ctx.alone)
    if ctx.large:
        return _by_question(ctx, shown, columns, asked)
    data: list[list[Flowable | str | list[Flowable]]] = [
        ["", *(ctx.p(option.short_name, "CompareHead") for option in columns)]
    ]
    widths = column_widths(len(columns))
    answers = widths[1:]
    # the pictures as wide as the cells allow, up to a size that reads well
    picture = min(answers[-1] - 12, (22 if len(columns) < 4 else 17) * mm)
    style = _style(ctx, min(answers) - CELL_SIDES)
    # the questions' column: a word too wide for it ("resonancias") breaks at a syllable
    asks = fitted(
        cast(ParagraphStyle, ctx.sheet["CompareBold"]), widths[0] - CELL_SIDES, ctx.labels.locale
    )
    tallest = _tallest(ctx)
    spans: list[tuple[str, tuple[int, int], tuple[int, int]]] = []
    keyed = False  # a row with pictures was met: the key above the table is by it
    for row in asked:
        cells = [
            _cell(ctx, shown, row.id, option, answer, (picture, style))
            for option, answer in zip(columns, row.answers, strict=True)
        ]
        heading = _heading(ctx, shown, row.id, row.heading, columns, asks)
        drawn = pictured(*cells)
        if drawn and keyed:  # a later page may hold it: its key under its question
            heading = [*heading, gap(ctx.sheet, 0.3), _side_key(ctx, widths[0] - CELL_SIDES)]
        keyed = keyed or drawn
        shared = shared_cells(row.answers, cells, answers)
        wide = [width for _, _, width in shared]
        again = Paragraph(markup(ctx.t("compare_row_continued", row=row.heading)), asks)
        for n, part in enumerate(row_parts([cell for _, cell, _ in shared], wide, tallest)):
            line: list[Flowable | str | list[Flowable]] = [heading if n == 0 else [again]]
            for (span, _, _), cell in zip(shared, part, strict=True):
                if span > 1:
                    at = (len(line), len(data))
                    spans.append(("SPAN", at, (at[0] + span - 1, at[1])))
                line += [cell, *([""] * (span - 1))]
            data.append(line)
    # a row is never split by a page break: the whole row moves to the next page, under a
    # second copy of the heading row (a picture stays with the words under it)
    table = Table(data, colWidths=widths, repeatRows=1, splitInRow=0)
    table.setStyle(
        grid_style(
            ("BACKGROUND", (1, 0), (-1, 0), BRAND),
            ("BACKGROUND", (0, 1), (0, -1), BRAND_SOFT),
            *spans,
            padding=(2, 3, 3),
        )
    )
    return table


def _side_key(ctx: SectionContext, width: float) -> Table:
    """The pictures' key stacked in a row heading's column ``width`` wide: a square and
    its meaning a line each (the key above the table may be on the page before)."""
    swatch = ctx.sheet["Body"].fontSize * 1.1
    lines = [
        [LegendSwatch(kind, swatch), ctx.p(ctx.t(f"compare_legend_{kind}"), "Small")]
        for kind in ("solid", "hatched", "empty")
    ]
    table = Table(lines, colWidths=[swatch + 4, width - swatch - 4])
    table.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "TOP"), *_no_padding()))
    return table


def _no_padding() -> list[tuple[object, ...]]:
    edges = ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING")
    return [(edge, (0, 0), (-1, -1), 0) for edge in edges]


def _by_question(
    ctx: SectionContext, shown: Shown, columns: tuple[Option, ...], asked: tuple[Row, ...]
) -> Table:
    """Large print: the rows ``asked`` a question at a time, each option's answer under
    it on a row of its own, current care's last (``by_question``)."""
    # the options' names: a word breaks, at a syllable, only when no column holds it
    width = names_column(ctx, columns)
    bold = cast(ParagraphStyle, ctx.sheet["CompareBold"])
    named = fitted(bold, width - CELL_SIDES, ctx.labels.locale)
    style = _style(ctx, narrowest(width))  # its narrowest: beside a picture
    tallest = _tallest(ctx)
    questions: list[Question] = []
    for row in asked:
        cells = [
            _cell(ctx, shown, row.id, option, answer, (PICTURE, style))
            for option, answer in zip(columns, row.answers, strict=True)
        ]
        answers: list[tuple[list[Flowable], list[Flowable]]] = []
        first = 0
        for span, cell, _ in shared_cells(row.answers, cells, [0.0] * len(cells)):
            names = ", ".join(o.short_name for o in columns[first : first + span])
            first += span
            label: list[Flowable] = [Paragraph(markup(names), named)]
            again = Paragraph(markup(ctx.t("compare_row_continued", row=names)), named)
            for n, (left, right) in enumerate(
                row_parts([label, cell], [width, FRAME_WIDTH - width], tallest)
            ):
                answers.append((left if n == 0 else [again], right))
        heading = _heading(ctx, shown, row.id, row.heading, columns, bold)
        continued = ctx.p(ctx.t("compare_row_continued", row=row.heading), "CompareBold")
        questions.append(Question(heading, answers, [continued]))
    return by_question(_key(ctx, FRAME_WIDTH - CELL_SIDES), questions, tallest, width)


def names_column(ctx: SectionContext, columns: tuple[Option, ...]) -> float:
    """Large print: the names' column, as wide as the widest word of the options' names
    and of a row's "(continued)", a comma after it ("Tratamiento"), within
    :func:`by_question.names_width`'s limits."""
    bold = cast(ParagraphStyle, ctx.sheet["CompareBold"])
    said = [o.short_name for o in columns] + [ctx.t("compare_row_continued", row="")]
    words = (f"{word}," for text in said for word in text.split())
    return names_width(max(stringWidth(word, bold.fontName, bold.fontSize) for word in words))


def _heading(
    ctx: SectionContext,
    shown: Shown,
    row: str,
    text: str,
    columns: tuple[Option, ...],
    style: ParagraphStyle,
) -> list[Flowable]:
    """A row's question, in ``style``, and when the benefits shown were measured at
    different times, that they were."""
    heading: list[Flowable] = [Paragraph(markup(text), style)]
    if row == "helps" and times_differ(columns, ctx.labels):
        heading.append(shown.text(ctx.t("compare_times_differ"), "CompareCell"))
    return heading


def _style(ctx: SectionContext, narrowest: float) -> ParagraphStyle:
    """The answers' paragraphs: a word broken only when wider than the narrowest column
    (its padding left out), in either size."""
    return fitted(cast(ParagraphStyle, ctx.sheet["CompareCell"]), narrowest, ctx.labels.locale)


def _tallest(ctx: SectionContext) -> float:
    """A row taller than this is cut in parts (the label repeated); one that fits on a
    page moves to the next page whole."""
    return frame_height(ctx.large) - ROW_ROOM
