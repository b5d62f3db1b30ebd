"""The clinic's own details: the dialog that edits them, and the stand-in name.

Page 1 of the take-home summary tells the patient who to call, so every new
consultation carries the clinic profile saved here. Until one is saved, a
consultation carries a stand-in name in its summary language and no phone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from neuromod_aid.catalog.model import Lang
from neuromod_aid.consultation import Clinic

if TYPE_CHECKING:
    from neuromod_aid.ui.services import Services

# Patient-facing: in the summary's language, not the program's.
FALLBACK_NAMES: dict[str, str] = {"en": "the pain clinic", "es": "la unidad del dolor"}
_OLD_FALLBACKS = {"Pain clinic", "Clínica del dolor", "Unidad del dolor"}


def fallback_clinic(lang: Lang | str) -> Clinic:
    return Clinic(name=FALLBACK_NAMES.get(lang, FALLBACK_NAMES["en"]))


def is_fallback(clinic: Clinic) -> bool:
    """True for a stand-in (no details saved yet when the consultation began)."""
    blank = not (clinic.phone or clinic.email or clinic.address or clinic.hours)
    return blank and (clinic.name in FALLBACK_NAMES.values() or clinic.name in _OLD_FALLBACKS)


class ClinicDialog(QDialog):
    """Name, phone, email, address and opening hours; the name is required."""

    def __init__(self, clinic: Clinic | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Clinic details"))
        self.setMinimumWidth(max(420, self.fontMetrics().averageCharWidth() * 60))
        intro = QLabel(
            self.tr(
                "These details are printed on every take-home summary, under “Who to "
                "call”. They are used for every new consultation."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.hours = QLineEdit()
        self.hours.setPlaceholderText(self.tr("e.g. Monday to Friday, 8:00 to 15:00"))
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        rows = (
            (self.tr("Clinic &name"), self.name),
            (self.tr("&Phone"), self.phone),
            (self.tr("&Email"), self.email),
            (self.tr("Opening &hours"), self.hours),
            (self.tr("&Address"), self.address),
        )
        for text, field in rows:
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", ""))
            form.addRow(label, field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        if clinic is not None and not is_fallback(clinic):
            self.name.setText(clinic.name)
            self.phone.setText(clinic.phone)
            self.email.setText(clinic.email)
            self.hours.setText(clinic.hours)
            self.address.setPlainText(clinic.address)

    def clinic(self) -> Clinic | None:
        name = self.name.text().strip()
        if not name:
            return None
        address = ", ".join(
            line.strip() for line in self.address.toPlainText().splitlines() if line.strip()
        )
        return Clinic(
            name=name,
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            address=address,
            hours=self.hours.text().strip(),
        )

    def accept(self) -> None:
        if self.clinic() is None:
            self.problem.setText(self.tr("The clinic's name is needed."))
            self.name.setFocus()
            return
        super().accept()


def edit_clinic_profile(services: Services) -> Clinic | None:
    """Ask for the clinic's details (through the dialog seam) and save them.

    The open consultation takes them too when it still carries the stand-in.
    """
    from neuromod_aid.db import records_repo as repo

    chosen = services.dialogs.edit_clinic(saved_clinic(services))
    if chosen is None:
        return None
    with services.database.session() as session:
        repo.save_clinic_profile(session, chosen)
    record = services.controller.record
    if record is not None and is_fallback(record.clinic):
        services.controller.update(clinic=chosen)
    return chosen


def saved_clinic(services: Services) -> Clinic | None:
    from neuromod_aid.db import records_repo as repo

    with services.database.session() as session:
        return repo.clinic_profile(session)
