"""The nurse sheet follows the planned therapy: the blood-thinner advice of its
bleeding-risk class (Narouze 2018: SCS high, PNS low, brain surgery outside the
guideline), given for rows the clinic has checked (``reviewed_catalog``), and its own
after-care, read back from the PDF. The sheets here are for an implant (no trial is
planned among the next steps); a trial's sheet is in ``test_nurse_sheet_trial.py``."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from pdf_helpers import all_text
from pydantic import ValidationError

from neuromod_aid.catalog.model import BloodThinner, Catalog, StopAdvice
from neuromod_aid.consultation import Procedure
from neuromod_aid.demo import demo_consultation
from neuromod_aid.pdf.nurse_sheet import build_nurse_sheet, last_dose
from neuromod_aid.present.wording import Wording
from neuromod_aid.validation import adapter

DAY = dt.date(2027, 3, 15)
AFTER_CARE = ("after_implant", "after_pump", "after_brain", "after_pns")


def _sheet(catalog: Catalog, lang: str, therapy: str, thinners: tuple[str, ...] = ()) -> str:
    """An implant's sheet: the demo's record without its planned trial."""
    record = demo_consultation(catalog, lang)
    record = replace(
        record,
        procedure=Procedure(therapy=therapy, date=DAY, blood_thinners=thinners),
        next_steps=tuple(s for s in record.next_steps if s.kind != "trial_planned"),
    )
    return " ".join(all_text(build_nurse_sheet(record, catalog)).split())


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _thinner(catalog: Catalog, thinner_id: str) -> BloodThinner:
    return next(b for b in catalog.blood_thinners if b.id == thinner_id)


def _stop_day(advice: StopAdvice | None) -> dt.date:
    assert advice is not None and advice.stop_min is not None and advice.unit == "days"
    return DAY - dt.timedelta(days=advice.stop_min)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_pns_with_aspirin_and_warfarin_gets_the_low_risk_advice(
    reviewed_catalog: Catalog, lang: str
) -> None:
    catalog = reviewed_catalog
    words = Wording(catalog, lang)
    aspirin = _thinner(catalog, "aspirin_primary_prevention")
    warfarin = _thinner(catalog, "warfarin")
    assert catalog.therapy("pns").bleeding_risk == "low"
    assert aspirin.low is not None and aspirin.low.action == "keep"
    assert warfarin.low is not None and warfarin.low.action == "shared"
    chosen = (aspirin.id, warfarin.id)
    pns = _sheet(catalog, lang, "pns", chosen)
    scs = _sheet(catalog, lang, "scs", chosen)
    assert _one_line(words("bleeding_risk_low")) in pns
    assert _one_line(words("thinner_keep")) in pns  # aspirin: usually not stopped
    assert words("thinner_shared").split(".")[0] in pns  # warfarin: with the prescriber
    # the high-risk stop dates that an SCS sheet works out are not on the PNS sheet
    for advice in (aspirin.high, warfarin.high):
        stop = words.date(_stop_day(advice))
        assert stop in scs
        assert stop not in pns
    assert _one_line(words("thinner_keep")) not in scs
    # the rule stays as it is, and with every row checked there is nothing to fill in
    assert _one_line(catalog.blood_thinner_policy.rule(lang)) in pns
    assert words("thinner_stop_on").split(":")[0] not in pns


@pytest.mark.parametrize("lang", ["en", "es"])
def test_brain_surgery_gets_the_teams_own_plan_and_no_date(
    reviewed_catalog: Catalog, lang: str
) -> None:
    catalog = reviewed_catalog
    words = Wording(catalog, lang)
    chosen = ("aspirin_primary_prevention", "warfarin", "lmwh_preventive_dose")
    text = _sheet(catalog, lang, "brain", chosen)
    assert _one_line(words("bleeding_risk_outside_guideline")) in text
    own_plan = words("thinner_own_plan").split(":")[0]
    assert text.count(own_plan) == len(chosen)
    for thinner_id in chosen[:2]:
        assert words.date(_stop_day(_thinner(catalog, thinner_id).high)) not in text
    assert words("thinner_last_dose_hours", hours=12) not in text


def test_heparin_stops_are_counted_in_hours_and_restart_by_class(
    reviewed_catalog: Catalog,
) -> None:
    catalog = reviewed_catalog
    heparin = _thinner(catalog, "lmwh_preventive_dose")
    assert heparin.high is not None and heparin.low is not None
    assert heparin.high.unit == heparin.low.unit == "hours"
    words = Wording(catalog, "en")
    for therapy, advice in (("scs", heparin.high), ("pns", heparin.low)):
        text = _sheet(catalog, "en", therapy, (heparin.id,))
        assert words("thinner_last_dose_hours", hours=advice.stop_min) in text
        low, high = advice.restart_hours_min, advice.restart_hours_max
        restart = (
            words("thinner_restart_hours", hours=low)
            if low == high
            else words("thinner_restart_hours_range", low=low, high=high)
        )
        assert restart in text
    assert heparin.high.restart_hours_max != heparin.low.restart_hours_max


@pytest.mark.parametrize("lang", ["en", "es"])
def test_each_therapy_prints_its_own_after_care(catalog: Catalog, lang: str) -> None:
    expected = {"scs": "after_implant", "drg": "after_implant", "idd": "after_pump"}
    expected |= {"brain": "after_brain", "pns": "after_pns", "tms": None}
    for therapy, own in expected.items():
        text = _sheet(catalog, lang, therapy)
        for section_id in AFTER_CARE:
            section = catalog.instruction(section_id)
            first = _one_line(section.items[0](lang))
            assert (first in text) == (section_id == own), (therapy, section_id)
            assert (_one_line(section.title(lang)) in text) == (section_id == own)


def test_pns_sheet_leaves_out_the_spinal_stimulator_bending_and_lifting_rules(
    catalog: Catalog,
) -> None:
    spinal = [_one_line(i("en")) for i in catalog.instruction("after_implant").items]
    weeks = next(item for item in spinal if "6 to 8 weeks" in item)
    assert weeks in _sheet(catalog, "en", "scs")
    pns = _sheet(catalog, "en", "pns")
    assert all(item not in pns for item in spinal)
    assert "2 kilos" not in pns and "6 to 8 weeks" not in pns


def test_only_the_pump_sheet_warns_of_too_much_and_too_little_medicine(catalog: Catalog) -> None:
    for lang in ("en", "es"):
        pump = [_one_line(i(lang)) for i in catalog.instruction("warning_signs_pump").items]
        assert len(pump) == 2
        general = _one_line(catalog.instruction("warning_signs").items[1](lang))
        text = _sheet(catalog, lang, "idd")
        assert all(sign in text for sign in pump) and general in text
        for other in ("pns", "scs"):
            sheet = _sheet(catalog, lang, other)
            assert general in sheet
            assert all(sign not in sheet for sign in pump)


def test_an_advice_is_consistent() -> None:
    StopAdvice(action="stop", stop_min=12, stop_max=12, unit="hours")
    StopAdvice(action="shared", restart_hours_min=6, restart_hours_max=6)
    for given, said in (
        ({"action": "keep", "stop_min": 1, "stop_max": 1}, "only a 'stop' advice"),
        ({"action": "stop", "stop_min": 1}, "both stop_min and stop_max"),
        (
            {"action": "stop", "restart_hours_min": 24, "restart_hours_max": 12},
            "restart_hours_min <= restart_hours_max",
        ),
    ):
        with pytest.raises(ValueError, match=said):  # made in code
            StopAdvice(**given)
        with pytest.raises(ValidationError, match=said):  # read from a content file
            adapter(StopAdvice).validate_python(given)


def test_a_stop_range_in_days_gives_both_dates_or_both_counts(catalog: Catalog) -> None:
    """A clinic's revision may give a range (say 7 to 10 days): both ends are shown."""
    words = Wording(catalog, "en")
    advice = StopAdvice(action="stop", stop_min=7, stop_max=10)
    dated = last_dose(DAY, advice, "high", words)
    for days in (7, 10):
        assert words.date(DAY - dt.timedelta(days=days)) in dated
    undated = last_dose(None, advice, "high", words)
    assert "7" in undated and "10" in undated and "2027" not in undated
    hours = StopAdvice(action="stop", stop_min=12, stop_max=24, unit="hours")
    assert "12" in last_dose(DAY, hours, "low", words) and "2027" not in last_dose(
        DAY, hours, "low", words
    )


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_blood_thinner_not_stopped_by_default_gets_its_restart_only_if_stopped(
    reviewed_catalog: Catalog, lang: str
) -> None:
    catalog = reviewed_catalog
    warfarin = _thinner(catalog, "warfarin")
    assert warfarin.low is not None and warfarin.low.action == "shared"
    assert warfarin.high is not None and warfarin.high.action == "stop"
    words, hours = Wording(catalog, lang), warfarin.low.restart_hours_min
    assert hours is not None and hours == warfarin.high.restart_hours_min
    plain = _one_line(words("thinner_restart_hours", hours=hours))
    if_stopped = _one_line(words("thinner_restart_if_stopped_hours", hours=hours))
    pns = _sheet(catalog, lang, "pns", ("warfarin",))
    scs = _sheet(catalog, lang, "scs", ("warfarin",))
    assert if_stopped in pns and plain not in pns  # PNS: low risk, not a fixed restart
    assert plain in scs and if_stopped not in scs  # SCS: stopped, so restarted


@pytest.mark.parametrize("lang", ["en", "es"])
def test_anti_inflammatory_rows_give_stop_days_only_where_they_are_stopped(
    reviewed_catalog: Catalog, lang: str
) -> None:
    catalog = reviewed_catalog
    words = Wording(catalog, lang)
    nsaids = [b for b in catalog.blood_thinners if b.id.startswith("nsaid_")]
    chosen = tuple(b.id for b in nsaids)
    pns = _sheet(catalog, lang, "pns", chosen)
    scs = _sheet(catalog, lang, "scs", chosen)
    assert pns.count(_one_line(words("thinner_keep"))) == len(nsaids)
    for nsaid in nsaids:
        assert nsaid.high is not None and nsaid.high.stop_min is not None
        assert not any(ch.isdigit() for ch in nsaid.medicine(lang))  # no interval in the name
        assert nsaid.medicine(lang) in pns
        day, days = words.date(_stop_day(nsaid.high)), nsaid.high.stop_min
        stop = _one_line(words.counted("thinner_last_dose_single", days, date=day, days=days))
        assert stop in scs and stop not in pns
