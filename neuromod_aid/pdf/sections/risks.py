"""A therapy's risks: a card for each risk of the article or discussed (the icon array
beside the words), then a table of every other risk with its figure in words."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table

from neuromod_aid.catalog.therapy import Risk, Therapy
from neuromod_aid.pdf.blocks import bold_lead
from neuromod_aid.pdf.icons import IconArray, LegendSwatch
from neuromod_aid.pdf.layout import FRAME_WIDTH
from neuromod_aid.pdf.sections.context import SectionContext, SectionResult, Shown
from neuromod_aid.pdf.styles import BRAND, CARD_RULE, grid_style, table_style
from neuromod_aid.present.figures import risk_figure


def risks(ctx: SectionContext, therapy: Therapy) -> SectionResult:
    shown = Shown(ctx)
    head: list[Flowable] = [
        ctx.p(ctx.t("risks"), "H2"),
        ctx.p(ctx.t("risks_intro"), "Tight"),
        _legend(ctx),
    ]
    if ctx.record.risks_discussed.get(therapy.id):
        head.append(ctx.p(ctx.t("clinician_marked"), "Muted"))
    full = [
        r
        for r in therapy.risks
        if r.article_risk or ctx.record.risk_was_discussed(therapy.id, r.id)
    ]
    cards = [_risk_card(ctx, shown, therapy, risk) for risk in full]
    out: list[Flowable] = [KeepTogether(head + cards[:1]), *cards[1:]]
    others = [r for r in therapy.risks if r not in full]
    if others:
        out.append(_other_risks(ctx, shown, therapy, others))
    return shown.result(out)


def _other_risks(
    ctx: SectionContext, shown: Shown, therapy: Therapy, risks: list[Risk]
) -> Flowable:
    """Every remaining risk, with its exact figure in words and its source."""
    lang = ctx.lang
    head: list[Flowable | str | list[Flowable]] = [
        ctx.p(ctx.t("other_risk"), "CellHead"),
        ctx.p(ctx.t("how_often"), "CellHead"),
        ctx.p(ctx.t("source_short"), "CellHead"),
    ]
    data: list[list[Flowable | str | list[Flowable]]] = [head]
    for risk in risks:
        figure = risk_figure(risk, ctx.labels)
        how_often: list[Flowable] = [
            ctx.p(line, "CellSmall") for line in (figure.how_often, *figure.details)
        ]
        data.append(
            [
                shown.text(risk.name(lang), "CellBold"),
                how_often,
                ctx.p(shown.cite(risk.sources), "CellSmall"),
            ]
        )
    first = 44 * mm if ctx.large else 40 * mm
    last = 38 * mm if ctx.large else 34 * mm
    table = Table(data, colWidths=[first, FRAME_WIDTH - first - last, last], repeatRows=1)
    table.setStyle(grid_style(("BACKGROUND", (0, 0), (-1, 0), BRAND), padding=(3, 4, 4)))
    title = ctx.p(ctx.t("other_risks", name=therapy.short_name(lang)), "H3")
    intro = ctx.p(ctx.t("other_risks_intro"), "Muted")
    return KeepTogether([title, intro, table])


def _legend(ctx: SectionContext) -> Table:
    """Solid, hatched and empty squares, each with what it means."""
    swatch = ctx.sheet["Body"].fontSize * 1.1
    cells: list[Flowable | str] = []
    for kind, key in (
        ("solid", "grid_legend_solid"),
        ("hatched", "grid_legend_hatched"),
        ("empty", "grid_legend_empty"),
    ):
        cells += [LegendSwatch(kind, swatch), ctx.p(ctx.t(key), "Small")]
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


def _risk_card(ctx: SectionContext, shown: Shown, therapy: Therapy, risk: Risk) -> Flowable:
    """A risk card: the picture (if any) on the left, the words on the right."""
    lang, sheet = ctx.lang, ctx.sheet
    figure = risk_figure(risk, ctx.labels)
    discussed = ctx.record.risk_was_discussed(therapy.id, risk.id)
    shown.texts.append(risk.name(lang))
    texts: list[Flowable] = [ctx.p(risk.name(lang), "CardHead")]
    if discussed:
        texts.append(bold_lead(ctx.t("discussed_marker"), "", "Tight", sheet))
    texts.append(shown.text(risk.text(lang), "Tight"))
    texts.append(bold_lead(ctx.t("how_often") + ":", figure.how_often, "Tight", sheet))
    details = list(figure.details)
    details.append(f"{ctx.t('source_short')}: {shown.cite(risk.sources)}")
    texts.append(ctx.p(" · ".join(details), "Muted"))
    counts = figure.picture
    if counts is None:
        table = Table([[texts]], colWidths=[FRAME_WIDTH])
        first_padding = 8.0
    else:
        grid_size = (32 if ctx.large else 26) * mm
        picture_width = grid_size if counts.total == 100 else grid_size * 1.15
        picture = [IconArray(counts, picture_width), ctx.p(figure.picture_caption, "Small")]
        column = max(picture_width, grid_size) + 14
        table = Table([[picture, texts]], colWidths=[column, FRAME_WIDTH - column])
        first_padding = 4.0
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, 0), first_padding),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("LINEABOVE", (0, 0), (-1, 0), 0.4, CARD_RULE),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    if counts is not None:
        style.append(("TOPPADDING", (0, 0), (0, 0), sheet["Body"].fontSize * 0.5))
    if discussed:
        style += [("LINEBEFORE", (0, 0), (0, 0), 4, BRAND)]
    table.setStyle(table_style(*style))
    return table
