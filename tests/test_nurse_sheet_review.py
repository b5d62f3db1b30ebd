"""The nurse sheet after the second review (1b, problem 5): the clinic's fasting,
morning-medicine and soap rules as blanks the nurse fills in, the blood-thinner part as
the record knows it, one "Your procedure", every dated step on the dates line, and a
closing line that names the sheet."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pdf_helpers import page_texts, squeezed

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.text import Lang
from neuromod_aid.consultation import CheckMark, Consultation
from neuromod_aid.demo import PREPARED_AT, demo_consultation
from neuromod_aid.pdf.blood_thinners import UNKNOWN_ROWS
from neuromod_aid.pdf.nurse_sheet import build_nurse_sheet
from neuromod_aid.present.wording import Wording

LANGS: list[Lang] = ["en", "es"]


def _pages(record: Consultation, catalog: Catalog) -> list[str]:
    return [squeezed(page) for page in page_texts(build_nurse_sheet(record, catalog))]


def _no_thinners(record: Consultation, *, asked: bool) -> Consultation:
    procedure = record.procedure
    assert procedure is not None
    kept = tuple(mark for mark in procedure.checklist if mark.item != "blood_thinners")
    if asked:
        kept += (CheckMark(item="blood_thinners", state="done", by="Rosa", at=PREPARED_AT),)
    plain = replace(procedure, blood_thinners=(), other_blood_thinners=(), checklist=kept)
    return replace(record, procedure=plain)


@pytest.mark.parametrize("lang", LANGS)
def test_the_day_s_rules_are_blanks_for_the_nurse_with_the_procedure_date(
    catalog: Catalog, lang: Lang
) -> None:
    record = demo_consultation(catalog, lang)
    assert record.procedure is not None and record.procedure.date is not None
    words = Wording(catalog, lang)
    text = "".join(_pages(record, catalog))
    food = words("check_food", date=words.date(record.procedure.date))
    for rule in (food, words("check_morning_medicines"), words("check_soap")):
        assert "____" in rule and squeezed(rule) in text
    undated = replace(record, procedure=replace(record.procedure, date=None))
    assert squeezed(words("check_food_no_date")) in "".join(_pages(undated, catalog))


@pytest.mark.parametrize("lang", LANGS)
def test_the_blood_thinner_part_says_what_the_record_knows(catalog: Catalog, lang: Lang) -> None:
    demo = demo_consultation(catalog, lang)
    assert demo.procedure is not None
    words = Wording(catalog, lang)
    head = squeezed(words("thinner_last_dose"))
    # the medicines this patient takes, and no other row of the table
    text = "".join(_pages(demo, catalog))
    for thinner in catalog.blood_thinners:
        taken = thinner.id in demo.procedure.blood_thinners
        assert (squeezed(thinner.medicine(lang)) in text) == taken
    # asked, and none taken: said so, no table
    text = "".join(_pages(_no_thinners(demo, asked=True), catalog))
    assert squeezed(words("no_thinners")) in text and head not in text
    assert squeezed(words("check_thinners_written")) not in text
    # nobody asked yet: said so, the table kept with lines to write them on
    text = "".join(_pages(_no_thinners(demo, asked=False), catalog))
    assert squeezed(words("thinners_not_known")) in text and head in text
    assert text.count(squeezed(words("thinner_medicine_blank"))) == UNKNOWN_ROWS
    assert squeezed(words("check_thinners_written")) in text
    assert squeezed(words("no_thinners")) not in text


@pytest.mark.parametrize("lang", LANGS)
def test_page_one_names_the_procedure_once_and_shows_every_dated_step(
    catalog: Catalog, lang: Lang
) -> None:
    record = demo_consultation(catalog, lang)
    words = Wording(catalog, lang)
    pages = _pages(record, catalog)
    assert pages[0].count(squeezed(words("procedure"))) == 1
    dated = [step for step in record.next_steps if step.date is not None]
    (psychologist,) = [step for step in dated if step.kind == "psychological_assessment"]
    assert squeezed(psychologist.text) in pages[0]
    for step in dated:
        assert squeezed(words.date(step.date)) in pages[0]  # type: ignore[arg-type]
    assert squeezed(words("sheet_disclaimer")) in pages[-1]
    assert squeezed(catalog.manifest.disclaimer(lang)) not in "".join(pages)
