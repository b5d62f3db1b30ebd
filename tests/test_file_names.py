"""Suggested file names carry the record number (made safe) or only the date, never
the patient's name: a file name shows in folder lists, attachments, recent files."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import pytest

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.catalog.text import Lang
from neuromod_aid.consultation import RECORD_NUMBER_MAX, Consultation, Patient
from neuromod_aid.demo import demo_consultation
from neuromod_aid.ui.documents import file_stem

NAME = "Ana García Núñez"
KINDS = ("summary", "nurse_sheet", "trial_diary", "consultation")


def _record(catalog: Catalog, lang: Lang, number: str) -> Consultation:
    return replace(
        demo_consultation(catalog, lang),
        patient=Patient(name=NAME, record_number=number),
        date=dt.date(2026, 11, 23),
    )


def test_the_record_number_and_date_name_the_file(catalog: Catalog) -> None:
    assert (
        file_stem("summary", _record(catalog, "es", "H-20431"), catalog)
        == "resumen-H-20431-2026-11-23"
    )
    assert file_stem("summary", _record(catalog, "en", ""), catalog) == "summary-2026-11-23"
    assert file_stem("nurse_sheet", _record(catalog, "en", "H-20431"), catalog) == (
        "nurse-sheet-H-20431-2026-11-23"
    )


@pytest.mark.parametrize(
    "number",
    [
        "../../etc/passwd",
        "..",
        "H/20431\\..\\x",
        "a\x1bb\x07c\nd\te",  # NUL is refused at input (consultation.py)
        "  Nº 20431 · Ñú  ",
        "C:\\Windows\\System32",
        "9" * RECORD_NUMBER_MAX,
        "😀/😀",
    ],
)
@pytest.mark.parametrize("kind", KINDS)
def test_a_hostile_record_number_cannot_make_an_unsafe_name(
    catalog: Catalog, kind: str, number: str
) -> None:
    languages: tuple[Lang, ...] = ("en", "es")
    for lang in languages:
        stem = file_stem(kind, _record(catalog, lang, number), catalog)
        assert re.fullmatch(r"[A-Za-z0-9]+(-[A-Za-z0-9]+)*", stem), stem
        assert stem.endswith("-2026-11-23"), stem
        assert len(stem) <= 80, stem
        for word in NAME.split():
            assert word.casefold() not in stem.casefold()
    digits = re.sub(r"[^0-9]", "", number)
    if digits:  # what can be kept of the number is kept
        assert digits[:20] in file_stem(kind, _record(catalog, "en", number), catalog)
