"""A therapy's risks on its detail pages: one compact table of every risk, a row each,
the main ones (of the article, or talked about) first and shaded: its name and what it
is in one sentence, its exact figure with the EU word and over what time, its source.
The pictures of the main risks are in the core (``balance.py``), and ``legend`` is
their key."""

from __future__ import annotations

from functools import partial

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table

from neuromod_aid.catalog.text import Lang
from neuromod_aid.catalog.therapy import Risk, Therapy
from neuromod_aid.pdf.blocks import ruled_rows
from neuromod_aid.pdf.icons import LegendSwatch
from neuromod_aid.pdf.layout import FRAME_WIDTH, stacked_height
from neuromod_aid.pdf.sections.context import SectionContext, SectionResult, Shown
from neuromod_aid.pdf.styles import table_style
from neuromod_aid.pdf.text import first_sentence, markup
from neuromod_aid.present.figures import audit_line, risk_figure

LEGEND_PAD = 2  # the key's cells, left and right


def risks(ctx: SectionContext, therapy: Therapy) -> SectionResult:
    shown = Shown(ctx)
    intro = [ctx.t("all_risks_intro")] if ctx.opens_detail(therapy) else []  # said once
    if ctx.record.risks_discussed.get(therapy.id):
        intro.append(ctx.t("clinician_marked"))
    lines = [ctx.p(" ".join(intro), "Muted")] if intro else []
    rows, main = _rows(ctx, shown, therapy)
    # the heading starts a page unless its first lines fit under it, with the space
    # around it: its intro, else the first row (the list may start on the next page)
    under = lines or ruled_rows(rows[:1], FRAME_WIDTH)
    heading = ctx.sheet["H2"]
    first = stacked_height(under, FRAME_WIDTH) + heading.spaceBefore + heading.spaceAfter
    out: list[Flowable] = [*ctx.list_heading(ctx.t("risks"), first=first), *lines]
    out += ruled_rows(rows, FRAME_WIDTH, main, whole=ctx.large)  # large print: no row split
    return shown.result(out)


def _main(ctx: SectionContext, therapy: Therapy, risk: Risk) -> bool:
    return risk.article_risk or ctx.record.risk_was_discussed(therapy.id, risk.id)


def _rows(ctx: SectionContext, shown: Shown, therapy: Therapy) -> tuple[list[Flowable], list[int]]:
    """Every risk a compact full-width row, and which rows are the main ones (first, to
    be shaded): its name and what it is in one sentence, then how often (how many had it
    and did not, the EU word, over what time) and the source. A risk an option before
    it has, with the same name, words and figure (``said_before``), is named in one last
    row instead: "The same as for SCS, with the same figures: Infection; Bleeding ..."."""
    lang = ctx.lang
    ordered = sorted(therapy.risks, key=lambda r: not _main(ctx, therapy, r))
    as_for: dict[str, list[str]] = {}
    rows: list[Flowable] = []
    main: list[int] = []
    for risk in ordered:
        name = _name(ctx, therapy, risk)
        same = said_before(ctx, therapy, risk)
        if same is not None:
            shown.texts.append(risk.name(lang))
            as_for.setdefault(same.short_name(lang), []).append(name)
            continue
        what = first_sentence(risk.text(lang))
        shown.texts += [risk.name(lang), what]
        source = f"{ctx.t('source_short')}: {shown.cite(risk.sources)}."
        audit = audit_line(risk, ctx.labels)  # the clinic's own count, beside the published
        figure = markup(
            " ".join(part for part in (risk_figure(risk, ctx.labels).row, audit, source) if part)
        )
        often = markup(ctx.t("how_often"))
        text = f"<b>{name}.</b> {markup(what)} <b>{often}:</b> {figure}"
        if _main(ctx, therapy, risk):
            main.append(len(rows))
        rows.append(Paragraph(text, ctx.sheet["DetailCell"]))
    for earlier, names in as_for.items():
        lead = markup(ctx.t("risks_as_for", name=earlier))
        rows.append(Paragraph(f"<b>{lead}</b> {'; '.join(names)}.", ctx.sheet["DetailCell"]))
    return rows, main


def said_before(ctx: SectionContext, therapy: Therapy, risk: Risk) -> Therapy | None:
    """The first option discussed before ``therapy`` with a risk of the same name, the
    same sentence of what it is and the same figure as ``risk``: its row says it."""
    return ctx.said_for(therapy, partial(_same_risk, risk=risk, lang=ctx.lang))


def _same_risk(therapy: Therapy, *, risk: Risk, lang: Lang) -> str:
    """What makes ``risk`` the same as one of ``therapy``'s; empty when ``therapy`` has
    none such, so two options never match on nothing."""
    key = _risk_key(risk, lang)
    return key if any(_risk_key(own, lang) == key for own in therapy.risks) else ""


def _risk_key(risk: Risk, lang: Lang) -> str:
    figure = (risk.frequency_low, risk.frequency_high, risk.estimate, risk.denominator, risk.per)
    return f"{risk.name(lang)}|{first_sentence(risk.text(lang))}|{figure}"


def _name(ctx: SectionContext, therapy: Therapy, risk: Risk) -> str:
    """A risk's name, with "✓" when it was talked about (the list's intro says what the
    check means)."""
    name = markup(risk.name(ctx.lang))
    if ctx.record.risk_was_discussed(therapy.id, risk.id):
        name += f" {markup(ctx.t('discussed_marker'))}"
    return name


def legend(ctx: SectionContext, keys: str = "grid_legend", width: float = FRAME_WIDTH) -> Table:
    """Solid, hatched and empty squares, each with what it means (the wording ``keys``
    names: the risk pictures' "had it", or the core's, which has benefits too), ``width``
    wide: each meaning on one line where they all fit, else the shorter ones, the
    longest in the rest."""
    swatch = ctx.sheet["Body"].fontSize * 1.1
    style = ctx.sheet["Small"]
    cells: list[Flowable | str] = []
    needs: list[float] = []
    for kind in ("solid", "hatched", "empty"):
        said = ctx.t(f"{keys}_{kind}")
        cells += [LegendSwatch(kind, swatch), ctx.p(said, "Small")]
        needs.append(stringWidth(said, style.fontName, style.fontSize) + 2 * LEGEND_PAD + 1)
    free = width - 3 * (swatch + 4)
    spare = (free - sum(needs)) / 3
    shares = [need + spare for need in needs] if spare > 0 else [0.0] * 3
    for left, n in enumerate(sorted(range(3), key=lambda n: needs[n]) if spare <= 0 else []):
        shares[n] = min(needs[n], free / (3 - left)) if left < 2 else free  # shortest first
        free -= shares[n]
    table = Table([cells], colWidths=[w for share in shares for w in (swatch + 4, share)])
    table.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), LEGEND_PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), LEGEND_PAD),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        )
    )
    return table
