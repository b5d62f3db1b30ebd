from __future__ import annotations

import dataclasses
import json

import pytest

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.consultation import (
    FORMAT,
    Clinician,
    ConsultationError,
    SureAnswers,
    from_dict,
    parse_consultation,
    to_dict,
    to_json,
)
from neuromod_aid.demo import demo_consultation


def test_json_round_trip_keeps_every_field(catalog: Catalog) -> None:
    record = demo_consultation(catalog, "es")
    assert parse_consultation(to_json(record), catalog) == record


def test_interchange_form_declares_its_format(catalog: Catalog) -> None:
    assert to_dict(demo_consultation(catalog))["format"] == FORMAT


def _demo_data(catalog: Catalog) -> dict:  # type: ignore[type-arg]
    return json.loads(to_json(demo_consultation(catalog)))


def test_unknown_therapy_is_named_with_its_field(catalog: Catalog) -> None:
    data = _demo_data(catalog)
    data["therapies_discussed"] = ["scs", "laser_magic"]
    with pytest.raises(ConsultationError) as caught:
        parse_consultation(json.dumps(data), catalog)
    assert caught.value.problems == ("therapies_discussed[1]: unknown therapy id 'laser_magic'",)


def test_every_problem_is_reported_once_with_field_and_value(catalog: Catalog) -> None:
    data = _demo_data(catalog)
    data["language"] = "French"  # not a language code
    data["date"] = "2026-02-30"
    del data["patient"]["name"]
    with pytest.raises(ConsultationError) as caught:
        parse_consultation(json.dumps(data), catalog)
    problems = caught.value.problems
    assert len(problems) == 3
    assert any(p.startswith("language:") and '"French"' in p for p in problems)
    assert any(p.startswith("date:") and "2026-02-30" in p for p in problems)
    assert any(p.startswith("patient.name:") for p in problems)


def test_a_language_the_content_does_not_declare_is_refused(catalog: Catalog) -> None:
    data = _demo_data(catalog)
    data["language"] = "fr"
    with pytest.raises(ConsultationError) as caught:
        parse_consultation(json.dumps(data), catalog)
    assert caught.value.problems == ("language: 'fr' is not a language of the content (en, es)",)


def test_malformed_json_says_where(catalog: Catalog) -> None:
    with pytest.raises(ConsultationError, match=r"line 2, column"):
        parse_consultation('{"format":\n oops}', catalog)


def test_wrong_format_is_refused(catalog: Catalog) -> None:
    data = _demo_data(catalog)
    data["format"] = "something-else/9"
    with pytest.raises(ConsultationError, match="format"):
        parse_consultation(json.dumps(data), catalog)


@pytest.mark.parametrize(
    ("answers", "conflict"),
    [
        ((True, True, True, True), False),
        ((True, True, True, False), True),
        ((None, True, True, True), False),  # not finished: no verdict yet
    ],
)
def test_sure_test_flags_three_or_less(answers: tuple, conflict: bool) -> None:  # type: ignore[type-arg]
    assert SureAnswers(*answers).flags_conflict is conflict


def test_a_stored_record_cannot_be_changed_in_place(catalog: Catalog) -> None:
    """Nothing inside a record can change it behind the record's back: its maps are
    frozen too, and the file form still holds plain JSON objects."""
    record = demo_consultation(catalog, "es")
    with pytest.raises(TypeError):
        record.risks_discussed["scs"] = ()  # type: ignore[index]
    with pytest.raises(TypeError):
        record.clinic.hours["es"] = "otro horario"  # type: ignore[index]
    assert hash(record) == hash(demo_consultation(catalog, "es"))
    data = json.loads(to_json(record))
    assert isinstance(data["risks_discussed"], dict) and isinstance(data["clinic"]["hours"], dict)
    assert from_dict(data) == record


def test_a_record_type_behaves_as_a_frozen_dataclass() -> None:
    """The record types share one comparison, hash and repr (``validation.record``)
    instead of compiling their own: they still behave as ``@dataclass(frozen=True)``."""

    @dataclasses.dataclass(frozen=True)
    class Plain:
        name: str
        role: str = ""

    ours, plain = Clinician(name="Dr. Vega", role="nurse"), Plain("Dr. Vega", "nurse")
    assert repr(ours) == repr(plain).replace(Plain.__qualname__, "Clinician")
    same = Clinician(name="Dr. Vega", role="nurse")
    assert ours == same and hash(ours) == hash(same) and len({ours, same}) == 1
    assert ours != Clinician(name="Dr. Vega") and ours != plain
    assert dataclasses.replace(ours, role="") == Clinician(name="Dr. Vega")
    with pytest.raises(dataclasses.FrozenInstanceError):
        ours.name = "Dr. Ruiz"  # type: ignore[misc]
