"""The options side by side: each therapy discussed and current care, row by row, the
benefit and harm pictures in their cells (``balance.py``). Above the table: which rows
to look at first (from what matters most to the patient), the key to the pictures, and
where the figures come from. The rows: what is involved and how likely
it helps; then how sure we are of the evidence (the fair tests and who paid), one cell
across the options; then the harms and the rest. Each time frame is in bold, and
when the benefits were measured at different times the row says so."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table

from neuromod_aid.pdf.blocks import gap
from neuromod_aid.pdf.layout import FRAME_WIDTH
from neuromod_aid.pdf.sections.balance import drawn, pictures
from neuromod_aid.pdf.sections.context import SectionContext, SectionResult, Shown
from neuromod_aid.pdf.sections.risks import legend
from neuromod_aid.pdf.styles import BRAND, BRAND_SOFT, grid_style
from neuromod_aid.pdf.text import markup
from neuromod_aid.present.comparison import (
    BENEFIT_ROWS,
    MEDICINES_ROW,
    Option,
    look_first,
    options,
    row_ids,
    rows,
    table_harms,
    times_differ,
)
from neuromod_aid.present.evidence import certainty

PAGE_QUARTER = 60 * mm  # the table starts on a new page unless this much is left


def comparison(ctx: SectionContext) -> SectionResult:
    """Up to four options a table (large print: three), current care in the last."""
    shown = Shown(ctx)
    out: list[Flowable] = [
        CondPageBreak(PAGE_QUARTER),
        ctx.p(ctx.t("comparison"), "H1"),
    ]
    first = look_first(ctx.record, ctx.catalog, ctx.labels)  # else: what the table is for
    out.append(
        shown.text(first, "BodyBold") if first else ctx.p(ctx.t("comparison_intro"), "Tight")
    )
    out += [ctx.p(ctx.t("balance_intro"), "Muted"), legend(ctx)]
    shown.cite(ctx.catalog.current_care.sources)
    for group in tables(options(ctx.record, ctx.catalog), 3 if ctx.large else 4):
        therapies = [option for option in group if option.therapy is not None]
        ids = row_ids(ctx.record)
        benefits = tuple(r for r in ids if r in BENEFIT_ROWS)
        rest = tuple(r for r in ids if r not in BENEFIT_ROWS and r != MEDICINES_ROW)
        out += [
            _cited(ctx, shown, therapies),
            _table(ctx, shown, group, benefits),
            *_how_sure(ctx, shown, group),
            _table(ctx, shown, group, rest),
            *_medicines(ctx, shown, group, ids),
            gap(ctx.sheet, 0.5),
        ]
    return shown.result(out)


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


def _cited(ctx: SectionContext, shown: Shown, therapies: list[Option]) -> Flowable:
    """Where the table's figures come from, each source once: the headline studies and
    the sources of the main risks."""
    ids = [
        source
        for option in therapies
        for source in (
            *(option.headline.sources if option.headline else ()),
            *(s for r in table_harms(option, ctx.labels) for s in r.sources),
        )
    ]
    return ctx.p(f"{ctx.t('figures_from')}: {shown.cite(dict.fromkeys(ids))}.", "Muted")


def _how_sure(ctx: SectionContext, shown: Shown, therapies: tuple[Option, ...]) -> list[Flowable]:
    """How sure we are of the evidence, for each therapy whose figure is from the
    patient's own group (one from another group already says so): the fair tests (with
    a fake treatment too), the review and who paid."""
    out: list[Flowable] = []
    for option in therapies:
        read = certainty(option.therapy, ctx.labels) if option.therapy is not None else None
        if read is None or option.other_group:
            continue
        shown.cite(read.sources)
        out.append(_led(ctx, shown, option.short_name, read.text))  # the rest: detail pages
    return (
        [gap(ctx.sheet, 0.3), ctx.p(ctx.t("certainty_title"), "CompareBold"), *out] if out else []
    )


def _medicines(
    ctx: SectionContext, shown: Shown, columns: tuple[Option, ...], ids: tuple[str, ...]
) -> list[Flowable]:
    """ "Fewer pain pills?" under the table when it matters to the patient, each option's
    answer a paragraph led by its name (long answers read better across the page)."""
    if MEDICINES_ROW not in ids:
        return []
    (row,) = rows(columns, ctx.labels, (MEDICINES_ROW,))
    led = [_led(ctx, shown, o.short_name, a) for o, a in zip(columns, row.answers, strict=True)]
    return [gap(ctx.sheet, 0.3), ctx.p(row.heading, "CompareBold"), *led]


def _cell(
    ctx: SectionContext, shown: Shown, row: str, option: Option, answer: str, picture: float
) -> list[Flowable]:
    """One option's answer a line each, each picture above the line that says it, the
    time frames (and that no study tested it in the patient's condition) in bold."""
    counts = pictures(ctx, shown, row, option)
    time_lead = f"{ctx.t('over_time')}:"
    cell: list[Flowable] = []
    for n, line in enumerate(answer.split("\n")):
        bold = (row == "helps" and n == 0 and bool(option.other_group)) or line.startswith(
            time_lead
        )
        cell += [
            *drawn(counts, n, picture),
            shown.text(line, "CompareBold" if bold else "CompareCell"),
        ]
    return cell


def _led(ctx: SectionContext, shown: Shown, name: str, text: str) -> Paragraph:
    """ "SCS: text", the name in bold, across the table."""
    return Paragraph(f"<b>{markup(name)}:</b> {markup(shown.add(text))}", ctx.sheet["CompareCell"])


def column_widths(large: bool, options: int) -> list[float]:
    """The row headings' column, then one equal column per option."""
    head_width = 34 * mm if large else (28 * mm if options > 3 else 30 * mm)
    return [head_width, *([(FRAME_WIDTH - head_width) / options] * options)]


def _table(
    ctx: SectionContext, shown: Shown, columns: tuple[Option, ...], ids: tuple[str, ...]
) -> Table:
    """The rows ``ids``, each option a column."""
    data: list[list[Flowable | str | list[Flowable]]] = [
        ["", *(ctx.p(option.short_name, "CompareHead") for option in columns)]
    ]
    widths = column_widths(ctx.large, len(columns))
    # the pictures as wide as the cells allow, up to a size that reads well
    picture = min(widths[1] - 12, (24 if ctx.large else 22) * mm)
    for row in rows(columns, ctx.labels, ids):
        cells = [
            _cell(ctx, shown, row.id, option, answer, picture)
            for option, answer in zip(columns, row.answers, strict=True)
        ]
        heading: list[Flowable] = [ctx.p(row.heading, "CompareBold")]
        if row.id == "helps" and times_differ(columns, ctx.labels):
            heading.append(shown.text(ctx.t("compare_times_differ"), "CompareCell"))
        data.append([heading, *cells])
    # a row may split across pages (one with pictures can be taller than what is left)
    table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(
        grid_style(
            ("BACKGROUND", (1, 0), (-1, 0), BRAND),
            ("BACKGROUND", (0, 1), (0, -1), BRAND_SOFT),
            padding=(3, 4, 4),
        )
    )
    return table
