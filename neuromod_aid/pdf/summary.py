"""The take-home summary: the patient's own consultation, as a decision aid.

Order (issue #4): key points on page 1; your pain; what neuromodulation is; each
therapy discussed; the options side by side; your questions; notes; next steps;
warning signs; glossary; sources; about this summary.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reportlab.lib import colors
from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Table,
)

from neuromod_aid.catalog.model import (
    WARNING_SIGNS_ID,
    Catalog,
    InstructionSection,
    Outcome,
    Risk,
    Therapy,
)
from neuromod_aid.consultation import Consultation, NextStep
from neuromod_aid.pdf.blocks import (
    BOX,
    WriteLines,
    bold_lead,
    boxed,
    bullets,
    call_now,
    contact_block,
    contact_compact,
    gap,
    para,
)
from neuromod_aid.pdf.bodymap import BodyMap, numbered_areas
from neuromod_aid.pdf.icons import IconArray, LegendSwatch, risk_figure
from neuromod_aid.pdf.labels import Labels
from neuromod_aid.pdf.layout import (
    FRAME_WIDTH,
    PageDecor,
    build_pdf,
    frame_height,
    stacked_height,
)
from neuromod_aid.pdf.styles import ACCENT, SOFT, stylesheet, table_style
from neuromod_aid.pdf.text import markup
from neuromod_aid.textfold import fold

PAGE_HALF = 60 * mm  # a therapy starts on a new page unless this much is left
_COMPACT_LEVELS = 3  # page 1: full, compact, compact with the disclaimer on page 2


def build_summary(
    record: Consultation, catalog: Catalog, *, large_print: bool | None = None
) -> bytes:
    """The summary PDF as bytes; ``large_print`` defaults to the record's choice."""
    large = record.large_print if large_print is None else large_print
    writer = _SummaryWriter(record, catalog, large)
    story = writer.story()
    decor = PageDecor(record.clinic, record.patient, writer.labels, large)
    return build_pdf(
        story,
        decor=decor,
        title=writer.labels("summary_title"),
        subject=writer.labels("summary_subtitle"),
    )


def warning_section(catalog: Catalog) -> InstructionSection:
    """The catalog's 'warning signs / when to call' instruction section."""
    return catalog.instruction(WARNING_SIGNS_ID)


