"""SNOMED CT procedure codes in the hospital record: only those a published source
names (kept beside each code), well-formed, for procedures the content knows, and
listed in docs/fhir.md; a planned procedure with no checked code is sent as text."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.consultation import PROCEDURE_KINDS
from neuromod_aid.demo import demo_consultation
from neuromod_aid.fhir import codes
from neuromod_aid.fhir.bundle import bundle_json

DOC = Path(__file__).resolve().parent.parent / "docs" / "fhir.md"
# Verhoeff's tables: an SCTID's last digit checks the others (SNOMED CT's identifiers)
_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]


def _verhoeff_valid(number: str) -> bool:
    check = 0
    for position, digit in enumerate(reversed(number)):
        check = _D[check][_P[position % 8][int(digit)]]
    return check == 0


def test_a_misspelt_identifier_fails_the_check_digit() -> None:
    assert _verhoeff_valid("3270004")
    assert not _verhoeff_valid("3270005") and not _verhoeff_valid("3720004")


def test_every_shipped_code_is_a_procedure_concept_with_its_term_and_source(
    catalog: Catalog,
) -> None:
    shipped = codes.procedure_codes()
    assert shipped
    therapies = {t.id for t in catalog.therapies}
    for found in shipped:
        assert re.fullmatch(r"[1-9]\d{5,17}", found.code), found
        assert found.code[-3:-1] == "00", found  # partition 00: a concept of the core
        assert _verhoeff_valid(found.code), found
        assert found.therapy in therapies and set(found.kinds) <= set(PROCEDURE_KINDS)
        assert found.display and found.display == found.display.strip()
        assert found.code in found.source and found.display in found.source
        assert "https://" in found.source  # where it can be read again


def test_docs_list_exactly_the_shipped_codes_with_their_sources() -> None:
    text = DOC.read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `(\d+)` \| ", text, re.MULTILINE))
    assert listed == {found.code for found in codes.procedure_codes()}
    for found in codes.procedure_codes():
        row = next(line for line in text.splitlines() if line.startswith(f"| `{found.code}` |"))
        assert found.display in row and found.therapy in row


def _request(record, catalog: Catalog) -> dict:  # type: ignore[no-untyped-def,type-arg]
    bundle = json.loads(bundle_json(record, catalog))
    (request,) = [
        e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "ServiceRequest"
    ]
    return request  # type: ignore[no-any-return]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_an_implant_with_a_checked_code_carries_it_and_its_name(
    catalog: Catalog, lang: str
) -> None:
    demo = demo_consultation(catalog, lang)
    assert demo.procedure is not None
    implant = replace(demo, procedure=replace(demo.procedure, therapy="scs", kind="implant"))
    code = _request(implant, catalog)["code"]
    assert code["coding"] == [
        {
            "system": "http://snomed.info/sct",
            "code": "3270004",
            "display": "Implantation of neurostimulator in spine",
        }
    ]
    assert code["text"] == catalog.therapy("scs").name(lang)


@pytest.mark.parametrize("kind", [None, "trial", "revision", "removal"])
def test_a_procedure_with_no_checked_code_is_text_only(catalog: Catalog, kind: str) -> None:
    demo = demo_consultation(catalog, "en")
    assert demo.procedure is not None
    planned = replace(demo, procedure=replace(demo.procedure, therapy="scs", kind=kind))
    code = _request(planned, catalog)["code"]
    assert code == {"text": catalog.therapy("scs").name("en")}
    for therapy in catalog.therapies:
        other = replace(demo, procedure=replace(demo.procedure, therapy=therapy.id, kind="implant"))
        coded = "coding" in _request(other, catalog)["code"]
        assert coded == (therapy.id == "scs"), therapy.id
