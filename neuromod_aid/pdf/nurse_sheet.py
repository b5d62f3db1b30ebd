"""The nurse's pre-procedure sheet: what to do before, on and after the day.

Built from the record's :class:`~neuromod_aid.consultation.Procedure` and the catalog's
instruction sections and blood-thinner table (:mod:`~neuromod_aid.pdf.blood_thinners`).
It opens with the procedure's details (ending, as the summary's booked step does, with
whom to call to change or cancel it) and a checklist to tick, in three parts (before, on
the day, after), each step with its date where one applies; then the summary's red box
of warning signs (:func:`~neuromod_aid.pdf.sections.warning_signs.warning_box`); then
the same three parts in full. What the clinic decides for each patient (when to stop
eating, which morning medicines, the special soap) are blank lines the nurse fills in.
The after-care depends on what is planned: a trial (the therapy has a trial and a "trial
planned" next step is in the record, :func:`planned_trial`) gets the rules for the days
the trial leads are out, with a picture of the trial's set-up, and when the trial ends;
an implant gets the planned therapy's own after-care and its weeks.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from reportlab.lib.styles import StyleSheet1
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Table

from neuromod_aid.catalog.model import (
    NURSE_SHEET_AFTER_IMPLANT,
    NURSE_SHEET_AFTER_TRIAL,
    NURSE_SHEET_BEFORE,
    NURSE_SHEET_ON_THE_DAY,
    Catalog,
    InstructionSection,
)
from neuromod_aid.consultation import Clinic, Consultation, NextStepKind, Procedure
from neuromod_aid.pdf.blocks import (
    BOX,
    bold_lead,
    bullets,
    contact_block,
    details_box,
    gap,
    para,
    procedure_document,
)
from neuromod_aid.pdf.blood_thinners import blood_thinner_part, chosen_thinners, last_dose
from neuromod_aid.pdf.layout import FRAME_WIDTH, PageDecor, build_pdf
from neuromod_aid.pdf.pictures import trial_figure
from neuromod_aid.pdf.sections.warning_signs import warning_box
from neuromod_aid.pdf.sheet_about import about_sheet
from neuromod_aid.pdf.styles import BRAND, table_style
from neuromod_aid.pdf.text import markup
from neuromod_aid.preparation import takes_no_blood_thinners
from neuromod_aid.present.next_steps import booked_change, step_text
from neuromod_aid.present.wording import Wording
from neuromod_aid.trial import BASELINE_DAYS, diary_date

# sections whose items are things to gather: printed as boxes to tick
TICKED_SECTIONS = ("what_to_bring",)


WRITE_IN_TIME = "______ : ______"


def planned_trial(record: Consultation, catalog: Catalog) -> bool:
    """The planned procedure is the therapy's trial: the therapy has one and the record's
    next steps plan it. Otherwise it is the implant (or a therapy without a trial)."""
    procedure = record.procedure
    if procedure is None or not catalog.therapy(procedure.therapy).trial.used:
        return False
    return any(step.kind == "trial_planned" for step in record.next_steps)


def trial_end(procedure: Procedure) -> dt.date | None:
    """The day the trial's planned days are over, from the procedure date."""
    if procedure.date is None:
        return None
    return procedure.date + dt.timedelta(days=procedure.trial_days)


def build_nurse_sheet(
    record: Consultation, catalog: Catalog, *, large_print: bool | None = None
) -> bytes:
    large, labels, sheet, lang, procedure, therapy = procedure_document(
        record, catalog, large_print
    )
    trial = planned_trial(record, catalog)

    def p(text: str, style: str = "Body") -> Paragraph:
        return para(text, style, sheet)

    story: list[Flowable] = [
        p(labels("nurse_title_trial" if trial else "nurse_title"), "Title"),
        p(labels("for_patient", name=record.patient.name), "Subtitle"),
        gap(sheet, 0.4),
        details_box(
            [
                *_facts(procedure, therapy.name(lang), trial, labels, sheet),
                *_booked(record.clinic, procedure, trial, labels, sheet),
            ],
            FRAME_WIDTH,
            large_print=large,
        ),
        *_dates(record, catalog, trial, labels, sheet),
        gap(sheet, 0.3),
    ]
    story += _checklist(procedure, catalog, trial, labels, sheet)
    clinic = record.clinic
    box, _ = warning_box(
        catalog, clinic, (procedure.therapy,), labels, sheet, large, take_along=True
    )
    # the box starts where its heading, whom to call and the first signs fit together
    story += [CondPageBreak(sheet["Body"].leading * 12), gap(sheet, 0.5), box]
    story += [CondPageBreak(sheet["Body"].leading * 8), p(labels("part_before"), "H1")]
    story += _allergies(procedure, labels, sheet)
    story += blood_thinner_part(procedure, catalog, labels, sheet)
    story += _sections(catalog, procedure.therapy, NURSE_SHEET_BEFORE, labels, sheet)
    story += [CondPageBreak(sheet["Body"].leading * 8), p(labels("part_on_the_day"), "H1")]
    story += _sections(catalog, procedure.therapy, NURSE_SHEET_ON_THE_DAY, labels, sheet)
    after = NURSE_SHEET_AFTER_TRIAL if trial else NURSE_SHEET_AFTER_IMPLANT
    story += [
        CondPageBreak(sheet["Body"].leading * 8),
        p(labels("part_after_trial" if trial else "part_after"), "H1"),
        *(trial_figure(catalog, therapy.id, labels, sheet, large) if trial else []),
    ]
    story += _sections(catalog, procedure.therapy, after, labels, sheet)
    contacts = [p(labels("contacts"), "H2"), *contact_block(clinic, labels, sheet)]
    contacts += [gap(sheet, 0.5), p(labels("sheet_disclaimer"), "Muted")]
    story.append(KeepTogether(contacts))
    story.append(about_sheet(catalog, therapy, labels, sheet))
    decor = PageDecor(clinic, record.patient, labels, large, both_identifiers=True)
    title = labels("nurse_title_trial" if trial else "nurse_title")
    return build_pdf(story, decor=decor, title=title, subject=therapy.name(lang))


