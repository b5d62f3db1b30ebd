"""The one seam for modal dialogs: message boxes, file pickers, the print dialog.

Controllers and widgets call a :class:`Dialogs`; tests hand in a replacement that
answers at once, so no test ever blocks on a real modal dialog.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from neuromod_aid.app.clinic import ClinicSettings
    from neuromod_aid.app.staff import Staff
    from neuromod_aid.consultation import Clinic
    from neuromod_aid.records import PatientRecord, PatientSummary, StaffMember


class Dialogs:
    """Real Qt dialogs. Every method returns plain values (``None`` when cancelled)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def show(self, dialog: QDialog) -> None:
        """A dialog that only shows something (About, the user guide), until closed."""
        dialog.exec()

    def warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)

    def ask(self, title: str, text: str, *, risky: bool = False) -> bool:
        """Yes or no; for a ``risky`` question (it deletes, merges or duplicates) No is
        the default, so Enter never does it."""
        default = QMessageBox.StandardButton.No if risky else QMessageBox.StandardButton.Yes
        answer = QMessageBox.question(
            self.parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            default,
        )
        return answer == QMessageBox.StandardButton.Yes

    def choose(self, title: str, text: str, choices: Sequence[tuple[str, str]]) -> str | None:
        """One of several answers (key, button label); the first is the default.
        ``None`` when the dialog is closed without an answer."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self.parent)
        buttons = {
            box.addButton(label, QMessageBox.ButtonRole.ActionRole): key for key, label in choices
        }
        box.setDefaultButton(next(iter(buttons)))
        box.exec()
        clicked = box.clickedButton()
        return next((key for button, key in buttons.items() if button is clicked), None)

    def pick_patient(
        self, title: str, text: str, candidates: Sequence[PatientSummary]
    ) -> PatientSummary | None:
        """One patient of ``candidates``; None when cancelled."""
        from PySide6.QtWidgets import QInputDialog

        from neuromod_aid.records import identified

        labels = [identified(p.name, p.record_number, p.birth_date) for p in candidates]
        chosen, ok = QInputDialog.getItem(self.parent, title, text, labels, 0, False)
        return candidates[labels.index(chosen)] if ok and chosen in labels else None

    def confirm_erase(self, patient: PatientRecord) -> bool:
        """Whether to erase ``patient``: a dialog naming them, their record number typed."""
        from neuromod_aid.ui.patient_rights import EraseDialog

        return EraseDialog(patient, self.parent).exec() == QDialog.DialogCode.Accepted

    def amendment(self, name: str) -> tuple[str, str] | None:
        """Who amends a finished consultation and why; None when cancelled."""
        from neuromod_aid.ui.amend import AmendDialog

        dialog = AmendDialog(name, self.parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.answer()

    def save_file(self, title: str, suggested: Path, filter_text: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self.parent, title, str(suggested), filter_text)
        return Path(chosen) if chosen else None

    def choose_folder(self, title: str, folder: Path) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(self.parent, title, str(folder))
        return Path(chosen) if chosen else None

    def open_file(self, title: str, folder: Path, filter_text: str) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(self.parent, title, str(folder), filter_text)
        return Path(chosen) if chosen else None

    def print_setup(self, printer: QPrinter) -> bool:
        """Let the user choose the printer and options; False when cancelled."""
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QPrintDialog(printer, self.parent)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def edit_clinic(
        self, clinic: Clinic | None, languages: Mapping[str, str], identifier_system: str = ""
    ) -> ClinicSettings | None:
        """The clinic details dialog; the edited details, or None when cancelled."""
        from neuromod_aid.ui.clinic import ClinicDialog

        dialog = ClinicDialog(clinic, languages, self.parent, identifier_system)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.settings()

    def edit_staff(self, staff: Staff) -> None:
        """The staff list dialog; each change is saved as it is made."""
        from neuromod_aid.ui.staff import StaffDialog

        StaffDialog(staff, self.parent).exec()

    def choose_person(
        self, title: str, text: str, people: Sequence[StaffMember]
    ) -> StaffMember | None:
        """One person of ``people`` (who is working); None when cancelled."""
        from PySide6.QtWidgets import QInputDialog

        labels = [person.name for person in people]
        chosen, ok = QInputDialog.getItem(self.parent, title, text, labels, 0, False)
        return people[labels.index(chosen)] if ok and chosen in labels else None
