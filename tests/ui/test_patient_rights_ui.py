"""The patient view's "Export everything about this patient…" and "Erase this
patient…": a new folder with everything, and an erasure only with the record number
typed in a dialog that names the patient; in English and Spanish (issue 14 §7, §8)."""

from __future__ import annotations

import json
import logging
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from db_engines import outside_the_audit_log
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from neuromod_aid.app.consultations import Consultations
from neuromod_aid.consultation import Patient
from neuromod_aid.demo import demo_consultation
from neuromod_aid.logging_setup import configure_logging

MARIA = Patient(name="María López Ruiz", record_number="H-20431")
SPANISH = {  # what a Spanish-speaking clinician reads
    "export": "&Exportar todos los datos del paciente…",
    "erase": "&Suprimir este paciente a petición suya…",
    "title": "¿Suprimir este paciente?",
}


def _maria(window, qtbot, catalog) -> None:
    """María with two visits (a summary exported from the first), on the patient view."""
    consultations = Consultations(window.services.consultations.database)
    first = replace(demo_consultation(catalog), patient=MARIA)
    first_id = consultations.start(first).id
    consultations.start(replace(first, private_notes=""))
    window.open_consultation(first_id)
    window.walkthrough.go(5)
    window.walkthrough.page("summary").export_button.click()
    window.show_start()
    start = window.start
    qtbot.keyClicks(start.search, MARIA.record_number)
    qtbot.waitUntil(lambda: start.chosen_patient() is not None)
    qtbot.keyClick(start.search, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.patient_view


@pytest.fixture(params=["en", "es"])
def on_maria(request, make_window, qtbot, catalog):  # type: ignore[no-untyped-def]
    """The window in each language, on María's record; and the language."""
    window = make_window(request.param)
    _maria(window, qtbot, catalog)
    return window, request.param


def test_everything_about_the_patient_goes_into_a_new_folder(
    on_maria, qtbot, catalog, dialogs
) -> None:
    window, ui_lang = on_maria
    rights = window.patient_view.rights
    if ui_lang == "es":
        assert rights.export_button.text() == SPANISH["export"]
    before = set(dialogs.folder.iterdir())  # the summary exported: not empty
    qtbot.mouseClick(rights.export_button, Qt.MouseButton.LeftButton)
    (folder,) = set(dialogs.folder.iterdir()) - before
    assert "María" not in folder.name and "Lopez" not in folder.name
    assert MARIA.record_number in folder.name
    index = json.loads((folder / "index.json").read_text(encoding="utf-8"))
    assert len(index["consultations"]) == 2
    (document,) = [d for c in index["consultations"] for d in c["documents"]]
    assert document["kind"] == "summary" and (folder / document["file"]).is_file()
    readme = (folder / "README.txt").read_text(encoding="utf-8")  # the record's language
    assert readme.startswith(catalog.words("en")("export_readme_title"))
    told = dialogs.asked[-1]
    assert str(folder) in told and "README.txt" in told
    assert ("Todo lo que" in told) == (ui_lang == "es")


def test_erasing_needs_the_record_number_typed_in_a_dialog_naming_the_patient(
    on_maria, qtbot, dialogs
) -> None:
    window, ui_lang = on_maria
    rights = window.patient_view.rights
    dialogs.erase_typed = "H-20430"  # one digit wrong
    qtbot.mouseClick(rights.erase_button, Qt.MouseButton.LeftButton)
    dialog = dialogs.erase_dialogs[-1]
    assert "María López Ruiz · H-20431" in dialog.message.text()
    assert not dialog.erase_button.isEnabled()
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).isDefault()  # Enter: no
    assert window.stack.currentWidget() is window.patient_view
    assert window.services.patients.search("López") != []  # nothing erased
    if ui_lang == "es":
        assert rights.erase_button.text() == SPANISH["erase"]
        assert dialog.windowTitle() == SPANISH["title"]
        assert "Ley 41/2002" in dialog.law.text() and "clínica" in dialog.law.text()

    dialogs.erase_typed = "h-20431"  # any case, as record numbers are compared
    qtbot.mouseClick(rights.erase_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.start
    assert window.services.patients.search("López") == []
    told = dialogs.asked[-1]
    assert "2" in told and "María" not in told  # what went, counted, never named


def test_a_patient_without_a_record_number_is_asked_for_one_first(
    window, qtbot, catalog, dialogs
) -> None:
    nameless = replace(demo_consultation(catalog), patient=Patient(name="Sin Número"))
    stored = window.services.consultations.start(nameless)
    window.show_patient(stored.patient_id)
    rights = window.patient_view.rights
    for button in (rights.export_button, rights.erase_button):
        asked = len(dialogs.asked)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert len(dialogs.asked) == asked + 1 and "record number" in dialogs.asked[-1]
    assert dialogs.erase_dialogs == []
    assert window.services.patients.search("Sin Número") != []


def test_after_an_export_and_an_erasure_the_name_is_in_no_log_setting_or_temporary_file(
    make_window, qtbot, catalog, dialogs, data_dir: Path, tmp_path: Path, monkeypatch, capfd
) -> None:
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setenv("TMPDIR", str(temporary))
    monkeypatch.setattr(tempfile, "tempdir", None)  # asked again: TMPDIR
    log_file = configure_logging(data_dir / "logs")
    logging.getLogger("neuromod_aid").setLevel(logging.DEBUG)
    window = make_window()
    _maria(window, qtbot, catalog)
    qtbot.mouseClick(window.patient_view.rights.export_button, Qt.MouseButton.LeftButton)
    dialogs.erase_typed = MARIA.record_number
    qtbot.mouseClick(window.patient_view.rights.erase_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.start
    window.close()  # the window keeps its settings as it closes
    window.services.settings.sync()

    secrets = [MARIA.name, "López", MARIA.record_number]
    places = [log_file, *data_dir.joinpath("logs").iterdir(), data_dir / "settings.ini"]
    places += [p for p in temporary.rglob("*") if p.is_file()]
    database = Path(window.services.consultations.database.url.removeprefix("sqlite:///"))
    places += [database, *database.parent.glob(database.name + "-wal")]
    assert [place for place in places if not place.is_file()] == []
    for place in places:
        text = place.read_bytes()
        for secret in secrets:
            if secret == MARIA.record_number and place.name.startswith(database.name):
                continue  # the append-only audit log keeps it (never the name): below
            assert secret.encode("utf-8") not in text, place
    assert MARIA.record_number not in outside_the_audit_log(database)
    err = capfd.readouterr().err
    assert not any(secret in err for secret in secrets)


def test_an_erasure_while_another_room_reads_says_when_the_name_leaves(
    window, qtbot, catalog, dialogs
) -> None:
    import sqlite3

    _maria(window, qtbot, catalog)
    database = window.services.consultations.database.url.removeprefix("sqlite:///")
    room = sqlite3.connect(database, isolation_level=None)  # another exam room, reading
    room.execute("BEGIN")
    room.execute("SELECT count(*) FROM patients").fetchone()
    try:
        dialogs.erase_typed = MARIA.record_number
        qtbot.mouseClick(window.patient_view.rights.erase_button, Qt.MouseButton.LeftButton)
    finally:
        room.close()
    assert window.stack.currentWidget() is window.start  # erased all the same
    assert window.services.patients.search("López") == []
    assert "Another exam room has the database open" in dialogs.asked[-1]


def test_a_second_export_gets_a_folder_of_its_own_and_a_file_is_refused(
    window, qtbot, catalog, dialogs, tmp_path: Path
) -> None:
    _maria(window, qtbot, catalog)
    export = window.patient_view.rights.export_button
    before = set(dialogs.folder.iterdir())
    for _ in range(2):
        qtbot.mouseClick(export, Qt.MouseButton.LeftButton)
    first, second = sorted(set(dialogs.folder.iterdir()) - before, key=lambda p: len(p.name))
    assert second.name == first.name + "-2"
    assert (first / "index.json").is_file() and (second / "index.json").is_file()
    dialogs.folder = tmp_path / "a-file.txt"  # chosen by mistake
    dialogs.folder.write_text("mine")
    qtbot.mouseClick(export, Qt.MouseButton.LeftButton)
    assert "a-file.txt" in dialogs.warnings[-1]
    assert dialogs.folder.read_text() == "mine"


def test_an_erasure_that_cannot_rebuild_the_file_says_why_and_the_patient_is_gone(
    window, qtbot, catalog, dialogs, monkeypatch
) -> None:
    from neuromod_aid.db import rights_repo
    from neuromod_aid.errors import DatabaseUnavailable

    def disk_full(engine: object) -> bool:
        raise DatabaseUnavailable("the disk is full", "full")

    monkeypatch.setattr(rights_repo, "scrub_sqlite", disk_full)
    _maria(window, qtbot, catalog)
    dialogs.erase_typed = MARIA.record_number
    qtbot.mouseClick(window.patient_view.rights.erase_button, Qt.MouseButton.LeftButton)
    assert dialogs.warnings[-1] == "the disk is full"
    assert window.stack.currentWidget() is window.start  # the patient is gone: not shown
    assert window.services.patients.search("López") == []
