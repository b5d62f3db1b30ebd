"""The arrival time is a time of day (HH:MM) or nothing; text an older file held there
is kept as written, never printed as a time, and the newest format refuses it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pdf_helpers import all_text

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.cli import main
from neuromod_aid.consultation import ConsultationError, from_dict, to_dict
from neuromod_aid.demo import demo_consultation
from neuromod_aid.record_versions import EARLIER, FORMAT_5


def _file(catalog: Catalog, arrival: str, version: str | None = None) -> dict[str, Any]:
    data = to_dict(demo_consultation(catalog, "en"))
    data["procedure"]["arrival_time"] = arrival
    if version is not None:
        data["format"] = version
        del data["procedure"]["arrival_not_understood"]
    return data


@pytest.mark.parametrize("version", EARLIER)
def test_an_older_file_with_no_time_opens_and_keeps_the_text(
    catalog: Catalog, version: str
) -> None:
    data = _file(catalog, "half past banana", version)
    if version != FORMAT_5:  # older versions have none of these fields
        for key in ("diary", "decision", "follow_ups"):
            data["procedure"].pop(key, None)
    record = from_dict(data)
    assert record.procedure is not None
    assert record.procedure.arrival_time == ""
    assert record.procedure.arrival_not_understood == "half past banana"
    written = to_dict(record)  # saved again in the newest format, the text still there
    assert from_dict(json.loads(json.dumps(written))) == record
    assert written["procedure"]["arrival_not_understood"] == "half past banana"


def test_an_older_file_with_a_time_keeps_it_as_the_time(catalog: Catalog) -> None:
    record = from_dict(_file(catalog, "08:30", FORMAT_5))
    assert record.procedure is not None
    assert (record.procedure.arrival_time, record.procedure.arrival_not_understood) == (
        "08:30",
        "",
    )
    near = from_dict(_file(catalog, "8.30", FORMAT_5))  # never silently reworded
    assert near.procedure is not None and near.procedure.arrival_not_understood == "8.30"


@pytest.mark.parametrize("arrival", ["half past banana", "8.30", "24:00", "07:60", "7:30"])
def test_the_newest_format_holds_only_a_time(catalog: Catalog, arrival: str) -> None:
    with pytest.raises(ConsultationError) as refused:
        from_dict(_file(catalog, arrival))
    assert len(refused.value.problems) == 1
    assert refused.value.problems[0].startswith("procedure.arrival_time: ")
    assert arrival in refused.value.problems[0]


def test_a_time_and_kept_text_together_are_refused(catalog: Catalog) -> None:
    data = _file(catalog, "08:30")
    data["procedure"]["arrival_not_understood"] = "after lunch"
    with pytest.raises(ConsultationError, match="arrival_not_understood"):
        from_dict(data)


def test_the_nurse_sheet_leaves_a_blank_for_text_that_is_no_time(
    tmp_path: Path, catalog: Catalog, capsys: pytest.CaptureFixture[str]
) -> None:
    old = tmp_path / "old.json"
    old.write_text(json.dumps(_file(catalog, "half past banana", FORMAT_5)), encoding="utf-8")
    assert main(["consultation", "check", str(old)]) == 0
    said = capsys.readouterr().out
    assert "valid" in said and "'half past banana' is not a time" in said
    for command in ("nurse-sheet", "trial-diary", "summary"):
        out = tmp_path / f"{command}.pdf"
        assert main([command, "--from-json", str(old), "-o", str(out)]) == 0
        assert "banana" not in all_text(out.read_bytes())
    sheet = all_text((tmp_path / "nurse-sheet.pdf").read_bytes())
    assert "Arrive at: ______ : ______" in " ".join(sheet.split())
    timed = tmp_path / "timed.json"
    timed.write_text(json.dumps(_file(catalog, "")), encoding="utf-8")
    out = tmp_path / "timed.pdf"
    assert main(["nurse-sheet", "--from-json", str(timed), "-o", str(out)]) == 0
    assert "______ : ______" not in all_text(out.read_bytes())  # nothing set: the team tells


def test_a_new_file_with_no_time_is_refused_in_one_line(
    tmp_path: Path, catalog: Catalog, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(_file(catalog, "half past banana")), encoding="utf-8")
    out = tmp_path / "o.pdf"
    assert main(["nurse-sheet", "--from-json", str(bad), "-o", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "procedure.arrival_time" in err
    assert not out.exists()


def test_the_stored_record_keeps_the_text_through_a_database(
    tmp_path: Path, data_dir: Path, catalog: Catalog, capsys: pytest.CaptureFixture[str]
) -> None:
    old = tmp_path / "old.json"
    data = _file(catalog, "after lunch", FORMAT_5)
    old.write_text(json.dumps(data), encoding="utf-8")
    assert main(["consultation", "import", str(old)]) == 0
    stored_id = capsys.readouterr().out.strip()
    back = tmp_path / "back.json"
    assert main(["consultation", "export", stored_id, "-o", str(back)]) == 0
    written = json.loads(back.read_text(encoding="utf-8"))
    assert written["procedure"]["arrival_time"] == ""
    assert written["procedure"]["arrival_not_understood"] == "after lunch"
    assert from_dict(written) == from_dict(data)