def _facts(
    procedure: Procedure, name: str, trial: bool, labels: Wording, sheet: StyleSheet1
) -> list[Flowable]:
    """The procedure's box: what, when, what time, where; and when a trial ends."""
    what = labels("procedure_trial", therapy=name) if trial else name
    when = labels.date(procedure.date) if procedure.date else labels("not_set")
    facts: list[Flowable] = [
        bold_lead(labels("procedure") + ":", what, "BodyBold", sheet),
        bold_lead(labels("procedure_date") + ":", when, "Body", sheet),
        bold_lead(labels("arrival") + ":", _arrival(procedure, labels), "Body", sheet),
        bold_lead(labels("place") + ":", procedure.place or labels("not_set"), "Body", sheet),
    ]
    if trial:
        end = trial_end(procedure)
        ends = (
            labels("trial_ends_on", date=labels.date(end), days=procedure.trial_days)
            if end
            else labels("not_set")
        )
        facts.append(bold_lead(labels("trial_ends") + ":", ends, "Body", sheet))
    return facts


def _booked(
    clinic: Clinic, procedure: Procedure, trial: bool, labels: Wording, sheet: StyleSheet1
) -> list[Flowable]:
    """The procedure's box ends with: booked, it can still be changed or cancelled, and
    whom to call for that, as the summary says it beside the booked step; none without
    a date."""
    if procedure.date is None:
        return []
    kind: NextStepKind = "trial_planned" if trial else "procedure_date"
    return [para(booked_change(kind, clinic, labels), "Body", sheet)]


def _arrival(procedure: Procedure, labels: Wording) -> str:
    """The time to arrive; a blank to fill in when the record holds text that is no
    time (kept from an older file), never that text as if it were one."""
    if procedure.arrival_time:
        return procedure.arrival_time
    return WRITE_IN_TIME if procedure.arrival_not_understood else labels("not_set")


def _dates(
    record: Consultation, catalog: Catalog, trial: bool, labels: Wording, sheet: StyleSheet1
) -> list[Flowable]:
    """The days to act on, in order down a line: a checked medicine's last dose, the
    diary's first day, the procedure, the trial's end, and every other dated next step
    (the psychologist's visit). None without a procedure date."""
    procedure = record.procedure
    assert procedure is not None
    day = procedure.date
    if day is None:
        return []
    bleeding = catalog.therapy(procedure.therapy).bleeding_risk
    stops: dict[dt.date, list[str]] = {}
    for thinner in chosen_thinners(catalog, procedure):
        advice = thinner.advice(bleeding)
        if thinner.local_review is None or advice is None or advice.unit != "days":
            continue
        if advice.stop_max is not None:  # the earliest day the table gives
            stop = day - dt.timedelta(days=advice.stop_max)
            stops.setdefault(stop, []).append(thinner.medicine(labels.lang))
    events = [
        (stop, labels("date_last_dose", medicines=", ".join(names)))
        for stop, names in stops.items()
    ]
    arrive = f" · {labels('arrival')} {procedure.arrival_time}" if procedure.arrival_time else ""
    if trial:
        events.append((diary_date(day, "baseline", 1), labels("date_diary")))  # its first day
        events.append((day, labels("date_trial_start") + arrive))
        events.append((day + dt.timedelta(days=procedure.trial_days), labels("date_trial_end")))
    else:
        events.append((day, labels("date_procedure") + arrive))
    # a next step on a day the line already shows (the procedure, the trial's end) is that day
    shown = {when for when, _ in events}
    events += [
        (step.date, step_text(replace(step, date=None), labels))
        for step in record.next_steps
        if step.date is not None and step.date not in shown
    ]
    rows = [
        [
            Paragraph("●", sheet["Cell"]),
            Paragraph(f"<b>{markup(labels.date(when))}</b>", sheet["Cell"]),
            para(what, "Cell", sheet),
        ]
        for when, what in sorted(events, key=lambda event: event[0])
    ]
    dot = sheet["Cell"].fontSize * 1.6
    table = Table(rows, colWidths=[dot, FRAME_WIDTH * 0.4, FRAME_WIDTH * 0.6 - dot])
    table.setStyle(
        table_style(
            ("TEXTCOLOR", (0, 0), (0, -1), BRAND),
            ("LINEAFTER", (0, 0), (0, -1), 2, BRAND),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        )
    )
    return [para(labels("your_dates"), "H3", sheet), table]


