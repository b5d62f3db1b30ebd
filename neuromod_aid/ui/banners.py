"""Bars that stay on screen while something needs attention: a save that failed,
a finished (read-only) consultation. Never a modal dialog: work goes on."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from neuromod_aid.app.recovery import SaveProblem


class Banner(QFrame):
    """A message and up to two buttons; hidden until :meth:`say`."""

    def __init__(self, name: str, buttons: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        layout = QHBoxLayout(self)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Message"))
        layout.addWidget(self.text, 1)
        self.buttons = [QPushButton(label) for label in buttons]
        for button in self.buttons:
            layout.addWidget(button)
        self.hide()

    def say(self, text: str) -> None:
        self.text.setText(text)
        self.text.setAccessibleDescription(text)
        self.show()


class SaveBanner(Banner):
    """Shown while the changes are not in the database; gone at the next good save."""

    retry_requested = Signal()
    save_file_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("saveProblem", ("", ""), parent)
        retry, save_file = self.buttons
        retry.setText(self.tr("Try &again now"))
        save_file.setText(self.tr("Save as a &file…"))
        retry.clicked.connect(self.retry_requested)
        save_file.clicked.connect(self.save_file_requested)

    def show_problem(self, problem: SaveProblem) -> None:
        self.say(f"{self.reason(problem)} {self.kept(problem)}")

    def reason(self, problem: SaveProblem) -> str:
        reasons = {
            "full": self.tr("Not saved: the disk is full."),
            "read_only": self.tr("Not saved: the patient records cannot be written to."),
            "locked": self.tr("Not saved: the patient records are busy in another program."),
            "damaged": self.tr("Not saved: the patient records file is damaged."),
            "rejected": self.tr("Not saved: the database refused a value in this record."),
            "conflict": self.tr("Not saved: this consultation was saved in another room."),
            "not_allowed": self.tr(
                "Not saved: only a physician can change which risks were discussed or where "
                "the patient is leaning."
            ),
            "too_long": self.tr(
                "Not saved: this is more than a record holds (at most 30 questions, "
                "treatments or next steps; 20,000 characters of notes for the patient)."
            ),
        }
        if problem.trouble == "record_number_taken":
            return self.tr(
                "Not saved: this record number already belongs to {0}. Check the number."
            ).format(problem.owner)
        return reasons.get(
            problem.trouble, self.tr("Not saved: the patient records cannot be reached.")
        )

    def kept(self, problem: SaveProblem) -> str:
        if problem.retried:
            retry = self.tr("Saving is tried again every few seconds.")
        elif problem.trouble == "not_allowed":
            retry = self.tr(
                "Undo the change, or let a physician make it (Working as…), then try again."
            )
        else:
            retry = self.tr("Correct it, and the record is saved again.")
        if problem.kept_in_file:
            return self.tr(
                "Your changes are kept in this window and in a recovery file. {0}"
            ).format(retry)
        return self.tr(
            "Your changes are kept in this window only: do not close the program, or save "
            "them as a file on another disk. {0}"
        ).format(retry)


class FinishedBanner(Banner):
    """A finished consultation is read-only; changing it is an explicit amendment."""

    amend_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("finished", ("",), parent)
        (amend,) = self.buttons
        amend.setText(self.tr("&Amend…"))
        amend.setToolTip(self.tr("Change this finished consultation, saying why"))
        amend.clicked.connect(self.amend_requested)
