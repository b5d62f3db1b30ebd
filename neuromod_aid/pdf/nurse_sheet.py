"""The nurse's pre-procedure sheet: what to do before, on and after the day.

Built from the record's :class:`~neuromod_aid.consultation.Procedure` and the
catalog's instruction sections and blood-thinner table. While the clinic has not
reviewed the blood-thinner table (``blood_thinner_policy.locally_reviewed``), the
catalog's review notice is printed prominently above it. The procedure's bleeding-risk
class (the therapy's ``bleeding_risk``: ASRA/ESRA/INS 2018 for spine and nerve procedures) is
said under the rule, and it decides each medicine's advice: the row's advice for that class
(stop, with the computed last-dose date where the table gives days; keep taking it; or
decide with the prescriber). Outside the guideline's classes (brain surgery, rTMS) no date
is computed. The after-care printed is the planned therapy's own instruction section.
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Table

from neuromod_aid.catalog.model import (
    NURSE_SHEET_SECTION_IDS,
    Catalog,
    InstructionSection,
    StopAdvice,
)
from neuromod_aid.consultation import Consultation, Procedure
from neuromod_aid.pdf.blocks import (
    bold_lead,
    boxed,
    bullets,
    call_now,
    contact_block,
    details_box,
    gap,
    para,
    procedure_document,
)
from neuromod_aid.pdf.fonts import register_fonts
from neuromod_aid.pdf.layout import FRAME_WIDTH, PageDecor, build_pdf
from neuromod_aid.pdf.sections.warning_signs import warning_parts, warning_section
from neuromod_aid.pdf.styles import BRAND, BRAND_SOFT, TABLE_GRID, stylesheet, table_style
from neuromod_aid.pdf.text import markup
from neuromod_aid.present.wording import Wording


def build_nurse_sheet(
    record: Consultation, catalog: Catalog, *, large_print: bool | None = None
) -> bytes:
    large, labels, sheet, lang, procedure, therapy = procedure_document(
        record, catalog, large_print
    )

    def p(text: str, style: str = "Body") -> Paragraph:
        return para(text, style, sheet)

    story: list[Flowable] = [
        p(labels("nurse_title"), "Title"),
        p(labels("for_patient", name=record.patient.name), "Subtitle"),
        gap(sheet, 0.4),
    ]
    when = labels.date(procedure.date) if procedure.date else labels("not_set")
    facts = [
        p(labels("procedure"), "H2"),
        bold_lead(labels("procedure") + ":", therapy.name(lang), "Body", sheet),
        bold_lead(labels("procedure_date") + ":", when, "Body", sheet),
        bold_lead(
            labels("arrival") + ":", procedure.arrival_time or labels("not_set"), "Body", sheet
        ),
        bold_lead(labels("place") + ":", procedure.place or labels("not_set"), "Body", sheet),
    ]
    story.append(details_box(facts, FRAME_WIDTH, large_print=large))
    story += _allergies(procedure, labels, sheet)
    story += _blood_thinners(record, procedure, catalog, labels, large)
    for section in _sections(catalog, procedure.therapy):
        story.append(CondPageBreak(45 * mm))
        story.append(p(section.title(lang), "H2"))
        story += bullets([item(lang) for item in section.items], sheet)
    warning = warning_section(catalog)
    clinic = record.clinic
    rows: list[Flowable] = [p(warning.title(lang), "H2"), p(call_now(clinic, labels), "BodyBold")]
    parts = warning_parts(catalog, (procedure.therapy,))
    rows += bullets([item(lang) for part in parts for item in part.items], sheet)
    story += [CondPageBreak(70 * mm), gap(sheet, 0.5), boxed(rows, FRAME_WIDTH, warning=True)]
    story += [CondPageBreak(40 * mm), p(labels("contacts"), "H2")]
    story += contact_block(clinic, labels, sheet)
    story += [gap(sheet, 0.5), p(catalog.manifest.disclaimer(lang), "Muted")]
    decor = PageDecor(clinic, record.patient, labels, large, both_identifiers=True)
    return build_pdf(story, decor=decor, title=labels("nurse_title"), subject=therapy.name(lang))


def _allergies(procedure: Procedure, labels: Wording, sheet: StyleSheet1) -> list[Flowable]:
    """The allergies written down, or that none are known, or a line to ask about them."""
    out: list[Flowable] = [gap(sheet, 0.5), para(labels("allergies"), "H2", sheet)]
    if procedure.allergies:
        return out + bullets(list(procedure.allergies), sheet)
    if procedure.no_known_allergies:
        return [*out, para(labels("no_known_allergies"), "Body", sheet)]
    return [*out, para(labels("allergies_not_written"), "Body", sheet)]


def _sections(catalog: Catalog, therapy_id: str) -> list[InstructionSection]:
    """The instruction sections for this procedure, in the sheet's order."""
    sections = (catalog.instruction(section_id) for section_id in NURSE_SHEET_SECTION_IDS)
    return [s for s in sections if not s.therapies or therapy_id in s.therapies]


