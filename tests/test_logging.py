"""The support log never holds patient data."""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import replace
from pathlib import Path

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.cli import main
from neuromod_aid.consultation import Patient, to_json
from neuromod_aid.demo import demo_consultation
from neuromod_aid.logging_setup import configure_logging, redact

NAME = "Zebedeo Quintanilla-Urquijo"
RECORD_NUMBER = "HC-99887766"
BIRTH_DATE = dt.date(1948, 2, 29)
NOTES = "Confided a family matter: hummingbird-marmalade."


def _log_text(data_dir: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in (data_dir / "logs").glob("*.log*"))


def test_no_patient_field_reaches_the_log(data_dir: Path, tmp_path: Path, catalog: Catalog) -> None:
    record = replace(
        demo_consultation(catalog),
        patient=Patient(name=NAME, record_number=RECORD_NUMBER, birth_date=BIRTH_DATE),
        private_notes=NOTES,
    )
    good = tmp_path / "patient.json"
    good.write_text(to_json(record), encoding="utf-8")
    bad = tmp_path / "bad.json"
    data = json.loads(to_json(record))
    data["therapies_discussed"] = [NAME]
    data["patient"]["birth_date"] = f"{NAME} {RECORD_NUMBER}"
    bad.write_text(json.dumps(data), encoding="utf-8")

    logging.getLogger("neuromod_aid").setLevel(logging.DEBUG)
    assert main(["consultation", "check", str(good)]) == 0
    assert main(["consultation", "check", str(bad)]) == 2
    for command in (["db", "upgrade"], ["content", "list"]):
        assert main(command) == 0

    text = _log_text(data_dir)
    assert text, "the log file should have been written"
    for secret in (NAME, *NAME.split("-"), RECORD_NUMBER, BIRTH_DATE.isoformat(), NOTES):
        assert secret not in text


def test_registered_values_are_redacted_even_in_exceptions(data_dir: Path) -> None:
    log_file = configure_logging(data_dir / "logs")
    log = logging.getLogger("neuromod_aid.test")
    redact(NAME, RECORD_NUMBER)
    log.warning("opened record for %s (%s)", NAME, RECORD_NUMBER)
    try:
        raise ValueError(f"bad value for {NAME}")
    except ValueError:
        log.exception("saving failed")
    text = log_file.read_text(encoding="utf-8")
    assert "opened record for [redacted]" in text
    assert "ValueError: (message withheld)" in text
    assert NAME not in text and RECORD_NUMBER not in text


def test_records_read_or_saved_are_redacted_from_then_on(data_dir: Path, catalog: Catalog) -> None:
    from neuromod_aid.db import open_database
    from neuromod_aid.db import records_repo as repo
    from neuromod_aid.paths import data_location

    other = "Eulalia Barrenechea-Ostolaza"
    location = data_location().ensure()
    log_file = configure_logging(location.logs_dir)
    database = open_database(f"sqlite:///{location.database_file}", location)
    record = replace(
        demo_consultation(catalog), patient=Patient(name=other, record_number="HC-5550001")
    )
    with database.session() as session:
        repo.save_consultation(session, record)
    logging.getLogger("neuromod_aid.test").warning("careless line about %s HC-5550001", other)
    text = log_file.read_text(encoding="utf-8")
    assert "careless line about [redacted]" in text
    assert other not in text and "HC-5550001" not in text
