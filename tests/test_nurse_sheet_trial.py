"""A trial's nurse sheet gives the trial's rules, an implant's sheet the implant's;
blood-thinner dates appear only for rows the clinic has checked; the diary has usual
days before the trial and whom to call on every page. Read back from the PDFs."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from pdf_helpers import page_texts, reader, running_text
from reportlab.lib.rl_accel import fp_str

from neuromod_aid.catalog.model import Catalog, LocalReview
from neuromod_aid.consultation import Consultation, Procedure
from neuromod_aid.demo import demo_consultation
from neuromod_aid.pdf.nurse_sheet import build_nurse_sheet
from neuromod_aid.pdf.sections.warning_signs import signs_only, warning_parts
from neuromod_aid.pdf.styles import BRAND_SOFT
from neuromod_aid.pdf.trial_diary import build_trial_diary
from neuromod_aid.present.wording import Wording
from neuromod_aid.trial import BASELINE_DAYS

DAY = dt.date(2027, 3, 15)
SIZES = (False, True)  # normal print, large print


def _flat(text: str) -> str:
    return " ".join(text.split())


def _record(catalog: Catalog, lang: str, *, trial: bool, **procedure: object) -> Consultation:
    """The demo's record, its procedure on ``DAY``; with or without the trial it plans."""
    record = demo_consultation(catalog, lang)
    steps = tuple(s for s in record.next_steps if trial or s.kind != "trial_planned")
    assert any(s.kind == "trial_planned" for s in steps) == trial
    return replace(
        record,
        next_steps=steps,
        procedure=Procedure(therapy="scs", date=DAY, **procedure),  # type: ignore[arg-type]
    )


def _sheet(record: Consultation, catalog: Catalog, large: bool = False) -> str:
    """The sheet's text as one flow: a bullet that a page break splits reads whole."""
    return _flat(running_text(build_nurse_sheet(record, catalog, large_print=large)))


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_trial_sheet_has_the_trial_rules_and_not_the_implant_weeks(
    catalog: Catalog, lang: str
) -> None:
    words = Wording(catalog, lang)
    trial_rules = [_flat(item(lang)) for item in catalog.instruction("during_trial").items]
    implant_rules = [_flat(item(lang)) for item in catalog.instruction("after_implant").items]
    weeks = {"en": "6 to 8 weeks", "es": "6 a 8 semanas"}[lang]
    assert any(weeks in rule for rule in implant_rules)
    for large in SIZES:
        record = _record(catalog, lang, trial=True, trial_days=5)
        trial = _sheet(record, catalog, large)
        assert all(rule in trial for rule in trial_rules)
        assert not any(rule in trial for rule in implant_rules)
        assert weeks not in trial
        assert _flat(catalog.instruction("after_implant").title(lang)) not in trial
        # when the trial ends, worked out from the procedure date and the trial's days
        end = words.date(DAY + dt.timedelta(days=5))
        assert _flat(words("trial_ends_on", date=end, days=5)) in trial
        assert _flat(words("check_trial_end", date=end)) in trial
        implant = _sheet(_record(catalog, lang, trial=False), catalog, large)
        assert all(rule in implant for rule in implant_rules)
        assert not any(rule in implant for rule in trial_rules)
        assert _flat(words("check_trial_end", date=end)) not in implant
        assert words("trial_ends") not in implant


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_therapy_without_a_trial_never_gets_a_trial_sheet(catalog: Catalog, lang: str) -> None:
    record = _record(catalog, lang, trial=True)
    assert record.procedure is not None
    pns = replace(record, procedure=replace(record.procedure, therapy="pns"))
    text = _sheet(pns, catalog)
    assert Wording(catalog, lang)("nurse_title") in text
    assert _flat(catalog.instruction("after_pns").items[0](lang)) in text
    assert _flat(catalog.instruction("during_trial").items[0](lang)) not in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_only_a_checked_row_gets_a_computed_stop_date(catalog: Catalog, lang: str) -> None:
    words = Wording(catalog, lang)
    warfarin = next(b for b in catalog.blood_thinners if b.id == "warfarin")
    advice = warfarin.high  # SCS is a high bleeding-risk procedure
    assert advice is not None and advice.stop_min is not None and advice.unit == "days"
    assert warfarin.local_review is None  # shipped unchecked
    stop = words.date(DAY - dt.timedelta(days=advice.stop_min))
    fill_in = [words(key) for key in ("thinner_stop_on", "thinner_restart_on")]
    fill_in.append(words("thinner_checked_by"))
    record = _record(catalog, lang, trial=False, blood_thinners=("warfarin",))
    unchecked = _sheet(record, catalog)
    assert stop not in unchecked
    assert all(line in unchecked for line in fill_in)
    assert warfarin.medicine(lang) in unchecked
    review = LocalReview(reviewed_by="Dr Ruiz", reviewed_on=dt.date(2026, 11, 30))
    rows = tuple(
        replace(b, local_review=review) if b.id == "warfarin" else b for b in catalog.blood_thinners
    )
    checked = _sheet(record, replace(catalog, blood_thinners=rows))
    assert stop in checked
    assert not any(line in checked for line in fill_in)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_patient_copy_has_no_still_to_check_box(catalog: Catalog, lang: str) -> None:
    still = {"en": "still have to check", "es": "todavía tienen que revisar"}[lang]
    chosen = tuple(b.id for b in catalog.blood_thinners)
    for trial in (True, False):
        for large in SIZES:
            record = _record(catalog, lang, trial=trial, blood_thinners=chosen)
            text = _sheet(record, catalog, large)
            assert still not in text
            assert text.count(Wording(catalog, lang)("thinner_checked_by")) == len(chosen)


