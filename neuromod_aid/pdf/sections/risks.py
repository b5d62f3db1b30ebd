"""A therapy's risks on its detail pages: one compact table of every risk, a row each,
the main ones (of the article, or talked about) first and shaded: its name and what it
is in one sentence, its exact figure with the EU word and over what time, its source.
The pictures of the main risks are in the core (``balance.py``), and ``legend`` is
their key."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Table

from neuromod_aid.catalog.therapy import Risk, Therapy
from neuromod_aid.pdf.blocks import ruled_rows
from neuromod_aid.pdf.icons import LegendSwatch
from neuromod_aid.pdf.layout import FRAME_WIDTH
from neuromod_aid.pdf.sections.context import SectionContext, SectionResult, Shown
from neuromod_aid.pdf.styles import table_style
from neuromod_aid.pdf.text import first_sentence, markup
from neuromod_aid.present.figures import audit_line, risk_figure


def risks(ctx: SectionContext, therapy: Therapy) -> SectionResult:
    shown = Shown(ctx)
    out: list[Flowable] = ctx.list_heading(ctx.t("risks"))
    intro = [ctx.t("all_risks_intro")] if ctx.opens_detail(therapy) else []  # said once
    if ctx.record.risks_discussed.get(therapy.id):
        intro.append(ctx.t("clinician_marked"))
    if intro:
        out.append(ctx.p(" ".join(intro), "Muted"))
    out += _table(ctx, shown, therapy)
    return shown.result(out)


def _main(ctx: SectionContext, therapy: Therapy, risk: Risk) -> bool:
    return risk.article_risk or ctx.record.risk_was_discussed(therapy.id, risk.id)


def _table(ctx: SectionContext, shown: Shown, therapy: Therapy) -> list[Flowable]:
    """Every risk a compact full-width row, the main ones first and shaded: its name and
    what it is in one sentence, then how often (how many had it and did not, the EU
    word, over what time) and the source."""
    lang = ctx.lang
    ordered = sorted(therapy.risks, key=lambda r: not _main(ctx, therapy, r))
    rows: list[Flowable] = []
    for risk in ordered:
        name = _name(ctx, therapy, risk)
        what = first_sentence(risk.text(lang))
        shown.texts += [risk.name(lang), what]
        source = f"{ctx.t('source_short')}: {shown.cite(risk.sources)}."
        audit = audit_line(risk, ctx.labels)  # the clinic's own count, beside the published
        figure = markup(
            " ".join(part for part in (risk_figure(risk, ctx.labels).row, audit, source) if part)
        )
        often = markup(ctx.t("how_often"))
        text = f"<b>{name}.</b> {markup(what)} <b>{often}:</b> {figure}"
        rows.append(Paragraph(text, ctx.sheet["DetailCell"]))
    main = [n for n, risk in enumerate(ordered) if _main(ctx, therapy, risk)]
    return ruled_rows(rows, FRAME_WIDTH, main, whole=ctx.large)  # large print: no row split


def _name(ctx: SectionContext, therapy: Therapy, risk: Risk) -> str:
    """A risk's name, with "(✓ talked about with you)" when it was."""
    name = markup(risk.name(ctx.lang))
    if ctx.record.risk_was_discussed(therapy.id, risk.id):
        name += f" ({markup(ctx.t('discussed_marker'))})"
    return name


def legend(ctx: SectionContext, keys: str = "grid_legend") -> Table:
    """Solid, hatched and empty squares, each with what it means (the wording ``keys``
    names: the risk pictures' "had it", or the core's, which has benefits too)."""
    swatch = ctx.sheet["Body"].fontSize * 1.1
    cells: list[Flowable | str] = []
    for kind in ("solid", "hatched", "empty"):
        cells += [LegendSwatch(kind, swatch), ctx.p(ctx.t(f"{keys}_{kind}"), "Small")]
    free = FRAME_WIDTH - 3 * (swatch + 4)
    col_widths = [swatch + 4, free * 0.25, swatch + 4, free * 0.45, swatch + 4, free * 0.30]
    table = Table([cells], colWidths=col_widths)
    table.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        )
    )
    return table
