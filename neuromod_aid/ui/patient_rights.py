"""A patient's rights on the patient view: everything stored about them exported to a
new folder, and the patient erased, after a dialog that names them and asks for their
record number typed (``docs/patients-rights.md``).

Both find the patient by their record number, as ``patient export`` and ``patient
erase`` do: a patient with none is asked to get one first.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from neuromod_aid.app.errors import UserError
from neuromod_aid.errors import DatabaseUnavailable
from neuromod_aid.records import PatientRecord, identified
from neuromod_aid.textfold import record_key

if TYPE_CHECKING:
    from pathlib import Path

    from neuromod_aid.app.patient_rights import PatientRights
    from neuromod_aid.ui.patient_view import PatientView


class RightsActions(QObject):
    """The patient view's "Export everything about this patient…" and "Erase this
    patient…" buttons (added to ``column``), and what they do."""

    def __init__(self, view: PatientView, column: QVBoxLayout) -> None:
        super().__init__(view)
        self.view = view
        self.export_button = QPushButton(self.tr("E&xport everything about this patient…"))
        self.erase_button = QPushButton(self.tr("&Erase this patient at their request…"))
        self.export_button.clicked.connect(self.export)
        self.erase_button.clicked.connect(self.erase)
        column.addWidget(self.export_button)
        column.addWidget(self.erase_button)

    def _rights(self) -> PatientRights:
        from neuromod_aid.app.patient_rights import PatientRights

        services = self.view.services
        return PatientRights(
            services.consultations,
            services.content,
            services.catalog,
            services.location.recovery_dir,
        )

    def _numbered(self, title: str) -> PatientRecord | None:
        """The patient shown, when they have a record number to be found by."""
        shown = self.view.shown
        if shown is not None and not shown.record_number.strip():
            self.view.services.dialogs.inform(
                title, self.tr("Give the patient their record number first, and save it.")
            )
            return None
        return shown

    def export(self) -> None:
        title = self.tr("Export everything about this patient")
        shown = self._numbered(title)
        services = self.view.services
        if shown is None:
            return
        chosen = services.dialogs.choose_folder(title, services.location.exports_dir)
        if chosen is None:
            return
        target = _new_folder(chosen, shown.record_number, self.tr("patient-record"))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            exported = self._rights().export(shown.record_number, target)
        except (UserError, DatabaseUnavailable) as error:
            services.dialogs.warn(title, str(error))
            return
        finally:
            QApplication.restoreOverrideCursor()
        services.dialogs.inform(
            title,
            self.tr(
                "Everything stored about {0} is in the folder {1}: {2} files, with {3} "
                "document(s) made again as they were made. README.txt, in the patient's "
                "language, says what each file is."
            ).format(shown.name, exported.folder, exported.files, exported.documents),
        )

    def erase(self) -> None:
        title = self.tr("Erase this patient")
        shown = self._numbered(title)
        services = self.view.services
        if shown is None or not services.dialogs.confirm_erase(shown):
            return
        try:
            erased = self._rights().erase(shown.record_number)
        except (UserError, DatabaseUnavailable) as error:
            services.dialogs.warn(title, str(error))
            if self._gone(shown):
                self._leave()
            return
        told = self.tr(
            "The patient was erased: {0} consultation(s), {1} version(s) kept of them, "
            "the record of {2} document(s) and {3} amendment(s)."
        ).format(erased.consultations, erased.versions, erased.documents, erased.amendments)
        if erased.in_log:
            told += " " + self.tr(
                "Another exam room has the database open: what was erased leaves the "
                "database's files once every room has closed the program."
            )
        services.dialogs.inform(title, told)
        self._leave()

    def _gone(self, shown: PatientRecord) -> bool:
        try:
            self._rights().find(shown.record_number)
        except (UserError, DatabaseUnavailable):
            return True
        return False

    def _leave(self) -> None:
        self.view.shown = None
        self.view.back_requested.emit()


class EraseDialog(QDialog):
    """Names the patient and what goes; Erase is enabled only once their record number
    is typed (any case), and Cancel is the default."""

    def __init__(self, patient: PatientRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erase this patient?"))
        self.expected = record_key(patient.record_number)
        documents = sum(len(c.documents) for c in patient.consultations)
        self.message = QLabel(
            self.tr(
                "Erase {0} with their {1} consultation(s), the versions kept of them and "
                "the record of {2} document(s) made for them? Their name is then gone from "
                "the database file itself; the backups keep it until they are replaced. "
                "This cannot be undone, and files already saved or printed are not touched."
            ).format(
                identified(patient.name, patient.record_number, patient.birth_date),
                len(patient.consultations),
                documents,
            )
        )
        self.law = QLabel(
            self.tr(
                "Whether to erase is the clinic's decision under the law: in Spain clinical "
                "records are kept at least five years after each discharge (Ley 41/2002, "
                "art. 17)."
            )
        )
        self.typed = QLineEdit()
        prompt = QLabel(
            self.tr("To erase, type the record number {0}:").format(patient.record_number)
        )
        prompt.setBuddy(self.typed)
        self.typed.setAccessibleName(self.tr("Record number, to confirm"))
        for label in (self.message, self.law, prompt):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)  # a name is never markup
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = buttons.addButton(
            self.tr("&Erase"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setEnabled(False)
        self.erase_button.setAutoDefault(False)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.erase_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.typed.textChanged.connect(
            lambda text: self.erase_button.setEnabled(record_key(text) == self.expected)
        )
        layout = QVBoxLayout(self)
        for widget in (self.message, self.law, prompt, self.typed, buttons):
            layout.addWidget(widget)
        self.typed.setFocus()


def _new_folder(chosen: Path, record_number: str, word: str) -> Path:
    """``chosen`` when it is empty, else a new folder in it named by the record number
    and the day (never the patient's name: folder names show in lists)."""
    try:
        if not any(chosen.iterdir()):
            return chosen
    except OSError:  # not a folder that can be read: the export says so
        return chosen
    from neuromod_aid.ui.documents import file_safe

    stem = "-".join(p for p in (word, file_safe(record_number), dt.date.today().isoformat()) if p)
    target, n = chosen / stem, 1
    while target.exists():
        n += 1
        target = chosen / f"{stem}-{n}"
    return target