class _SummaryWriter:
    def __init__(self, record: Consultation, catalog: Catalog, large: bool) -> None:
        self.record = record
        self.catalog = catalog
        self.lang = record.language
        self.labels = Labels(record.language)
        self.sheet: StyleSheet1 = stylesheet(large)
        self.large = large
        self.therapies: list[Therapy] = [catalog.therapy(t) for t in record.therapies_discussed]
        self.cited: dict[str, None] = {}  # source ids, in the order first cited
        self.shown_text: list[str] = []  # catalog text shown, to pick glossary terms

    # helpers ------------------------------------------------------------------------

    def t(self, key: str, **values: object) -> str:
        return self.labels(key, **values)

    def p(self, text: str, style: str = "Body") -> Paragraph:
        return para(text, style, self.sheet)

    def c(self, text: str, style: str = "Body") -> Paragraph:
        """Catalog text: remembered for the glossary."""
        self.shown_text.append(text)
        return para(text, style, self.sheet)

    def cite(self, source_ids: Iterable[str]) -> str:
        shorts = []
        for source_id in source_ids:
            self.cited.setdefault(source_id)
            shorts.append(self.catalog.source(source_id).short)
        return "; ".join(shorts)

    # the story ------------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        story: list[Flowable] = []
        story += self.page_one()
        story += self.your_pain()
        story += self.neuromodulation()
        for therapy in self.therapies:
            story.append(CondPageBreak(PAGE_HALF))
            story += self.therapy(therapy)
        story.append(CondPageBreak(PAGE_HALF))
        story += self.comparison()
        story += self.questions()
        story += self.notes()
        story += self.next_steps()
        story += self.warning_signs()
        story += self.glossary()
        story += self.sources()
        story += self.about()
        return story

    def page_one(self) -> list[Flowable]:
        """The key points, all on page 1, as roomy as the page allows.

        Large print (or a long list of options) does not fit the full layout, so page 1
        gets compact: no subtitle, a shorter framing line, headings with less space
        around them, the clinic's name, phone and hours only; the birth date, the
        clinician's role and every way to reach the clinic open page 2. If even that
        is too long, the disclaimer moves to page 2 as well. Text sizes never change.
        """
        height = frame_height(self.large)
        for level in range(_COMPACT_LEVELS):
            first, moved = self.key_points(level)
            if level == _COMPACT_LEVELS - 1 or stacked_height(first, FRAME_WIDTH) <= height:
                return [*first, PageBreak(), *moved]
        raise AssertionError("unreachable")  # pragma: no cover

    def key_points(self, level: int = 0) -> tuple[list[Flowable], list[Flowable]]:
        """Page 1 at a compactness ``level`` (0 = full), and what opens page 2."""
        r, sheet = self.record, self.sheet
        compact = level > 0
        heading = "KeyH2" if compact else "H2"
        disclaimer = self.p(self.catalog.manifest.disclaimer(self.lang), "BodyBold")
        out: list[Flowable] = [self.p(self.t("summary_title"), "Title")]
        if not compact:
            out.append(self.p(self.t("summary_subtitle"), "Subtitle"))
        if level < 2:
            out.append(disclaimer)
        seen = r.clinician.name + (f", {r.clinician.role}" if r.clinician.role else "")
        born = (
            bold_lead(
                self.t("date_of_birth") + ":", self.labels.date(r.patient.birth_date), "Body", sheet
            )
            if r.patient.birth_date is not None
            else None
        )
        who = [bold_lead(self.t("prepared_for") + ":", r.patient.name, "Body", sheet)]
        if born is not None and not compact:
            who.append(born)
        who.append(
            bold_lead(self.t("date_of_visit") + ":", self.labels.date(r.date), "Body", sheet)
        )
        who.append(
            bold_lead(self.t("seen_by") + ":", r.clinician.name if compact else seen, "Body", sheet)
        )
        out.append(boxed(who, FRAME_WIDTH))
        out.append(self.p(self.t("decision"), heading))
        out.append(self.p(self.t("decision_text_short" if compact else "decision_text")))
        out.append(self.p(self.t("options_discussed"), heading))
        options = [f"{t.name(self.lang)}" for t in self.therapies]
        options.append(self.catalog.current_care.name(self.lang))
        out += bullets(options, sheet)
        out.append(self.p(self.t("agreed_step"), heading))
        step = r.agreed_step
        if step is None:
            out.append(self.p(self.t("no_agreed_step")))
        else:
            out.append(Paragraph(f"<b>{markup(self.step_text(step))}</b>", sheet["Body"]))
        out.append(self.p(self.t("who_to_call"), heading))
        if not compact:
            out.append(self.p(self.t("who_to_call_text", clinic=r.clinic.name)))
            out += contact_block(r.clinic, self.labels, sheet)
            return out, []
        out += contact_compact(r.clinic, self.labels, sheet)
        details: list[Flowable] = [] if born is None else [born]
        details += [
            bold_lead(self.t("seen_by") + ":", seen, "Body", sheet),
            *contact_block(r.clinic, self.labels, sheet),
        ]
        moved: list[Flowable] = [disclaimer] if level >= 2 else []
        return out, [*moved, boxed(details, FRAME_WIDTH), gap(sheet, 0.5)]

    def step_text(self, step: NextStep) -> str:
        kind = self.t(f"kind_{step.kind}")
        words = step.text.strip()
        if not words:
            text = kind
        elif f"{fold(words)} ".startswith(f"{fold(kind)} "):  # "Cita con psicología del…"
            text = words
        else:
            text = f"{kind}: {words}"
        if step.date is not None:
            text += f" ({self.t('on_date', date=self.labels.date(step.date))})"
        return text

    def your_pain(self) -> list[Flowable]:
        r, sheet = self.record, self.sheet
        out: list[Flowable] = [
            self.p(self.t("your_pain"), "H1"),
            self.p(self.t("conditions"), "H2"),
        ]
        if not r.conditions:
            out.append(self.p(self.t("no_conditions")))
        for condition_id in r.conditions:
            condition = self.catalog.condition(condition_id)
            self.cite(condition.sources)
            out.append(self.c(condition.name(self.lang), "H3"))
            out.append(self.c(condition.what_it_is(self.lang)))
        heading = self.p(self.t("body_map"), "H2")
        if r.pain_areas:
            height = 105 * mm if self.large else 80 * mm
            picture = BodyMap(
                self.catalog, r.pain_areas, self.labels, height, 13.0 if self.large else 10.0
            )
            names: list[Flowable] = [
                Paragraph(markup(area.name(self.lang)), sheet["Bullet"], bulletText=f"{n}.")
                for n, area in numbered_areas(self.catalog, r.pain_areas)
            ]
            caption = self.p(self.t("body_map_caption"), "Caption")
            map_width = picture.width + 4 * mm
            if self.large or FRAME_WIDTH - map_width < 60 * mm:
                # too narrow for the list beside the figures: the list goes below
                out.append(KeepTogether([heading, picture, caption, *names[:3]]))
                out += names[3:]
            else:
                beside = Table(
                    [[picture, [caption, *names[:12]]]],
                    colWidths=[map_width, FRAME_WIDTH - map_width],
                )
                beside.setStyle(
                    table_style(
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (0, 0), 0),
                        ("LEFTPADDING", (1, 0), (1, 0), 8),
                    )
                )
                out.append(KeepTogether([heading, beside]))
                out += names[12:]
        else:
            out += [heading, self.p(self.t("no_pain_areas"))]
        out.append(self.p(self.t("tried"), "H2"))
        out += (
            bullets(r.treatments_tried, sheet)
            if r.treatments_tried
            else [self.p(self.t("none_recorded"))]
        )
        return out

    def neuromodulation(self) -> list[Flowable]:
        return [
            CondPageBreak(40 * mm),
            self.p(self.t("what_is_neuromod"), "H1"),
            self.p(self.t("what_is_neuromod_text")),
        ]

    def therapy(self, therapy: Therapy) -> list[Flowable]:
        lang, sheet = self.lang, self.sheet
        self.cite(therapy.sources)
        out: list[Flowable] = [
            self.c(therapy.name(lang), "H1"),
            self.c(therapy.summary(lang), "BodyBold"),
            self.p(self.t("what_it_is"), "H2"),
            self.c(therapy.what_it_is(lang)),
            self.p(self.t("how_it_works"), "H2"),
            self.c(therapy.how_it_works(lang)),
            self.p(self.t("steps"), "H2"),
        ]
        for n, step in enumerate(therapy.steps, start=1):
            self.shown_text += [step.title(lang), step.text(lang)]
            title = step.title(lang).rstrip()
            title += "" if title[-1:] in ".:?!" else "."
            text = f"<b>{markup(title)}</b> {markup(step.text(lang))}"
            out.append(Paragraph(text, sheet["Step"], bulletText=f"{n}."))
        out.append(self.p(self.t("trial") if therapy.trial.used else self.t("no_trial"), "H3"))
        out.append(self.c(therapy.trial.text(lang)))
        self.cite(therapy.trial.sources)
        out += self.outcomes(therapy)
        out += self.risks(therapy)
        out.append(CondPageBreak(40 * mm))
        out.append(self.p(self.t("living_with"), "H2"))
        self.shown_text += [item(lang) for item in therapy.living_with]
        out += bullets([item(lang) for item in therapy.living_with], sheet)
        out.append(self.p(self.t("adjust_and_reverse"), "H3"))
        out.append(self.c(therapy.adjust_and_reverse(lang)))
        return out

    def outcomes(self, therapy: Therapy) -> list[Flowable]:
        lang = self.lang
        out: list[Flowable] = [
            CondPageBreak(50 * mm),
            self.p(self.t("how_it_helps"), "H2"),
        ]
        if not therapy.outcomes:
            return [*out, self.p(self.t("no_outcomes"))]
        out.append(self.p(self.t("outcomes_intro"), "Muted"))
        # outcomes from the same study and group share one "who was studied" line
        groups: list[list[Outcome]] = []
        for outcome in therapy.outcomes:
            previous = groups[-1][0] if groups else None
            if (
                previous is not None
                and previous.population == outcome.population
                and previous.sources == outcome.sources
            ):
                groups[-1].append(outcome)
            else:
                groups.append([outcome])
        for group in groups:
            first = group[0]
            studied = (
                f"{self.t('who_was_studied')}: {first.population(lang)}"
                f" · {self.t('study')}: {self.cite(first.sources)}"
            )
            texts = [self.c(outcome.text(lang), "Tight") for outcome in group]
            out.append(KeepTogether([*texts, self.p(studied, "Muted")]))
        return out

    def risks(self, therapy: Therapy) -> list[Flowable]:
        sheet = self.sheet
        size = sheet["Body"].fontSize
        head: list[Flowable] = [
            self.p(self.t("risks"), "H2"),
            self.p(self.t("risks_intro"), "Tight"),
            self.legend(),
        ]
        if self.record.risks_discussed.get(therapy.id):
            head.append(self.p(self.t("clinician_marked"), "Muted"))
        grid_size = (32 if self.large else 26) * mm
        full = [
            r
            for r in therapy.risks
            if r.article_risk or self.record.risk_was_discussed(therapy.id, r.id)
        ]
        cards = [self.risk_row(therapy, risk, grid_size, size) for risk in full]
        out: list[Flowable] = [KeepTogether(head + cards[:1]), *cards[1:]]
        others = [r for r in therapy.risks if r not in full]
        if others:
            out += self.other_risks(therapy, others)
        return out

    def other_risks(self, therapy: Therapy, risks: list[Risk]) -> list[Flowable]:
        """Every remaining risk, with its exact figure in words and its source."""
        lang = self.lang
        head: list[Flowable | str] = [
            self.p(self.t("other_risk"), "CellHead"),
            self.p(self.t("how_often"), "CellHead"),
            self.p(self.t("source_short"), "CellHead"),
        ]
        data: list[list[Flowable | str]] = [head]
        for risk in risks:
            figure = risk_figure(risk, self.labels)
            how_often = figure.caption if risk.known else self.t("not_known_short")
            if risk.timeframe is not None:
                how_often += f" ({risk.timeframe(lang)})"
            data.append(
                [
                    self.c(risk.name(lang), "CellBold"),
                    self.p(how_often, "CellSmall"),
                    self.p(self.cite(risk.sources), "CellSmall"),
                ]
            )
        first = 44 * mm if self.large else 40 * mm
        last = 38 * mm if self.large else 34 * mm
        table = Table(data, colWidths=[first, FRAME_WIDTH - first - last, last], repeatRows=1)
        table.setStyle(
            table_style(
                ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
                ("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#7f8fa6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            )
        )
        title = self.p(self.t("other_risks", name=therapy.short_name(lang)), "H3")
        intro = self.p(self.t("other_risks_intro"), "Muted")
        return [KeepTogether([title, intro, table])]

    def legend(self) -> Table:
        swatch = self.sheet["Body"].fontSize * 1.1
        cells: list[Flowable | str] = []
        for kind, key in (
            ("solid", "grid_legend_solid"),
            ("hatched", "grid_legend_hatched"),
            ("empty", "grid_legend_empty"),
        ):
            cells += [LegendSwatch(kind, swatch), self.p(self.t(key), "Small")]
        widths = [swatch + 4, None, swatch + 4, None, swatch + 4, None]
        free = FRAME_WIDTH - 3 * (swatch + 4)
        text_widths = (free * 0.25, free * 0.45, free * 0.30)
        col_widths = [w if w is not None else 0.0 for w in widths]
        col_widths[1], col_widths[3], col_widths[5] = text_widths
        table = Table([cells], colWidths=col_widths)
        table.setStyle(
            table_style(
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            )
        )
        return table

    def risk_row(self, therapy: Therapy, risk: Risk, grid_size: float, size: float) -> Flowable:
        """A risk card: the picture (if any) on the left, the words on the right."""
        lang = self.lang
        figure = risk_figure(risk, self.labels)
        discussed = self.record.risk_was_discussed(therapy.id, risk.id)
        self.shown_text.append(risk.name(lang))
        texts: list[Flowable] = [self.p(risk.name(lang), "CardHead")]
        if discussed:
            texts.append(bold_lead(self.t("discussed_marker"), "", "Tight", self.sheet))
        texts.append(self.c(risk.text(lang), "Tight"))
        how_often = figure.caption if risk.known else self.t("not_known_short")
        texts.append(bold_lead(self.t("how_often") + ":", how_often, "Tight", self.sheet))
        details = []
        if figure.same_as:
            details.append(figure.same_as)
        if risk.timeframe is not None:
            details.append(f"{self.t('over_time')}: {risk.timeframe(lang)}")
        details.append(f"{self.t('source_short')}: {self.cite(risk.sources)}")
        texts.append(self.p(" · ".join(details), "Muted"))
        counts = figure.picture
        if counts is None:
            table = Table([[texts]], colWidths=[FRAME_WIDTH])
            first_padding = 8.0
        else:
            picture_width = grid_size if counts.total == 100 else grid_size * 1.15
            picture = [IconArray(counts, picture_width), self.p(figure.picture_caption, "Small")]
            column = max(picture_width, grid_size) + 14
            table = Table([[picture, texts]], colWidths=[column, FRAME_WIDTH - column])
            first_padding = 4.0
        style = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (0, 0), first_padding),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("LINEABOVE", (0, 0), (-1, 0), 0.4, colors.HexColor("#c8c8c8")),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]
        if counts is not None:
            style.append(("TOPPADDING", (0, 0), (0, 0), size * 0.5))
        if discussed:
            style += [("LINEBEFORE", (0, 0), (0, 0), 4, ACCENT)]
        table.setStyle(table_style(*style))
        return table

    def comparison(self) -> list[Flowable]:
        lang, sheet = self.lang, self.sheet
        out: list[Flowable] = [
            self.p(self.t("comparison"), "H1"),
            self.p(self.t("comparison_intro")),
        ]
        options: list[tuple[str, object]] = [(t.short_name(lang), t.glance) for t in self.therapies]
        care = self.catalog.current_care
        self.cite(care.sources)
        per_table = 2 if self.large else 3
        groups = [options[i : i + per_table] for i in range(0, len(options), per_table)] or [[]]
        rows = ("what_happens", "invasiveness", "benefits", "downsides", "upkeep", "reversible")
        for group in groups:
            columns = [*group, (care.name(lang), care.glance)]
            head_width = 32 * mm if not self.large else 36 * mm
            width = (FRAME_WIDTH - head_width) / len(columns)
            data: list[list[Flowable | str]] = [
                ["", *(self.p(name, "CellHead") for name, _ in columns)]
            ]
            for row in rows:
                line: list[Flowable | str] = [self.p(self.t(f"row_{row}"), "CellBold")]
                for _, glance in columns:
                    text = getattr(glance, row)(lang)
                    line.append(self.c(text, "CompareCell"))
                data.append(line)
            table = Table(data, colWidths=[head_width, *([width] * len(columns))], repeatRows=1)
            table.setStyle(
                table_style(
                    ("BACKGROUND", (1, 0), (-1, 0), ACCENT),
                    ("BACKGROUND", (0, 1), (0, -1), SOFT),
                    ("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#7f8fa6")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                    ("LEFTPADDING", (0, 0), (-1, -1), 5),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                )
            )
            out += [table, gap(sheet, 0.8)]
        return out

    def questions(self) -> list[Flowable]:
        sheet = self.sheet
        out: list[Flowable] = [
            CondPageBreak(60 * mm),
            self.p(self.t("questions"), "H1"),
            self.p(self.t("questions_intro")),
        ]
        if self.record.patient_questions:
            out += bullets(self.record.patient_questions, sheet)
        else:
            out.append(self.p(self.t("no_questions")))
        out.append(self.p(self.t("write_here"), "BodyBold"))
        out.append(WriteLines(6, sheet["Body"].leading * 1.7))
        return out

    def notes(self) -> list[Flowable]:
        notes = self.record.notes_for_patient.strip()
        return [
            CondPageBreak(40 * mm),
            self.p(self.t("notes"), "H1"),
            self.p(notes) if notes else self.p(self.t("no_notes")),
        ]

    def next_steps(self) -> list[Flowable]:
        out: list[Flowable] = [CondPageBreak(50 * mm), self.p(self.t("next_steps"), "H1")]
        steps = self.record.next_steps
        if not steps:
            return [*out, self.p(self.t("no_next_steps"))]
        out.append(self.p(self.t("next_steps_intro")))
        for step in steps:
            text = markup(self.step_text(step))
            if step.agreed:
                text = f"<b>{text}</b> ({markup(self.t('agreed'))})"
            out.append(Paragraph(text, self.sheet["Check"], bulletText=BOX))
        return out

    def warning_signs(self) -> list[Flowable]:
        section = warning_section(self.catalog)
        call = call_now(self.record.clinic, self.labels)
        rows: list[Flowable] = [self.p(section.title(self.lang), "H2"), self.p(call, "BodyBold")]
        self.cite(section.sources)
        self.shown_text += [item(self.lang) for item in section.items]
        rows += bullets([item(self.lang) for item in section.items], self.sheet)
        return [
            CondPageBreak(80 * mm),
            gap(self.sheet, 0.5),
            boxed(rows, FRAME_WIDTH, warning=True),
        ]

    def glossary(self) -> list[Flowable]:
        shown = " ".join(self.shown_text).casefold()
        used = [
            term
            for term in self.catalog.glossary
            if _mentions(shown, term.term(self.lang).casefold())
        ]
        if not used:
            return []
        used.sort(key=lambda term: term.term(self.lang).casefold())
        out: list[Flowable] = [CondPageBreak(50 * mm), self.p(self.t("glossary"), "H1")]
        out += [
            bold_lead(term.term(self.lang) + ":", term.definition(self.lang), "Tight", self.sheet)
            for term in used
        ]
        return out

    def sources(self) -> list[Flowable]:
        out: list[Flowable] = [CondPageBreak(50 * mm), self.p(self.t("sources"), "H1")]
        sources = sorted(
            (self.catalog.source(source_id) for source_id in self.cited),
            key=lambda s: s.short.casefold(),
        )
        for source in sources:
            where = f"doi:{source.doi}" if source.doi else (source.url or "")
            out.append(
                Paragraph(
                    f"<b>{markup(source.short)}</b>. {markup(source.citation)} {markup(where)}",
                    self.sheet["Reference"],
                )
            )
        return out

    def about(self) -> list[Flowable]:
        manifest, lang = self.catalog.manifest, self.lang
        reviews = [t.review for t in self.therapies] or [self.catalog.current_care.review]
        last = max(r.last_reviewed for r in reviews)
        due = min(r.next_review for r in reviews)
        rows: list[Flowable] = [
            self.p(self.t("about_summary"), "H2"),
            self.p(self.t("how_to_use")),
            self.p(
                self.t(
                    "content_version",
                    version=manifest.content_version,
                    produced=self.labels.date(manifest.produced),
                )
            ),
            self.p(self.t("reviewed", reviewed=self.labels.date(last), next=self.labels.date(due))),
            bold_lead(
                self.t("update_policy") + ":", manifest.update_policy(lang), "Body", self.sheet
            ),
            bold_lead(self.t("made_by") + ":", manifest.made_by(lang), "Body", self.sheet),
            bold_lead(self.t("funding") + ":", manifest.funding(lang), "Body", self.sheet),
            self.p(manifest.disclaimer(lang), "BodyBold"),
        ]
        return [CondPageBreak(70 * mm), gap(self.sheet, 0.5), boxed(rows, FRAME_WIDTH)]


def _mentions(text: str, term: str) -> bool:
    """Whether ``term`` occurs in ``text`` as a whole word (or phrase): a word character
    (as regular expressions' ``\\w``) on neither side. No pattern is compiled per term:
    that cost more than the rest of the glossary."""
    core = re.sub(r"\s*\(.*?\)\s*", " ", term).strip()  # "Lead (electrode)" -> "lead"
    if not core:
        return False
    start = text.find(core)
    while start != -1:
        if not _word_character(text, start - 1) and not _word_character(text, start + len(core)):
            return True
        start = text.find(core, start + 1)
    return False


def _word_character(text: str, index: int) -> bool:
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] == "_")
