"""The window, opening a file and recovering kept changes leave no patient data in the log."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import replace
from pathlib import Path

from neuromod_aid.consultation import Patient
from neuromod_aid.logging_setup import configure_logging

NAME = "Zebedeo Quintanilla-Urquijo"
RECORD_NUMBER = "HC-99887766"
BIRTH_DATE = dt.date(1948, 2, 29)
NOTES = "Confided a family matter: hummingbird-marmalade."


def test_the_window_file_open_and_recovery_write_no_patient_data(
    make_window, dialogs, qtbot, data_dir: Path
) -> None:
    log_file = configure_logging(data_dir / "logs")
    logging.getLogger("neuromod_aid").setLevel(logging.DEBUG)
    first = make_window(track=False)
    first.new_consultation(NAME, "Dr Ruiz")
    patient = Patient(name=NAME, record_number=RECORD_NUMBER, birth_date=BIRTH_DATE)
    first.controller.update(lambda record: replace(record, patient=patient, private_notes=NOTES))
    assert first.controller.flush()
    assert first.keeping.save_file()  # the consultation as a file...
    dialogs.open_path = next(dialogs.folder.glob("*.json"))
    dialogs.answer = True
    first.keeping.open_file()  # ...opened again as a new consultation
    assert first.controller.record.private_notes == NOTES
    first.show_start()
    first.new_consultation("Other Person", "Dr Ruiz")
    taken = Patient(name="Other Person", record_number=RECORD_NUMBER)
    first.controller.update(lambda record: replace(record, patient=taken, notes_for_patient=NOTES))
    assert not first.controller.flush()  # refused: the changes go to the recovery folder
    first.controller.blockSignals(True)  # the program dies before anything else
    first.controller._retry.stop()
    with qtbot.waitSignal(first.destroyed, timeout=2000):
        first.deleteLater()
    second = make_window()
    assert second.offer_recovery()  # the kept changes, offered and tried again
    assert second.controller.record.notes_for_patient == NOTES

    text = log_file.read_text(encoding="utf-8")
    assert "autosave failed" in text  # the paths above did write to the log
    for secret in (NAME, *NAME.split("-"), RECORD_NUMBER, BIRTH_DATE.isoformat(), NOTES):
        assert secret not in text
