"""The nurse sheet's blood-thinner table: each medicine the patient takes, with its last
dose and its restart, under a line that names the ones the patient told us they take.
When the record says the patient takes none (none written, the
checklist's blood-thinner item marked) the sheet says so and prints no table; when
nobody has asked yet it says so and the table has blank rows for the nurse.

A row's dates are worked out only where a clinician of the clinic has checked that row
(:class:`~neuromod_aid.catalog.model.LocalReview`). The procedure's bleeding-risk class
(the therapy's ``bleeding_risk``: ASRA/ESRA/INS 2018 for spine and nerve procedures) is said
under the rule, and it picks each reviewed medicine's advice: stop (with the last-dose date
worked out from the procedure date where the table gives days), keep taking it, or decide
with the prescriber. Outside the guideline's classes (brain surgery) no date is worked out.
A medicine whose row is not checked, or that is not in the table, gets blank lines for the
nurse to fill in and initial ("Stop on / Restart on / Checked by").
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib.styles import StyleSheet1
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Table

from neuromod_aid.catalog.model import BloodThinner, Catalog, StopAdvice
from neuromod_aid.consultation import Procedure
from neuromod_aid.pdf.blocks import after_colon, gap, para
from neuromod_aid.pdf.fonts import register_fonts
from neuromod_aid.pdf.layout import FRAME_WIDTH
from neuromod_aid.pdf.styles import BRAND, BRAND_SOFT, TABLE_GRID, table_style
from neuromod_aid.pdf.text import markup
from neuromod_aid.preparation import blood_thinner_names, takes_no_blood_thinners
from neuromod_aid.present.wording import Wording

UNKNOWN_ROWS = 2  # blank rows when nobody has asked yet which blood thinners are taken


def chosen_thinners(catalog: Catalog, procedure: Procedure) -> list[BloodThinner]:
    """The table's rows the patient takes, in the table's order."""
    return [b for b in catalog.blood_thinners if b.id in procedure.blood_thinners]


def last_dose(
    procedure_date: dt.date | None, advice: StopAdvice | None, bleeding_risk: str, labels: Wording
) -> str:
    """When to take the last dose, from a checked row's advice for the procedure's class:
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
            return labels.counted("thinner_last_dose_unknown", low, days=low)
        return labels("thinner_last_dose_unknown_range", low=low, high=high)
    if low == high:
        day = procedure_date - dt.timedelta(days=low)
        return labels.counted("thinner_last_dose_single", low, date=labels.date(day), days=low)
    early = procedure_date - dt.timedelta(days=high)
    late = procedure_date - dt.timedelta(days=low)
    return labels(
        "thinner_last_dose_range",
        early=labels.date(early),
        late=labels.date(late),
        low=low,
        high=high,
    )


def blood_thinner_part(
    procedure: Procedure, catalog: Catalog, labels: Wording, sheet: StyleSheet1
) -> list[Flowable]:
    """The heading, the rule, the procedure's bleeding-risk class and the table."""
    lang = labels.lang
    policy = catalog.blood_thinner_policy
    bleeding = catalog.therapy(procedure.therapy).bleeding_risk
    # room for the heading, the rule and the table's first rows
    out: list[Flowable] = [
        CondPageBreak(sheet["Body"].leading * 11),
        para(labels("blood_thinners"), "H2", sheet),
        para(policy.rule(lang), "BodyBold", sheet),
        para(labels(f"bleeding_risk_{bleeding}"), "Body", sheet),
    ]
    thinners = chosen_thinners(catalog, procedure)
    none = takes_no_blood_thinners(procedure)
    if none:
        return [*out, para(labels("no_thinners"), "Body", sheet)]
    if none is None:  # nobody asked yet: lines to write them on
        out.append(para(labels("thinners_not_known"), "Body", sheet))
    else:  # which ones the patient said they take: the table's rows are those
        # the table's medicines as words inside a sentence ("clopidogrel"); others as written
        listed = {thinner.medicine(lang) for thinner in catalog.blood_thinners}
        taken = blood_thinner_names(procedure, catalog, lang)
        names = ", ".join(after_colon(name) if name in listed else name for name in taken)
        out.append(para(labels("thinners_taken", medicines=names), "Body", sheet))
        if any(t.local_review is None for t in thinners) or procedure.other_blood_thinners:
            out.append(para(labels("thinner_table_how"), "Body", sheet))
    rows: list[tuple[str, str, str]] = []
    for thinner in thinners:
        advice = thinner.advice(bleeding) if thinner.local_review else None
        name = f"<b>{markup(thinner.medicine(lang))}</b><br/>{markup(thinner.examples(lang))}"
        notes = [n for n in (thinner.note, advice.note if advice else None) if n is not None]
        for note in notes:
            register_fonts(italics=True)
            name += f"<br/><i>{markup(note(lang))}</i>"
        if thinner.local_review is None:
            rows.append((name, *_fill_in(labels)))
        else:
            last = last_dose(procedure.date, advice, bleeding, labels)
            rows.append((name, markup(last), _restart(advice, labels)))
    others = procedure.other_blood_thinners
    rows += [(f"<b>{markup(other)}</b>", *_fill_in(labels)) for other in others]
    if none is None:
        rows += [(markup(labels("thinner_medicine_blank")), *_fill_in(labels))] * UNKNOWN_ROWS
    head: list[Flowable] = [
        Paragraph(markup(labels(key)), sheet["CellHead"])
        for key in ("thinner_medicine", "thinner_last_dose", "thinner_restart")
    ]
    data: list[list[Flowable]] = [head]
    data += [[Paragraph(cell, sheet["Cell"]) for cell in row] for row in rows]
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
    # the heading and the rule go with the table, onto the next page if they fit there
    # together; a table longer than a page goes on over the page, its header repeated
    return [KeepTogether([*out, table]), gap(sheet, 0.4), para(policy.restart(lang), "Body", sheet)]


def _fill_in(labels: Wording) -> tuple[str, str]:
    """The last-dose and restart cells of a row no one at the clinic has checked: lines for
    the nurse to write the dates on, and to initial."""
    restart, checked = (markup(labels(key)) for key in ("thinner_restart_on", "thinner_checked_by"))
    return markup(labels("thinner_stop_on")), f"{restart}<br/><br/>{checked}"


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
