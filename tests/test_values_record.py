"""The patient's answers in the record (format /3): kept, checked, and older files read."""

from __future__ import annotations

import json

import pytest

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.consultation import (
    FORMAT,
    ConsultationError,
    from_dict,
    parse_consultation,
    to_dict,
    to_json,
)
from neuromod_aid.demo import demo_consultation


def _data(catalog: Catalog) -> dict:  # type: ignore[type-arg]
    return json.loads(to_json(demo_consultation(catalog)))


def test_the_answers_and_the_leaning_survive_a_file(catalog: Catalog) -> None:
    data = _data(catalog)
    assert data["format"] == FORMAT == "neuromod-aid.consultation/6"
    data["values"] = {"mri_scans": "a_lot", "few_visits": "not_sure"}
    data["leaning"] = "current_care"
    record = parse_consultation(json.dumps(data), catalog)
    assert record.values == {"mri_scans": "a_lot", "few_visits": "not_sure"}
    assert record.leaning == "current_care"
    assert parse_consultation(to_json(record), catalog) == record


@pytest.mark.parametrize("version", ["neuromod-aid.consultation/2", "neuromod-aid.consultation/1"])
def test_an_older_file_is_read_with_nothing_rated(catalog: Catalog, version: str) -> None:
    data = _data(catalog)
    del data["values"], data["leaning"]
    data["format"] = version
    if version.endswith("/1"):
        data["clinician_notes"] = data.pop("notes_for_patient")
    record = parse_consultation(json.dumps(data), catalog)
    assert record.values == {}
    assert record.leaning == ""
    assert to_dict(record)["format"] == FORMAT


def test_an_unknown_statement_is_refused_by_name(catalog: Catalog) -> None:
    data = _data(catalog)
    data["values"] = {"pain_relief": "a_lot", "winning_the_lottery": "a_lot"}
    with pytest.raises(ConsultationError) as caught:
        parse_consultation(json.dumps(data), catalog)
    assert caught.value.problems == ("values: unknown value statement id 'winning_the_lottery'",)


def test_an_unknown_answer_or_leaning_is_refused(catalog: Catalog) -> None:
    data = _data(catalog)
    data["values"] = {"pain_relief": "quite a bit"}
    with pytest.raises(ConsultationError) as caught:
        from_dict(data)
    assert caught.value.problems[0].startswith("values.pain_relief:")
    data = _data(catalog)
    data["leaning"] = "telepathy"
    with pytest.raises(ConsultationError) as caught:
        parse_consultation(json.dumps(data), catalog)
    assert caught.value.problems == ("leaning: unknown option id 'telepathy'",)
