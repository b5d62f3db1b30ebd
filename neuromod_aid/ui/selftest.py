"""``--self-test``: drive a whole consultation through the real widgets and check it.

It runs on a throw-away data folder, answers every dialog itself, exports the
summary, checks the PDF (pages, the patient's name), prints timings, exits 0.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from neuromod_aid.frozen import FrozenMap
from neuromod_aid.paths import DataLocation
from neuromod_aid.ui.dialogs import Dialogs

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from neuromod_aid.app.clinic import ClinicSettings
    from neuromod_aid.app.staff import Staff
    from neuromod_aid.consultation import Clinic
    from neuromod_aid.records import PatientRecord, PatientSummary, StaffMember
    from neuromod_aid.ui.main_window import MainWindow

PATIENT = "Zoë Self-Test Peña"


class ScriptedDialogs(Dialogs):
    """Answers instead of asking: a file name for every save, yes to every question."""

    def __init__(self, folder: Path) -> None:
        super().__init__(None)
        self.folder = folder
        self.asked: list[str] = []
        self.warnings: list[str] = []
        self.answer = True
        self.open_path: Path | None = None
        self.clinic_answer: Clinic | None = None  # what the clinic dialog returns (None: cancelled)
        self.clinic_shown: list[Clinic | None] = []  # the details each clinic dialog opened with
        self.system_answer: str | None = None  # the record numbers' system typed (None: kept)
        self.system_shown: list[str] = []  # the system each clinic dialog opened with
        self.choices: list[str | None] = []  # answers to choose(), in order; then None
        self.chosen_from: list[tuple[str, list[str]]] = []  # (text, choice keys) asked
        self.choice_labels: list[list[str]] = []  # each choose()'s button labels
        self.amend_answer: tuple[str, str] | None = None
        self.amend_offered: list[str] = []  # the name each amendment dialog was filled with
        self.pick: int | None = None  # the patient id pick_patient() answers with
        self.risky: list[bool] = []  # whether each question asked defaulted to No
        self.shown: list[QDialog] = []  # dialogs that only show something, not run
        self.person: str | None = None  # whom choose_person() answers with (None: cancelled)
        self.staff_lists = 0  # how many times the staff list dialog was opened
        self.erase_typed = ""  # what is typed in the erase dialog (the real one)
        self.erase_dialogs: list[QDialog] = []  # each erase dialog, as it was answered

    def inform(self, title: str, text: str) -> None:
        self.asked.append(text)

    def warn(self, title: str, text: str) -> None:
        self.warnings.append(text)

    def show(self, dialog: QDialog) -> None:
        self.shown.append(dialog)

    def ask(self, title: str, text: str, *, risky: bool = False) -> bool:
        self.asked.append(text)
        self.risky.append(risky)
        return self.answer

    def choose(self, title: str, text: str, choices: Sequence[tuple[str, str]]) -> str | None:
        self.chosen_from.append((text, [key for key, _ in choices]))
        self.choice_labels.append([label for _, label in choices])
        return self.choices.pop(0) if self.choices else None

    def amendment(self, name: str) -> tuple[str, str] | None:
        self.amend_offered.append(name)
        return self.amend_answer

    def confirm_erase(self, patient: PatientRecord) -> bool:
        """The real dialog, typed into and answered with Erase when it lets us."""
        from neuromod_aid.ui.patient_rights import EraseDialog

        dialog = EraseDialog(patient)
        self.erase_dialogs.append(dialog)
        self.asked.append(dialog.message.text())
        type_text(dialog.typed, self.erase_typed)
        if dialog.erase_button.isEnabled():
            dialog.erase_button.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    def pick_patient(
        self, title: str, text: str, candidates: Sequence[PatientSummary]
    ) -> PatientSummary | None:
        self.asked.append(text)
        return next((p for p in candidates if p.id == self.pick), None)

    def save_file(self, title: str, suggested: Path, filter_text: str) -> Path | None:
        return self.folder / suggested.name

    def choose_folder(self, title: str, folder: Path) -> Path | None:
        return self.folder

    def open_file(self, title: str, folder: Path, filter_text: str) -> Path | None:
        return self.open_path

    def print_setup(self, printer: QPrinter) -> bool:
        return False

    def edit_clinic(
        self,
        clinic: Clinic | None,
        languages: Mapping[str, str] = FrozenMap(),
        identifier_system: str = "",
    ) -> ClinicSettings | None:
        from neuromod_aid.app.clinic import ClinicSettings

        self.clinic_shown.append(clinic)
        self.system_shown.append(identifier_system)
        if self.clinic_answer is None:
            return None
        typed = identifier_system if self.system_answer is None else self.system_answer
        return ClinicSettings(self.clinic_answer, typed)

    def edit_staff(self, staff: Staff) -> None:
        self.staff_lists += 1

    def choose_person(
        self, title: str, text: str, people: Sequence[StaffMember]
    ) -> StaffMember | None:
        self.asked.append(text)
        return next((p for p in people if p.name == self.person), None)


def pdf_text(data: bytes) -> str:
    """The text a reader sees in a PDF, through QtPdf."""
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    try:
        return "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))
    finally:
        document.close()


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard would, accents included (QTest only knows ASCII keys)."""
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                )


