"""Errors shared by the core, the command line and the window.

Kept free of heavy imports: the window and the command line can catch these
before the database layer (SQLAlchemy) is loaded.
"""

from __future__ import annotations

from typing import Literal

Trouble = Literal["unavailable", "full", "read_only", "locked", "damaged", "newer"]


class DatabaseUnavailable(RuntimeError):
    """The database cannot be opened or used; the message says why, in plain words.

    ``trouble`` names the kind of problem, so the window can word it in its own
    language and say whether trying again may help.
    """

    def __init__(self, message: str, trouble: Trouble = "unavailable") -> None:
        super().__init__(message)
        self.trouble: Trouble = trouble


class RecordRejected(ValueError):
    """The database refused a value (a constraint); the data is fine, the value is not."""


class RecordNumberTaken(RecordRejected):
    """The record number belongs to another patient; ``owner`` is that patient's name."""

    def __init__(self, record_number: str, owner: str) -> None:
        super().__init__("the record number already belongs to another patient")
        self.record_number = record_number
        self.owner = owner


class PatientMismatch(RecordRejected):
    """A new consultation gives a stored patient's record number with another name or
    birth date: the same number, someone else on paper. ``stored`` names who has it."""

    def __init__(self, record_number: str, stored: str) -> None:
        super().__init__("the record number belongs to a patient with other details")
        self.record_number = record_number
        self.stored = stored


class ConsultationFinished(RecordRejected):
    """A finished consultation is read-only until it is amended."""

    def __init__(self) -> None:
        super().__init__("the consultation is finished: amend it to change it")


class EditConflict(RecordRejected):
    """The consultation was saved elsewhere (another exam room) since this program last
    read it: saving would overwrite that, so nothing was saved."""

    def __init__(self) -> None:
        super().__init__("the consultation was changed elsewhere since it was opened here")


class NotFound(LookupError):
    """No record with that id (deleted, or never there)."""


class NotAllowed(RecordRejected):
    """The person working may not make this change (a nurse changing which risks were
    discussed, anyone but a physician recording the trial's decision); nothing was
    saved. ``what`` names the change: ``clinical``, ``trial_decision`` or ``brought_in``
    (a consultation file carrying a physician's parts)."""

    def __init__(self, what: str, message: str) -> None:
        super().__init__(message)
        self.what = what
