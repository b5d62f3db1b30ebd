"""The start screen's line about the clinic: its name and phone, or, before the clinic is
set up, a prompt to set it up (not a blocking dialog). The two take turns in one place,
so nothing below them moves."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from neuromod_aid.ui.widgets.steady_stack import SteadyStack

if TYPE_CHECKING:
    from neuromod_aid.app.first_look import Clinic as FirstLookClinic
    from neuromod_aid.consultation import Clinic


class ClinicArea(SteadyStack):
    requested = Signal()  # either button: the clinic details dialog

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompt = QFrame()
        self.prompt.setObjectName("clinicPrompt")
        self.prompt_text = QLabel(
            self.tr(
                "Set up your clinic's name, phone and opening hours: the take-home "
                "summary tells patients who to call."
            )
        )
        self.prompt_text.setWordWrap(True)
        self.prompt_button = QPushButton(self.tr("Set up clinic details…"))
        prompt = QHBoxLayout(self.prompt)
        prompt.addWidget(self.prompt_text, 1)
        prompt.addWidget(self.prompt_button)
        self.line = QLabel()
        self.line.setObjectName("hint")
        self.line.setWordWrap(True)
        self.button = QPushButton(self.tr("Clinic de&tails…"))
        self.details = QWidget()
        row = QHBoxLayout(self.details)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line, 1)
        row.addWidget(self.button)
        self.addWidget(self.details)
        self.addWidget(self.prompt)
        for button in (self.prompt_button, self.button):
            button.clicked.connect(self.requested)

    def show_clinic(self, clinic: Clinic | FirstLookClinic | None) -> None:
        self.setCurrentWidget(self.prompt if clinic is None else self.details)
        if clinic is None:
            self.line.setText(self.tr("Clinic: not set up yet."))
        else:
            reach = f" · {clinic.phone}" if clinic.phone else ""
            self.line.setText(self.tr("Clinic: {0}").format(clinic.name + reach))
