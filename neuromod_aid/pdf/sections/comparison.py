"""The options side by side: each therapy discussed and current care, row by row, the
benefit and harm pictures in their cells (``balance.py``). Above the table: which rows
to look at first (from what matters most to the patient), how sure we are of the
evidence (the fair tests and who paid: read before the figures) and the key to the
pictures. Each time frame is in bold, and when the benefits shown were measured at
different times the row says so; an answer options side by side share is printed once
across their columns; "fewer pain pills?", when it matters to the patient, is a row (large
print: under the table, across the page, where its long answer takes fewer lines, and the
study against a fake treatment is said only in "how sure we are"). Under the table: where
the table's figures come from, kept with what is above it.

Four options share the page's width in normal print: current care, whose answers are the
shortest, gets a narrower column, and the pictures are a little smaller there. Large
print sets each row's question on a line of its own across the table, kept with the
answers under it, so that the options' columns have the page's whole width and the
pictures are 6 cm wide where a table has two options (5.6 cm with three)."""

from __future__ import annotations

from dataclasses import replace

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Table

from neuromod_aid.pdf.blocks import gap
from neuromod_aid.pdf.icons import IconArray
from neuromod_aid.pdf.layout import FRAME_WIDTH, frame_height, stacked_height
from neuromod_aid.pdf.sections.balance import drawn, pictures
from neuromod_aid.pdf.sections.context import SectionContext, SectionResult, Shown
from neuromod_aid.pdf.sections.risks import legend
from neuromod_aid.pdf.styles import BRAND, BRAND_SOFT, grid_style
from neuromod_aid.pdf.text import markup
from neuromod_aid.present.comparison import (
    MEDICINES_ROW,
    Option,
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
CELL_SIDES = 6  # a cell's padding, left and right
CARE_THIRD = 40  # normal print, three options: current care's column, in mm
LARGE_MOST = 3  # large print: options in one table


def comparison(ctx: SectionContext) -> SectionResult:
    """Up to four options a table, current care in the last; large print three, and with
    more, current care beside the therapy whose study gives its figures
    (:func:`large_tables`)."""
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
    if ctx.large:  # the study against a fake treatment: in "how sure we are", above (its
        # line in the cell pushed the row onto a page of its own)
        compared = tuple(replace(option, placebo=None) for option in compared)
    out += [  # how sure we are, read before the figures; then the key, next to the table
        *_how_sure(ctx, shown, compared),
        gap(ctx.sheet, 0.3),
        ctx.p(ctx.t("balance_intro"), "Muted"),
        legend(ctx, "compare_legend"),
    ]
    shown.cite(ctx.catalog.current_care.sources)
    most = harms_named(len(compared))
    for n, group in enumerate(large_tables(compared) if ctx.large else tables(compared, 4)):
        therapies = [option for option in group if option.therapy is not None]
        ids = row_ids(ctx.record)
        # large print: "fewer pain pills?" under the table, across the page
        under = tuple(r for r in ids if r == MEDICINES_ROW and ctx.large)
        out += [  # a gap between tables only: one after a full page would open a blank one
            *([gap(ctx.sheet, 0.5)] if n else []),
            _table(ctx, shown, group, tuple(r for r in ids if r not in under), most),
            # under the table: "fewer pain pills?" and where its figures come from, kept
            # together (a line or two of sources alone would open a page)
            KeepTogether(
                [*_medicines(ctx, shown, group, under), _cited(ctx, shown, therapies, most)]
            ),
        ]
    return shown.result(out)


def large_tables(compared: tuple[Option, ...]) -> list[tuple[Option, ...]]:
    """Large print's tables: up to three options in one; with more, first the therapy
    whose own study gives current care's figures (its usual-care group) with current
    care beside it, then the other therapies, up to three a table."""
    if len(compared) <= LARGE_MOST:
        return [compared]
    *therapies, care = compared
    paired = next((o for o in therapies if o.beside_care), therapies[0])
    others = tuple(o for o in therapies if o is not paired)
    return [(paired, care), *tables(others, LARGE_MOST)]


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
    (normal print) and of the after-care's figures."""
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
    """The sources of ``option``'s answer in the "fewer pain pills?" row, in normal print
    when that row is shown (large print cites them with the answer, under the table)."""
    block = option.therapy.medicines if option.therapy is not None else None
    shown = not ctx.large and MEDICINES_ROW in row_ids(ctx.record)
    return block.sources if shown and block is not None else ()


def _medicines(
    ctx: SectionContext, shown: Shown, columns: tuple[Option, ...], ids: tuple[str, ...]
) -> list[Flowable]:
    """ "Fewer pain pills?" under the table when it matters to the patient, each answer a
    paragraph led by the names of the options it answers ("DRG, PNS: not known"; long
    answers read better across the page)."""
    if MEDICINES_ROW not in ids:
        return []
    (row,) = rows(columns, ctx.labels, (MEDICINES_ROW,))
    names: dict[str, list[str]] = {}
    for option, answer in zip(columns, row.answers, strict=True):
        block = option.therapy.medicines if option.therapy is not None else None
        cited = f"{answer} ({shown.cite(block.sources)})" if block is not None else answer
        names.setdefault(cited, []).append(option.short_name)
    led = [(", ".join(named), answer) for answer, named in names.items()]
    return _titled(ctx, shown, row.heading, led)


def _cell(
    ctx: SectionContext, shown: Shown, row: str, option: Option, answer: str, picture: float
) -> list[Flowable]:
    """One option's answer a paragraph a line, each picture above the line that says it;
    a time frame in bold at the end of the line before it (and that no study tested it in
    the patient's condition in bold)."""
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
        cell += [*drawn(counts, start, picture), Paragraph(text, ctx.sheet["CompareCell"])]
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


def column_widths(large: bool, options: int) -> list[float]:
    """The row headings' column (none in large print, whose questions go across the
    table), then a column per option; in normal print current care, whose answers are
    the shortest, in a narrower last column (the therapies' long answers then take fewer
    lines)."""
    head_width = 0.0 if large else (28 * mm if options > 3 else 30 * mm)
    if large or options < 3:
        return [head_width, *([(FRAME_WIDTH - head_width) / options] * options)]
    care = (27 if options > 3 else CARE_THIRD) * mm
    return [
        head_width,
        *([(FRAME_WIDTH - head_width - care) / (options - 1)] * (options - 1)),
        care,
    ]


def row_parts(
    cells: list[list[Flowable]], widths: list[float], tallest: float
) -> list[list[list[Flowable]]]:
    """A row's cells as one row, or, when a cell is taller than ``tallest``, as the fewest
    rows each at most that tall: every cell cut between its paragraphs (a picture stays
    with the line under it), so that a page break never falls inside a row."""
    cut: list[list[list[Flowable]]] = []
    for cell, width in zip(cells, widths, strict=True):
        parts: list[list[Flowable]] = [[]]
        height = 0.0
        for kept in _kept(cell):
            size = stacked_height(kept, width - CELL_SIDES)
            if parts[-1] and height + size > tallest:
                parts.append([])
                height = 0.0
            parts[-1] += kept
            height += size
        cut.append(parts)
    count = max(len(parts) for parts in cut)
    return [[parts[n] if n < len(parts) else [] for parts in cut] for n in range(count)]


def shared_cells(
    answers: tuple[str, ...], cells: list[list[Flowable]], widths: list[float]
) -> list[tuple[int, list[Flowable], float]]:
    """A row's cells as (columns spanned, cell, width): an answer that options side by
    side give alike, with no picture, is printed once across their columns (the same
    after-care for SCS and DRG reads once, in fewer lines)."""
    out: list[tuple[int, list[Flowable], float]] = []
    for n, (cell, width) in enumerate(zip(cells, widths, strict=True)):
        alike = n > 0 and answers[n] == answers[n - 1]
        if alike and not any(isinstance(f, IconArray) for f in (*cell, *out[-1][1])):
            span, kept, wide = out[-1]
            out[-1] = (span + 1, kept, wide + width)
        else:
            out.append((1, cell, width))
    return out


def _kept(cell: list[Flowable]) -> list[list[Flowable]]:
    """A cell's flowables in the groups that stay together: a picture with the
    paragraph under it."""
    groups: list[list[Flowable]] = []
    for flowable in cell:
        if groups and isinstance(groups[-1][-1], IconArray):
            groups[-1].append(flowable)
        else:
            groups.append([flowable])
    return groups


def _table(
    ctx: SectionContext,
    shown: Shown,
    columns: tuple[Option, ...],
    ids: tuple[str, ...],
    most: int,
) -> Table:
    """The rows ``ids``, each option a column, each risk cell naming ``most`` harms. In
    normal print each row's question is its first cell; in large print it is a line of
    its own across the table, above the answers, so that the answers have the page's
    whole width (and the pictures room to be 6 cm wide)."""
    above = ctx.large  # the question above the answers, not beside them
    data: list[list[Flowable | str | list[Flowable]]] = [
        [*([] if above else [""]), *(ctx.p(option.short_name, "CompareHead") for option in columns)]
    ]
    widths = column_widths(ctx.large, len(columns))
    answers = widths[1:]
    # the pictures as wide as the cells allow, up to a size that reads well
    picture = min(answers[-1] - 12, (61.5 if ctx.large else 22 if len(columns) < 4 else 17) * mm)
    # a row taller than this is cut in parts, the label repeated; one that fits on a
    # page moves to the next page whole
    tallest = frame_height(ctx.large) - ROW_ROOM
    spans: list[tuple[str, tuple[int, int], tuple[int, int]]] = []
    questions: list[int] = []  # large print: the rows that hold a question
    for row in rows(columns, ctx.labels, ids, most):
        cells = [
            _cell(ctx, shown, row.id, option, answer, picture)
            for option, answer in zip(columns, row.answers, strict=True)
        ]
        heading: list[Flowable] = [ctx.p(row.heading, "CompareBold")]
        if row.id == "helps" and times_differ(columns, ctx.labels):
            heading.append(shown.text(ctx.t("compare_times_differ"), "CompareCell"))
        shared = shared_cells(row.answers, cells, answers)
        wide = [width for _, _, width in shared]
        for n, part in enumerate(row_parts([cell for _, cell, _ in shared], wide, tallest)):
            again = ctx.p(ctx.t("compare_row_continued", row=row.heading), "CompareBold")
            label: list[Flowable] = heading if n == 0 else [again]
            if above:
                questions.append(len(data))
                spans.append(("SPAN", (0, len(data)), (-1, len(data))))
                data.append([label, *([""] * (len(columns) - 1))])
            line: list[Flowable | str | list[Flowable]] = [] if above else [label]
            for (span, _, _), cell in zip(shared, part, strict=True):
                if span > 1:
                    at = (len(line), len(data))
                    spans.append(("SPAN", at, (at[0] + span - 1, at[1])))
                line += [cell, *([""] * (span - 1))]
            data.append(line)
    # a row is never split by a page break: the whole row moves to the next page, under a
    # second copy of the heading row (a picture stays with the words under it); large
    # print's question stays with its answers
    table = Table(data, colWidths=answers if above else widths, repeatRows=1, splitInRow=0)
    shading = (
        [
            command
            for n in questions
            for command in (
                ("BACKGROUND", (0, n), (-1, n), BRAND_SOFT),
                ("NOSPLIT", (0, n), (-1, n + 1)),
            )
        ]
        if above
        else [("BACKGROUND", (0, 1), (0, -1), BRAND_SOFT)]
    )
    table.setStyle(
        grid_style(
            ("BACKGROUND", (0 if above else 1, 0), (-1, 0), BRAND),
            *shading,
            *spans,
            padding=(2, 3, 3),
        )
    )
    return table