def settle() -> None:
    QApplication.processEvents()


def drive(window: MainWindow, out_dir: Path, patient: str = PATIENT) -> Path:
    """A complete consultation, as a physician would do it; returns the exported PDF."""
    start = window.start
    type_text(start.search, patient)
    start.clinician.setFocus()
    start.clinician.selectAll()
    type_text(start.clinician, "Dr. Self Test")
    QTest.mouseClick(start.new_button, Qt.MouseButton.LeftButton)
    walk = window.walkthrough
    settle()

    page = walk.patient_page
    type_text(page.record_number, "ST-0042")
    QTest.keyClick(page.record_number, Qt.Key.Key_Return)
    walk.go(1)
    pain = walk.pain_page
    first = next(iter(pain.condition_boxes.values()))
    QTest.mouseClick(first, Qt.MouseButton.LeftButton, pos=QPoint(8, first.height() // 2))
    pain.body_map.resize(480, 520)
    area = pain.body_map.area_ids()[len(pain.body_map.area_ids()) // 2]
    QTest.mouseClick(
        pain.body_map, Qt.MouseButton.LeftButton, pos=pain.body_map.area_centre(area).toPoint()
    )
    type_text(pain.tried, "Physiotherapy")

    walk.go(2)
    options = walk.options_page
    card = options.cards[options._order[0]]
    card.discussed.setChecked(True)
    QTest.mouseClick(card.open_button, Qt.MouseButton.LeftButton)

    walk.go(3)
    risks = walk.risks_page
    if risks.rows:
        risks.rows[0].discussed.setChecked(True)

    walk.go(4)
    questions = walk.questions_page
    type_text(questions.questions, "Can I swim?")
    type_text(questions.patient_notes, "Rest for a day after the trial")
    type_text(questions.private_notes, "Private note for the team")
    QTest.mouseClick(questions.next_steps.add_button, Qt.MouseButton.LeftButton)
    row = questions.next_steps.rows[-1]
    type_text(row.text, "Think it over at home")
    row.agreed.setChecked(True)
    for group in questions.sure_groups.values():
        group.button(1).setChecked(True)
    QTest.mouseClick(questions.add_point, Qt.MouseButton.LeftButton)
    type_text(questions.teach_rows[-1][1], "When to call the clinic")

    walk.go(5)
    summary = walk.summary_page
    summary.refresh()
    before = set(out_dir.glob("*.pdf"))
    QTest.mouseClick(summary.export_button, Qt.MouseButton.LeftButton)
    made = sorted(set(out_dir.glob("*.pdf")) - before)
    if not made:
        raise AssertionError("the summary was not exported")
    return made[0]


def run_self_test(report: Callable[[str], None] = print) -> int:
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen: still runs
    from neuromod_aid.app.context import AppContext
    from neuromod_aid.ui.app import application, build_window

    timings: list[tuple[str, float]] = []
    clock = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings.append((name, (now - clock) * 1000))
        clock = now

    with tempfile.TemporaryDirectory(prefix="neuromod-aid-selftest-") as folder:
        root = Path(folder)
        location = DataLocation(root / "data").ensure()
        context = AppContext(location)
        app = application()
        dialogs = ScriptedDialogs(root)
        window = build_window(context, dialogs=dialogs)
        window.resize(1366, 768)
        window.show()
        settle()
        lap("window shown")
        exported = drive(window, root)
        lap("consultation driven and exported")
        window.controller.flush()
        record = window.controller.record
        text = pdf_text(exported.read_bytes())
        lap("PDF checked")
        problems = []
        if not exported.read_bytes().startswith(b"%PDF"):
            problems.append("the export is not a PDF")
        if PATIENT not in text and PATIENT.split()[0] not in text:
            problems.append("the patient's name is not in the summary")
        if record is None or not record.pain_areas or not record.therapies_discussed:
            problems.append("the stored record is incomplete")
        window.close()
        app.processEvents()
        context.close()
    for name, ms in timings:
        report(f"{name:<40} {ms:8.1f} ms")
    for problem in problems:
        report(f"FAILED: {problem}")
    report("self-test: " + ("failed" if problems else "ok"))
    return 1 if problems else 0