def _diary_pages(catalog: Catalog, lang: str, large: bool, days: int) -> list[str]:
    record = _record(catalog, lang, trial=True, trial_days=days)
    return [
        _flat(page) for page in page_texts(build_trial_diary(record, catalog, large_print=large))
    ]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_diary_has_baseline_days_and_whom_to_call_on_every_page(
    catalog: Catalog, lang: str
) -> None:
    words = Wording(catalog, lang)
    clinic = demo_consultation(catalog, lang).clinic
    assert clinic.phone and clinic.out_of_hours_phone
    signs = [
        _flat(item(lang)) for part in warning_parts(catalog, ("scs",)) for item in signs_only(part)
    ]
    for large in SIZES:
        pages = _diary_pages(catalog, lang, large, days=4)
        call = _flat(words("diary_call_phone", phone=clinic.phone))
        closed = _flat(words("diary_call_closed", phone=clinic.out_of_hours_phone))
        lead = _flat(words("diary_call_lead"))
        for page in pages:  # the red box's signs, the clinic's phone and the emergency
            # services, the out-of-hours number and that the patient asks for the pain
            # doctor on call there, and what to do if a lead comes out
            assert all(sign in page for sign in signs)
            assert call in page and closed in page and lead in page
        baseline = [
            n
            for n, page in enumerate(pages)
            if words("diary_baseline_day", day=1, days=BASELINE_DAYS) in page
        ]
        trial = [n for n, page in enumerate(pages) if words("diary_day", day=1, days=4) in page]
        assert baseline == [1] and trial == [1 + BASELINE_DAYS]
        for day in range(1, BASELINE_DAYS + 1):  # the same questions as a trial day
            page = pages[day]
            assert words("diary_baseline_day", day=day, days=BASELINE_DAYS) in page
            for key in ("time_morning", "time_night", "diary_activities", "diary_medicines"):
                assert _flat(words(key)) in page and _flat(words(key)) in pages[trial[0]]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_relief_scale_has_no_shaded_band(catalog: Catalog, lang: str) -> None:
    """Every step of the 0-100% scale is drawn alike: no band in the documents' soft fill
    (which the scale once had from 50% up) suggests an answer."""
    shade = fp_str(BRAND_SOFT.red, BRAND_SOFT.green, BRAND_SOFT.blue) + " rg"
    question = _flat(Wording(catalog, lang)("diary_relief"))
    for large in SIZES:
        record = _record(catalog, lang, trial=True)
        pdf = reader(build_trial_diary(record, catalog, large_print=large))
        (page,) = [p for p in pdf.pages if question in _flat(p.extract_text() or "")]
        assert shade not in page.get_contents().get_data().decode("latin-1")


@pytest.mark.parametrize("lang", ["en", "es"])
def test_undated_trial_and_a_clinic_without_phones_leave_nothing_invented(
    catalog: Catalog, lang: str
) -> None:
    """No procedure date: no dates line and no trial end; a clinic with no phone numbers:
    the diary names the clinic and says what to do when it is closed, in its own words."""
    words = Wording(catalog, lang)
    record = _record(catalog, lang, trial=True)
    assert record.procedure is not None
    timed = replace(record.procedure, date=None, arrival_time="08:30")
    undated = replace(record, procedure=timed)
    sheet = _sheet(undated, catalog)
    assert words("your_dates") not in sheet
    assert _flat(words("check_trial_end_told")) in sheet
    assert _flat(words("check_arrive", when="08:30")) in sheet  # what is known is said
    bare = replace(timed, arrival_time="")
    assert _flat(words("check_arrive_told")) in _sheet(replace(undated, procedure=bare), catalog)
    clinic = replace(record.clinic, phone="", out_of_hours_phone="")
    closed = clinic.out_of_hours_in(lang)
    assert closed
    pages = _diary_pages_of(replace(record, clinic=clinic), catalog)
    for page in pages:
        assert _flat(words("diary_call_no_phone", clinic=clinic.name)) in page
        assert _flat(closed[1:]) in page  # after "When we are closed:", in lower case


def _diary_pages_of(record: Consultation, catalog: Catalog) -> list[str]:
    return [_flat(page) for page in page_texts(build_trial_diary(record, catalog))]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_each_part_of_the_checklist_is_whole_on_one_page_under_its_heading(
    catalog: Catalog, lang: str
) -> None:
    """Round-5 review: in Spanish "El día de su procedimiento" stood at the foot of page 1
    and its last box, "☐ Llegue a su hora…", ran onto page 2. Each part's heading and all
    its boxes are on one page, and no box is cut across two."""
    words = Wording(catalog, lang)
    record = demo_consultation(catalog, lang)  # the sheet the review read
    procedure = record.procedure
    assert procedure is not None and procedure.date and procedure.arrival_time
    when = " · ".join((words.date(procedure.date), procedure.arrival_time, procedure.place))
    day = [
        words("check_food", date=words.date(procedure.date)),
        words("check_morning_medicines"),
        words("check_arrive", when=when),
    ]
    for large in SIZES:
        pdf = build_nurse_sheet(record, catalog, large_print=large)
        pages = [_flat(page) for page in page_texts(pdf)]
        (page,) = [page for page in pages if _flat(day[0]) in page]
        heading = _flat(words("part_on_the_day"))
        assert page.index(heading) < page.index(_flat(day[0]))
        assert all(_flat(item) in page for item in day)