def _checklist(
    procedure: Procedure, catalog: Catalog, trial: bool, labels: Wording, sheet: StyleSheet1
) -> list[Flowable]:
    """Boxes to tick, in the sheet's three parts: each says what to do, and when."""
    bleeding = catalog.therapy(procedure.therapy).bleeding_risk
    before = [labels("check_allergies")]
    thinners = chosen_thinners(catalog, procedure)
    for thinner in thinners:  # a checked row's stop, where the table says when
        advice = thinner.advice(bleeding)
        if thinner.local_review is not None and advice is not None and advice.has_interval:
            when = last_dose(procedure.date, advice, bleeding, labels)
            medicine = thinner.medicine(labels.lang)
            before.append(labels("check_last_dose", medicine=medicine, when=when))
    unchecked = any(t.local_review is None for t in thinners) or procedure.other_blood_thinners
    if unchecked or takes_no_blood_thinners(procedure) is None:
        before.append(labels("check_thinners_written"))
    before += [labels("check_soap"), labels("check_bring"), labels("check_ride")]
    day_parts = [
        labels.date(procedure.date) if procedure.date else "",
        procedure.arrival_time,
        procedure.place,
    ]
    shown = [part for part in day_parts if part]
    day = [
        labels("check_food", date=labels.date(procedure.date))
        if procedure.date
        else labels("check_food_no_date"),
        labels("check_morning_medicines"),
        labels("check_arrive", when=" · ".join(shown)) if shown else labels("check_arrive_told"),
    ]
    if trial:
        end = trial_end(procedure)
        after = [
            labels("check_trial_dressing"),
            labels("check_trial_diary", baseline=BASELINE_DAYS),
            labels("check_trial_end", date=labels.date(end))
            if end
            else labels("check_trial_end_told"),
        ]
    else:
        after = [labels("check_after_rules"), labels("check_card")]
    after.append(labels("check_warning"))
    parts: list[list[Flowable]] = [
        [para(labels(heading), "H3", sheet), *bullets(items, sheet, BOX)]
        for heading, items in (
            ("part_before", before),
            ("part_on_the_day", day),
            ("part_after_trial" if trial else "part_after", after),
        )
    ]
    intro = [para(labels("checklist"), "H2", sheet), para(labels("checklist_how"), "Body", sheet)]
    # each part whole on one page, its heading with its boxes, no box split across two
    # pages; the checklist's heading goes with the first part
    return [KeepTogether([*intro, *parts[0]]), *(KeepTogether(part) for part in parts[1:])]


def _allergies(procedure: Procedure, labels: Wording, sheet: StyleSheet1) -> list[Flowable]:
    """The allergies written down, or that none are known, or a line to ask about them."""
    out: list[Flowable] = [para(labels("allergies"), "H2", sheet)]
    if procedure.allergies:
        return out + bullets(list(procedure.allergies), sheet)
    if procedure.no_known_allergies:
        return [*out, para(labels("no_known_allergies"), "Body", sheet)]
    return [*out, para(labels("allergies_not_written"), "Body", sheet)]


def _sections(
    catalog: Catalog,
    therapy_id: str,
    section_ids: tuple[str, ...],
    labels: Wording,
    sheet: StyleSheet1,
) -> list[Flowable]:
    """The instruction sections among ``section_ids`` for this procedure, in that order."""
    shown: list[InstructionSection] = [
        s
        for s in (catalog.instruction(section_id) for section_id in section_ids)
        if not s.therapies or therapy_id in s.therapies
    ]
    out: list[Flowable] = []
    for section in shown:
        if len(shown) > 1:  # a part of one section: the part's heading says it
            out += [CondPageBreak(sheet["Body"].leading * 5)]
            out += [para(section.title(labels.lang), "H2", sheet)]
        items = [item(labels.lang) for item in section.items]
        symbol = BOX if section.id in TICKED_SECTIONS else None
        out += bullets(items, sheet, symbol) if symbol else bullets(items, sheet)
    return out
