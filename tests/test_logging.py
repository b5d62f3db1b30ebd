"""The support log never holds patient data."""

from __future__ import annotations

import ast
import datetime as dt
import json
import logging
from dataclasses import replace
from pathlib import Path

from neuromod_aid.catalog.model import Catalog
from neuromod_aid.cli import main
from neuromod_aid.consultation import Patient, to_json
from neuromod_aid.demo import demo_consultation
from neuromod_aid.logging_setup import LOG_HANDLER, configure_logging, program_text

NAME = "Zebedeo Quintanilla-Urquijo"
RECORD_NUMBER = "HC-99887766"
BIRTH_DATE = dt.date(1948, 2, 29)
PACKAGE = Path(__file__).resolve().parents[1] / "neuromod_aid"
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


def test_values_that_could_be_patient_data_never_reach_the_log(
    data_dir: Path, catalog: Catalog
) -> None:
    """A careless line, wherever its values came from, shows none of them."""
    log_file = configure_logging(data_dir / "logs")
    log = logging.getLogger("neuromod_aid.test")
    record = replace(
        demo_consultation(catalog),
        patient=Patient(name=NAME, record_number=RECORD_NUMBER, birth_date=BIRTH_DATE),
        private_notes=NOTES,
    )
    log.warning("opened record for %s (%s), born %s", NAME, RECORD_NUMBER, BIRTH_DATE)
    log.warning("careless: %s %r %s", record.patient, record, Path(f"/tmp/{NAME}.pdf"))
    log.warning("by name: %(name)s", {"name": NAME})
    try:
        raise ValueError(f"bad value for {NAME}")
    except ValueError:
        log.exception("saving failed")
    text = log_file.read_text(encoding="utf-8")
    assert "opened record for [withheld] ([withheld]), born [withheld]" in text
    assert "careless: [withheld] [withheld] [withheld]" in text
    assert "by name: [withheld]" in text
    assert "ValueError: (message withheld)" in text
    for secret in (NAME, *NAME.split("-"), RECORD_NUMBER, BIRTH_DATE.isoformat(), NOTES):
        assert secret not in text


def test_a_withheld_value_where_a_number_was_expected_is_still_withheld(data_dir: Path) -> None:
    configure_logging(data_dir / "logs")
    (handler,) = (h for h in logging.getLogger("neuromod_aid").handlers if h.name == LOG_HANDLER)
    line = logging.makeLogRecord({"msg": "consultation %d of %d", "args": (12, NAME)})
    assert handler.format(line).endswith("consultation %d of %d [withheld]")


def test_numbers_and_the_programs_own_words_are_logged_as_they_are(data_dir: Path) -> None:
    log_file = configure_logging(data_dir / "logs")
    logging.getLogger("neuromod_aid.test").warning(
        "autosave of consultation %d failed (%s), %.1f s", 7, program_text("read_only"), 2.5
    )
    assert "autosave of consultation 7 failed (read_only), 2.5 s" in log_file.read_text("utf-8")


class _Seen(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def test_other_handlers_still_see_the_line_as_it_was_logged(data_dir: Path) -> None:
    configure_logging(data_dir / "logs")
    logger, seen = logging.getLogger("neuromod_aid.test"), _Seen()
    logger.addHandler(seen)
    try:
        logger.warning("for %s", "a test's own handler")
    finally:
        logger.removeHandler(seen)
    assert seen.messages == ["for a test's own handler"]


_LEVELS = {"debug", "info", "warning", "error", "exception", "critical", "log"}


def test_every_log_line_of_the_program_is_a_literal_in_the_code() -> None:
    """The message is what the code wrote, so values only reach a line as arguments
    (and are withheld there unless they cannot be patient data)."""
    offenders, found = [], 0
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in _LEVELS
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id in {"log", "logging", "logger"}
            ):
                continue
            found += 1
            message = node.args[1 if node.func.attr == "log" else 0] if node.args else None
            if not (isinstance(message, ast.Constant) and isinstance(message.value, str)):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []
    assert _logging_calls() > 10  # the scan really finds the program's log lines


def _logging_calls() -> int:
    return sum(text.count("log.") for text in (p.read_text("utf-8") for p in PACKAGE.rglob("*.py")))
