"""The clinic's own details: the dialog that edits them, and the stand-in name.

Page 1 of the take-home summary tells the patient who to call, so every new
consultation carries the clinic profile saved here. Until one is saved, a
consultation carries a stand-in name in its summary language and no phone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
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

from neuromod_aid import identifier_system as system
from neuromod_aid.app.clinic import ClinicSettings, is_fallback
from neuromod_aid.consultation import Clinic, Consultation
from neuromod_aid.frozen import FrozenMap
from neuromod_aid.ui.focus import say_under

if TYPE_CHECKING:
    from neuromod_aid.ui.services import Services


class ClinicDialog(QDialog):
    """Name, phones, email, address, and in each language the opening hours and what
    to do when the clinic is closed (documents print them in their own language); and
    the system URI of the record numbers, for the hospital record (printed nowhere)."""

    def __init__(
        self,
        clinic: Clinic | None,
        languages: Mapping[str, str] = FrozenMap(),  # code -> the language's own name
        parent: QWidget | None = None,
        identifier_system: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Clinic details"))
        self.setMinimumWidth(max(480, self.fontMetrics().averageCharWidth() * 70))
        intro = QLabel(
            self.tr(
                "These details are printed on every take-home summary, under “Who to "
                "call”. They are used for every new consultation. Opening hours and what "
                "to do when you are closed are printed in the summary's language: fill "
                "them in for each language."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        self.languages = tuple(languages)
        names = dict(languages)
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.out_of_hours_phone = QLineEdit()
        self.out_of_hours_phone.setPlaceholderText(self.tr("e.g. the hospital switchboard"))
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.hours: dict[str, QLineEdit] = {}
        self.out_of_hours: dict[str, QPlainTextEdit] = {}
        self.identifier_system = QLineEdit(identifier_system)
        self.identifier_system.setMaxLength(system.MAX_LENGTH)
        self.identifier_system.setPlaceholderText(self.tr("urn:oid:… or https://…"))
        self.system_problem = QLabel()
        self.system_problem.setObjectName("problem")
        self.system_problem.setWordWrap(True)
        self.system_problem.hide()
        system_hint = QLabel(
            self.tr("As the hospital's IT team gives it, for the file “For the hospital record”.")
        )
        system_hint.setWordWrap(True)
        system_hint.setObjectName("hint")
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        rows: list[tuple[str, QWidget]] = [
            (self.tr("Clinic &name"), self.name),
            (self.tr("&Phone"), self.phone),
            (self.tr("&Email"), self.email),
            (self.tr("&Address"), self.address),
        ]
        for code in self.languages:
            language = names[code]
            hours = QLineEdit()
            closed = QPlainTextEdit()
            closed.setTabChangesFocus(True)
            closed.setFixedHeight(self.fontMetrics().lineSpacing() * 3)
            self.hours[code], self.out_of_hours[code] = hours, closed
            rows.append((self.tr("Opening hours ({0})").format(language), hours))
            rows.append((self.tr("When you are closed ({0})").format(language), closed))
        rows.append((self.tr("Out-of-hours p&hone"), self.out_of_hours_phone))
        rows.append((self.tr("Record numbers' s&ystem"), self.identifier_system))
        for text, field in rows:
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", ""))
            form.addRow(label, field)
        form.addRow(self.system_problem)
        form.addRow("", system_hint)
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
        if clinic is not None:
            self.name.setText(clinic.name)
            self.phone.setText(clinic.phone)
            self.email.setText(clinic.email)
            self.address.setPlainText(clinic.address)
            self.out_of_hours_phone.setText(clinic.out_of_hours_phone)
            for code in self.languages:
                self.hours[code].setText(clinic.hours_in(code))
                self.out_of_hours[code].setPlainText(clinic.out_of_hours_in(code))

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
            hours=FrozenMap(
                (c, f.text().strip()) for c, f in self.hours.items() if f.text().strip()
            ),
            out_of_hours=FrozenMap(
                (c, " ".join(f.toPlainText().split()))
                for c, f in self.out_of_hours.items()
                if f.toPlainText().strip()
            ),
            out_of_hours_phone=self.out_of_hours_phone.text().strip(),
        )

    def settings(self) -> ClinicSettings | None:
        clinic = self.clinic()
        if clinic is None:
            return None
        return ClinicSettings(clinic, self.identifier_system.text().strip())

    def accept(self) -> None:
        if self.clinic() is None:
            self.problem.setText(self.tr("The clinic's name is needed."))
            self.name.setFocus()
            return
        typed = self.identifier_system.text().strip()
        why = system.problem(typed) if typed else None
        say_under(self.identifier_system, self.system_problem, self._explained(why))
        if why is not None:
            self.identifier_system.setFocus()
            return
        super().accept()

    def _explained(self, why: system.Problem | None) -> str:
        """Why the system typed is refused, in the program's language ("" : it is not)."""
        if why is None:
            return ""
        reasons: dict[system.Problem, str] = {
            "spaces": self.tr("It has a space in it: a system URI has none."),
            "too_long": self.tr("It is too long for a system URI."),
            "not_absolute": self.tr(
                "This is not a full system URI. Type it as urn:oid:… or https://…, as "
                "the hospital gives it."
            ),
            "case": self.tr(
                "Type urn:oid: and https:// in small letters: a FHIR server would take "
                "capitals for another system."
            ),
            "scheme": self.tr("Type it as urn:oid:… or https://…, as the hospital gives it."),
            "oid": self.tr(
                "After urn:oid: come numbers and dots only, for example urn:oid:1.2.34.5678."
            ),
            "web": self.tr(
                "After https:// comes the name of the hospital's server, for example "
                "https://hospital.example/record-number."
            ),
        }
        return self.tr("Record numbers' system not saved: {0}").format(reasons[why])


def edit_clinic_profile(services: Services) -> Clinic | None:
    """Ask for the clinic's details (through the dialog seam) and save them.

    The open consultation takes them too when it still carries the stand-in.
    """
    catalog = services.catalog
    saved = saved_clinic(services)
    settings = services.dialogs.edit_clinic(
        None if saved is None or is_fallback(saved, catalog) else saved,
        catalog.manifest.language_names,
        services.clinic.identifier_system(),
    )
    if settings is None:
        return None
    chosen = settings.clinic
    services.controller.flush()
    services.clinic.save(chosen, settings.identifier_system)
    record = services.controller.record
    if record is not None and is_fallback(record.clinic, catalog):
        services.controller.update(lambda record: replace(record, clinic=chosen))
    return chosen


def saved_clinic(services: Services) -> Clinic | None:
    return services.clinic.saved()


def record_with_clinic(services: Services) -> Consultation | None:
    """The open record, ready to hand documents out from: with the clinic's details in
    it (saved since the consultation began, or offered now when there are none)."""
    controller, catalog = services.controller, services.catalog
    record = controller.record
    if record is None or controller.consultation_id is None:
        return None
    if not is_fallback(record.clinic, catalog):
        return record
    saved = saved_clinic(services)
    if saved is not None:  # set up since this consultation began: it takes them now
        controller.update(lambda record: replace(record, clinic=saved))
    elif services.dialogs.ask(
        QCoreApplication.translate("SummaryPage", "Clinic details"),
        QCoreApplication.translate(
            "SummaryPage",
            "This document does not say which clinic to call, or its phone number. "
            "Set the clinic details now?",
        ),
    ):
        edit_clinic_profile(services)
    return controller.record or record