def last_dose(
    procedure_date: dt.date | None, advice: StopAdvice | None, bleeding_risk: str, labels: Wording
) -> str:
    """When to take the last dose, from the medicine's advice for the procedure's class:
    the procedure date minus the days to stop, the hours before it, that it is usually
    kept, that it is decided with the prescriber; or a line for the team to write it on
    where the table has no figure, or the team's own plan outside the guideline."""
    if bleeding_risk == "outside_guideline":
        return labels("thinner_own_plan")
    if advice is None:
        return labels("thinner_last_dose_told")
    if advice.action != "stop":
        return labels(f"thinner_{advice.action}")
    low, high = advice.stop_min, advice.stop_max
    if low is None or high is None:
        return labels("thinner_last_dose_told")
    if advice.unit == "hours":
        if low == high:
            return labels("thinner_last_dose_hours", hours=low)
        return labels("thinner_last_dose_hours_range", low=low, high=high)
    if procedure_date is None:
        if low == high:
            return labels("thinner_last_dose_unknown", days=low)
        return labels("thinner_last_dose_unknown_range", low=low, high=high)
    if low == high:
        day = procedure_date - dt.timedelta(days=low)
        return labels("thinner_last_dose_single", date=labels.date(day), days=low)
    early = procedure_date - dt.timedelta(days=high)
    late = procedure_date - dt.timedelta(days=low)
    return labels(
        "thinner_last_dose_range",
        early=labels.date(early),
        late=labels.date(late),
        low=low,
        high=high,
    )


def _blood_thinners(
    record: Consultation,
    procedure: Procedure,
    catalog: Catalog,
    labels: Wording,
    large: bool,
) -> list[Flowable]:
    sheet = stylesheet(large, labels.locale)
    lang = record.language
    policy = catalog.blood_thinner_policy
    # room for the heading, the notice, the rule and the table's first rows
    out: list[Flowable] = [CondPageBreak(120 * mm), para(labels("blood_thinners"), "H2", sheet)]
    if not policy.locally_reviewed:
        out.append(
            boxed(
                [
                    para(labels("thinner_review_heading"), "Warning", sheet),
                    para(policy.review_notice(lang), "Body", sheet),
                ],
                FRAME_WIDTH,
                warning=True,
            )
        )
        out.append(gap(sheet, 0.4))
    out.append(para(policy.rule(lang), "BodyBold", sheet))
    bleeding = catalog.therapy(procedure.therapy).bleeding_risk
    out.append(para(labels(f"bleeding_risk_{bleeding}"), "Body", sheet))
    told = labels("thinner_last_dose_told")
    thinners = [b for b in catalog.blood_thinners if b.id in procedure.blood_thinners]
    if not (thinners or procedure.other_blood_thinners):
        out.append(para(labels("no_thinners"), "Body", sheet))
        return out
    head: list[Flowable] = [
        Paragraph(markup(labels(key)), sheet["CellHead"])
        for key in ("thinner_medicine", "thinner_last_dose", "thinner_restart")
    ]
    rows: list[tuple[str, str, str]] = []
    for thinner in thinners:
        advice = thinner.advice(bleeding)
        name = f"<b>{markup(thinner.medicine(lang))}</b><br/>{markup(thinner.examples(lang))}"
        notes = [n for n in (thinner.note, advice.note if advice else None) if n is not None]
        for note in notes:
            register_fonts(italics=True)
            name += f"<br/><i>{markup(note(lang))}</i>"
        last = last_dose(procedure.date, advice, bleeding, labels)
        rows.append((name, markup(last), _restart(advice, labels)))
    rows += [
        (f"<b>{markup(other)}</b>", markup(told), _restart(None, labels))
        for other in procedure.other_blood_thinners
    ]
    data: list[list[Flowable]] = [head]
    for name, last, restart in rows:
        data.append(
            [
                Paragraph(name, sheet["Cell"]),
                Paragraph(last, sheet["Cell"]),
                Paragraph(restart, sheet["Cell"]),
            ]
        )
    widths = [FRAME_WIDTH * 0.38, FRAME_WIDTH * 0.34, FRAME_WIDTH * 0.28]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        table_style(
            ("BACKGROUND", (0, 0), (-1, 0), BRAND),
            ("BACKGROUND", (0, 1), (-1, -1), BRAND_SOFT),
            ("GRID", (0, 0), (-1, -1), 0.6, TABLE_GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        )
    )
    # the heading, the notice and the rule stay together on the page where the table
    # starts; a long table goes on over the page, its header repeated
    return [
        KeepTogether(out),
        table,
        gap(sheet, 0.4),
        para(policy.restart(lang), "Body", sheet),
    ]


def _restart(advice: StopAdvice | None, labels: Wording) -> str:
    """The restart cell: how long after the procedure the guideline usually restarts the
    medicine, where it says, and always that it restarts only as the team says. Where the
    medicine is usually kept or decided with the prescriber, the time is said only for
    the case that the team stops it."""
    only = f"<b>{markup(labels('only_as_told'))}</b>"
    if advice is None or advice.restart_hours_min is None or advice.restart_hours_max is None:
        return only
    low, high = advice.restart_hours_min, advice.restart_hours_max
    kind = (
        "thinner_restart_hours" if advice.action == "stop" else "thinner_restart_if_stopped_hours"
    )
    when = labels(kind, hours=low) if low == high else labels(f"{kind}_range", low=low, high=high)
    return f"{markup(when)} {only}"
